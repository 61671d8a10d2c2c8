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
export function conversion(from: string, to: string): number | null {
  if (from === to) return 1;
  if (DAYS[from] !== undefined && DAYS[to] !== undefined) return DAYS[from]! / DAYS[to]!;
  if (KM[from] !== undefined && KM[to] !== undefined) return KM[from]! / KM[to]!;
  return null;
}

export function plural(unit: string, n: number): string {
  if (n === 1) return unit;
  if (unit === 'century') return 'centuries';
  if (unit === 'km' || unit === 'mi' || unit === '%' || unit === 'USD' || unit === 'times') return unit;
  return `${unit}s`;
}
