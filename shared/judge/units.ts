/**
 * Unit conversions the judge may make: durations to days, distances to kilometres, areas to
 * hectares, power, energy and mass. Money is
 * already in whole units of its currency; between currencies only with a rate from the table.
 */
const DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.436875, year: 365.2425, decade: 3652.425, century: 36524.25 };
const KM: Record<string, number> = { km: 1, mi: 1.609344, m: 0.001 };

export function fromDays(days: number, unit: string): number | null {
  const f = DAYS[unit];
  return f === undefined ? null : days / f;
}

/** A factor that turns `from` into `to`, or null when the units do not convert. */
const WATTS: Record<string, number> = { kW: 1e-6, MW: 1e-3, GW: 1, TW: 1e3 };
const WATT_HOURS: Record<string, number> = { kWh: 1e-6, MWh: 1e-3, GWh: 1, TWh: 1e3 };

const MASS: Record<string, number> = { kg: 1e-3, t: 1 };
/** Areas in hectares ("hectare" too: a vocabulary may spell its unit out). */
const AREA: Record<string, number> = { ha: 1, hectare: 1, acre: 0.40468564224, km2: 100, mi2: 258.9988110336 };

/**
 * A unit and what it is of: "t CO2e" is tonnes of CO2 equivalent. A figure in the bare unit
 * ("649 million tonnes") converts to it; two different qualifiers ("t CO2e", "t coal") do not.
 */
function qualified(unit: string): [string, string] {
  const at = unit.indexOf(' ');
  return at < 0 ? [unit, ''] : [unit.slice(0, at), unit.slice(at + 1)];
}

/** A unit of a physical quantity (mass, time, distance, area, power, energy), not a counted noun: "MW", "t", "km", "ha". */
export function isPhysicalUnit(unit: string): boolean {
  const [base] = qualified(unit);
  return [MASS, DAYS, KM, WATTS, WATT_HOURS, AREA].some((table) => table[base] !== undefined);
}

export function conversion(from: string, to: string): number | null {
  if (from === to) return 1;
  const [fromBase, fromOf] = qualified(from);
  const [toBase, toOf] = qualified(to);
  if (fromOf || toOf) return fromOf && toOf && fromOf !== toOf ? null : baseConversion(fromBase, toBase);
  return baseConversion(from, to);
}

function baseConversion(from: string, to: string): number | null {
  if (from === to) return 1;
  if (MASS[from] !== undefined && MASS[to] !== undefined) return MASS[from]! / MASS[to]!;
  if (DAYS[from] !== undefined && DAYS[to] !== undefined) return DAYS[from]! / DAYS[to]!;
  if (KM[from] !== undefined && KM[to] !== undefined) return KM[from]! / KM[to]!;
  if (WATTS[from] !== undefined && WATTS[to] !== undefined) return WATTS[from]! / WATTS[to]!;
  if (WATT_HOURS[from] !== undefined && WATT_HOURS[to] !== undefined) return WATT_HOURS[from]! / WATT_HOURS[to]!;
  if (AREA[from] !== undefined && AREA[to] !== undefined) return AREA[from]! / AREA[to]!;
  return null;
}

export function plural(unit: string, n: number): string {
  if (n === 1) return unit;
  if (unit === 'century') return 'centuries';
  if (unit === 'century') return 'centuries';
  // Symbols ("km", "GW", "t CO2e", "USD", "%") and phrases stay as they are; words take an s.
  if (!/^[a-z]{3,}$/.test(unit) || unit === 'times') return unit;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}
