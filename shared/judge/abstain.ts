import type { Claim } from '../claims/document.ts';
import type { ReferenceFact } from '../reference/fact.ts';
import { clauseOf, figureAt, speakerOf, type ClaimFrame } from '../frame/slots.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { coversPeriod, longBefore, partyOf, samePeriod } from './select.ts';
import { formatDecimal } from '../words.ts';

/**
 * The abstention policy (docs/adr/0009-abstention-policy.md). A false `contradicted` blocks a
 * correct article; a missed one only costs a check. So a claim is contradicted only when every
 * slot of its frame that the comparison needs was read from the text with high confidence, the
 * evidence speaks of the same scope, and it was published on or before the article. Otherwise
 * the claim is unverifiable, and the reason names the slot that was missing or ambiguous.
 */

/** How a figure the table does not hold was computed from its facts: one named rule each (judge/derive/). */
export type DerivationKind = 'sum' | 'final-sum' | 'ratio' | 'difference' | 'conversion' | 'change' | 'span';

/** One way the claim was compared: a group of direct facts, or one derivation. */
export interface Comparison {
  derivation?: DerivationKind | undefined;
  /** The fact the comparison rests on (the main one), and all the facts it used. */
  main: ReferenceFact;
  facts: readonly ReferenceFact[];
  /** Whether some fact of the comparison (an earlier or a later revision) fits the claim. */
  someFit?: boolean;
  /** Whether a fact published after the article fits the claim: the article may quote a release the table holds only from a later source. */
  laterFit?: boolean;
}

export interface Abstention {
  /** The slot that was missing or ambiguous: subject, measure, time, event, status, change, sign, evidence. */
  slot: 'subject' | 'measure' | 'time' | 'event' | 'status' | 'change' | 'sign' | 'evidence';
  reason: string;
}

const factDay = (f: ReferenceFact) => f.asOf ?? f.source.published;

