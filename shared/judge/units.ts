/**
 * Unit conversions the judge may make: durations to days, distances to kilometres. Money is
 * already in whole units of its currency; between currencies only with a rate from the table.
 */
const DAYS: Record<string, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30.436875, year: 365.2425, decade: 3652.425, century: 36524.25 };
const KM: Record<string, number> = { km: 1, mi: 1.609344, m: 0.001 };

export function toDays(value: number, unit: string): number | null {
  const f = DAYS[unit];
  return f === undefined ? null : value * f;
}

export function fromDays(days: number, unit: string): number | null {
  const f = DAYS[unit];
  return f === undefined ? null : days / f;
}

/** A factor that turns `from` into `to`, or null when the units do not convert. */
const WATTS: Record<string, number> = { kW: 1e-6, MW: 1e-3, GW: 1, TW: 1e3 };
const WATT_HOURS: Record<string, number> = { kWh: 1e-6, MWh: 1e-3, GWh: 1, TWh: 1e3 };

export function conversion(from: string, to: string): number | null {
  if (from === to) return 1;
  if (DAYS[from] !== undefined && DAYS[to] !== undefined) return DAYS[from]! / DAYS[to]!;
  if (KM[from] !== undefined && KM[to] !== undefined) return KM[from]! / KM[to]!;
  if (WATTS[from] !== undefined && WATTS[to] !== undefined) return WATTS[from]! / WATTS[to]!;
  if (WATT_HOURS[from] !== undefined && WATT_HOURS[to] !== undefined) return WATT_HOURS[from]! / WATT_HOURS[to]!;
  return null;
}

export function plural(unit: string, n: number): string {
  if (n === 1) return unit;
  if (unit === 'century') return 'centuries';
  if (unit === 'km' || unit === 'mi' || unit === '%' || unit === 'USD' || unit === 'times') return unit;
  return `${unit}s`;
}
