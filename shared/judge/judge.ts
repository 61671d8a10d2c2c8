import type { Claim, ClaimsDocument } from '../claims/document.ts';
import type { ReferenceFact } from '../reference/fact.ts';
import type { ReferenceStore } from '../reference/store.ts';
import { defaultVocabulary, type CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { REPORT_SCHEMA_VERSION } from '../report/schema-version.ts';
import type { Computation, Evidence, JudgedClaim, Verdict, VerdictReport } from '../report/report.ts';
import { elidedAlternatives, keysFor } from './lookups.ts';
import { asOfKey, coversPeriod, partyOf, samePeriod, selectCandidates, sourceRank } from './select.ts';
import { fits, type Interval, type Stated } from './qualifiers.ts';
import { DEFAULT_TOLERANCES, type Tolerances } from './tolerances.ts';
import { claimRange, datesMeet, factRange, isoOfDay, roleOf } from './dates.ts';
import { conversion, plural } from './units.ts';
import { consistencyClaims } from './consistency.ts';
import { fmtDate, fmtNumber } from '../words.ts';
import { clauseOf, figureAt, namesIn, resolveFrame, signedFigure, THRESHOLD_NOUN, type ClaimFrame } from '../frame/slots.ts';
import { rateOrAverage } from './rates.ts';
import { statedSpan } from '../frame/span.ts';
import { partWord, statedWholeAt, wholeFits } from '../frame/share-whole.ts';
import { expectedDate, contradictionDoubt, someoneElsesClaim, type Comparison } from './abstain.ts';
import { derive } from './derive/index.ts';
import { sourceOf } from './derive/derivation.ts';
import { EVENT_DATE } from '../reference/keys.ts';

export interface JudgeOptions {
  tolerances?: Partial<Tolerances>;
  vocabulary?: CompiledVocabulary;
}

interface Context {
  v: CompiledVocabulary;
  t: Tolerances;
  published: string | null;
  /** How the article's publication date was known: an inferred one never grounds a contradiction. */
  publishedHow: 'stated' | 'given' | 'inferred' | 'unknown';
  /**
   * Evidence entries made so far in the batch, by fact, role and fit: claims citing the same
   * fact alike share one entry (never mutated) rather than each holding a copy; on a 10 MB
   * article the copies were megabytes of the report held while its page is written.
   */
  evidence: Map<ReferenceFact, Array<Evidence | undefined>>;
}

/**
 * The verdict engine: every claim of a claims document judged against the reference table.
 * All lookups for the article are one call to the store (one round of requests).
 */
export async function judgeClaims(doc: ClaimsDocument, store: ReferenceStore, options: JudgeOptions = {}): Promise<VerdictReport> {
  return (await judgeDocuments([doc], store, options))[0]!;
}

/**
 * Several claims documents judged with one call to the store for all of their lookups: one
 * round of requests for a batch of articles, and each article judged after all are read: one
 * article read and judged after another measured 6-8% slower over the sample corpus, for the
 * same work.
 */
/** How many articles, or how much article text, to read before judging them together. */
export const JUDGE_BATCH = { documents: 16, bytes: 4 * 1024 * 1024 } as const;

export async function judgeDocuments(docs: readonly ClaimsDocument[], store: ReferenceStore, options: JudgeOptions = {}): Promise<VerdictReport[]> {
  if (docs.length === 0) return [];
  const v = options.vocabulary ?? defaultVocabulary();
  const keysPerDoc = docs.map((d) => d.claims.map((c) => keysFor(c, v)));
  const wanted = new Set<string>();
  for (const perClaim of keysPerDoc) for (const keys of perClaim) for (const k of keys) wanted.add(k);
  const { facts, reference } = await store.lookup([...wanted]);
  // Each key's facts in id order once per batch, so that most claims (one key) sort nothing.
  const sorted = new Map<string, ReferenceFact[]>();
  for (const [k, list] of facts) sorted.set(k, inIdOrder(list) ? list : [...list].sort(byId));
  const t = { ...DEFAULT_TOLERANCES, ...options.tolerances };
  const evidence = new Map<ReferenceFact, Array<Evidence | undefined>>();
  return docs.map((doc, i) => judgeDocument(doc, keysPerDoc[i]!, sorted, reference, { v, t, published: doc.article.published.date, publishedHow: doc.article.published.how, evidence }));
}

function judgeDocument(doc: ClaimsDocument, keysPerClaim: string[][], sorted: ReadonlyMap<string, ReferenceFact[]>, reference: VerdictReport['reference'], ctx: Context): VerdictReport {
  const claims: JudgedClaim[] = doc.claims.map((c, i) => {
    const keys = keysPerClaim[i]!;
    let found: ReferenceFact[];
    if (keys.length === 1) found = sorted.get(keys[0]!) ?? [];
    else {
      // Mostly one of a claim's keys finds anything: its list is in id order already.
      let only: ReferenceFact[] | undefined;
      let lists = 0;
      for (const k of keys) {
        const list = sorted.get(k);
        if (list?.length) {
          only = list;
          lists++;
        }
      }
      if (lists <= 1) found = only ?? [];
      else {
        found = [];
        for (const k of keys) {
          const list = sorted.get(k);
          if (list?.length) found = found.length ? mergeById(found, list) : list;
        }
      }
    }
    return judgeClaim(c, found, ctx, elidedAlternatives(c, ctx.v));
  });
  const eventOfFact = new Map<string, string | undefined>();
  for (const list of sorted.values()) for (const f of list) eventOfFact.set(f.id, f.event);
  corroborateEvents(claims, eventOfFact, ctx);
  correctedInText(claims);
  // The frames judging resolved, reused: resolving each claim's frame twice was a cost of its own.
  const frames = new Map<string, ClaimFrame>();
  for (const j of claims) if (j.frame) frames.set(j.id, j.frame);
  claims.push(...consistencyClaims(doc, ctx.t, (c) => frames.get(c.id) ?? resolveFrame(c, { v: ctx.v, publishedHow: ctx.publishedHow, published: ctx.published }), ctx.v));
  claims.sort((a, b) => a.start - b.start || (a.figure.kind === 'consistency' ? 1 : -1));
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  return {
    schema: 'factcheck/report',
    schemaVersion: REPORT_SCHEMA_VERSION,
    engine: doc.engine,
    reference,
    article: doc.article,
    counts: { claims: claims.length, supported: count('supported'), contradicted: count('contradicted'), disputed: count('disputed'), unverifiable: count('unverifiable') },
    claims,
  };
}

/** Two amounts on one scale, so an expression reads "3,561 million / 1,330 million". */
const fmtUnit = (unit: string, n: number) => (unit === 'USD' ? 'US dollars' : unit === '%' ? '%' : /(?:s|people|personnel)$/.test(unit) ? unit : plural(unit, n));
function fmtValue(f: { value?: number | undefined; low?: number | undefined; high?: number | undefined; unit: string }): string {
  // A range ("below 10%" is 0–10%) shows both ends.
  const span = f.value !== undefined ? fmtNumber(f.value) : `${fmtNumber(f.low!)}–${fmtNumber(f.high!)}`;
  if (f.unit === '%') return `${span}%`;
  if (f.unit === 'USD') return `US$${span}`;
  return `${span} ${fmtUnit(f.unit, f.value ?? 2)}`;
}

const ROLE_SLOT: Record<Evidence['role'], number> = { main: 0, 'later-revision': 2, 'other-source': 4 };

function evidenceOf(ctx: Context, f: ReferenceFact, role: Evidence['role'], ok: boolean): Evidence {
  let slots = ctx.evidence.get(f);
  if (!slots) ctx.evidence.set(f, (slots = []));
  return (slots[ROLE_SLOT[role] + (ok ? 1 : 0)] ??= newEvidence(f, role, ok));
}

/** Built field by field in the report's key order, like judged(): spreads were costly here too. */
function newEvidence(f: ReferenceFact, role: Evidence['role'], ok: boolean): Evidence {
  const e: Partial<Evidence> = { factId: f.id, role };
  if (f.value !== undefined) e.value = f.value;
  if (f.low !== undefined) {
    e.low = f.low;
    e.high = f.high!;
  }
  if (f.date) e.date = f.date;
  e.unit = f.unit;
  if (f.asOf) e.asOf = f.asOf;
  if (f.side) e.side = f.side;
  e.fits = ok;
  e.source = f.source;
  return e as Evidence;
}

interface Extras {
  computation?: Computation[] | undefined;
  rejected?: JudgedClaim['rejected'];
  sides?: JudgedClaim['sides'];
}

/**
 * A judged claim, built field by field in one fixed order: object spreads with conditional
 * parts were a fifth of judging time in profiles, and the order keeps the JSON stable.
 */
function judged(c: Claim, verdict: Verdict, explanation: string, evidence: Evidence[], confidence: number, extras: Extras = {}): JudgedClaim {
  // Optional fields go before confidence, as they always have in the report.
  // The frame and an abstention are set by settle(); their keys are placed here, in the report's order.
  const out: Omit<JudgedClaim, 'confidence'> & { confidence?: number } = { id: c.id, quote: c.quote, start: c.start, end: c.end, span: c.span, sentence: c.sentence, figure: c.figure, framing: c.framing, frame: undefined, verdict, explanation, evidence };
  if (extras.computation?.length) out.computation = extras.computation;
  if (extras.rejected?.length) out.rejected = extras.rejected.slice(0, 8);
  if (extras.sides) out.sides = extras.sides;
  out.abstained = undefined;
  out.confidence = confidence;
  return out as JudgedClaim;
}

function unverifiable(c: Claim, explanation: string, rejected: JudgedClaim['rejected'] = []): JudgedClaim {
  return judged(c, 'unverifiable', explanation, [], round(c.confidence * 0.6), { rejected });
}

/** Two lists in id order merged into one, each id once. */
function mergeById(a: readonly ReferenceFact[], b: readonly ReferenceFact[]): ReferenceFact[] {
  const out: ReferenceFact[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.id < y.id)) {
      out.push(x!);
      i++;
    } else if (x === undefined || y.id < x.id) {
      out.push(y);
      j++;
    } else {
      out.push(y);
      i++;
      j++;
    }
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
const byId = (a: ReferenceFact, b: ReferenceFact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const inIdOrder = (list: readonly ReferenceFact[]) => list.every((f, i) => i === 0 || list[i - 1]!.id < f.id);
const measureName = (ctx: Context, id: string | null) => (id ? ctx.v.measures.get(id)?.name ?? id.replace(/_/g, ' ') : 'this figure');
const eventName = (ctx: Context, id: string) => ctx.v.events.get(id)?.name ?? id;

export function judgeClaim(c: Claim, found: readonly ReferenceFact[], ctx: Context, alternatives: readonly string[] = []): JudgedClaim {
  const j = judgedAsRead(c, found, ctx);
  const frame = j.frame!;
  if (j.verdict !== 'supported' && frame.status.value === 'reported') {
    const spoken = spokenRelease(c, found, ctx, frame, alternatives);
    if (spoken) return spoken;
  }
  if (j.verdict === 'supported' || alternatives.length === 0) return j;
  // "74 dead": whom an adjective standing alone counts is read, not said. Where the measure read
  // finds no support, another measure the adjective names may: the claim is supported when
  // exactly one of them fits, a weak reading that says so. (None may contradict.)
  const fitting: JudgedClaim[] = [];
  for (const alt of alternatives) {
    const other = judgedAsRead({ ...c, framing: { ...c.framing, measure: alt } }, found, ctx);
    if (other.verdict === 'supported') fitting.push(other);
  }
  if (fitting.length !== 1) return j;
  const [other] = fitting as [JudgedClaim];
  other.explanation = `Read as ${measureName(ctx, other.framing?.measure ?? null)}, the one measure '${c.figure.unit ?? ''}' may count whose facts it fits: ${other.explanation.charAt(0).toLowerCase()}${other.explanation.slice(1)}`;
  other.confidence = round(other.confidence * 0.8);
  return other;
}

/** The claim judged as its frame reads it, with none of the other readings judgeClaim may try (which call this). */
function judgedAsRead(c: Claim, found: readonly ReferenceFact[], ctx: Context): JudgedClaim {
  const comparisons: Comparison[] = [];
  const frame = resolveFrame(c, { v: ctx.v, publishedHow: ctx.publishedHow, published: ctx.published });
  return settle(c, weigh(c, found, ctx, comparisons, frame), comparisons, ctx, frame);
}

/**
 * "The records office announced 74 hurt": a figure its sentence says a source gave, in the past,
 * with no day of its own, is true as stated where that source gave it at some time up to the
 * article's date, whatever the source's later revisions. A weak reading: it supports the claim
 * with that release; it never contradicts (the source may have given other figures too).
 */
function spokenRelease(c: Claim, found: readonly ReferenceFact[], ctx: Context, frame: ClaimFrame, alternatives: readonly string[]): JudgedClaim | undefined {
  if (!c.framing.measure || c.framing.time.basis === 'explicit' || c.figure.kind === 'date') return undefined;
  const at = figureAt(c);
  const before = c.sentence.text.slice(Math.max(0, at - 80), at);
  const speakers = c.framing.entities.filter((e) => ctx.v.entityKind.get(e.id) === 'source' && e.text && before.includes(e.text) && SPOKE_BETWEEN.test(before.slice(before.lastIndexOf(e.text) + e.text.length)));
  if (speakers.length !== 1) return undefined;
  const speaker = speakers[0]!;
  const measures = [c.framing.measure, ...alternatives];
  const subject = c.framing.entities.find((e) => e.role === 'subject')?.id;
  const event = c.framing.event?.id;
  const stated = signedFigure(c.figure, frame);
  const given = found.filter(
    (f) =>
      f.side === speaker.id &&
      measures.includes(f.measure) &&
      f.asOf !== undefined &&
      (!ctx.published || f.asOf <= ctx.published) &&
      (!subject || f.entities.includes(subject)) &&
      (!event || !f.event || f.event === event) &&
      unitsAgree(c, f) &&
      fits(stated, factInterval(c, f), ctx.t),
  );
  if (given.length === 0) return undefined;
  const f = given.sort((a, b) => (asOfKey(a) < asOfKey(b) ? -1 : 1))[0]!;
  const j = judgedAsRead({ ...c, framing: { ...c.framing, measure: f.measure, time: { to: f.asOf!, basis: 'as-of', stated: true } } }, [f], ctx);
  if (j.verdict !== 'supported') return undefined;
  const name = ctx.v.source.entities.find((x) => x.id === speaker.id)?.name ?? speaker.text;
  j.explanation = `Read as the figure ${name} gave on ${fmtDate(f.asOf!)}, as its sentence says it was given: ${j.explanation.charAt(0).toLowerCase()}${j.explanation.slice(1)}`;
  j.confidence = round(j.confidence * 0.8);
  return j;
}
/** Between a source and its figure, a verb of giving a figure in the past, and a few words: "announced", "had put the toll at". */
const SPOKE_BETWEEN = /^\s*(?:[^,.;]{0,30}?\s)?(?:said|announced|reported|gave|put|listed|counted|registered|recorded|published|released|spoke of|estimated|confirmed|stated)\b[^.;]{0,40}$/i;

/**
 * The claim's frame set on its verdict, and a contradiction the frame cannot ground turned
 * into an abstention that names the slot (the abstention policy, abstain.ts).
 */
function settle(c: Claim, j: JudgedClaim, comparisons: readonly Comparison[], ctx: Context, frame: ClaimFrame): JudgedClaim {
  j.frame = frame;
  // A forecast, a target or a plan that matches a fact is not a claim that the fact came true.
  if (j.verdict === 'supported' && frame.status.value === 'denied') {
    return withholdSupport(j, `its clause denies it ('${frame.status.text ?? ''}'): the figure that fits is what the article says was not so`, comparisons);
  }
  // (Unless the measure is itself a target, named by the word that set the status: "the guild's
  // goal of 5%" against the goal's own fact is the goal, stated.)
  // (Nor where a word of a threshold, "the 2% line", names a measure the vocabulary declares the
  // bar of a count: the bar, stated.)
  const bar = frame.status.value === 'target' && !!c.framing.measure && ctx.v.bars.has(c.framing.measure) && THRESHOLD_WORD.test(frame.status.text ?? '');
  if (j.verdict === 'supported' && frame.status.value !== 'reported' && !TENSE_ONLY.test(frame.status.text ?? '') && !(frame.status.value === 'target' && (bar || namesTheMeasure(ctx, c.framing.measure, frame.status.text)))) {
    return withholdSupport(j, `it is a ${frame.status.value} ('${frame.status.text ?? ''}'), not a reported outcome`, comparisons);
  }
  // So does a kind or a part of the measure ("Guild hiring of about 40 millers").
  if (j.verdict === 'supported' && frame.measure.narrowed) return withholdSupport(j, frame.measure.reason ?? 'its clause names another quantity than the measure', comparisons);
  if (j.verdict === 'supported' && frame.subject.narrowed) return withholdSupport(j, frame.subject.reason ?? 'someone else than the measure\'s whole acts in its clause', comparisons);
  // A part of a whole the sentence names fits the whole's facts only by chance.
  if (j.verdict === 'supported' && c.framing.partOf) return withholdSupport(j, frame.measure.reason ?? 'it counts a part of another figure', comparisons);
  // "said last night", "votes tomorrow": a day counted from the article's own date, which may be
  // the day it was written or filed rather than published: no support for an event's day.
  if (j.verdict === 'supported' && c.figure.kind === 'date' && DAY_FROM_PUBLICATION.test(c.figure.text)) {
    return withholdSupport(j, `'${c.figure.text}' is counted from the article's date, which may be the day it was written, not published`, comparisons);
  }
  // "a count that was due in 2021": when something was expected, not when the event took place.
  const expected = j.verdict === 'supported' && c.figure.kind === 'date' ? expectedDate(c) : null;
  if (expected) return withholdSupport(j, `the date is when something was expected ('${expected}'), not the event's`, comparisons);
  // An event none of whose parties the article names ("the count" in a piece on another
  // country) is a guess at which event: it may not support either.
  if (j.verdict === 'supported' && c.framing.event?.unanchored) return withholdSupport(j, frame.event.reason ?? 'which event it belongs to is unclear', comparisons);
  // "more than 3.5 million up on the count a decade before" fits the level it was counted
  // from only by chance: a change is no level, so a level's fact does not support it either.
  const fits = supportedBy.get(j) ?? [];
  if (j.verdict === 'supported' && frame.change.value === 'change' && frame.change.confidence === 'high' && frame.measure.kind !== 'change' && fits.length && fits.every((k) => !k.derivation)) {
    return withholdSupport(j, `it states a change ('${frame.change.text ?? ''}'), and the fact it fits is a level`, comparisons);
  }
  // "more than 33,000" against a fact of 192,000: a bound fits a fact far beyond it, but a writer
  // would not bound that fact so loosely; the figure is more likely another quantity's.
  // "1.5%" against a guideline given as "2%" to the nearest point: the fact's rounding admits
  // the figure, but it cannot vouch for digits it does not state.
  const finer = j.verdict === 'supported' ? finerThanFact(c, fits) : null;
  if (finer) return withholdSupport(j, finer, comparisons);
  const loose = j.verdict === 'supported' ? looseBound(c, fits) : null;
  if (loose) return withholdSupport(j, loose, comparisons);
  // "51% in the first quarter of 2024" fits the year's 50.8% by chance: a fact of a longer
  // calendar period says nothing of a part of it.
  const part = j.verdict === 'supported' ? partOfFactPeriod(c, fits) : null;
  if (part) return withholdSupport(j, part, comparisons);
  // An average over a span ("averaged a little under 200,000") is not any one period's figure.
  const average = rateOrAverage(c);
  // (Unless the measure is itself an average or a rate of the same base: "drowned per 100,000
  // millers" against a measure per 100,000, never one per 1,000.)
  const own = ctx.v.measures.get(c.framing.measure ?? '');
  if (average && (j.verdict === 'supported' || j.verdict === 'contradicted') && !(/\b(?:average|per)\b/i.test(`${own?.name ?? ''} ${own?.unit ?? ''}`) && sameBase(average, `${own?.unit ?? ''} ${own?.name ?? ''}`))) {
    j.verdict = 'unverifiable';
    j.explanation = `Not judged: it is an average, a rate or a level held over a span ('${average}'), and the facts are single periods' figures. ${j.explanation}`;
    j.confidence = round(j.confidence * 0.5);
    return j;
  }
  // "Flour prices rose 0.4% on the month" against a yearly rate: a change over another span than the
  // measure's facts is no evidence either way.
  const span = spanDoubt(c, frame, ctx.v, comparisons);
  if (span?.mismatch && j.verdict === 'supported') return withholdSupport(j, span.reason, comparisons);
  // A dispute with a rival source rests on the same reading as a contradiction would.
  if (j.verdict !== 'contradicted' && !rivalDisputes.has(j)) return j;
  const doubt = contradictionDoubt(c, frame, comparisons, ctx.publishedHow === 'inferred' ? null : ctx.published, (id) => eventYears(ctx, id), { dispute: j.verdict === 'disputed', anyFit: j.evidence?.some((e) => e.fits) ?? false }) ?? someoneElsesClaim(c, frame, comparisons, ctx.v) ?? (span ? { slot: 'change' as const, reason: span.reason } : null);
  if (!doubt) return j;
  withheld.set(j, { explanation: j.explanation, confidence: j.confidence, comparisons });
  j.abstained = { verdict: j.verdict === 'disputed' ? 'disputed' : 'contradicted', slot: doubt.slot, reason: doubt.reason };
  j.explanation = `Not judged: ${doubt.reason}. Read as written, ${j.verdict === 'disputed' ? '' : 'it would not fit: '}${j.explanation.charAt(0).toLowerCase()}${j.explanation.slice(1)}`;
  j.verdict = 'unverifiable';
  j.confidence = round(j.confidence * 0.5);
  return j;
}

/** Why a figure stated more finely than the fact it fits, and unlike its stated value, is not supported by it; or null. */
function finerThanFact(c: Claim, fits: readonly Comparison[]): string | null {
  const v = c.figure.value;
  const step = c.figure.precision;
  if (c.figure.qualifier !== 'exact' || typeof v !== 'number' || !step || fits.length === 0 || fits.some((k) => k.derivation)) return null;
  const f = fits[0]!.main;
  if (f.value === undefined || !f.precision || step >= f.precision || Math.abs(Math.abs(v) - Math.abs(f.value)) <= step / 2) return null;
  return `'${c.figure.text}' is stated more finely than the fact it fits (${fmtNumber(f.value)}, to the nearest ${fmtNumber(f.precision)}), which cannot vouch for it`;
}

/** How far beyond a bound a fact may lie and still be what the bound speaks of. */
/**
 * Why the span a change figure is measured over keeps it from being judged, or null: its words
 * state another span than the measure declares (`mismatch`: neither supported nor contradicted),
 * a span the measure does not declare, or none where the measure's is a year and the figure is a
 * month's ("flour prices rose 0.4% in February": on the month, or on the year?).
 */
function spanDoubt(c: Claim, frame: ClaimFrame, v: CompiledVocabulary, comparisons: readonly Comparison[]): { reason: string; mismatch: boolean } | null {
  const m = c.framing.measure ? v.measures.get(c.framing.measure) : undefined;
  if (!m || m.kind !== 'change' || c.figure.kind !== 'percent') return null;
  // (Stated with the rate as a level, "the flour price rise was 0.4% on the month", as well as a rise.)
  const stated = statedSpan(c);
  // Undeclared, a change of a year's figure is on the year before: "the guild's outlay rose 28% on 2023".
  const period = comparisons[0]?.main.period;
  const span = m.span ?? (period && wholeYear(period) ? 'year' : undefined);
  if (stated && span && stated.span !== span) return { reason: `it is a change over a ${stated.span} ('${stated.text}'), and the measure's facts are changes over a ${span}`, mismatch: true };
  if (stated && !span) return { reason: `its words state the span of the change ('${stated.text}'), and the vocabulary does not say over what span the measure's facts are`, mismatch: false };
  const t = c.framing.time;
  if (!stated && m.span === 'year' && frame.change.value === 'change' && t.basis === 'explicit' && t.from?.length === 7 && (t.to ?? t.from) === t.from) return { reason: 'its words do not say whether it is the change on the month before or on the year before', mismatch: false };
  return null;
}

/** Whether a fact's period is one calendar year. */
const wholeYear = (p: { from: string; to: string }) => /^\d{4}-01-01$/.test(p.from) && p.to === `${p.from.slice(0, 4)}-12-31`;

/** Why a figure of a part of the period its fitting facts are of is not supported by them, or null. */
function partOfFactPeriod(c: Claim, fits: readonly Comparison[]): string | null {
  const t = c.framing.time;
  // (A part named as such, a quarter or a half, "Q1 2024": a single month beside a figure of a
  // year is as often when a source gave it as the period it is of.)
  if (t.basis !== 'explicit' || !t.from || !t.to || t.to === t.from || t.from.length !== 7 || !fits.length) return null;
  const main = fits[0]!.main;
  if (fits.some((k) => k.derivation || !k.main.period || k.main.event) || !main.period) return null;
  const whole = fits.every((k) => coversPeriod(t.from!, t.to ?? t.from!, k.main.period!) || samePeriod(t.from!, t.to ?? t.from!, k.main.period!));
  return whole ? null : `the fact it fits (${main.id}) covers ${main.period.from}..${main.period.to}, and the claim speaks of a part of it (${t.from === (t.to ?? t.from) ? t.from : `${t.from}..${t.to}`})`;
}
const LOOSE_BOUND = 2;
/** Why a bound's support is too loose to count, or null. */
function looseBound(c: Claim, fits: readonly Comparison[]): string | null {
  const v = c.figure.value;
  const main = fits[0]?.main;
  if (typeof v !== 'number' || v <= 0 || !main || typeof main.value !== 'number' || main.value <= 0) return null;
  const q = c.figure.qualifier;
  const far = (q === 'more_than' || q === 'at_least') ? main.value > v * LOOSE_BOUND : (q === 'less_than' || q === 'at_most') ? main.value * LOOSE_BOUND < v : false;
  return far ? `'${c.figure.text}' is a bound far from the fact it fits (${fmtNumber(main.value)}): a figure that loose more likely speaks of another quantity` : null;
}

/** A support the frame cannot ground, kept (withheld) and turned into an abstention that says why. */
function withholdSupport(j: JudgedClaim, why: string, comparisons: readonly Comparison[]): JudgedClaim {
  withheld.set(j, { explanation: j.explanation, confidence: j.confidence, comparisons });
  j.verdict = 'unverifiable';
  j.explanation = `Not judged: ${why}. ${j.explanation}`;
  j.confidence = round(j.confidence * 0.5);
  return j;
}

/** A day named by its distance from the article's own day. */
const DAY_FROM_PUBLICATION = /^(?:yesterday|tomorrow|tonight|last\s+night)$/i;


/** The future tense alone ("will last four days") states a schedule, which a fact can support. */
const TENSE_ONLY = /^(?:will|would|could|might)$/i;
/** Whether a word is one the vocabulary names a measure by (its actions, phrases or name): "goal" of a measure of goals. */
/** Words of a threshold: "hurdle", "mark", "line". */
const THRESHOLD_WORD = new RegExp(String.raw`\b(?:${THRESHOLD_NOUN}|bar)\b`, 'i');
function namesTheMeasure(ctx: Context, id: string | null, word: string | undefined): boolean {
  const m = id ? ctx.v.measures.get(id) : undefined;
  if (!m || !word) return false;
  const w = word.toLowerCase();
  const has = (phrase: string) => phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(w);
  return m.actions.some((a) => a.toLowerCase() === w) || (m.phrases ?? []).some(has) || has(m.name);
}

/** What an abstention withheld, so that corroboration (corroborateEvents) can restore it. */
/** Claims disputed because only a rival source's figure fits them (assessGroup's `rival`). */
const rivalDisputes = new WeakSet<JudgedClaim>();
const withheld = new WeakMap<JudgedClaim, { explanation: string; confidence: number; comparisons: readonly Comparison[] }>();
/** The comparisons a claim's support rests on: whether it fits a fact of its measure directly, or a derivation. */
const supportedBy = new WeakMap<JudgedClaim, readonly Comparison[]>();

function eventYears(ctx: Context, id: string): [number, number] | undefined {
  const e = ctx.v.events.get(id);
  return e ? [Number(e.start.slice(0, 4)), Number((e.end ?? e.start).slice(0, 4))] : undefined;
}

/**
 * A weak pointer at an event (one cue word) is confirmed when another figure of the same
 * sentence is supported by a fact of that event: the sentence is about it. The contradiction
 * withheld for want of the event is then weighed again with the event read with confidence.
 */
function corroborateEvents(claims: JudgedClaim[], eventOfFact: ReadonlyMap<string, string | undefined>, ctx: Context): void {
  // A sentence's claims, built once: looking through the whole article at each withheld claim
  // made a long article's judging quadratic.
  let bySentence: Map<number, JudgedClaim[]> | undefined;
  const inSentence = (index: number) => {
    if (!bySentence) {
      bySentence = new Map();
      for (const o of claims) {
        const list = bySentence.get(o.sentence.index);
        if (list) list.push(o);
        else bySentence.set(o.sentence.index, [o]);
      }
    }
    return bySentence.get(index) ?? [];
  };
  for (const j of claims) {
    const held = withheld.get(j);
    if (!held || j.abstained?.slot !== 'event' || !j.frame?.event.value) continue;
    const id = j.frame.event.value;
    const witness = inSentence(j.sentence.index).find((o) => o !== j && o.sentence.index === j.sentence.index && o.verdict === 'supported' && o.evidence.some((e) => e.role === 'main' && e.fits && eventOfFact.get(e.factId) === id));
    if (!witness) continue;
    const frame: ClaimFrame = { ...j.frame, event: { value: id, text: j.frame.event.text, confidence: 'high', reason: `confirmed by '${witness.quote}' in the same sentence` } };
    const doubt = contradictionDoubt(j as unknown as Claim, frame, held.comparisons, ctx.publishedHow === 'inferred' ? null : ctx.published, (e) => eventYears(ctx, e), { dispute: j.abstained.verdict === 'disputed' });
    if (doubt) continue;
    j.frame = frame;
    j.verdict = j.abstained.verdict;
    j.explanation = held.explanation;
    j.confidence = held.confidence;
    j.abstained = undefined;
  }
}

/**
 * "Her book says the guild counted 84.1 million. That was the register's estimate; the count
 * itself found 82.7 million": a figure put in someone's mouth, which the article goes on to
 * correct with a figure of the same quantity that fits the table, is reported in order to be
 * corrected. The article is right; the quoted figure is not contradicted.
 */
function correctedInText(claims: JudgedClaim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const j = claims[i]!;
    if (j.verdict !== 'contradicted' || !PUT_IN_MOUTH.test(j.sentence.text)) continue;
    const fr = j.framing;
    if (!fr?.measure) continue;
    const subjects = subjectKey(j);
    // (Claims come in the article's order: only the next two sentences' are read.)
    let end = i + 1;
    while (end < claims.length && claims[end]!.sentence.index <= j.sentence.index + 2) end++;
    const fix = claims.slice(i + 1, end).find(
      (k) =>
        k.verdict === 'supported' &&
        k.sentence.paragraph === j.sentence.paragraph &&
        (k.sentence.index > j.sentence.index || (k.sentence.index === j.sentence.index && contrastBetween(j, k))) &&
        k.framing?.measure === fr.measure &&
        (k.framing.event?.id ?? null) === (fr.event?.id ?? null) &&
        // (Or of no time of its own: "the guild puts it at 2.12%" speaks of the figure before it.)
        (((k.framing.time.from ?? '') === (fr.time.from ?? '') && (k.framing.time.to ?? '') === (fr.time.to ?? '')) || k.framing.time.basis === 'publication') &&
        (subjectKey(k) || subjects) === subjects,
    );
    if (!fix) continue;
    j.abstained = { verdict: 'contradicted', slot: 'status', reason: `the article goes on to correct it ('${fix.figure.text}' fits the table): it reports the figure as someone's, to correct it` };
    j.explanation = `Not judged: ${j.abstained.reason}. Read as written, it would not fit: ${j.explanation.charAt(0).toLowerCase()}${j.explanation.slice(1)}`;
    j.verdict = 'unverifiable';
    j.confidence = round(j.confidence * 0.5);
  }
}
/**
 * "Critics say the guild lost 40 millers, but its own register lists 12": a figure of the same
 * sentence after a word of contrast corrects the one put in someone's mouth before it.
 */
function contrastBetween(j: JudgedClaim, k: JudgedClaim): boolean {
  const from = figureAt(j as unknown as Claim) + j.figure.text.length;
  const to = figureAt(k as unknown as Claim);
  const contrast = to > from ? CONTRAST.exec(j.sentence.text.slice(from, to)) : null;
  // (The words putting it in someone's mouth stand before the contrast: in "The guild counted
  // 40, but critics say 12", the 40 is the article's own.)
  return !!contrast && PUT_IN_MOUTH.test(j.sentence.text.slice(0, from + contrast.index));
}
const CONTRAST = /\b(?:but|however|whereas|though|although|yet|while)\b|;/i;
/** The ids of a claim's subjects, as one key. */
const subjectKey = (c: JudgedClaim) => (c.framing?.entities ?? []).filter((e) => e.role === 'subject').map((e) => e.id).sort().join('|');
/** Words that put a figure in someone's mouth or pen: "she writes", "he claimed", "according to". */
const PUT_IN_MOUTH = /\b(?:writes?|wrote|claims?|claimed|argues?|argued|asserts?|asserted|insists?|insisted|says?|said|told|according to)\b/i;

function weigh(c: Claim, found: readonly ReferenceFact[], ctx: Context, comparisons: Comparison[], frame: ClaimFrame): JudgedClaim {
  if (c.figure.kind === 'ordinal') return unverifiable(c, `Ordinals such as '${c.figure.text}' are not checked against the reference table.`);
  if (c.figure.kind === 'date') return judgeDate(c, found, ctx, comparisons);
  if (!c.framing.measure || (c.figure.kind !== 'duration' && c.framing.measure === 'duration')) {
    return unverifiable(c, `The engine could not tell what '${c.figure.text}' measures (${whyNoMeasure(c, ctx.v)}), so no reference fact is looked up for it.`);
  }
  const { relevant, rejected } = selectCandidates(c, found, ctx.v, ctx.published);
  // The value the claim states, its sign applied ("lost 24,000 jobs" is −24,000).
  const stated: Stated = signedFigure(c.figure, frame);
  const assessments: Assessment[] = [];
  const unitOk = (f: ReferenceFact) => unitsAgree(c, f);
  const direct = relevant.filter(unitOk);
  const single = c.framing.entities.some((e) => e.role === 'subject') || c.figure.kind === 'ratio';
  // "X more than Freedonia" states a difference: the sides' own figures are inputs, not evidence.
  const difference = c.figure.kind !== 'ratio' && c.framing.entities.some((e) => e.role === 'comparator');
  const countriesOf = (f: ReferenceFact) => f.entities.filter((e) => ctx.v.entityKind.get(e) === 'country');
  const isCombined = (f: ReferenceFact) => countriesOf(f).length >= 2;
  // A claim naming no side, where facts come from several sides, is about all of them: the
  // single-side facts only enter through their sum.
  const combinedOnly = !single && c.figure.kind === 'count' && singleSides(relevant, countriesOf) >= 2;
  const directFacts = difference ? [] : combinedOnly ? direct.filter(isCombined) : direct;
  // A side whose every figure was published after the article is a later figure, not a side of
  // a dispute at the time: it is shown with the others, unless no side had a figure by then.
  const groups = groupFacts(directFacts, ctx);
  const pubDay = standingDay(c) ?? ctx.published;
  const heldThen = (g: { facts: ReferenceFact[] }) => !pubDay || g.facts.some((f) => f.asOf === undefined || f.asOf <= pubDay);
  const current = groups.some(heldThen) ? groups.filter(heldThen) : groups;
  const first = frame.release?.value === 'first';
  for (const group of current) assessments.push(assessGroup(c, group.label, group.facts, ctx, stated, first));
  if (current.length < groups.length) {
    const shown = assessments.find((a) => !a.derived);
    if (shown) for (const g of groups) if (!current.includes(g)) shown.later.push(...g.facts.map((f) => evidenceOf(ctx, f, 'later-revision', fits(stated, factInterval(c, f), ctx.t))));
  }
  const computations: Computation[] = [];
  const derived = derive({ claim: c, relevant, found, v: ctx.v, published: ctx.published ?? '9999', unitsAgree: unitOk });
  for (const d of derived) {
    computations.push(d.computation);
    const fact: Interval = { low: d.computation.value, high: d.computation.value, precision: d.precision };
    const ok = fits(stated, fact, ctx.t);
    if (d.final) {
      // A final sum is a later revision of the sum current at publication.
      const current = assessments.find((a) => a.comparison.derivation === 'sum');
      if (current) {
        current.later.push(...d.facts.map((f) => evidenceOf(ctx, f, 'later-revision', ok)));
        if (!current.ok && ok) {
          current.ok = true;
          current.undatedOnly = true;
          current.text = `${current.text}, or ${d.text}`;
        }
        continue;
      }
    }
    assessments.push({ label: d.label, ok, text: d.text, evidence: d.facts.map((f) => evidenceOf(ctx, f, 'main', ok)), later: [], derived: true, comparison: { derivation: d.kind, main: d.facts[d.facts.length - 1]!, facts: d.facts } });
  }
  // The candidates' own list (this claim's), with the facts in another unit that no computation used.
  const rejectedAll = rejected;
  for (const f of relevant) {
    if (!unitOk(f) && !computations.some((k) => k.factIds.includes(f.id))) rejectedAll.push({ factId: f.id, reason: `in ${f.unit}, the claim is in ${c.figure.unit ?? 'another unit'}` });
  }
  if (assessments.length === 0) {
    const what = [measureName(ctx, c.framing.measure), ...c.framing.entities.filter((e) => e.role === 'subject').map((e) => `for ${ctx.v.source.entities.find((x) => x.id === e.id)?.name ?? e.id}`), c.framing.event ? `in ${eventName(ctx, c.framing.event.id)}` : ''].filter(Boolean).join(' ');
    return unverifiable(c, `No fact in the reference table gives ${what}${c.framing.time.basis === 'explicit' && c.framing.time.from ? ` for ${c.framing.time.from}${c.framing.time.to && c.framing.time.to !== c.framing.time.from && /^\d{4}$/.test(c.framing.time.to) ? `–${c.framing.time.to}` : ''}` : ''}: ${whyNoFact(c, rejectedAll, found)}.`, rejectedAll);
  }
  for (const a of assessments) if (!a.ok) comparisons.push(a.comparison);
  const judged = verdictOf(c, assessments, computations, rejectedAll, ctx);
  supportedBy.set(judged, assessments.filter((a) => a.ok).map((a) => a.comparison));
  return judged;
}

/** Two actions of different count measures joined by "or" or "and" in a sentence ("injured or drowned"), as written, or null. */
function joinedActions(sentence: string, v: CompiledVocabulary): string | null {
  const measuresOf = (w: string) => {
    const bases = v.actionForms.get(w.toLowerCase());
    return bases ? [...v.measures.values()].filter((m) => m.actions.some((x) => bases.has(x.toLowerCase()))).map((m) => m.id) : [];
  };
  for (const m of sentence.matchAll(/\b([a-z]+)\s*,?\s+(or|and|and\/or)\s+(?:(?:went|were)\s+)?([a-z]+)\b/gi)) {
    const a = measuresOf(m[1]!);
    const b = measuresOf(m[3]!);
    if (a.length && b.length && !a.some((x) => b.includes(x))) return `${m[1]} ${m[2]} ${m[3]}`;
  }
  return null;
}

/**
 * Why no measure was read, in the vocabulary's terms: the unit or noun no measure has, or the
 * words the sentence lacks. A newsroom reads it to know what to add to its vocabulary.
 */
function whyNoMeasure(c: Claim, v: CompiledVocabulary): string {
  const f = c.figure;
  const measures = [...v.measures.values()];
  const named = (ms: typeof measures) => ms.slice(0, 3).map((m) => m.id).join(', ') + (ms.length > 3 ? ', …' : '');
  if (f.kind === 'count') {
    // ("28 firemen injured or drowned": two measures' actions joined, counted together.)
    const joined = joinedActions(clauseOf(c.sentence.text, figureAt(c), f.text.length).text, v);
    if (joined) return `it counts those ${joined} together, which no one measure counts`;
    const noun = f.unit;
    if (!noun) return 'it counts no noun its sentence names';
    const counting = measures.filter((m) => m.subjects.some((x) => x.toLowerCase() === noun.toLowerCase()) || m.implied?.some((x) => x.toLowerCase() === noun.toLowerCase()));
    if (counting.length === 0) return `no measure of the vocabulary counts '${noun}'`;
    return `${named(counting)} count '${noun}', but none of their actions or phrases stands in its sentence`;
  }
  const ofUnit = (test: (unit: string) => boolean) => measures.filter((m) => test(m.unit));
  if (f.kind === 'percent') {
    // "share of gross final energy consumption": a whole no share measure of the vocabulary is of.
    const whole = statedWholeAt(v, c.sentence.text, figureAt(c), f.text.length);
    if (whole !== null && !v.shares.some((s) => wholeFits(whole, s.wholes, partWord(v)))) return `it is a share of '${whole}', and no share measure of the vocabulary is a share of that`;
    const shares = ofUnit((u) => u === '%' || u === 'pp');
    return shares.length ? `no phrase of a measure in % (${named(shares)}) stands in its sentence` : 'the vocabulary has no measure in %';
  }
  if (f.kind === 'money') {
    const money = ofUnit((u) => /^[A-Z]{3}$/.test(u) || u === 'currency');
    return money.length ? `no phrase of a measure of money (${named(money)}) stands in its sentence` : 'the vocabulary has no measure of money';
  }
  if (f.kind === 'measure' && f.unit) {
    const fitting = ofUnit((u) => conversion(f.unit!, u) !== null);
    return fitting.length ? `no phrase of a measure in ${f.unit} (${named(fitting)}) stands in its sentence` : `the vocabulary has no measure in ${f.unit}`;
  }
  if (f.kind === 'duration') return 'no event is named beside it to be the length of';
  if (f.kind === 'ratio') return 'no measure is named beside the ratio';
  return 'no measure of the vocabulary is named beside it';
}

/** Why the table held nothing for the claim: the facts of its measure set aside, or none at all. */
function whyNoFact(c: Claim, rejected: NonNullable<JudgedClaim['rejected']>, found: readonly ReferenceFact[]): string {
  const own = rejected.filter((r) => !r.reason.startsWith('another measure'));
  if (own.length) {
    const reasons = [...new Set(own.map((r) => r.reason))];
    return `its facts of that measure were set aside (${reasons.slice(0, 2).join('; ')}${reasons.length > 2 ? `; ${reasons.length - 2} more` : ''})`;
  }
  if (found.some((f) => f.measure === c.framing.measure)) return 'its facts of that measure are in another unit';
  return 'the table holds no fact with that measure and subject';
}

/** How many sides the single-country facts speak for, counted to two. */
function singleSides(facts: readonly ReferenceFact[], countriesOf: (f: ReferenceFact) => string[]): number {
  let first: string | undefined;
  for (const f of facts) {
    const countries = countriesOf(f);
    if (countries.length !== 1) continue;
    if (first === undefined) first = countries[0];
    else if (countries[0] !== first) return 2;
  }
  return first === undefined ? 0 : 1;
}

interface Assessment {
  label: string;
  ok: boolean;
  text: string;
  evidence: Evidence[];
  later: Evidence[];
  derived: boolean;
  /** The claim fits only an undated figure (a final count of unknown date). */
  undatedOnly?: boolean;
  /** The stated value is the main fact's value, digit for digit. */
  exactMatch?: boolean;
  /** Another source's figure, current at publication, that the claim fits when the main one does not. */
  rival?: string;
  /** What the comparison rests on, for the abstention policy. */
  comparison: Comparison;
}

function unitsAgree(c: Claim, f: ReferenceFact): boolean {
  const u = c.figure.unit;
  switch (c.figure.kind) {
    case 'money':
      return f.unit === u;
    case 'percent':
      return f.unit === '%' || f.unit === 'pp';
    case 'ratio':
      return f.unit === 'ratio' || f.unit === 'times';
    case 'duration':
      return f.measure !== EVENT_DATE && u !== null && conversion(f.unit, u) !== null;
    case 'measure':
      return u !== null && conversion(f.unit, u) !== null;
    case 'count':
      return f.unit !== 'USD' && f.unit !== '%' && f.unit !== 'date' && f.unit !== 'ratio';
    default:
      return false;
  }
}

/** Facts grouped by whose figure they are: each party, and the independent sources together. */
function groupFacts(facts: readonly ReferenceFact[], ctx: Context): Array<{ label: string; facts: ReferenceFact[] }> {
  const groups = new Map<string, ReferenceFact[]>();
  for (const f of facts) {
    const label = partyOf(f, ctx.v) ?? 'independent';
    const list = groups.get(label) ?? [];
    list.push(f);
    groups.set(label, list);
  }
  // Independent sources lead; then each party, in name order.
  return [...groups].sort(([a], [b]) => (a === 'independent' ? -1 : b === 'independent' ? 1 : a < b ? -1 : 1)).map(([label, list]) => ({ label, facts: list }));
}

/** The day a figure is read as standing on, where the text gives one: "by August", the date of the report that gave a revision. */
function standingDay(c: Claim): string | null {
  if (c.framing.release?.value === 'as-of' && c.framing.release.day) return c.framing.release.day;
  return c.framing.time.basis === 'as-of' ? (c.framing.time.to ?? null) : null;
}

/** A fact's value as an interval in the claim's unit, for reading it by the claim's qualifier. */
function factInterval(c: Claim, f: ReferenceFact): Interval {
  const k = c.figure.unit && (c.figure.kind === 'duration' || c.figure.kind === 'measure') ? conversion(f.unit, c.figure.unit) ?? 1 : 1;
  const precision = (f.precision ?? 0) * k;
  // A count to the unit is exact; any other figure was rounded to its last digit.
  const rounding = f.value !== undefined && !(c.figure.kind === 'count' && (f.precision ?? 0) <= 1) ? precision / 2 : 0;
  return f.value !== undefined ? { low: f.value * k, high: f.value * k, precision, rounding } : { low: (f.low ?? 0) * k, high: (f.high ?? 0) * k, precision };
}

/**
 * One group's verdict: the figure current at publication is the main evidence (the best
 * source's latest revision published on or before the article); later revisions are shown.
 */
function assessGroup(c: Claim, label: string, facts: ReferenceFact[], ctx: Context, stated: Stated, first = false): Assessment {
  const interval = (f: ReferenceFact): Interval => factInterval(c, f);
  const ok = (f: ReferenceFact) => fits(stated, interval(f), ctx.t);
  // "3,773 laid off by August": the figure as it stood then; otherwise as at publication.
  // ("raised to 159,000 in October": the release standing when that report came out.)
  const pub = standingDay(c) ?? ctx.published ?? '9999';
  const byStanding = (a: ReferenceFact, b: ReferenceFact) => sourceRank(a, ctx.v) - sourceRank(b, ctx.v) || (asOfKey(b) < asOfKey(a) ? -1 : asOfKey(b) > asOfKey(a) ? 1 : 0) || (a.id < b.id ? -1 : 1);
  const current = facts.filter((f) => f.asOf !== undefined && f.asOf <= pub).sort(byStanding);
  const undated = facts.filter((f) => f.asOf === undefined);
  const later = facts.filter((f) => f.asOf !== undefined && f.asOf > pub).sort((a, b) => (asOfKey(a) < asOfKey(b) ? -1 : 1));
  // "the first estimate": the best source's earliest release published by then, not its latest.
  const firstRelease = first ? current.filter((f) => sourceRank(f, ctx.v) === sourceRank(current[0]!, ctx.v) && (f.side ?? '') === (current[0]!.side ?? '')).sort((a, b) => (asOfKey(a) < asOfKey(b) ? -1 : asOfKey(a) > asOfKey(b) ? 1 : 0))[0] : undefined;
  const main = firstRelease ?? current[0] ?? later[0] ?? undated[0]!;
  const others = facts.filter((f) => f !== main);
  const mainOk = ok(main);
  const undatedFit = !mainOk && undated.some((f) => f !== main && ok(f));
  const evidence = [evidenceOf(ctx, main, 'main', mainOk)];
  // Later revisions are the same source's later figures; other sources are shown as such.
  const laterEvidence = others
    .filter((f) => asOfKey(f) > asOfKey(main) && (f.side ?? '') === (main.side ?? ''))
    .sort((a, b) => (asOfKey(a) < asOfKey(b) ? -1 : 1))
    .map((f) => evidenceOf(ctx, f, 'later-revision', ok(f)));
  const otherEvidence = others.filter((f) => !(asOfKey(f) > asOfKey(main) && (f.side ?? '') === (main.side ?? ''))).map((f) => evidenceOf(ctx, f, 'other-source', ok(f)));
  const afterArticle = main.asOf !== undefined && main.asOf > pub ? (c.framing.time.basis === 'as-of' ? ', published after the day the figure is given for' : ', published after the article') : '';
  // Two sources that both stood at publication and differ (a league's own count, an auditor's
  // by another definition): a claim that takes the other one is
  // disputed, not wrong. An earlier release of the main source is no such rival, nor a bound
  // ("more than 20"), which a wrong figure can fall within as well as a right one.
  const rival = mainOk || undatedFit ? undefined : current.find((f) => f !== main && f.value !== undefined && f.side !== undefined && main.side !== undefined && f.side !== main.side && ok(f));
  return {
    label,
    ok: mainOk || undatedFit,
    ...(undatedFit ? { undatedOnly: true } : {}),
    ...(rival ? { rival: `${fmtValue(rival)} (${sourceOf(rival)})` } : {}),
    text: `${fmtValue(main)} (${sourceOf(main)}${afterArticle})`,
    exactMatch: main.value !== undefined && interval(main).low === stated.value,
    evidence: [...evidence, ...otherEvidence.slice(0, 4)],
    later: laterEvidence.slice(0, 4),
    derived: false,
    comparison: { main, facts, someFit: facts.some(ok), laterFit: later.some(ok) },
  };
}

function verdictOf(c: Claim, all: Assessment[], computations: Computation[], rejected: JudgedClaim['rejected'] & object, ctx: Context): JudgedClaim {
  // A claim that names no subject, fitting one source's figure about some entities: another
  // source's figure about other entities altogether is another quantity, no rival ("192,000
  // uprooted" against a count of those who fled to one region).
  const named = c.framing.entities.some((e) => e.role === 'subject');
  // (Only where the fit is to a figure, not to a range that many figures fit: "fewer than 100".)
  const fitted = new Set(all.filter((a) => a.ok && !a.derived && a.comparison.main.value !== undefined).flatMap((a) => a.comparison.main.entities));
  const as = named || fitted.size === 0 ? all : all.filter((a) => a.ok || a.derived || a.comparison.main.entities.some((e) => fitted.has(e)));
  const fitting = as.filter((a) => a.ok);
  const parties = new Set(as.filter((a) => !a.derived && a.label !== 'independent').map((a) => a.label));
  let verdict: Verdict;
  if (fitting.length === as.length) verdict = 'supported';
  else if (fitting.length === 0) verdict = as.some((a) => a.rival) ? 'disputed' : 'contradicted';
  else verdict = parties.size >= 1 || as.some((a) => a.label === 'independent') ? 'disputed' : 'supported';
  const mainOf = as.find((a) => !a.derived) ?? as[0]!;
  const quote = `'${c.figure.text.replace(/\s+/g, ' ')}'`;
  // "192,000 were displaced, according to the agency": sources disagree, but the sentence says
  // whose figure it quotes, and that source gives it. The claim is that source's figure: true.
  const quoted = verdict === 'disputed' && fitting.length > 0 ? quotedSource(c, fitting, ctx) : undefined;
  let explanation: string;
  if (quoted) {
    verdict = 'supported';
    const unfit = as.filter((a) => !a.ok).map((a) => `${a.label}: ${a.text}`).join('; ');
    explanation = `${capitalise(quoted.text)}; ${quote} fits it, and the sentence attributes it to ${quoted.name}, whose figure it is. Other sources differ: ${unfit}.`;
  } else if (verdict === 'disputed' && fitting.length === 0) {
    const rivals = as.filter((a) => a.rival);
    explanation = `Sources disagree: ${quote} fits ${rivals.map((a) => a.rival).join('; ')}, but not ${rivals.map((a) => a.text).join('; ')}.`;
  } else if (verdict === 'disputed') {
    const fit = fitting.map((a) => `${a.label}: ${a.text}`).join('; ');
    const unfit = as.filter((a) => !a.ok).map((a) => `${a.label}: ${a.text}`).join('; ');
    explanation = `Sources disagree: ${quote} fits ${fit}, but not ${unfit}.`;
  } else {
    const lead = as.find((a) => a.derived && a.ok === (verdict === 'supported')) ?? mainOf;
    const rounded = c.figure.qualifier === 'exact' && (c.figure.precision ?? 1) > 1 && !lead.exactMatch;
    const laterText = lead.later.length ? ` Later figures: ${lead.later.map((l) => `${l.value !== undefined ? fmtNumber(l.value) : ''}${l.asOf ? ` (${fmtDate(l.asOf)})` : ' (final)'}${l.fits ? ', which it also fits' : ", which it doesn't fit"}`).join('; ')}.` : '';
    if (lead.derived) {
      explanation = `${capitalise(lead.text)}; ${quote} ${verdict === 'supported' ? 'fits it' : 'does not fit it'}.`;
    } else if (verdict === 'supported') {
      explanation = lead.undatedOnly
        ? `${quote} matches a final figure of unknown date, not ${lead.text}.`
        : `${capitalise(lead.text)}; ${quote} ${rounded ? 'is that figure rounded' : 'fits it'}.${laterText}`;
    } else {
      explanation = `${capitalise(lead.text)}; ${quote} does not fit it.${laterText}`;
    }
  }
  const sides = as.length > 1 ? as.map((a) => ({ side: a.label, value: a.text, fits: a.ok })) : undefined;
  // One assessment holds each fact once per role already; only several can repeat one.
  let dedup: Evidence[];
  if (as.length === 1) dedup = as[0]!.later.length ? [...as[0]!.evidence, ...as[0]!.later] : as[0]!.evidence;
  else {
    // A handful of entries, compared pairwise: each fact and role once, in the place it first
    // takes, as the last assessment to give it has it.
    dedup = [];
    for (const list of [...as.map((a) => a.evidence), ...as.map((a) => a.later)]) {
      for (const e of list) {
        const at = dedup.findIndex((d) => d.factId === e.factId && d.role === e.role);
        if (at < 0) dedup.push(e);
        else dedup[at] = e;
      }
    }
  }
  const viaContext = c.framing.event?.via === 'context' ? 0.85 : 1;
  const confidence = round(c.confidence * viaContext * (verdict === 'disputed' ? 0.8 : 1) * (fitting.some((a) => a.undatedOnly) ? 0.7 : 1));
  const out = judged(c, verdict, explanation, dedup, confidence, { computation: computations, rejected, sides: verdict === 'disputed' ? sides : undefined });
  if (verdict === 'disputed' && fitting.length === 0) rivalDisputes.add(out);
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The fitting assessment whose figure the sentence attributes to its source: a body of the
 * vocabulary's sources named in the sentence, whose own fact is the assessment's main one.
 */
function quotedSource(c: Claim, fitting: readonly Assessment[], ctx: Context): { text: string; name: string } | undefined {
  const named: Array<{ id: string; text: string }> = c.framing.entities.filter((e) => ctx.v.entityKind.get(e.id) === 'source' && ATTRIBUTED.test(c.sentence.text));
  // "| Human Rights Watch | fewer than 100 |": a table row labelled by a source gives its count.
  const row = TABLE_ROW.exec(c.sentence.text);
  if (row) {
    const label = row[1]!;
    const first = namesIn(label, ctx.v)[0];
    if (first && ctx.v.entityKind.get(first.id) === 'source' && !named.some((e) => e.id === first.id)) named.push({ id: first.id, text: label.slice(first.start, first.end) });
  }
  for (const e of named) {
    const a = fitting.find((x) => !x.derived && x.comparison.main.side === e.id);
    if (a) return { text: a.text, name: ctx.v.source.entities.find((x) => x.id === e.id)?.name ?? e.text };
  }
  return undefined;
}

/** A table row as read, its first cell the row's label: "Human Rights Watch | fewer than 100 | Sept 2008". */
const TABLE_ROW = /^\s*\|?\s*([^|]+?)\s+\|\s/;
/** Words that put a figure in a source's mouth: "according to", "said", "estimated", "counted". */
const ATTRIBUTED = /\b(?:according to|said|says|estimated|estimates|counted|counts|reported|reports|put|puts|gave|gives|recorded|records)\b/i;

function judgeDate(c: Claim, found: readonly ReferenceFact[], ctx: Context, comparisons: Comparison[]): JudgedClaim {
  const d = c.figure.date!;
  const range = claimRange(d);
  if (!range) return unverifiable(c, `The year of ${c.figure.text} is not known: give the article's publication date.`);
  const event = c.framing.event?.id;
  if (!event) return unverifiable(c, `No event in the reference table is named beside ${c.figure.text}, so there is nothing to date.`);
  const facts = found.filter((f) => f.measure === EVENT_DATE && f.event === event && f.date);
  if (facts.length === 0) return unverifiable(c, `The reference table holds no date for ${eventName(ctx, event)}.`);
  const at = c.sentence.text.indexOf(c.figure.text);
  const role = roleOf(c.sentence.text, at < 0 ? 0 : at);
  const assessed = facts.map((f) => {
    const r = factRange(f.date!, role);
    return { f, ok: r !== null && datesMeet(range, r), distance: r ? Math.min(Math.abs(r[0] - range[0]), Math.abs(r[1] - range[1])) : Infinity };
  });
  const fitting = assessed.filter((j) => j.ok);
  // "a walkout that ended last month": a date said to be when the event began or ended is set
  // against that end of it; a table holding one day of an event that lasted (not which end it
  // is) can support it, never contradict it.
  if (!fitting.length && role !== 'any' && assessed.every((j) => !j.f.date!.end)) {
    const f = assessed[0]!.f;
    return unverifiable(c, `Not judged: the sentence says when ${eventName(ctx, event)} ${role === 'end' ? 'ended' : 'began'}; the reference table gives one date for it (${fmtDate(f.date!.start)}, ${sourceOf(f)}), not which end of it that is.`);
  }
  // "the walkout, Sept. 13 to Nov. 4": a span of days said of the event, where the table holds one
  // day of it (that may be its start or its end): the day fits the span, but the span's other
  // end is not checked, and a 'supported' would say it was.
  if (fitting.length && d.precision === 'day' && d.end && d.end !== d.start && fitting.every((j) => !j.f.date!.end)) {
    const f = fitting[0]!.f;
    comparisons.push({ main: f, facts: [f] });
    return unverifiable(c, `Not judged: the sentence gives a span of days for ${eventName(ctx, event)}; the reference table gives one date for it (${fmtDate(f.date!.start)}, ${sourceOf(f)}), which the span holds, not where it ends.`);
  }
  const verdict: Verdict = fitting.length ? 'supported' : 'contradicted';
  const lead = (fitting.length ? fitting : assessed).sort((a, b) => a.distance - b.distance)[0]!;
  comparisons.push({ main: lead.f, facts: [lead.f] });
  const when = (f: ReferenceFact) => (f.date!.end ? `from ${fmtDate(f.date!.start)} to ${fmtDate(f.date!.end)}` : `on ${fmtDate(f.date!.start)}`);
  const what = lead.f.date!.end ? (role === 'start' ? ' began' : role === 'end' ? ' ended' : '') : '';
  const claimed = d.end ? `${isoOfDay(range[0])} to ${isoOfDay(range[1])}` : c.figure.text;
  const explanation =
    verdict === 'supported'
      ? `${eventName(ctx, event)}${what || ' took place'} ${role === 'start' && lead.f.date!.end ? `on ${fmtDate(lead.f.date!.start)}` : role === 'end' && lead.f.date!.end ? `on ${fmtDate(lead.f.date!.end)}` : when(lead.f)} (${sourceOf(lead.f)}); '${c.figure.text}' fits.`
      : `${eventName(ctx, event)}${what || ' took place'} ${role === 'start' && lead.f.date!.end ? `on ${fmtDate(lead.f.date!.start)}` : role === 'end' && lead.f.date!.end ? `on ${fmtDate(lead.f.date!.end)}` : when(lead.f)} (${sourceOf(lead.f)}), not ${claimed}.`;
  const evidence = assessed.map((j) => evidenceOf(ctx, j.f, j === lead ? 'main' : 'other-source', j.ok));
  return judged(c, verdict, explanation, evidence, round(c.confidence * (c.framing.event?.via === 'alias' ? 1 : 0.85)));
}

/** The number after "per" in a rate's words ("per 100,000", "per 100 million"), or null where none. */
function perBase(words: string): number | null {
  const m = /\bper\s+(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?/i.exec(words);
  if (!m) return null;
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9 }[m[2]?.toLowerCase() as 'thousand'] ?? 1;
  return Number(m[1]!.replace(/,/g, '')) * scale;
}

/** Whether a rate stated with these words has the base of the measure's: both in figures and equal, or neither in figures. */
function sameBase(stated: string, measure: string): boolean {
  return perBase(stated) === perBase(measure);
}