/** Why this comparison may not contradict the claim, or null when it may. */
function inadmissible(c: Claim, k: Comparison, frame: ClaimFrame, published: string | null, dispute: boolean): Abstention | null {
  // A figure published after the article is a later figure to show, not evidence against it.
  for (const f of k.derivation ? k.facts : [k.main]) {
    const day = factDay(f);
    if (published && day && day > published) return { slot: 'evidence', reason: `the figure it would be compared with (${f.id}) was published after the article, on ${day}` };
  }
  // "a 60 percent decrease" beside a fall of 58%: a percentage in whole tens, with no decimal,
  // may be rounded to the tens, as "2,000" is rounded to the thousand.
  const v = c.figure.value;
  const f = k.main.value;
  if (!k.derivation && c.figure.kind === 'percent' && (c.figure.qualifier ?? 'exact') === 'exact' && typeof v === 'number' && typeof f === 'number' && v >= 10 && v % 10 === 0 && !/[.,]\d/.test(c.figure.text) && Math.round(Math.abs(f) / 10) * 10 === Math.abs(v)) {
    return { slot: 'evidence', reason: `'${c.figure.text}' may be rounded to the tens, and ${formatDecimal(f)}${k.main.unit === '%' ? '%' : ''} rounds to it` };
  }
  // Without the article's date, the revision current when it was written is unknown. (Where a
  // revision fits, contradictionDoubt has abstained already.)
  if (!published && frame.time.confidence !== 'high') return { slot: 'evidence', reason: 'the article\'s date is unknown, and another revision of the figure fits it' };
  // "Last month the agency said 353,000 jobs had been added": a figure put in a source's mouth,
  // which another revision of the same figure states, quotes that revision.
  if (k.laterFit) return { slot: 'evidence', reason: 'a figure published after the article fits it: the article may quote a release the table holds only later' };
  // (A dispute already says that a source gives the figure: the fitting figure is the rival's.)
  if (k.someFit && !dispute && REPORTED.test(c.sentence.text)) return { slot: 'evidence', reason: 'another revision of the same figure fits it, and the sentence reports what a source said' };
  // A figure of a calendar span (a month's jobs, a year's share) is of that span only: a year's
  // total is no month's, nor December's share the year's. A fact of a month, a quarter or a year
  // other than the claim's may not contradict it (where a time misread puts a year's figure in a
  // month, it may still fit).
  const t = c.framing.time;
  for (const f of k.derivation ? [] : [k.main]) {
    if (f.period && t.basis === 'explicit' && t.from && !samePeriod(t.from, t.to ?? t.from, f.period)) {
      return { slot: 'time', reason: `the fact it would be compared with (${f.id}) covers ${f.period.from}..${f.period.to}, a calendar period of another length than the claim's (${t.from === (t.to ?? t.from) ? t.from : `${t.from}..${t.to}`})` };
    }
    // An event's figure is its whole span's: "on 4 August, twelve millers drowned" or "in
    // September, the flood took 40 homes" counts a part of it, which its total does not gainsay.
    // So is a running count up to a day inside a fact's period ("380 in 2023 through 24 December").
    if (f.period && (f.event || (t.to?.length === 10 && t.from !== t.to)) && t.basis === 'explicit' && t.from && !coversPeriod(t.from, t.to ?? t.from, f.period)) {
      return { slot: 'time', reason: `the fact it would be compared with (${f.id}) is the figure of ${f.period.from}..${f.period.to}, and the claim speaks of a part of that span (${t.from === (t.to ?? t.from) ? t.from : `${t.from}..${t.to}`})` };
    }
  }
  // A figure stated with no period of its own, against a fact of a period long before the
  // article: the latest figure the table holds, not evidence of what was true when it was written.
  if (published && c.framing.time.basis === 'publication' && !k.derivation && k.main.period && longBefore(k.main.period.to, published)) {
    return { slot: 'time', reason: `its clause names no period, and the latest fact (${k.main.period.from}..${k.main.period.to}) is from long before the article` };
  }
  switch (k.derivation) {
    case 'sum':
    case 'final-sum':
      if (frame.subject.combine !== 'sum' || frame.subject.confidence !== 'high') return { slot: 'subject', reason: 'it names no side, so comparing it with the sum of the sides would be a guess' };
      break;
    case 'change': {
      if (frame.change.value !== 'change') return { slot: 'change', reason: 'it is read as a level, not a change' };
      // A change computed across two releases mixes revisions: not comparable.
      const [a, b] = k.facts;
      if (!a || !b || a.source.organisation !== b.source.organisation || factDay(a) !== factDay(b)) return { slot: 'evidence', reason: 'the change would be computed from figures of different releases' };
      // A change of an amount of money is most often stated in real terms or in the spender's own
      // currency; one computed from two levels in current units may differ from it and be right.
      if (/^[A-Z]{3}$/.test(a.unit) || a.unit === 'currency') return { slot: 'evidence', reason: 'a change in money computed from two levels may be in other prices than the one stated (real terms, another currency)' };
      break;
    }
    case 'ratio':
    case 'difference': {
      // "3.8 times that of B", "$2.2 billion more than B": a comparison, read against its comparator.
      if (frame.subject.combine !== 'comparison' || frame.subject.confidence !== 'high') return { slot: 'subject', reason: frame.subject.reason ?? 'what it is compared with is unclear' };
      // (Of a year's figures, as any figure of a period: "as it stood at publication" is no year.)
      const period = k.facts.find((f) => f.period && !f.event)?.period;
      if (period && c.framing.time.basis === 'publication') return { slot: 'time', reason: `its clause names no period, and the figures it compares are for periods (${period.from}..${period.to})` };
      break;
    }
    default:
      // A figure of a period (a year's spending, a month's jobs) needs its period from the text:
      // "as it stood at publication" is not a period.
      if (k.main.period && !k.main.event && c.framing.time.basis === 'publication') return { slot: 'time', reason: `its clause names no period, and the facts are for periods (${k.main.period.from}..${k.main.period.to})` };
      // A change measure ("jobs added") takes a change or its level; a level measure only a level.
      // An earlier level with a time of its own ("down from $17 billion in 2021") is that time's level.
      if (frame.change.value === 'revision') return { slot: 'change', reason: `it states how much an estimate was revised ('${frame.change.text ?? ''}'), not the figure itself` };
      {
        // "about 1.4 million fewer than the registers had shown": a difference from another figure.
        const at = figureAt(c);
        const than = DIFFERENCE_AFTER.exec(c.sentence.text.slice(at + c.figure.text.length, at + c.figure.text.length + 30));
        // (A percentage "less than" another level is the change in % from it: a change measure's figure.)
        const relativeChange = c.figure.kind === 'percent' && frame.change.value === 'change' && frame.measure.kind === 'change';
        if (than && frame.subject.combine !== 'comparison' && !relativeChange) return { slot: 'change', reason: `it states a difference from another figure ('${than[0].trim()}'), not the figure itself` };
      }
      if ((frame.change.value === 'previous-level' && !ownTime(c)) || (frame.change.value === 'change' && frame.measure.kind !== 'change')) return { slot: 'change', reason: frame.change.value === 'change' ? `it states a change ('${frame.change.text ?? ''}'), and the facts are levels` : `it is an earlier level ('${frame.change.text ?? ''}'), not the current one` };
  }
  return null;
}

