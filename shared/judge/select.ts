import type { Claim } from '../claims/document.ts';
import { dayRange } from './dates.ts';
import type { ReferenceFact } from '../reference/fact.ts';
import { DURATION, EVENT_DATE, ratioMeasure } from '../reference/keys.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';

/**
 * Which facts speak to a claim: same measure, same entity, same event, a period that fits.
 * Every candidate that loses says why, so an editor can see the near misses.
 */

export interface Candidates {
  relevant: ReferenceFact[];
  rejected: Array<{ factId: string; reason: string }>;
}

const COUNTRY_KINDS = new Set(['country']);

/** How far back a figure stated without a period may reach: spending "was" a year or two ago. */
const CURRENT_YEARS = 3;
function shiftYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

/** Whether a period that ends on `to` ended long before `day`: further back than a current figure reaches. */
/** How many of its own periods (a month to a quarter or so) a fact's period ended before a day; 0 for others. */
function behindBy(period: { from: string; to: string }, day: string): number {
  // Day numbers from the judge's shared, remembered reading of ISO dates: this runs for every
  // candidate fact of every claim with no period of its own.
  const from = dayRange(period.from)?.[0];
  const to = dayRange(period.to)?.[1];
  const at = dayRange(day.slice(0, 10))?.[0];
  if (from === undefined || to === undefined || at === undefined) return 0;
  const length = to - from + 1;
  // (A day is an event's, not a release's: a count on the day of a head count is not a series of
  // days. Nor is a span that does not start a month: a fair's six weeks from 19 April.)
  if (length >= 300 || length < 27 || new Date(from * DAY_MS).getUTCDate() !== 1) return 0;
  return (at - to) / length;
}
export function longBefore(to: string, day: string): boolean {
  return to < shiftYears(day, -CURRENT_YEARS);
}

/**
 * Whether a claim's period may be the fact's: where both are calendar periods (whole months: a
 * month, a quarter, a half, a year), the same one; a single day is never a calendar period's. (A fact's span of another kind, a status held from one day to another or
 * an event's days, is matched by overlap alone.)
 */
export function samePeriod(from: string, to: string, period: { from: string; to: string }): boolean {
  const days = dayBounds(from, to, period);
  if (!days) return true;
  const [a, b, c, d] = days;
  // A day's figure ("9,000 tonnes milled on 18 August") is no month's or year's.
  if (a === b && calendarPeriod(c, d)) return false;
  if (!calendarPeriod(a, b) || !calendarPeriod(c, d)) return true;
  return a === c && b === d;
}
/** The first and last day numbers of a claim's period and of a fact's, or null where one cannot be read. */
function dayBounds(from: string, to: string, period: { from: string; to: string }): [number, number, number, number] | null {
  const a = dayRange(from)?.[0];
  const b = dayRange(to)?.[1];
  const c = dayRange(period.from)?.[0];
  const d = dayRange(period.to)?.[1];
  return a === undefined || b === undefined || c === undefined || d === undefined ? null : [a, b, c, d];
}
/**
 * Whether a claim's period takes in the whole of a fact's, give or take a day: "in 2020" takes in
 * a flood of 2 to 9 August 2020; "on 4 August" and "in September" (of a flood lasting into it)
 * are parts of it.
 */
export function coversPeriod(from: string, to: string, period: { from: string; to: string }): boolean {
  const days = dayBounds(from, to, period);
  if (!days) return true;
  const [a, b, c, d] = days;
  return a <= c + 1 && b >= d - 1;
}
/**
 * Whether a span of days is whole months of the calendar, a year at most (a month, a quarter, a
 * half, a year, the year to March): a period a statistic is counted over. (A status held for
 * years, "from March 2024", is no such period.)
 */
function calendarPeriod(first: number, last: number): boolean {
  const f = new Date(first * DAY_MS);
  const l = new Date((last + 1) * DAY_MS);
  if (f.getUTCDate() !== 1 || l.getUTCDate() !== 1) return false;
  return (l.getUTCFullYear() - f.getUTCFullYear()) * 12 + l.getUTCMonth() - f.getUTCMonth() <= 12;
}
const DAY_MS = 86_400_000;

