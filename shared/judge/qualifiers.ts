import type { Qualifier } from '../extract/figure.ts';
import type { Tolerances } from './tolerances.ts';

/**
 * Qualifier semantics: does a stated figure, read by its qualifier, fit a fact? A fact is an
 * interval [low, high] (a single value is [v, v]); the claim fits when some point of the
 * interval satisfies the rule. One rule per qualifier, as tabled in docs/qualifiers.md.
 */
export interface Stated {
  qualifier: Qualifier;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  /** The step of the last stated digit: "2,000" → 1000. */
  precision?: number | undefined;
}

export interface Interval {
  low: number;
  high: number;
  precision?: number | undefined;
  /**
   * Half the step the fact was rounded to, where it was ("$485 billion" to the billion: 0.5
   * billion): a bound ("more than $485 billion") may hold of the unrounded figure. Absent for an
   * exact count.
   */
  rounding?: number | undefined;
}

const overlaps = (a: number, b: number, i: Interval) => i.low <= b && i.high >= a;

/** The interval of values the stated figure allows, with its qualifier applied. */
export function allowedRange(s: Stated, t: Tolerances, factPrecision = 0): [number, number] {
  const x = s.value ?? 0;
  const half = Math.max(s.precision ?? 1, factPrecision) / 2;
  switch (s.qualifier) {
    case 'exact': {
      const tol = half + Math.abs(x) * t.exact;
      return [x - tol, x + tol];
    }
    case 'at_least':
      return [x, Infinity];
    case 'more_than':
      return [x + Number.EPSILON * Math.max(1, Math.abs(x)), Infinity];
    case 'at_most':
      return [-Infinity, x];
    case 'less_than':
      return [-Infinity, x - Number.EPSILON * Math.max(1, Math.abs(x))];
    case 'nearly':
      // A little under in size: "fell by nearly a third" is between −33.3% and −30%.
      return x < 0 ? [x, x * (1 - t.nearly)] : [x * (1 - t.nearly), x];
    case 'approximately': {
      // "about 100" is 90-110, not 50-150: round numbers get the band, decimals at least half their last digit.
      // A figure stated to more digits narrows it: "about 84.1 million" is within five steps of
      // its last digit (83.6–84.6 million), not 10% (75.7–92.5 million).
      const p = s.precision ?? 0;
      const band = p > 0 ? Math.min(Math.abs(x) * t.approximately, p * APPROXIMATE_STEPS) : Math.abs(x) * t.approximately;
      const d = Math.max(p < 1 ? p / 2 : 0, band);
      return [x - d, x + d];
    }
    case 'between':
      return [(s.low ?? x) - half, (s.high ?? x) + half];
    case 'order_of_magnitude':
      return [s.low ?? x, s.high ?? x];
  }
}

/** How many steps of its last stated digit "about" stretches a figure, at most. */
const APPROXIMATE_STEPS = 5;

export function fits(s: Stated, fact: Interval, t: Tolerances): boolean {
  const [a, b] = allowedRange(s, t, fact.precision ?? 0);
  const r = BOUNDS.has(s.qualifier) ? fact.rounding ?? 0 : 0;
  return overlaps(a, b, { low: fact.low - r, high: fact.high + r });
}

const BOUNDS = new Set<Qualifier>(['more_than', 'less_than', 'at_least', 'at_most', 'nearly']);

/** How the rule reads, for explanations: "at least 5,000". */
export function ruleText(q: Qualifier): string {
  return {
    exact: 'exactly, to its last stated digit',
    at_least: 'at least',
    more_than: 'more than',
    at_most: 'at most',
    less_than: 'less than',
    nearly: 'nearly (a little under)',
    approximately: 'approximately',
    between: 'between',
    order_of_magnitude: 'of that order of magnitude',
  }[q];
}