/** The claim's stated period stands after it in its clause: "down from $17 billion in 2021". */
function ownTime(c: Claim): boolean {
  const from = c.framing.time.basis === 'explicit' ? c.framing.time.from : undefined;
  if (!from) return false;
  const sentence = c.sentence.text;
  const at = figureAt(c);
  const clause = clauseOf(sentence, at, c.figure.text.length);
  const after = sentence.slice(at + c.figure.text.length, clause.end);
  // Its year ("in 2021"), or its month ("from 4.3% in August"), which the frame dated.
  const month = /^\d{4}-(\d{2})/.exec(from)?.[1];
  return after.includes(from.slice(0, 4)) || (!!month && new RegExp(`\\b${MONTHS[Number(month) - 1]}`, 'i').test(after));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A comparative and "than" right after a figure: "1.4 million fewer than", "3,000 more than". */
const DIFFERENCE_AFTER = /^\s*(?:[a-z-]+\s+)?(?:more|fewer|less|higher|lower|larger|smaller|bigger)\s+than\b/i;

/** Verbs and phrases by which a speaker gives a figure (counted once each in a sentence). */
const ATTRIBUTING = /\b(?:said|says|spoke of|speaks of|arrived at|put (?:it|them|the [a-z]+(?: [a-z]+)?) at|puts (?:it|the [a-z]+) at|gave|gives|counted|counts|estimated|estimates|claimed|claims|according to|cited)\b/gi;
/** Words that put a figure in a source's mouth, or mark it as an earlier reading. */
// (Past forms only: "the league says 212" in the present claims the figure it gives now.)
// ("were revised down by 32,000 to 223,000": a sentence telling of a revision reports a release.)
const REPORTED = /\b(?:said|reported|announced|estimated|stated|put|showed|initially|first|originally|previously|earlier|had been|revised|revision)\b/i;
/** Before the whole of a partitive: "208 of the", "nine of its". */
const PARTITIVE_WHOLE_BEFORE = /(?:\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?))\s+of\s+(?:the|its|their|all|all the)\s+$/i;
/** A count taken part way: "with 630 of the 650 seats declared", "with 80% of the sheets counted", "so far". */
const INTERIM = /\bwith\s+(?:[\d,.]+%?|most|half|a (?:third|quarter)|(?:two|three)-(?:thirds|quarters))\s+(?:of\s+(?:the\s+)?(?:[\d,.]+\s+)?)?[a-z]+(?:\s+[a-z]+)?\s+(?:declared|counted|reported|in|tallied|returned)\b|\b(?:so far|to date|as (?:counting|the count) (?:continues|goes on))\b/i;

const NEEDS_SUBJECT = new Set(['count', 'money', 'percent', 'ratio', 'measure']);

