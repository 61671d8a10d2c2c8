import type { FigureDate } from '../extract/figure.ts';
import { BoundedMap } from '../bounded-map.ts';

/**
 * Dates compared as intervals of days: "July 2021" is 1–31 July, "early August" 1–10 August,
 * "2020" the whole year. A claim fits a fact when their intervals meet; a claim about a start
 * ("began on") or an end ("ended on") is compared with that end of a fact's range.
 */
export type DateRole = 'start' | 'end' | 'any';

const DAY = 86_400_000;

function parse(iso: string): { y: number; m?: number; d?: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), ...(m[2] ? { m: Number(m[2]) } : {}), ...(m[3] ? { d: Number(m[3]) } : {}) };
}

/**
 * Day ranges already worked out, by date and part: the reference table's few hundred dates are
 * compared with every date claim, and parsing them each time was a tenth of judging a date.
 * Bounded, since claims bring dates of their own.
 */
const ranges = new BoundedMap<string, readonly [number, number] | null>();

/** [first day, last day] of an ISO date at its precision, as UTC day numbers. Shared: never mutate it. */
export function dayRange(iso: string, part?: FigureDate['part']): readonly [number, number] | null {
  const key = part ? `${iso}|${part}` : iso;
  let r = ranges.get(key);
  if (r === undefined) ranges.set(key, (r = computeDayRange(iso, part)));
  return r;
}

function computeDayRange(iso: string, part?: FigureDate['part']): [number, number] | null {
  const p = parse(iso);
  if (!p) return null;
  if (p.d !== undefined) {
    const t = Date.UTC(p.y, p.m! - 1, p.d) / DAY;
    return [t, t];
  }
  if (p.m !== undefined) {
    const first = Date.UTC(p.y, p.m - 1, 1) / DAY;
    const last = Date.UTC(p.y, p.m, 0) / DAY;
    switch (part) {
      case 'early':
      case 'beginning':
        return [first, first + 9];
      case 'mid':
        return [first + 10, first + 19];
      case 'late':
      case 'end':
        return [first + 20, last];
      default:
        return [first, last];
    }
  }
  const first = Date.UTC(p.y, 0, 1) / DAY;
  const last = Date.UTC(p.y, 11, 31) / DAY;
  const month = (k: number) => Date.UTC(p.y, k, 1) / DAY;
  switch (part) {
    case 'early':
    case 'beginning':
      return [first, month(4) - 1];
    case 'mid':
      return [month(4), month(8) - 1];
    case 'late':
    case 'end':
      return [month(8), last];
    default:
      return [first, last];
  }
}

/** The claimed interval, or null while its year is unknown. */
export function claimRange(d: FigureDate): readonly [number, number] | null {
  if (d.start.startsWith('X')) return null;
  const a = dayRange(d.start, d.part);
  if (!a) return null;
  if (!d.end) return a;
  const b = dayRange(d.end, d.part);
  return b ? [a[0], b[1]] : a;
}

export interface FactDateLike {
  start: string;
  end?: string | undefined;
}

export function factRange(d: FactDateLike, role: DateRole): readonly [number, number] | null {
  const a = dayRange(d.start);
  if (!a) return null;
  const b = d.end ? dayRange(d.end) : a;
  if (!b) return a;
  if (role === 'start' && d.end) return a;
  if (role === 'end' && d.end) return b;
  return [a[0], b[1]];
}

export function datesMeet(claim: readonly [number, number], fact: readonly [number, number]): boolean {
  return claim[0] <= fact[1] && claim[1] >= fact[0];
}

/** Days from a fact's start to its end: the date arithmetic behind "the 44-day strike". */
export function spanDays(d: FactDateLike): number | null {
  if (!d.end) return null;
  const a = dayRange(d.start);
  const b = dayRange(d.end);
  if (!a || !b) return null;
  return b[0] - a[0];
}

const START_WORDS = /\b(?:began|begin|begins|beginning|started|start|starts|launched|launch|opened|opening|broke out|erupted|kicked off|commenced)\b/;
const END_WORDS = /\b(?:ended|end|ends|concluded|conclude|completed|complete|finished|finish|left|withdrew|closed|wrapped up)\b/;

/** Whether a sentence speaks of a start or an end near the date ("began on Monday, November 25"). */
export function roleOf(sentence: string, quoteAt: number): DateRole {
  // The verb may stand well after a fronted date: "On Monday, November 25, Ostria's navy and ... began".
  // Lower-cased for case-sensitive patterns: much faster than case-insensitive ones.
  const window = sentence.slice(Math.max(0, quoteAt - 60), quoteAt + 160).toLowerCase();
  const start = START_WORDS.test(window);
  const end = END_WORDS.test(window);
  if (start && !end) return 'start';
  if (end && !start) return 'end';
  return 'any';
}

const isoDays = new BoundedMap<number, string>();

/** A UTC day number as YYYY-MM-DD; remembered, as dayRange is. */
export function isoOfDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) isoDays.set(day, (iso = new Date(day * DAY).toISOString().slice(0, 10)));
  return iso;
}
