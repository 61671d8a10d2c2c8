/**
 * Numbers and dates in words, for the judge's explanations and every renderer alike.
 * `toLocaleString` with options builds a new formatter on each call, which dominated judging
 * time in profiles; the formatters here are built once per precision.
 */
import { BoundedMap } from './bounded-map.ts';

const formatters = new Map<number, Intl.NumberFormat>();

/** "1,960", "3.56": grouped, with at most `digits` decimals. */
export function formatDecimal(n: number, digits = 2): string {
  // Whole numbers, most of what the judge words, are grouped by hand: Intl is ten times slower.
  if (Number.isSafeInteger(n)) return groupThousands(n);
  // Decimals by hand too: the first Intl formatter costs a cold CLI run some 20 ms of loading.
  // As Intl does, from the shortest decimal that reads back as the number (String(n)), rounded
  // half away from zero (tests/render/words.test.ts holds them equal).
  const shortest = Number.isFinite(n) && Number.isInteger(digits) && digits >= 0 && digits <= 20 ? String(Math.abs(n)) : 'e';
  if (!shortest.includes('e')) {
    const [int, frac = ''] = shortest.split('.') as [string, string?];
    let whole = int;
    let kept = frac.slice(0, digits);
    if (frac.length > digits && frac[digits]! >= '5') {
      // Add one in the last kept place, carrying into the whole part.
      const up = (BigInt(whole + kept) + 1n).toString().padStart(whole.length + kept.length, '0');
      whole = up.slice(0, up.length - kept.length) || '0';
      kept = up.slice(up.length - kept.length);
    }
    kept = kept.replace(/0+$/, '');
    return `${n < 0 ? '-' : ''}${whole.length <= 15 ? groupThousands(Number(whole)) : groupDigits(whole)}${kept ? `.${kept}` : ''}`;
  }
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })));
  return f.format(n);
}

/** A string of digits grouped by thousands: "1234567" → "1,234,567". */
function groupDigits(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

function groupThousands(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.length > 3 ? '' : digits;
  if (digits.length > 3) {
    const head = digits.length % 3 || 3;
    out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  }
  return n < 0 ? `-${out}` : out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Dates already worded: a verdict words the reference's few hundred dates again for every claim
 * that cites them. Bounded, since claims bring dates of their own.
 */
const worded = new BoundedMap<string, string>();

/** An ISO or EDTF date at its precision, in words: "10 November 2020", "April 2024", "2023". */
export function fmtDate(iso: string): string {
  let w = worded.get(iso);
  if (w === undefined) worded.set(iso, (w = wordDate(iso)));
  return w;
}

function wordDate(iso: string): string {
  const m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  const year = m[1] === 'XXXX' ? '' : ` ${m[1]}`;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month}${year}` : `${month}${year}`;
}

const exactTo = (q: number, decimals: number) => Math.abs(q * 10 ** decimals - Math.round(q * 10 ** decimals)) < 1e-6;

/** "1,960", "3.561 billion", "3,561.7 million": large amounts in words only when that loses nothing. */
export function fmtNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  for (const [scale, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    const q = n / scale;
    if (Math.abs(q) >= 1 && exactTo(q, 3)) return `${formatDecimal(q, 3)} ${word}`;
  }
  return formatDecimal(n, 2);
}