/** Whether a period is one whole calendar year. */
function calendarYear(p: { from: string; to: string }): boolean {
  return (p.from.length === 4 && (p.to === p.from || p.to === `${p.from}-12-31`)) || (p.from.endsWith('-01-01') && p.to === `${p.from.slice(0, 4)}-12-31`);
}

/** Calendar years from one date's to another's: 2019 to 2021 is two. */
function yearsBetween(from: string, to: string): number {
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4));
}

function overlaps(aFrom: string, aTo: string, bFrom: string, bTo: string): boolean {
  return aFrom <= bTo.padEnd(10, '~') && aTo.padEnd(10, '~') >= bFrom;
}

function inIdOrder(facts: readonly ReferenceFact[]): boolean {
  for (let i = 1; i < facts.length; i++) if (!(facts[i - 1]!.id < facts[i]!.id)) return false;
  return true;
}

export function selectCandidates(claim: Claim, facts: readonly ReferenceFact[], v: CompiledVocabulary, published: string | null): Candidates {
  const fr = claim.framing;
  const subjects = fr.entities.filter((e) => e.role === 'subject').map((e) => e.id);
  const comparators = fr.entities.filter((e) => e.role === 'comparator').map((e) => e.id);
  const lead = [...subjects, ...comparators];
  const isCountry = (id: string) => COUNTRY_KINDS.has(v.entityKind.get(id) ?? '');
  const relevant: ReferenceFact[] = [];
  const rejected: Candidates['rejected'] = [];
  // In id order, so that the verdict never depends on the order a store returns facts in;
  // judgeClaims hands them over sorted already, so most claims sort nothing here. In that
  // order a repeated id is next to its first.
  let previous: string | undefined;
  const stale: Array<{ f: ReferenceFact; reason: string }> = [];
  for (const f of inIdOrder(facts) ? facts : [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (f.id === previous) continue;
    previous = f.id;
    const reason = rejection(f);
    const old = reason ? null : staleness(f);
    if (reason) rejected.push({ factId: f.id, reason });
    else if (old) stale.push({ f, reason: old });
    else relevant.push(f);
  }
  // A figure of long before is still the latest there is where nothing newer speaks to the claim
  // (a count of residents years on): it may support the claim, never contradict it (abstain.ts).
  if (relevant.length === 0) relevant.push(...stale.map((x) => x.f));
  else for (const x of stale) rejected.push({ factId: x.f.id, reason: x.reason });
  return { relevant, rejected };

  function rejection(f: ReferenceFact): string | null {
    const measureOk = f.measure === fr.measure || (claim.figure.kind === 'duration' && (f.measure === EVENT_DATE || f.measure === DURATION)) ||
      (claim.figure.kind === 'ratio' && f.measure === ratioMeasure(fr.measure ?? '')) || (claim.figure.kind === 'date' && f.measure === EVENT_DATE);
    if (!measureOk) return `another measure (${f.measure})`;
    if (fr.event && f.event && f.event !== fr.event.id) return `another event (${f.event})`;
    if (lead.length && claim.figure.kind !== 'date' && f.measure !== EVENT_DATE && f.measure !== DURATION) {
      // A side's figure is about that side: other countries in the fact make it someone else's.
      const others = f.entities.filter((e) => isCountry(e) && !lead.includes(e));
      const shares = f.entities.some((e) => lead.includes(e));
      if (!shares) return `about ${f.entities.join(', ')}, not ${lead.join(', ')}`;
      if (others.length && claim.figure.kind !== 'ratio') return `a combined figure for ${f.entities.join(', ')}, the claim is about ${lead.join(', ')}`;
    }
    const t = fr.time;
    if (f.period && t.basis === 'explicit' && t.from) {
      const spoken = t.from === (t.to ?? t.from) ? t.from : `${t.from}..${t.to}`;
      if (!overlaps(t.from, t.to ?? t.from, f.period.from, f.period.to)) return `covers ${f.period.from}..${f.period.to}, the claim speaks of ${spoken}`;
      // "surged 19% from 2019 to 2021": a figure of a span of years is no figure of one year
      // within it, nor of a span shorter by a year or more. ("From 2020 to 2021" is a year's
      // change, 2021's.)
      if (t.to && /^\d{4}$/.test(t.from) && /^\d{4}$/.test(t.to) && yearsBetween(f.period.from, f.period.to) < yearsBetween(t.from, t.to) - 1) return `covers ${f.period.from}..${f.period.to}, the claim speaks of the span ${spoken}`;
      // "117.9 million sacks in 2024-25": a level of a split year (a crop's, a budget's) is no
      // calendar year's. (A change "from 2020 to 2021" is 2021's.)
      if (t.to && /^\d{4}$/.test(t.from) && /^\d{4}$/.test(t.to) && yearsBetween(t.from, t.to) === 1 && v.measures.get(fr.measure ?? '')?.kind !== 'change' && calendarYear(f.period)) return `covers the calendar year ${f.period.from.slice(0, 4)}, the claim speaks of ${spoken}`;
      // (Nor a split year that starts in another year: 2023-24 is no figure of 2024-25.)
      if (t.to && /^\d{4}$/.test(t.from) && /^\d{4}$/.test(t.to) && yearsBetween(t.from, t.to) === 1 && yearsBetween(f.period.from, f.period.to) === 1 && f.period.from.slice(0, 4) !== t.from) return `covers ${f.period.from}..${f.period.to}, the claim speaks of ${spoken}`;
    }
    if (f.period && (t.basis === 'publication' || t.basis === 'as-of') && !fr.event) {
      // A figure with no period of its own speaks of its day: periods after it, or ended long
      // before it, are other quantities.
      const day = (t.basis === 'as-of' ? t.to : published) ?? null;
      if (day && f.period.from > day) return `covers ${f.period.from}..${f.period.to}, after the article (${day})`;
      // A figure of a series released month by month (or quarter by quarter) that ended two
      // periods or more before the day is not the one the text speaks of: newer ones were out.
      if (day && !f.event && behindBy(f.period, day) >= 2) return `covers ${f.period.from}..${f.period.to}, two periods or more before the article (${day}), of a series released more often than yearly`;
    }
    return null;
  }

  /** Why a fact of a period long before a figure stated with no period of its own is only the latest there is, or null. */
  function staleness(f: ReferenceFact): string | null {
    const t = fr.time;
    if (!f.period || fr.event || (t.basis !== 'publication' && t.basis !== 'as-of')) return null;
    const day = (t.basis === 'as-of' ? t.to : published) ?? null;
    return day && longBefore(f.period.to, day) ? `covers ${f.period.from}..${f.period.to}, long before the article (${day})` : null;
  }
}

/**
 * Whose figure a fact is, for telling disputes from revisions: a party (a state or an authority,
 * "ruritania") or an independent source. A source the vocabulary lists says so itself; another is
 * the party whose id its side is or starts with ("ruritania-health-ministry").
 */
export function partyOf(f: ReferenceFact, v: CompiledVocabulary): string | null {
  if (!f.side) return null;
  const listed = v.sources.get(f.side);
  if (listed) return listed.party ?? null;
  let best: string | null = null;
  for (let cut = f.side.length; cut > 0; cut = f.side.lastIndexOf('-', cut - 1)) {
    const head = f.side.slice(0, cut);
    const kind = v.entityKind.get(head);
    if (kind === 'country' || kind === 'authority') {
      best = head;
      break;
    }
  }
  return best;
}

/** Facts published after the article are later revisions; undated finals count as the latest. */
export function asOfKey(f: ReferenceFact): string {
  return f.asOf ?? '9999';
}

/** A source's standing for a quantity, as the vocabulary ranks it: lower first; 1 when it is not listed. */
export function sourceRank(f: ReferenceFact, v: CompiledVocabulary): number {
  return (f.side ? v.sources.get(f.side)?.rank : undefined) ?? 1;
}