/** Why a contradiction of this claim would not be confident, or null when it is. */
export function contradictionDoubt(
  c: Claim,
  frame: ClaimFrame,
  comparisons: readonly Comparison[],
  published: string | null,
  eventYears?: (id: string) => [number, number] | undefined,
  options: { dispute?: boolean; anyFit?: boolean } = {},
): Abstention | null {
  if (c.figure.kind === 'date') return dateDoubt(c, frame, eventYears);
  if (frame.measure.confidence !== 'high') return { slot: 'measure', reason: frame.measure.reason ?? 'what it measures is unclear' };
  if (frame.status.value === 'denied') return { slot: 'status', reason: `its clause denies it ('${frame.status.text ?? ''}'): it states what was not so` };
  if (frame.status.value !== 'reported') return { slot: 'status', reason: `it is a ${frame.status.value} ('${frame.status.text ?? ''}'), not a reported outcome` };
  if (frame.status.confidence !== 'high') return { slot: 'status', reason: frame.status.reason ?? `its sentence passes it on unconfirmed ('${frame.status.text ?? ''}')` };
  if (frame.sign.value === 'negative' && frame.measure.kind !== 'change' && comparisons.every((k) => !k.derivation && (k.main.value ?? k.main.high ?? 0) >= 0)) return { slot: 'sign', reason: `it states a fall ('${frame.sign.text ?? ''}') and the facts are levels` };
  const needsEvent = comparisons.some((k) => k.main.event !== undefined) && c.figure.kind !== 'ratio';
  if (needsEvent && frame.event.confidence !== 'high') return { slot: 'event', reason: `which event it belongs to is unclear: ${frame.event.reason ?? 'no event is named'}` };
  if (frame.time.confidence !== 'high') return { slot: 'time', reason: frame.time.reason ?? 'its time is unclear' };
  if (frame.release && frame.release.confidence !== 'high') return { slot: 'time', reason: frame.release.reason ?? 'which release it quotes is unclear' };
  const sumsOnly = comparisons.every((k) => k.derivation === 'sum' || k.derivation === 'final-sum');
  // A rival source's figure that fits (a dispute) may rest on the article's main subject: it
  // asserts that a source says so, not that the article is wrong.
  const topicOk = options.dispute === true && c.framing.entities.some((e) => e.role === 'subject' && e.via === 'topic') && frame.subject.combine === 'one';
  if (NEEDS_SUBJECT.has(c.figure.kind) && !sumsOnly && frame.subject.confidence !== 'high' && !topicOk && !(frame.event.confidence === 'high' && frame.subject.combine === 'unknown' && comparisons.every((k) => !k.derivation && k.main.entities.length > 1))) {
    return { slot: 'subject', reason: frame.subject.reason ?? 'whose figure it is, is unclear' };
  }
  // "The authorities spoke of 1,492 killed; the committee arrived at 162; the monitors said fewer
  // than 100": a sentence putting figures in several speakers' mouths reports what each said, not
  // a count of the article's own. Only the speaker's own figure could show one misquoted.
  // (A dispute already says that sources differ, and that the figure is one of theirs.)
  const speakers = options.dispute === true ? 0 : (c.sentence.text.match(ATTRIBUTING)?.length ?? 0);
  if (speakers >= 2 && comparisons.every((k) => !k.derivation && !c.framing.entities.some((e) => e.role !== 'subject' && e.id === k.main.side))) {
    return { slot: 'status', reason: 'its sentence gives several sources\' figures, and this one is put in the mouth of a speaker whose own figure the table does not hold' };
  }
  // "took 208 of the 630 seats": the whole a part is counted in belongs to no owner of the part;
  // set against the part's owner's figure, it would be a guess at whose it is.
  const at = figureAt(c);
  const whole = PARTITIVE_WHOLE_BEFORE.exec(c.sentence.text.slice(Math.max(0, at - 30), at));
  if (whole && c.figure.kind === 'count') return { slot: 'subject', reason: `it is the whole ('${whole[0].trim()} ${c.figure.text}') that the figure before it is a part of, not its owner's own count` };
  // "with 630 of the 650 mills counted, the tally stands at 61.2%", "so far": a count taken part
  // way through is true of that moment; the final figure does not show it wrong.
  const interim = INTERIM.exec(c.sentence.text);
  if (interim) return { slot: 'status', reason: `it is an interim figure ('${interim[0].trim()}'), taken before the count was complete` };
  // Without the article's date, a figure that any revision or source of the quantity states may
  // be the one current when it was written: none of the others shows it wrong.
  if (!published && (options.anyFit || comparisons.some((k) => k.someFit))) return { slot: 'evidence', reason: 'the article\'s date is unknown, and another revision of the figure fits it' };
  // "By May 2020, output had plunged to 9.7 million a day": a level read as of a day, which a
  // fact of a whole calendar period ended before that day does not show wrong (the level moved).
  const asOf = c.framing.time.basis === 'as-of' ? c.framing.time.to : undefined;
  const ended = (k: Comparison) => !k.derivation && !!k.main.period && wholeMonths(k.main.period) && k.main.period.to < asOf!.slice(0, 10) && !(asOf!.length <= 7 && asOf!.startsWith(k.main.period.to.slice(0, 7)));
  if (asOf && comparisons.length && comparisons.every(ended)) {
    const p = comparisons[0]!.main.period!;
    return { slot: 'time', reason: `it is read as of ${asOf}, and the fact it would be compared with covers ${p.from}..${p.to}, a period ended before then` };
  }
  let first: Abstention | null = null;
  for (const k of comparisons) {
    const why = inadmissible(c, k, frame, published, options.dispute === true);
    if (!why) return null;
    first ??= why;
  }
  return first ?? { slot: 'evidence', reason: 'no fact of the same scope disagrees' };
}

