/**
 * Numbers as articles write them: "5,000", "5 000", "5.000" (where unambiguous), "3.8",
 * "three", "forty-four", "two hundred and fifty", "a dozen", "1.2 million", "795m".
 */

import { extractionWork } from './work.ts';

export interface ParsedNumber {
  value: number;
  /** The step of the last stated digit ("2,000" → 1000, "3.8" → 0.1, "three" → 1). */
  precision: number;
  end: number;
  words: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, k: 1e3,
};

export const NUMBER_WORD = Object.keys(UNITS).concat(Object.keys(TENS)).join('|');
// Maps for the lookups: `in` on an object internalises each word it is asked about, and finds
// what every object inherits ("constructor").
const UNIT_OF = new Map(Object.entries(UNITS));
const TEN_OF = new Map(Object.entries(TENS));
const NUMBER_WORD_AHEAD = new RegExp(`^(${NUMBER_WORD})\\b`);

const DIGITS = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d)(?![,.]\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d])|\d+(?:\.\d+)?)/y;
const WORD = /([A-Za-z]+)/y;
/** The most words one number takes: "nine hundred and ninety-nine thousand nine hundred and ninety-nine" is 11. */
const MAX_NUMBER_WORDS = 16;

/** Parses digits at `pos` (grouping separators included). */
export function parseDigits(text: string, pos: number): ParsedNumber | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m) return null;
  const raw = m[1]!;
  let value: number;
  let precision: number;
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(raw)) {
    value = Number(raw.replace(/\./g, ''));
    precision = trailingZeroStep(raw.replace(/\./g, ''));
  } else {
    const plain = raw.replace(/[, ]/g, '');
    value = Number(plain);
    const dot = plain.indexOf('.');
    precision = dot >= 0 ? 10 ** -(plain.length - dot - 1) : trailingZeroStep(plain);
  }
  extractionWork.numberChars += raw.length;
  return { value, precision, end: pos + raw.length, words: false };
}

/**
 * "2,000" is stated to the thousand; "2,437" to the unit. Below 100 a final zero is read as
 * exact: "the 40-day strike" means forty days, not "some tens of days".
 */
function trailingZeroStep(digits: string): number {
  if (digits === '0' || Number(digits) < 100) return 1;
  let zeros = 0;
  for (let i = digits.length - 1; i > 0 && digits[i] === '0'; i--) zeros++;
  return 10 ** zeros;
}

/**
 * Parses a number in words at `pos`: "three", "forty-four", "two hundred and fifty",
 * "a hundred", "one thousand". Returns null when no number word starts there.
 */
export function parseWords(text: string, pos: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let end = pos;
  let i = pos;
  let last = 1;
  // What the last word was, and the largest scale used so far: a number's words follow a
  // grammar ("forty-four", "two hundred and one", "one million two thousand"), so "one one one"
  // is three numbers, not one, and no number runs on past a few words: the scan from each
  // number word is bounded, whatever follows it.
  let prev: 'none' | 'unit' | 'ten' | 'hundred' | 'scale' | 'and' = 'none';
  let scaleLeft = Infinity;
  for (let words = 0; words < MAX_NUMBER_WORDS; words++) {
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[1]!.toLowerCase();
    const wordEnd = i + m[1]!.length;
    const unit = UNIT_OF.get(w);
    const ten = unit === undefined ? TEN_OF.get(w) : undefined;
    const scale = w === 'thousand' || w === 'million' || w === 'billion' ? SCALES[w]! : undefined;
    if (unit !== undefined && (prev === 'none' || prev === 'hundred' || prev === 'scale' || prev === 'and' || (prev === 'ten' && unit >= 1 && unit <= 9))) {
      current += unit;
      last = 1;
      prev = 'unit';
    } else if (ten !== undefined && (prev === 'none' || prev === 'hundred' || prev === 'scale' || prev === 'and')) {
      current += ten;
      last = 10;
      prev = 'ten';
    } else if (w === 'hundred' && current < 100 && prev !== 'hundred' && prev !== 'and' && 100 < scaleLeft) {
      current = (current || 1) * 100;
      last = 100;
      prev = 'hundred';
    } else if (scale !== undefined && scale < scaleLeft && prev !== 'and' && (seen || text.slice(Math.max(0, i - 2), i) === 'a ')) {
      total += (current || 1) * scale;
      current = 0;
      last = scale;
      scaleLeft = scale;
      prev = 'scale';
    } else if (w === 'a' && !seen) {
      // "a hundred", "a thousand": only when a scale word follows.
      const next = /^ (hundred|thousand|million|billion)\b/i.exec(text.slice(wordEnd, wordEnd + 10));
      if (!next) break;
      i = wordEnd + 1;
      continue;
    } else if (w === 'and' && seen && last >= 100 && prev !== 'and') {
      // "two hundred and fifty": only when a number word follows.
      const after = text.slice(wordEnd + 1, wordEnd + 12).toLowerCase();
      if (!NUMBER_WORD_AHEAD.test(after)) break;
      i = wordEnd + 1;
      prev = 'and';
      continue;
    } else {
      break;
    }
    seen = true;
    end = wordEnd;
    const sep = text[wordEnd];
    if ((sep === '-' || sep === ' ') && /[A-Za-z]/.test(text[wordEnd + 1] ?? '')) {
      // "forty-four", "two hundred"; a hyphen before a unit ("six-week") ends the number.
      const nextWord = /^[A-Za-z]+/.exec(text.slice(wordEnd + 1, wordEnd + 12))?.[0]?.toLowerCase() ?? '';
      if (UNIT_OF.has(nextWord) || TEN_OF.has(nextWord) || nextWord === 'hundred' || nextWord === 'thousand' || nextWord === 'million' || nextWord === 'billion' || (nextWord === 'and' && sep === ' ')) {
        i = wordEnd + 1;
        continue;
      }
    }
    break;
  }
  extractionWork.numberChars += i - pos + 1;
  if (!seen) return null;
  // "two and a half years", "one and a quarter million": a fraction after the last unit word,
  // before the scale it multiplies if one follows.
  const frac = prev === 'unit' || prev === 'ten' ? AND_A_FRACTION.exec(text.slice(end, end + 32)) : null;
  if (frac) {
    const part = frac[1]!.toLowerCase() === 'half' ? 0.5 : 0.25;
    const scale = frac[2] ? SCALES[frac[2].toLowerCase()]! : undefined;
    if (scale !== undefined && scale < scaleLeft) return { value: total + (current + part) * scale, precision: scale * part, end: end + frac[0].length, words: true };
    if (scale === undefined && last === 1) return { value: total + current + part, precision: part, end: end + frac[0].length, words: true };
  }
  // "two dozen", "three dozen": that many twelves (a round number, stated to the dozen).
  const dozen = (prev === 'unit' || prev === 'ten') && total === 0 ? /^ dozen\b/i.exec(text.slice(end, end + 7)) : null;
  if (dozen) return { value: current * 12, precision: 12, end: end + dozen[0].length, words: true };
  return { value: total + current, precision: last >= 100 ? last : 1, end, words: true };
}

/** "… and a half", "… and a quarter", and the scale word after it if any. */
const AND_A_FRACTION = /^ and a (half|quarter)(?: (thousand|million|billion))?\b/i;
