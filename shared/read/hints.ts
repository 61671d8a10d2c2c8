import { normaliseText } from './normalise.ts';
import { OffsetMap } from './offset-map.ts';

/** The calendar date a markup value starts with ("2024-03-05", "2024-03-05T10:00:00Z"), if it is a real one. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*["']?(\d{4})-(\d{2})-(\d{2})(?=$|[T\s"'+Z.]|[-+]\d)/.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A title as one tidy line: typography normalised, whitespace collapsed; undefined if nothing is left. */
export function cleanTitle(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const title = normaliseText(raw, OffsetMap.identity(raw.length)).text.replace(/\s+/g, ' ').trim();
  return title.length > 0 ? title.slice(0, 500) : undefined;
}