/** Whether a period is whole months of the calendar: a month, a quarter, a year (a statistic's period, not a day's tally). */
function wholeMonths(p: { from: string; to: string }): boolean {
  if (/^\d{4}(?:-\d{2})?$/.test(p.from) && /^\d{4}(?:-\d{2})?$/.test(p.to)) return true;
  const end = new Date(`${p.to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return /-01$/.test(p.from) && end.getUTCDate() === 1;
}

/** Words before a date that make it a bound or a moment of something else, not the event's day. */
const BOUND_BEFORE = /\b(?:until|till|through|thru|by|since|before|after|from|as of|up to|ahead of|following|prior to|no later than|starting|from)\s+(?:the\s+)?(?:end of\s+|early\s+|late\s+|mid-?\s*)?$/i;
/** A modal or a verb of expecting before a date in its clause: the date of an expected outcome. */
const EXPECTED_BEFORE = /\b(?:would|will|could|might|shall|(?:is|are|was|were) (?:expected|set|due|likely) to|(?:is|are|was|were) (?:due|expected|scheduled|planned) (?:in|for|on|by)|expects? to|forecast|forecasts|predicted|predicts|aims? to|plans? to|intends? to|hopes? to|pledged to|promised to)\b/i;

/**
 * "a count that was due in 2021", "the ballot, scheduled for May": a date given as when something
 * was expected, which supports no claim that the event took place then (null when it is not).
 */
/**
 * "Valdonia says Ruritania lost 7,000 millers": a figure the sentence puts in the mouth of
 * someone other than its subject is that speaker's claim. The article reports it rightly
 * whatever the subject's own count; it can be checked only against the speaker's own figures,
 * where the table holds some. (The subject's own word, "Ruritania says it lost 2,700", is
 * judged as any figure of its; so is a source's, "the statistics office says …".)
 */
export function someoneElsesClaim(c: Claim, frame: ClaimFrame, comparisons: readonly Comparison[], v: CompiledVocabulary): Abstention | null {
  const speaker = speakerOf(c.sentence.text, figureAt(c), v);
  // (A source, a statistics office or a counting body, speaks for the figures the table holds.)
  if (!speaker || v.entityKind.get(speaker) === 'source') return null;
  const party = v.partyOf.get(speaker) ?? speaker;
  if (frame.subject.value.includes(party) || frame.subject.value.includes(speaker)) return null;
  if (comparisons.some((k) => k.facts.some((f) => f.side === speaker || partyOf(f, v) === party))) return null;
  const name = (id: string) => v.source.entities.find((e) => e.id === id)?.name ?? id;
  const about = frame.subject.value.length ? ` about ${frame.subject.value.map(name).join(' and ')}` : '';
  return { slot: 'status', reason: `it is ${name(speaker)}'s claim${about}, and the table holds none of ${name(speaker)}'s figures for it` };
}

export function expectedDate(c: Claim, reach = EXPECTED_REACH): string | null {
  const sentence = c.sentence.text;
  const at = figureAt(c);
  const clause = clauseOf(sentence, at, c.figure.text.length);
  return EXPECTED_BEFORE.exec(sentence.slice(Math.max(clause.start, at - reach), at))?.[0].trim() ?? null;
}
/** How far before a date a word of expecting withholds support (a contradiction looks at its whole clause). */
// (Near it: "said 18 would meet it in 2024, up from four in 2014, when the summit …" dates the summit.)
const EXPECTED_REACH = 30;
/** A figure, a few words of its own, and a preposition of time right before a date: "41.5% in", "38% of the crowd in". */
const FIGURE_IN_BEFORE = /\d[\d.,]*\s*(?:%|per ?cent)?(?:\s+[a-z’'-]+){0,4}\s+(?:in|for|during)\s+$/i;
const SPEECH = /\b(?:said|says|told|announced|reported|stated|declared|confirmed|wrote|tweeted|posted|published|claimed|added|noted|revealed|updated)\b/i;
const ANNIVERSARY = /\b(?:today|anniversary|years ago|marks|marked|commemorat\w*|remembrance)\b/i;

function dateDoubt(c: Claim, frame: ClaimFrame, eventYears?: (id: string) => [number, number] | undefined): Abstention | null {
  if (frame.event.confidence !== 'high') return { slot: 'event', reason: `which event it dates is unclear: ${frame.event.reason ?? 'no event is named'}` };
  if (frame.time.confidence !== 'high') return { slot: 'time', reason: frame.time.reason ?? 'its year is unclear' };
  // A date without its year takes the publication's; if the event named was in other years, the
  // date is more likely another event's ("an accord signed on Sept. 20" three years later).
  const d = c.figure.date;
  const years = frame.event.value ? eventYears?.(frame.event.value) : undefined;
  // Words that only point at an event (no name) date it only within its own years.
  if (d && years && c.framing.event?.via === 'cue' && d.resolution === 'explicit') {
    const y = Number(d.start.slice(0, 4));
    if (y < years[0] || y > years[1]) return { slot: 'event', reason: `the words pointing at ${frame.event.text ? `'${frame.event.text}'` : 'the event'} fit an event of ${years[0]}, not a date in ${y}` };
  }
  if (d && d.resolution !== 'explicit' && years) {
    const y = Number(d.start.slice(0, 4));
    if (y < years[0] || y > years[1]) return { slot: 'event', reason: `its year is not stated, and ${frame.event.text ? `'${frame.event.text}'` : 'the event it names'} was in ${years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`}, not ${y}` };
  }
  const sentence = c.sentence.text;
  const at = figureAt(c);
  const clause = clauseOf(sentence, at, c.figure.text.length);
  const before = sentence.slice(Math.max(clause.start, at - 40), at);
  const bound = BOUND_BEFORE.exec(before);
  if (bound) return { slot: 'time', reason: `'${bound[0].trim()} ${c.figure.text}' bounds something else; it does not date the event` };
  // "forecast that 14 clubs would meet the reserve rule in 2024": when something is expected
  // to happen, not when the event named took place.
  const expected = expectedDate(c, Infinity);
  if (expected) return { slot: 'status', reason: `the date is when something is expected ('${expected}'), not the event's` };
  // "up from 38% in 2022, … even after the closure in April 2023": the period of the figure
  // right before it, where the event is not named before the date ("…, when" ties them again).
  const eventAt = frame.event.text ? sentence.indexOf(frame.event.text.split(' + ')[0]!) : -1;
  const when = /^,?\s+when\b/i.test(sentence.slice(at + c.figure.text.length, at + c.figure.text.length + 8));
  if ((eventAt < 0 || eventAt > at) && !when && FIGURE_IN_BEFORE.test(sentence.slice(Math.max(0, at - 50), at))) return { slot: 'time', reason: `it is the period of the figure right before it, not the event's date` };
  // "Today, 15 June, …", "marks the anniversary on 10 November": the date is the day of writing.
  if (ANNIVERSARY.test(sentence.slice(Math.max(clause.start, at - 30), Math.min(clause.end, at + c.figure.text.length + 12)))) return { slot: 'time', reason: 'the date may be the day of an anniversary or of the writing, not of the event' };
  // "On 3 December the ministry said…": a fronted date before a verb of saying dates the statement.
  const rest = clause.text.slice(at - clause.start + c.figure.text.length);
  if (at - clause.start <= 4 && SPEECH.test(rest.slice(0, 60))) return { slot: 'time', reason: 'the date may be the day the statement was made, not of the event' };
  if (SPEECH.test(sentence.slice(Math.max(0, at - 25), at)) && /\bon\s*$/i.test(sentence.slice(0, at))) return { slot: 'time', reason: 'the date may be the day the statement was made, not of the event' };
  return null;
}
