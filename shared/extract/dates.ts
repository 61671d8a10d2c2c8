import type { DatePrecision, FigureDate } from './figure.ts';
import type { FoundFigure } from './extract.ts';

/**
 * Dates as news text writes them, at their precision: "1991", "in July", "July 28",
 * "Monday, November 25", "22 September 2020", "23.09.2020", "July 12 - 15", "June this year",
 * "last year". Years missing from the text are resolved against the publication date.
 */

export interface Published {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((m, i) => {
  MONTH_INDEX.set(m.toLowerCase(), i + 1);
  MONTH_INDEX.set(m.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_INDEX.set('sept', 9);
const monthIndex = (name: string) => MONTH_INDEX.get(name.replace('.', '').toLowerCase())!;
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

// Month names are matched capitalised only: "may" and "march" are also verbs.
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
// Only abbreviations take a dot ("Jan."), so "in April." leaves the full stop to the sentence.
// A month ends its word: "the 15th Separate Brigade", "the 2nd Augusta Regiment" name no month.
const MON = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])';
const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ORD = '(?:st|nd|rd|th)?';

const MONTH_DAY = new RegExp(`(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?${MON}\\s+(\\d{1,2})${ORD}(?:\\s*-\\s*(\\d{1,2})${ORD})?(?:,?\\s+(\\d{4}))?(?![\\d,]*\\d)`, 'y');
// "9November 2020": a page's text run together where markup stood between day and month.
const DAY_MONTH = new RegExp(`(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(\\d{1,2})${ORD}(?:\\s*(?:-|–|\\band\\b|\\bto\\b)\\s*(\\d{1,2})${ORD})?(?:\\s+(?:of\\s+)?|(?=${MONTH_FULL}))${MON}(?:,?\\s+(\\d{4}))?(?!\\d)`, 'y');
const MONTH_YEAR = new RegExp(`${MON},?\\s+(\\d{4})(?!\\d)`, 'y');
const SPAN_JOINT = /^\s*(?:–|—|-|to\b|until\b|through\b)\s*/;
const MONTH_SPAN = new RegExp(`${MON}\\s*(?:–|—|-|\\bto\\b|\\bthrough\\b|\\buntil\\b)\\s*${MON}(?:,?\\s+(\\d{4})(?!\\d))?`, 'y');
const MONTH_ONLY = new RegExp(`${MON}(?:\\s+(this|last|next)\\s+year)?(?![\\w])`, 'y');
const NUMERIC_DMY = /(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/y;
const NUMERIC_ISO = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
// (A span or a split year: "2019-2021", "2024-25", "2023/24", "2024–25".)
const YEAR = /(1[5-9]\d\d|20\d\d)(s)?(?:\s*[-–]\s*(\d{4}|\d{2})(?!\d)|\/(\d{2}|\d{4})(?!\d))?(?![\d,.]\d|\d)/y;
const RELATIVE = /(last|this|next|past)\s+(year|month|week)(?!\w)('s)?/iy;
const RELATIVE_EARLIER = /(earlier|later)\s+this\s+(year|month)\b/iy;
/** "this summer", "last autumn", "next spring" (a winter straddles two years, and "fall" names a fall as often). */
const RELATIVE_SEASON = /(last|this|next)\s+(spring|summer|autumn)\b/iy;

/**
 * "this summer", "last autumn", "next spring": the season's months, as the northern hemisphere
 * has them, counted from the publication date: this one is the publication year's; the last one
 * the latest that had ended before the article's month, the next one the first that begins after it.
 */
function relativeSeason(m: RegExpExecArray, pos: number, published?: Published): DateMatch {
  const end = pos + m[0].length;
  const [from, to] = SEASON_MONTHS[m[2]!.toLowerCase()]!;
  if (!published || published.date.length < 7) return { start: pos, end, date: { start: 'XXXX-XX', precision: 'month', resolution: 'unresolved' } };
  const py = Number(published.date.slice(0, 4));
  const pm = Number(published.date.slice(5, 7));
  const rel = m[1]!.toLowerCase();
  const year = rel === 'this' ? py : rel === 'last' ? (pm > to ? py : py - 1) : pm < from ? py : py + 1;
  return { start: pos, end, date: dateOf(iso(year, from), iso(year, to), 'month', undefined, undefined, 'relative') };
}

/** Words before a bare month name that make it a date rather than a name or verb. */
const MONTH_CONTEXT = /(?:\b(?:as early as|as late as|in|since|by|until|till|during|through|from|to|of|for|and|or|before|after|between|early|mid|late|last|this|next|end of|beginning of|start of|middle of|[Ee]arly|[Mm]id|[Ll]ate|In|Since|By|Until|From|During|For)\s+|mid-)$/;
/**
 * A month named as what a sentence speaks of: "July's figure", "August is now put at 78,000",
 * at a sentence's start or as a possessive. Not "May", a name and a verb as often as a month.
 */
const PERIOD_VERBS = 'is|was|were|has|had|now|stands|stood|came|rose|fell|slid|slipped|climbed|dropped|jumped|edged|ended|finished|settled|dipped|grew|shrank|held|remained|opened|started|began|closed';
const MONTH_AS_SUBJECT_AFTER = new RegExp(`^(?:['’]s\\b|\\s+(?:${PERIOD_VERBS}|figure|reading|number|count|total|estimate|gain|loss)\\b)`);
/**
 * The same after an aside: "July, once a source of recession fears, has been lifted to 144,000",
 * "August, first printed at 142,000, was revised down" (a number's comma is no end of the aside).
 */
const AFTER_ASIDE = new RegExp(`^,\\s+(?:[^,;.!?]|[,.](?=\\d)){1,70},\\s+(?:${PERIOD_VERBS})\\b`);
/** Where a clause starts: the sentence's start, or after a semicolon, colon or dash. */
/** A noun of released data right after a month, one modifier between at most: "report", "jobs figures". */
export const DATA_NOUN_AFTER = /^\s+(?:[a-z]+\s+)?(?:report|figures|data|numbers|estimates?|readings?|release|survey|print|results|fact\s+sheet)\b/;
const CLAUSE_START = /(?:^|[;:–—]|\s-)[\s"'“‘(]*$/;
/** A period as the object of a revision: "revised January down by 124,000", "marked December lower". */
const REVISED_BEFORE = /\b(?:revised|revises|revising|lowered|lowers|raised|raises|lifted|lifts|marked|marks|pushed|nudged|cut|cuts|trimmed|trims|shaved|shaves|pared|pares)\s+$/i;
const REVISED_AFTER = /^\s+(?:down|up|lower|higher|to|by)\b/;

/**
 * A period named as what its clause speaks of, at the clause's start or as the object of a
 * revision: its figures are that period's. `before` is the text of its sentence before it.
 */
export function periodAsSubject(text: string, end: number, before: string): boolean {
  const after = text.slice(end, end + 80);
  if (/^['’]s\b/.test(after)) return true;
  // "a weak July report, in which hiring slowed", "the June jobs figures": which month's data.
  if (DATA_NOUN_AFTER.test(after)) return true;
  if (REVISED_BEFORE.test(before) && REVISED_AFTER.test(after)) return true;
  return CLAUSE_START.test(before) && (MONTH_AS_SUBJECT_AFTER.test(after) || AFTER_ASIDE.test(after));
}

/** A month's short form before a capitalised word is a first name: "(Reporting by Jan Kowalczyk)". */
function firstName(text: string, end: number, name: string): boolean {
  return /^[A-Z][a-z]{2}$/.test(name) && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 4)) && !/^\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(text.slice(end, end + 5));
}

function monthAsSubject(text: string, end: number, before: string, name: string): boolean {
  return !/^may$/i.test(name) && periodAsSubject(text, end, before);
}
/**
 * A month between an owner and the noun it qualifies: "its August jobless rate", "the guild's
 * March tally". (Not "the May": a name and a verb as often as a month; an owner is no verb.)
 */
function monthInNoun(text: string, end: number, before: string): boolean {
  return OWNER_BEFORE.test(before) && NOUN_AFTER_MONTH.test(text.slice(end, end + 30));
}
const OWNER_BEFORE = /(?:\b(?:its|their|our|his|her)|[A-Z][\w-]*['’]s)\s+$/;
/** A lower-case word after the month that is no verb, preposition or conjunction: the noun it qualifies, or that noun's modifier. */
const NOUN_AFTER_MONTH = /^\s+(?!(?:and|or|to|through|until|was|were|is|are|had|has|have|will|would|when|as|in|on|at|by|for|of|with|from|after|before|than)\b)[a-z][a-z-]+/;
const PART = /\b(early|mid|late|the end of|the beginning of|the start of|the middle of|end of|beginning of|start of|middle of)[\s-]+$/i;

export interface DateMatch {
  end: number;
  /** Where the date text starts, when a weekday or "the" precedes the anchor. */
  start: number;
  date: FigureDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number | null, month?: number, day?: number): string {
  const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
  if (month === undefined) return y;
  if (day === undefined) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

function partOf(before: string): FigureDate['part'] | undefined {
  const m = PART.exec(before);
  if (!m) return undefined;
  const w = m[1]!.toLowerCase();
  if (w === 'early') return 'early';
  if (w === 'mid' || w.includes('middle')) return 'mid';
  if (w === 'late') return 'late';
  if (w.includes('end')) return 'end';
  return 'beginning';
}

/** Year of the publication date, if known. */
export function publicationYear(published?: Published): number | null {
  return published ? Number(published.date.slice(0, 4)) : null;
}

/**
 * A month and day without a year: the publication year, or the year before when the date
 * would fall after publication and the sentence does not speak of the future (news reports
 * the past: "signed on November 19" in an article of 10 November is last year's November). A
 * day soon after publication in a sentence with no past verb is this year's.
 */
function resolveYear(month: number, day: number | undefined, published: Published | undefined, future: Future, at: number): { year: number | null; resolution: FigureDate['resolution'] } {
  const py = publicationYear(published);
  if (py === null || !published) return { year: null, resolution: 'unresolved' };
  if (published.date.length >= 7 && !(typeof future === 'boolean' ? future : future.value)) {
    const pm = Number(published.date.slice(5, 7));
    const pd = published.date.length >= 10 ? Number(published.date.slice(8, 10)) : 31;
    const after = month > pm || (month === pm && day !== undefined && day > pd);
    // A day in the next month or so, in a sentence with no verb in the past, is one to come:
    // "Leaders meet on 24 and 25 June" in an article of 20 June.
    // (And a day some months on, after a modal or a word of schedule: "due Nov. 1", "could strike
    // as soon as Sept. 13", in articles of early September.)
    const ahead = after && day !== undefined ? daysAfter(published.date, py, month, day) : Infinity;
    const toCome = typeof future !== 'boolean' && ((ahead <= SOON_DAYS && future.unmarkedAt?.(at) === true) || (ahead <= SCHEDULED_DAYS && future.aheadAt?.(at, true) === true));
    // A month alone later in the year, in a clause that reads as one to come ("Leaders meet in
    // Valdonia in June", "should be clearer by July"): this year's, a weak reading.
    if (after && !toCome && day === undefined && typeof future !== 'boolean' && future.aheadAt?.(at) === true) return { year: py, resolution: 'context' };
    if (after && !toCome) return { year: py - 1, resolution: 'publication' };
  }
  // A day early in the next year, in the weeks after publication, in a sentence of what is to
  // come ("the January 10 report will lift October", in an article of 29 December): next year's.
  if (published.date.length >= 10 && day !== undefined && typeof future !== 'boolean' && daysAfter(published.date, py + 1, month, day) <= SOON_DAYS && (future.unmarkedAt?.(at) === true || future.aheadAt?.(at, true) === true)) return { year: py + 1, resolution: 'context' };
  // A month alone earlier in the year, in a clause of what is to come ("the count will be out in
  // February", "is expected in March" in an autumn article): next year's, a weak reading.
  if (published.date.length >= 7 && day === undefined && typeof future !== 'boolean' && month < Number(published.date.slice(5, 7)) && future.aheadAt?.(at, true) === true) return { year: py + 1, resolution: 'context' };
  return { year: py, resolution: 'publication' };
}

/**
 * A date, its parts added one by one in the report's key order: spreading optional parts into
 * a literal took the slow path of object creation at every date.
 */
function dateOf(
  start: string,
  end: string | undefined,
  precision: FigureDate['precision'],
  part: FigureDate['part'] | undefined,
  weekday: string | undefined,
  resolution: FigureDate['resolution'],
): FigureDate {
  const d = { start } as FigureDate;
  if (end !== undefined) d.end = end;
  d.precision = precision;
  if (part) d.part = part;
  if (weekday) d.weekday = weekday;
  d.resolution = resolution;
  return d;
}

/** Tries every date form that can start at `pos` (a weekday, month name or digit). */
/** Whether the sentence speaks of the future, or how to tell: read only for a date without its year. */
export type Future = boolean | { readonly value: boolean; unmarkedAt?(pos: number): boolean; past?(): boolean; aheadAt?(pos: number, marked?: boolean): boolean };

/** How far after publication a day may be and still be read as one to come without a future verb. */
const SOON_DAYS = 45;
/** How far after publication a day may be read as one to come after a modal or a word of schedule. */
const SCHEDULED_DAYS = 120;

function daysAfter(published: string, year: number, month: number, day: number): number {
  const p = Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1, published.length >= 10 ? Number(published.slice(8, 10)) : 1);
  return (Date.UTC(year, month - 1, day) - p) / 86_400_000;
}

/** The month and year of the article's last date before this point that states its year ("7 to 8 August 2008"). */
export interface ArticleDate {
  readonly year: number;
  readonly month: number;
  /** The paragraph that stated it. */
  readonly paragraph?: number | undefined;
}

/**
 * A day without its year in a past sentence of an article looking back: the year of the
 * article's last date that states one, when the day falls in that date's month or the two after
 * ("the count given on 13 August", in an article of October 2009 that has named "7 to 8 August
 * 2008"). Inferred, not stated: a weak reading, never the ground of `contradicted`.
 */
function articleYear(month: number, day: number, published: Published | undefined, future: Future, dated: ArticleDate | undefined, paragraph?: number): { year: number; resolution: 'article' } | null {
  const py = publicationYear(published);
  if (!dated || !published || py === null || dated.year >= py || month < dated.month || month - dated.month > 2) return null;
  // A day in the weeks before publication is this year's, whatever the article looked back on:
  // "Independence Day, marked on September 21", in an article of 27 September. (Not in the
  // paragraph that stated the year: "Fighting broke out on 7 August 2008. The plan was agreed
  // on 12 August" goes on with that year's story.)
  const back = -daysAfter(published.date, py, month, day);
  if (back >= 0 && back <= SOON_DAYS && (paragraph === undefined || dated.paragraph !== paragraph)) return null;
  if (typeof future === 'boolean' || future.value || future.past?.() !== true) return null;
  return { year: dated.year, resolution: 'article' };
}

export function matchDate(text: string, pos: number, limit: number, before: string, published?: Published, future: Future = false, statedYear?: number, articleDate?: ArticleDate, paragraph?: number): DateMatch | null {
  // A month and day without a year, after a date of the same sentence that states one, is in
  // that year ("from 7 August 2008 … until the agreement of 12 August").
  const yearOf = (month: number, day: number | undefined) =>
    statedYear !== undefined
      ? { year: statedYear, resolution: 'nearby' as const }
      : ((day !== undefined ? articleYear(month, day, published, future, articleDate, paragraph) : null) ?? resolveYear(month, day, published, future, pos));
  const c = text[pos]!;
  const isDigit = c >= '0' && c <= '9';
  let m: RegExpExecArray | null;
  // "15 August", "Friday 15 August 2008", "the 3rd of May"; "August 15", "Monday, November 25":
  // a day and its month in either order (the groups of `form` say where each part is).
  const dayDate = (form: RegExp, dayAt: number, endAt: number, monthAt: number, yearAt: number): DateMatch | null => {
    form.lastIndex = pos;
    const d = form.exec(text);
    if (!d || pos + d[0].length > limit) return null;
    const month = monthIndex(d[monthAt]!);
    const day = Number(d[dayAt]);
    const endDay = d[endAt] ? Number(d[endAt]) : undefined;
    if (!validDay(month, day) || (endDay !== undefined && (!validDay(month, endDay) || endDay <= day))) return null;
    const span = endDay === undefined && !d[yearAt] ? spanTo(form, pos + d[0].length, month, day, dayAt, endAt, monthAt, yearAt) : null;
    if (span) return span;
    // "on 30 September last year", "by 1 March next year": the year a relative phrase right after
    // the day names, counted from the article's date, is the day's (one date, not two).
    const rel = !d[yearAt] && published ? RELATIVE_YEAR_AFTER.exec(text.slice(pos + d[0].length, pos + d[0].length + 16)) : null;
    if (rel && pos + d[0].length + rel[0].length <= limit) {
      const year = Number(published!.date.slice(0, 4)) + (rel[1]!.toLowerCase() === 'last' ? -1 : rel[1]!.toLowerCase() === 'next' ? 1 : 0);
      const end = endDay !== undefined ? iso(year, month, endDay) : undefined;
      return { start: pos, end: pos + d[0].length + rel[0].length, date: dateOf(iso(year, month, day), end, 'day', undefined, d[1], 'relative') };
    }
    const { year, resolution } = d[yearAt] ? { year: Number(d[yearAt]), resolution: 'explicit' as const } : yearOf(month, day);
    return {
      start: pos,
      end: pos + d[0].length,
      date: dateOf(iso(year, month, day), endDay !== undefined ? iso(year, month, endDay) : undefined, 'day', undefined, d[1], resolution),
    };
  };
  const dayMonth = () => dayDate(DAY_MONTH, 2, 3, 4, 5);

  // "Sept. 13 to Nov. 4", "13 September to 4 November 2024": a span of days across months, one
  // date with both ends; a year after the second end is both ends' year.
  const spanTo = (form: RegExp, from: number, month: number, day: number, dayAt: number, endAt: number, monthAt: number, yearAt: number): DateMatch | null => {
    const joint = SPAN_JOINT.exec(text.slice(from, from + 12));
    if (!joint) return null;
    form.lastIndex = from + joint[0].length;
    const e = form.exec(text);
    if (!e || form.lastIndex > limit || e[1]) return null;
    const endMonth = monthIndex(e[monthAt]!);
    const endDay = Number(e[dayAt]);
    if (endMonth <= month || !validDay(endMonth, endDay) || e[endAt]) return null;
    const { year, resolution } = e[yearAt] ? { year: Number(e[yearAt]), resolution: 'explicit' as const } : yearOf(month, day);
    return { start: pos, end: form.lastIndex, date: dateOf(iso(year, month, day), iso(year, endMonth, endDay), 'day', undefined, undefined, resolution) };
  };

  if (!isDigit) {
    // A weekday before the day and month is part of that date, which says which week it is.
    if (WEEKDAY_LEAD.test(text.slice(pos, pos + 12))) {
      const joined = dayMonth();
      if (joined) return joined;
    }
    const monthDay = dayDate(MONTH_DAY, 3, 4, 2, 5);
    if (monthDay) return monthDay;
    // "from April to June", "April–June 2024": a span of months, one date with both ends.
    MONTH_SPAN.lastIndex = pos;
    if ((m = MONTH_SPAN.exec(text)) && pos + m[0].length <= limit && (m[3] || MONTH_CONTEXT.test(before))) {
      const from = monthIndex(m[1]!);
      const to = monthIndex(m[2]!);
      if (to > from) {
        const { year, resolution } = m[3] ? { year: Number(m[3]), resolution: 'explicit' as const } : yearOf(from, undefined);
        return { start: pos, end: pos + m[0].length, date: dateOf(iso(year, from), iso(year, to), 'month', undefined, undefined, resolution) };
      }
    }
    MONTH_YEAR.lastIndex = pos;
    if ((m = MONTH_YEAR.exec(text)) && pos + m[0].length <= limit) {
      const month = monthIndex(m[1]!);
      const part = partOf(before);
      return trailing({ start: pos, end: pos + m[0].length, date: dateOf(iso(Number(m[2]), month), undefined, 'month', part, undefined, 'explicit') }, before);
    }
    MONTH_ONLY.lastIndex = pos;
    if ((m = MONTH_ONLY.exec(text)) && pos + m[0].length <= limit && !firstName(text, pos + m[0].length, m[1]!) && (MONTH_CONTEXT.test(before) || (!m[2] && (monthAsSubject(text, pos + m[0].length, before, m[1]!) || monthInNoun(text, pos + m[0].length, before))))) {
      const month = monthIndex(m[1]!);
      const part = partOf(before);
      let year: number | null;
      let resolution: FigureDate['resolution'];
      const py = publicationYear(published);
      if (m[2]) {
        const rel = m[2].toLowerCase();
        year = py === null ? null : py + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        resolution = py === null ? 'unresolved' : 'relative';
      } else {
        ({ year, resolution } = yearOf(month, undefined));
      }
      return trailing({ start: pos, end: pos + m[0].length, date: dateOf(iso(year, month), undefined, 'month', part, undefined, resolution) }, before);
    }
    return matchWeekday(text, pos, limit, before, published, future);
  }

  NUMERIC_ISO.lastIndex = pos;
  if ((m = NUMERIC_ISO.exec(text)) && validDay(Number(m[2]), Number(m[3]))) {
    return { start: pos, end: pos + m[0].length, date: { start: iso(Number(m[1]), Number(m[2]), Number(m[3])), precision: 'day', resolution: 'explicit' } };
  }
  NUMERIC_DMY.lastIndex = pos;
  if ((m = NUMERIC_DMY.exec(text))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first (as in "23.09.2020") unless only the other reading is a valid date.
    const [day, month] = validDay(b, a) ? [a, b] : validDay(a, b) && m[0].includes('/') ? [b, a] : [0, 0];
    if (day > 0 && (m[0].includes('.') || !validDay(b, a) || !validDay(a, b) || a === b)) {
      return { start: pos, end: pos + m[0].length, date: { start: iso(Number(m[3]), month, day), precision: 'day', resolution: 'explicit' } };
    }
  }
  return dayMonth();
}

/** A year ("1991", "2020-21", "the 1990s", "mid-2020"), when the digits are not a count. */
export function matchYear(text: string, pos: number, before: string): DateMatch | null {
  YEAR.lastIndex = pos;
  const m = YEAR.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  // "the third quarter of 2024", "the first half of 2024", "Q3 2024", "the first nine months of
  // 2024": a part of the year, not the year. (Read as the year, a quarter's figure was set against
  // the year's.)
  const share = !m[2] && !m[3] && !m[4] ? YEAR_PART_BEFORE.exec(before) : null;
  if (share) {
    const [from, to] = yearPartMonths(share);
    if (from) return { start: pos - share[0].length, end: pos + 4, date: dateOf(iso(year, from), iso(year, to), 'month', undefined, undefined, 'explicit') };
  }
  if (!m[2] && !m[3] && !m[4] && insideName(text, pos, pos + 4)) return null;
  const part = partOf(before);
  if (m[2]) {
    // "the 1990s"; "the early 1990s" is its first years, "the late 1990s" its last (a decade's
    // thirds, as a reader takes them).
    if (year % 10 !== 0) return null;
    const [from, to] = part === 'early' || part === 'beginning' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' || part === 'end' ? [6, 9] : [0, 9];
    return { start: pos, end: pos + m[0].length - (m[3] ? m[0].length - 5 : 0), date: { start: String(year + from), end: String(year + to), precision: 'year', resolution: 'explicit', ...(part ? { part } : {}) } };
  }
  // "the autumn of 2020", "spring 2021": the season's months, as the northern hemisphere has
  // them. (Winter straddles two years, and "the fall of" names a fall as often as a season.)
  const season = !m[3] && !m[4] ? SEASON_BEFORE.exec(before) : null;
  if (season) {
    const [from, to] = SEASON_MONTHS[season[1]!.toLowerCase()]!;
    return { start: pos - season[0].length, end: pos + 4, date: dateOf(iso(year, from), iso(year, to), 'month', undefined, undefined, 'explicit') };
  }
  let end: number | undefined;
  const second = m[3] ?? m[4];
  if (second) {
    end = second.length === 2 ? Math.floor(year / 100) * 100 + Number(second) : Number(second);
    if (end <= year || end - year > 50) return { start: pos, end: pos + 4, date: dateOf(String(year), undefined, 'year', part, undefined, 'explicit') };
  }
  return {
    start: pos,
    end: pos + m[0].length,
    date: dateOf(String(year), end !== undefined ? String(end) : undefined, 'year', part, undefined, 'explicit'),
  };
}

const SEASON_BEFORE = /\b(spring|summer|autumn)\s+(?:of\s+)?$/i;
/** "the year to March", "the twelve months through June", "the quarter ending September": a span that ends with the month. */
// (Any number of months: "the nine months to December 2024", "the 18 months through June".)
const TRAILING_BEFORE = /\b(year|quarter|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+months)\s+(?:to|through|thru|ending|ended|ending in|up to)\s+(?:the\s+end\s+of\s+)?$/i;
const MONTH_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24 };
/** The months a trailing span's words count: "year" 12, "quarter" 3, "nine months" 9. */
function trailingMonths(words: string): number {
  const w = words.toLowerCase();
  if (w === 'year') return 12;
  if (w === 'quarter') return 3;
  const n = w.split(/\s+/)[0]!;
  return /^\d+$/.test(n) ? Number(n) : MONTH_COUNT[n] ?? 12;
}
/**
 * A month after "the year to", "the quarter ending": the span of months that ends with it, not the
 * month. ("The year through March" read as March set a year's revision against March's figure.)
 */
function trailing(m: DateMatch, before: string): DateMatch {
  const t = TRAILING_BEFORE.exec(before);
  const date = m.date;
  if (!t || date.precision !== 'month' || date.end || !/^\d{4}-\d{2}$/.test(date.start)) return m;
  const n = trailingMonths(t[1]!);
  const [y, mo] = [Number(date.start.slice(0, 4)), Number(date.start.slice(5, 7))];
  const first = y * 12 + (mo - 1) - (n - 1);
  return { ...m, date: { ...date, start: iso(Math.floor(first / 12), (first % 12) + 1), end: date.start } };
}
export const YEAR_PART_BEFORE = /(?:\b(?:the\s+)?(first|second|third|fourth|final|last)\s+(quarter|half)\s+of\s+|\b(?:the\s+)?first\s+(three|six|nine)\s+months\s+of\s+|\b([QH])([1-4])\s+)$/i;
const ORDINAL_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
/** The first and last month of a part of a year, or [0, 0] where it is none. */
function yearPartMonths(m: RegExpExecArray): [number, number] {
  if (m[1] && m[2]) {
    const half = m[2].toLowerCase() === 'half';
    const n = half && /^(?:final|last)$/i.test(m[1]) ? 2 : ORDINAL_NUMBER[m[1].toLowerCase()]!;
    if (half) return n <= 2 ? [n === 1 ? 1 : 7, n === 1 ? 6 : 12] : [0, 0];
    return [(n - 1) * 3 + 1, n * 3];
  }
  if (m[3]) return [1, { three: 3, six: 6, nine: 9 }[m[3].toLowerCase() as 'three' | 'six' | 'nine']];
  if (m[4] && m[5]) {
    const n = Number(m[5]);
    if (m[4].toUpperCase() === 'H') return n <= 2 ? [n === 1 ? 1 : 7, n === 1 ? 6 : 12] : [0, 0];
    return [(n - 1) * 3 + 1, n * 3];
  }
  return [0, 0];
}
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11] };

const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** Words that start a sentence or a phrase before a year without naming anything. */
/** "last year", "this year", "next year" right after a day and its month (not "last year's"). */
const RELATIVE_YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b(?!['’]s)/i;
/** Words of the calendar that make a date of a year after them. */
const CALENDAR_WORD = /^(?:Fiscal|Financial|Calendar|Academic|School|Tax|Model|Year|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|New|End|Start|Q[1-4]|H[12]|FY)$/;
/** A finite verb right after a year: the year closes the subject's name. */
const NAME_VERB_AFTER = /^\s+(?:is|was|are|were|has|had|will|would|shows?|showed|says?|said|counts?|counted|finds?|found|puts?|lists?|listed|gives?|gave|reports?|reported|records?|recorded|calls?|called|sets?|estimates?|estimated)\b/;
const NOT_NAME = /^(?:In|Since|By|From|Until|Till|After|Before|During|For|Of|At|On|As|And|But|Or|Between|Through|To|Then|Also|Only|Early|Late|Mid|Around|About|Last|Next|This|That|Its|Their|The|A|An)$/;

/**
 * A year that is part of a name is not a date claim: "Exercise Steadfast-2024", "the 2023
 * Energy Outlook", "Census of India 2011". Latent, as Duckling would say: a year between
 * capitalised words of a name, or joined to one by a hyphen.
 */
/** The longest line read as a title, for a year that starts one. */
const TITLE_CHARS = 90;

export function insideName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // "Exercise X-2025", "2024-Census"; not "mid-2020", "pre-2014".
  if ((/[A-Za-z]-$/.test(before) && !/\b(?:mid|pre|post|early|late|end|start|since|until)-$/i.test(before)) || /^-[A-Z]/.test(after)) return true;
  // "an exercise named Mustafa Kemal – 2021.": a year set after a name by a spaced dash, closing
  // its clause, ends the name. (Not a span: "from 2020 – 2021" has a year before the dash.)
  if (/\p{Lu}[\p{L}’'.]+\s[–—-]\s$/u.test(before) && /^\s*(?:[.,;:)]|$)/.test(after)) return true;
  // (A word in capitals, as a headline in capitals writes every word, is read as its title case:
  // "SURGED 19 PERCENT FROM 2019" names nothing.)
  const written = /([A-Z][\w’'.]*)\s+$/.exec(before)?.[1];
  const prevWord = written && written.length > 1 && written === written.toUpperCase() && /[A-Z]{2}/.test(written) ? written[0] + written.slice(1).toLowerCase() : written;
  // (A possessive is an owner, not a name the year closes: "Ostria's 2023 spending".)
  const nameBefore = prevWord !== undefined && !NOT_NAME.test(prevWord) && !MONTH_NAMES.test(prevWord) && !/['’]s$/.test(prevWord) && !/[.!?:;]\s*[A-Z][\w’'.]*\s+$/.test(before) && !/^\s*[A-Z][\w’'.]*\s+$/.test(before);
  // At a sentence's head the capital is the sentence's, unless a verb follows the year: "Tally
  // 2024 is out in paperback", "Millbook 2023 counted 40 mills" name a work, as no date stands so.
  // (Words of the calendar before a year make a date: "Fiscal 2024 was a record", "Spring 2023 saw".)
  const headName = prevWord !== undefined && !nameBefore && !NOT_NAME.test(prevWord) && !MONTH_NAMES.test(prevWord) && !CALENDAR_WORD.test(prevWord) && /(?:^|[.!?]\s+|\n[ \t#*_]*)[A-Z][\w’'.]*\s+$/.test(before) && NAME_VERB_AFTER.test(after);
  const next = /^\s+([A-Z][a-z][\w’'-]*)/.exec(after)?.[1];
  const nameAfter = next !== undefined && !MONTH_NAMES.test(next) && /\b(?:the|The)\s+$/.test(before);
  // A title that starts with the year ("2020 Ruritania–Freedonia border accord", a page's heading):
  // the year is the first word of the name the line is, not a claim.
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
  const titleStart = next !== undefined && !MONTH_NAMES.test(next) && /(?:^|\n)[ \t]*[=#]*[ \t]*$/.test(before) && line.length <= TITLE_CHARS && !/[.!?;:,]/.test(line.replace(/[ \t=#]+$/, ''));
  return nameBefore || headName || nameAfter || titleStart;
}

/** "last year", "this year", "next month", "earlier this year", "last year's". */
export function matchRelative(text: string, pos: number, published?: Published): DateMatch | null {
  let m: RegExpExecArray | null;
  RELATIVE_SEASON.lastIndex = pos;
  if ((m = RELATIVE_SEASON.exec(text))) return relativeSeason(m, pos, published);
  RELATIVE_EARLIER.lastIndex = pos;
  let offset = 0;
  let unit: string;
  let end: number;
  if ((m = RELATIVE_EARLIER.exec(text))) {
    unit = m[2]!.toLowerCase();
    end = pos + m[0].length;
  } else {
    RELATIVE.lastIndex = pos;
    if (!(m = RELATIVE.exec(text))) return null;
    const rel = m[1]!.toLowerCase();
    if (rel === 'past') return null; // "the past year" is a duration, not a date
    offset = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    unit = m[2]!.toLowerCase();
    end = pos + m[0].length - (m[3] ? 2 : 0);
    // "This week's mailbag", "last month's episode": which issue of a newsroom's regular piece, a name.
    if (m[3] && FEATURE_AFTER.test(text.slice(pos + m[0].length, pos + m[0].length + 20))) return null;
  }
  if (unit === 'week') {
    // "last week": Monday to Sunday of the week before the article's (this week's, next week's).
    if (!published || published.date.length < 10) return null;
    const day = Date.parse(published.date.slice(0, 10));
    if (!Number.isFinite(day)) return null;
    const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS + offset * 7 * DAY_MS;
    const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return { start: pos, end, date: { start: isoDay(monday), end: isoDay(monday + 6 * DAY_MS), precision: 'day', resolution: 'relative' } };
  }
  const precision: DatePrecision = unit === 'year' ? 'year' : 'month';
  if (!published || (precision === 'month' && published.date.length < 7)) {
    return { start: pos, end, date: { start: precision === 'year' ? 'XXXX' : 'XXXX-XX', precision, resolution: 'unresolved' } };
  }
  const py = Number(published.date.slice(0, 4));
  if (precision === 'year') return { start: pos, end, date: { start: String(py + offset), precision, resolution: 'relative' } };
  const pm = Number(published.date.slice(5, 7)) + offset;
  const y = py + Math.floor((pm - 1) / 12);
  const mo = ((pm - 1 + 12) % 12) + 1;
  return { start: pos, end, date: { start: iso(y, mo), precision, resolution: 'relative' } };
}

/** A verb in the past right before "on <weekday>": "said on", "unveiled on", "told reporters on". */
const PAST_VERB_BEFORE = /\b(?:[a-z]{3,}ed|said|told(?:\s+[a-z]+){0,2}|met|gave|held|took|made|spoke|wrote|came|went|began|won|lost|sent|put|set|cut|rose|fell|grew|was|were)\s+on\s+$/i;

const WEEKDAY_ONLY = new RegExp(`(${WEEKDAY_RE})(?![\\w-])`, 'y');
const WEEKDAY_LEAD = new RegExp(`^${WEEKDAY_RE},?\\s+(?:the\\s+)?\\d`);
/** A weekday naming a regular piece of a newsroom's ("the Monday briefing", "Sunday edition"): a name, not a day. */
const FEATURE_AFTER = /^\s+(?:briefing|edition|newsletter|column|digest|round-?up|bulletin|podcast|letter|essay|reads?|quiz|crossword|supplement|magazine|mailbag|postbag|episode|issue|show|programme|picks|puzzle)s?\b/i;
const DAY_MS = 86_400_000;

/** Words that may follow a weekday that names a day: times of day, function words, pronouns. */
const AFTER_A_DAY = new Set(
  ('morning mornings afternoon evening night nights midday noon overnight week and or but nor that which who whom whose when while where as at in on to ' +
    'after before until till by for from of with without than the a an its it they he she we i you his her their this these those there here is was were ' +
    'will would could can said says announced saw brought marked').split(' '),
);
const TIME_WORD_BEFORE = /\b(?:on|by|last|next|this|that|since|until|till|before|after|from|through|every|each|late|early|of|and|or|to)\s+$/i;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

/**
 * A weekday used as a modifier or inside a name: "the Sunday papers", "Sunday front pages", "The
 * Friday Herald", "THE SATURDAY PAPERS". No preposition of time stands before it ("on Sunday"),
 * and a word that is no time of day, function word or pronoun follows it ("said Sunday that …"
 * and "Sunday evening" stay days).
 */
function attributiveWeekday(after: string, before: string): boolean {
  if (TIME_WORD_BEFORE.test(before)) return false;
  const next = /^[ \t]+([A-Za-z][A-Za-z'’-]*)/.exec(after)?.[1];
  if (!next || /['’]s$/.test(next)) return false;
  const word = next.toLowerCase();
  return !AFTER_A_DAY.has(word) && !MONTH_WORD.test(word) && !/^\d/.test(word);
}

/**
 * A weekday alone ("said on Wednesday", "last Friday"): the day of that name nearest the
 * publication date, on or before it (after it where the sentence speaks of the future, or
 * after "next"). Which week is not stated, so the resolution is 'context': a weak reading.
 */
function matchWeekday(text: string, pos: number, limit: number, before: string, published?: Published, future: Future = false): DateMatch | null {
  WEEKDAY_ONLY.lastIndex = pos;
  const m = WEEKDAY_ONLY.exec(text);
  if (!m || pos + m[0].length > limit) return null;
  const end = pos + m[0].length;
  if (FEATURE_AFTER.test(text.slice(end, end + 20)) || attributiveWeekday(text.slice(end, end + 30), before)) return null;
  // "every other Saturday", "each Monday": a day that recurs, no date.
  if (/\b(?:every|each)(?:\s+(?:other|second|single))?\s+$/i.test(before)) return null;
  if (!published || published.date.length < 10) return { start: pos, end, date: { start: 'XXXX-XX-XX', precision: 'day', resolution: 'unresolved' } };
  const target = WEEKDAYS.indexOf(m[1]!);
  const day = Date.parse(`${published.date}T00:00:00Z`);
  const today = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  // "said on Wednesday" in a sentence about next year's budget: the saying was in the past.
  const past = PAST_VERB_BEFORE.test(before);
  const ahead = /\bnext\s+$/i.test(before) || (!/\blast\s+$/i.test(before) && !past && (typeof future === 'boolean' ? future : future.value || future.aheadAt?.(pos) === true));
  let offset: number;
  if (ahead) offset = (target - today + 7) % 7 || 7;
  else {
    offset = -((today - target + 7) % 7);
    if (offset === 0 && /\blast\s+$/i.test(before)) offset = -7;
  }
  return { start: pos, end, date: { start: new Date(day + offset * DAY_MS).toISOString().slice(0, 10), precision: 'day', resolution: 'context' } };
}

/** The weekday of an ISO day, for the consistency check of "Monday, November 25". */
export function weekdayOf(isoDay: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return null;
  const d = new Date(`${isoDay}T00:00:00Z`);
  return WEEKDAYS[(d.getUTCDay() + 6) % 7]!;
}

/** After a span of days or weeks, the word that makes it a day counted from another: "three days later". */
const COUNTED_FROM_AFTER = /^\s+(later|earlier|afterwards|after that)\b(?!\s+than\b)/i;
const DAYS_IN: Record<string, number> = { day: 1, week: 7 };

/**
 * "Saakashvili signed on 15 August; three days later …", "two days earlier": a span of days or
 * weeks followed by "later" or "earlier" is a day, counted from the last full date stated before
 * it in its paragraph. The span becomes that day (its words "later"/"earlier" included); with no
 * such date before it, it stays a span. Which date it counts from is read, not stated: weak.
 */
export function anchorCountedDays(text: string, figures: readonly FoundFigure[], paragraphOf: (sentence: number) => number): FoundFigure[] {
  let anchor: { day: number; paragraph: number } | null = null;
  const out: FoundFigure[] = [];
  for (const f of figures) {
    const paragraph = paragraphOf(f.sentence);
    if (anchor && anchor.paragraph !== paragraph) anchor = null;
    const told = toldFromAnchor(text, f, anchor);
    // A day told from another with no full date before it in its paragraph says nothing to check.
    if (told === null) continue;
    const d = told.figure.date;
    if (told.figure.kind === 'date' && d && d.precision === 'day' && !d.end && /^\d{4}-\d{2}-\d{2}$/.test(d.start)) anchor = { day: Date.parse(d.start), paragraph };
    out.push(told);
  }
  return out;
}

const RELATIVE_DAY = /^the\s+(?:(next|following)|previous|preceding)?\s*(?:day|morning|afternoon|evening|night)(?:\s+(after|before)(?:\s+that)?)?$/i;
/** Before a day of the month in ordinal words: "signed on the 15th", "by the 3rd". */
const ORDINAL_DAY_BEFORE = /\b(?:on|by|until|till|from|before|after|since)\s+the\s+$/i;
const WEEKDAY_TEXT = new RegExp(`^${WEEKDAY_RE}$`);
/** Before a weekday, the words that tell it from the narrative's last date: "on the Sunday", "the following Monday". */
const WEEKDAY_FROM_BEFORE = /\bthe\s+(?:(following|next)|(previous|preceding))?\s*$/i;

/**
 * A figure read from the last full date of its paragraph (`anchor`): a day counted from it
 * ("three days later"), a day told from it ("the next day", "the day before"), or a weekday the
 * narrative sets after it ("signed on 15 August and … on the Sunday", "the following Monday").
 * Which date it is told from is read, not stated: a weak reading ('context'), which may support,
 * never contradict. Null for a told day with no anchor; the figure as it was otherwise.
 */
function toldFromAnchor(text: string, f: FoundFigure, anchor: { day: number } | null): FoundFigure | null {
  const d = f.figure.date;
  if (f.figure.kind === 'date' && d?.resolution === 'unresolved') {
    const rel = RELATIVE_DAY.exec(f.figure.text);
    if (rel) {
      if (!anchor) return null;
      const sign = rel[1] || /after/i.test(rel[2] ?? '') ? 1 : -1;
      return { ...f, figure: { ...f.figure, date: { start: isoDay(anchor.day + sign * DAY_MS), precision: 'day', resolution: 'context' } } };
    }
  }
  // "agreed the plan on 12 August; … signed it on the 15th": a day of the month of the last full
  // date (the month after, where the day has passed).
  if (anchor && f.figure.kind === 'ordinal' && Number.isInteger(f.figure.value) && f.figure.value! >= 1 && f.figure.value! <= 31 && /^\d{1,2}(?:st|nd|rd|th)$/.test(f.figure.text) && ORDINAL_DAY_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start))) {
    const at = new Date(anchor.day);
    const next = f.figure.value! < at.getUTCDate() ? 1 : 0;
    const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + next, f.figure.value!);
    if (new Date(day).getUTCDate() === f.figure.value) {
      const start = f.start - 4;
      return { ...f, start, figure: { kind: 'date', unit: 'date', qualifier: 'exact', text: text.slice(start, f.end), date: { start: isoDay(day), precision: 'day', resolution: 'context' } } };
    }
  }
  if (anchor && f.figure.kind === 'date' && d?.resolution === 'context' && WEEKDAY_TEXT.test(f.figure.text)) {
    const the = WEEKDAY_FROM_BEFORE.exec(text.slice(Math.max(0, f.start - 24), f.start));
    if (!the) return f;
    const target = WEEKDAYS.indexOf(f.figure.text);
    const from = (new Date(anchor.day).getUTCDay() + 6) % 7;
    let offset = (target - from + 7) % 7;
    if (the[1] && offset === 0) offset = 7;
    if (the[2]) offset = offset === 0 ? -7 : offset - 7;
    return { ...f, figure: { ...f.figure, date: { start: isoDay(anchor.day + offset * DAY_MS), precision: 'day', resolution: 'context' } } };
  }
  return countedFromAnchor(text, f, anchor);
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function countedFromAnchor(text: string, f: FoundFigure, anchor: { day: number } | null): FoundFigure {
  const per = DAYS_IN[f.figure.unit ?? ''];
  const after = per && anchor && f.figure.kind === 'duration' && typeof f.figure.value === 'number' && f.figure.qualifier === 'exact' ? COUNTED_FROM_AFTER.exec(text.slice(f.end, f.end + 16)) : null;
  if (!after || !anchor) return f;
  const sign = /^earlier/i.test(after[1]!) ? -1 : 1;
  const start = isoDay(anchor.day + sign * (f.figure.value as number) * per! * DAY_MS);
  // Counted from a date that may be another event's: a weak reading ('context'), which may
  // support, never contradict.
  return { ...f, end: f.end + after[0].length, figure: { ...f.figure, kind: 'date', unit: 'date', value: undefined, text: text.slice(f.start, f.end + after[0].length), date: { start, precision: 'day', resolution: 'context' } } as FoundFigure['figure'] };
}
