import type { ClaimFrame } from './claim-frame.ts';
import type { Claim } from '../claims/document.ts';
import { inflections, type CompiledVocabulary, type VocabularyMeasure } from '../vocabulary/vocabulary.ts';
import { clauseOf, directionAt, ownAction } from './direction.ts';
import { lastDayOf, pointsBackAt, SUBJECT_KINDS, unknownOwnerOf } from './frame.ts';
import { respectiveSubject } from './respectively.ts';
import { MONTH_RE, WEEKDAYS } from '../extract/dates.ts';
import { singular } from '../extract/extract.ts';

export { clauseOf };

/**
 * The claim frame: what a figure claims, slot by slot — whose figure (subject), of what
 * (measure), when (time), in which event, with which status (reported, forecast, target…),
 * whether it is a level or a change, and its sign — each with the words that decided it and how
 * sure the reading is. Framing (frame.ts) finds candidates; this step resolves them against the
 * article's context, as Duckling resolves a parse against its reference time, and marks weak
 * readings as such instead of promoting them to verdicts. The judge may contradict a claim only
 * when every slot it needs is resolved with high confidence (shared/judge/abstain.ts).
 *
 * Only grammar lives here (clauses, tense and modality, change and direction words); a beat's
 * words (its entities, measures and events) come from the vocabulary.
 */

// The schema lives apart (claim-frame.ts) so that resolving a frame does not load zod.
export type { ClaimFrame, SlotConfidence } from './claim-frame.ts';

export interface SlotContext {
  v: CompiledVocabulary;
  /** How the article's publication date was known. */
  publishedHow: 'stated' | 'given' | 'inferred' | 'unknown';
  /** The publication date (YYYY-MM-DD), when known. */
  published?: string | null;
}

/** Where the figure stands in its sentence (the sentence is the text as read). */
export function figureAt(c: Claim): number {
  const s = c.sentence.text;
  const byOffset = c.start - c.sentence.start;
  if (byOffset >= 0 && s.startsWith(c.figure.text, byOffset)) return byOffset;
  const at = s.indexOf(c.figure.text);
  return at >= 0 ? at : Math.max(0, Math.min(s.length, byOffset));
}

/**
 * A poll's figure ("polls gave the guild 59%", "an exit poll put it at 35%", "pollsters had it
 * at 40%") is what those asked said they would do or thought, not the outcome it foresees. (Not
 * "went to the polls": a place, said of the outcome.)
 */
const POLL = /\b(?:(?:opinion|exit|straw)\s+polls?|pollsters?|polls?\s+(?:gave|give|put|puts|showed|shows|suggested|suggests|found|finds|had|has|conducted|taken|published)|(?:a|the|one|another|latest|recent|new|final)\s+poll\b)/i;
// Modality: a figure that is planned, forecast or aimed at is not an outcome.
const FORECAST = /\b(?:looked for|anticipated|pencil+ed in|forecasts?|forecasted|forecasters?|projected|projections?|expected|expects?|expectations?|consensus|is set to|are set to|will|would|could|might|predicts?|predicted|predicting|predictions?|forecasting|expecting|projecting|anticipating|estimat(?:es|ed|ing) (?:it|that) would|outlook for|on (?:course|track) (?:for|to)|heading for|headed for)\b/i;
/** A verb of reaching or missing right before a target's noun: the target is its object. */
const ATTAINING_BEFORE = /\b(?:meet|meets|meeting|met|reach(?:es|ed|ing)?|hit(?:s|ting)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|clear(?:s|ed|ing)?|miss(?:es|ed|ing)?|above|below|beyond|short of|on track (?:to|for))\s+(?:the|its|their|a|an|this|that)?\s*(?:[\w%.'’-]+\s+){0,3}$/i;
/** ("the benchmark revision", "benchmark data": a statistics term, not a target.) */
const TARGET = /\b(?:targets?|goal|aims? (?:to|for|at)|guideline|pledged?|commitment|commit(?:ted)? to|benchmark(?!\s+(?:revisions?|estimates?|data|index|indices|rates?|years?|survey|counts?))|threshold|hurdle|barrier|cut-?off|majority mark|(?:the\s+)?line\s+for\s+(?:an?\s+)?(?:overall\s+|outright\s+|working\s+)?majority)\b/i;
const PLAN = /\b(?:plans?|planned|proposed?|proposal|floated|floats|floating|mooted|put forward|called for|calls for|draft|budget(?:ed)? for next year|next year's|requested|earmarked|allocat(?:e|es|ed|ion) for|(?:was|were|is|are|had been) (?:due|scheduled|supposed|meant) to)\b/i;
/**
 * "if", "unless", "had the rule been applied" (not "had first been reported", a past perfect),
 * and what ought to have happened ("the count that should have been taken in 2021").
 */
const HYPOTHETICAL = /\b(?:if|unless)\b|\bhad\s+(?:the|a|an|it|they|he|she|we|this|that|these|those)\b[^,.;]{0,40}?\bbeen\b|\b(?:should|ought to)\s+have\b/i;

// Subjects taken together: "both sides", "in total", "A and B".
const TOGETHER = /\b(?:both sides|both countries|both armies|on both|in total|combined|altogether|together|in all|overall|all sides)\b/i;

/** "reportedly", "allegedly", "rumours": a sentence that passes on what it has not confirmed. */
const UNCONFIRMED = /\b(?:reportedly|allegedly|unconfirmed|rumou?red|rumou?rs?)\b/i;
function unconfirmed(sentence: string): ClaimFrame['status'] | null {
  const m = UNCONFIRMED.exec(sentence);
  return m ? { value: 'reported', text: m[0], confidence: 'low', reason: `its sentence passes it on unconfirmed ('${m[0]}')` } : null;
}

/**
 * "Could Valdonia reach 2% by 2028?", "Did the guild really lose 40 millers?": a question that
 * asks whether, and so asserts none of its figures. (A question of what or why, "Why did the
 * rate rise to 4.2%?", takes its figure as given, and is read as stated.)
 */
const YES_NO_QUESTION = /^[\s"“'‘(]*(?:is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|can['’]t|won['’]t|hasn['’]t|haven['’]t)\b[^?]*\?[\s"”'’)]*$/i;
/** A noun of a threshold right after a figure, a word between at most: "5% hurdle", "272 majority mark". */
/** Nouns of a threshold, which a figure before them states: "the 5% hurdle", "the 2% line". */
export const THRESHOLD_NOUN = String.raw`hurdle|threshold|barrier|cut-?off|mark|line|floor|ceiling|minimum|target|goal|guideline`;
const THRESHOLD_AFTER = new RegExp(String.raw`^[\s-]*(?:[a-z-]+\s+)?(${THRESHOLD_NOUN})\b`, 'i');
/** A threshold set beside a figure after a comma: "326 seats, the line for a majority", ", the minimum needed to". */
const THRESHOLD_APPOSED = /^\s*,\s+(?:the|a)\s+((?:[a-z-]+\s+){0,2}?(?:hurdle|threshold|barrier|cut-?off|mark|line|minimum|number)\s+(?:for|needed|required|to)\b)/i;
/** A noun right after a figure, which the figure qualifies: "2% mark", "nine-day fair". */
const ATTRIBUTIVE_FIGURE_AFTER = /^[\s-]*(?!(?:of|in|on|by|for|to|at|from|and|or|than|as|a|an|the)\b)[a-z]+\b/;
function question(sentence: string): ClaimFrame['status'] | null {
  return YES_NO_QUESTION.test(sentence) ? { value: 'question', text: `${sentence.trim().split(/\s+/)[0]!.replace(/^["“'‘(]+/, '')} …?`, confidence: 'high', reason: 'its sentence asks whether, and asserts nothing' } : null;
}

function statusOf(clause: string, sentence: string, asked: boolean): ClaimFrame['status'] {
  const pick = (re: RegExp, value: ClaimFrame['status']['value']) => {
    const m = re.exec(clause);
    return m ? { value, text: m[0], confidence: 'high' as const } : null;
  };
  // "allies meeting the old guideline", "fell short of the target": a count of those who reached
  // a target is an outcome, not a target itself.
  const target = () => {
    const m = TARGET.exec(clause);
    return m && !ATTAINING_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index)) ? { value: 'target' as const, text: m[0], confidence: 'high' as const } : null;
  };
  return (
    (asked ? question(sentence) : null) ??
    target() ??
    pick(PLAN, 'plan') ??
    pick(FORECAST, 'forecast') ??
    pick(POLL, 'forecast') ??
    (HYPOTHETICAL.test(clause) ? { value: 'hypothetical' as const, text: HYPOTHETICAL.exec(clause)![0], confidence: 'high' as const } : null) ??
    unconfirmed(sentence) ?? REPORTED
  );
}

/**
 * A word of denial, and at most two words of the verb it denies, right before a figure: "was
 * not", "did not grow by", "has never been above". (Not a figure in the object of another verb:
 * "never stopped asking about the 19".)
 */
const DENIED_BEFORE = /\b(not(?!\s+(?:only|until|till|least|just|merely|quite|yet)\b)|never|n['’]t|no longer)(?:\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|about)\b)[a-z'’-]+){0,2}\s+$/i;
/** A closing clause saying whose expectation the sentence states, with no figure of its own: ", economists had guessed.", ", the board forecast". */
/** "(the 200,000) economists expected", "(the 4%) analysts had forecast": a clause of foreseeing about the number before it, with no object of its own. */
const FORESEEN_RIGHT_AFTER = /^\s+(?:[A-Za-z'’-]+\s+){1,3}?((?:had\s+|have\s+)?(?:expected|forecast|forecasted|predicted|guessed|projected|anticipated|pencil+ed\s+in))(?=\s*(?:[.,;:!?)"”']|$|\b(?:for|in|on|by|at)\b))/i;
const FORESEEN_AFTER = /^[^.;]*?,\s+(?![^,]*\b(?:than|as|what|which|who|that)\b)(?![^,]*\d)(?:[A-Za-z'’-]+\s+){1,4}?((?:had\s+)?(?:expected|forecast|forecasted|predicted|guessed|projected|anticipated|pencilled in|penciled in))\s*[.!?"”']*$/i;

/** Words before a figure saying that what follows is false: "wrongly claimed that", "the false claim that", "the myth that". */
const REFUTED_BEFORE = /\b(?:(?:wrongly|falsely|incorrectly|mistakenly|erroneously)\s+(?:claimed|claims|claim|said|says|stated|states|reported|reports|asserted|asserts|suggested|suggests|believed|believe|put|puts)|(?:false|bogus|untrue|debunked|mistaken)\s+(?:claims?|reports?|figures?|rumou?rs?|statements?)|(?:myth|hoax|falsehood)s?\s+that)\b/i;
/** Words after a figure, in the same sentence, saying that what was claimed was false: "… proved false", "… was untrue". */
// (Not "wrong" alone: "and those who feared worse were wrong" says nothing of the figure.)
const REFUTED_AFTER = /^[^.;]*?\b((?:proved|proven|turned out to be)\s+(?:false|untrue|wrong|baseless|unfounded|a myth|a hoax)|(?:was|were|is|are|has been|have been)\s+(?:false|untrue|baseless|unfounded|a myth|a hoax)|(?:has|have|was|were)\s+(?:been\s+)?(?:debunked|refuted|disproved|disproven))\b/i;
/** A "that" clause before the figure: what someone said or believed, the object that REFUTED_AFTER may call false. */
const THAT_BEFORE = /\b(?:that|claims?|claimed|rumou?rs?|reports?|suggestions?)\b/i;

const SIGNED_KINDS = new Set(['count', 'money', 'percent', 'measure']);
/** A day counted from another date: "three days later", "two weeks earlier". */
const COUNTED_DAY = /\b(?:later|earlier|afterwards|after that)$/i;

/** Why a date read from its context is a weak reading, by the kind of reading it was. */
function contextReason(c: Claim): string {
  if (COUNTED_DAY.test(c.figure.text)) return 'a day counted from another date of its paragraph, which may be another event\'s';
  if (c.figure.date?.precision === 'month') return 'a month with no year, read as one to come because its clause speaks of the future';
  return 'a weekday names a day of a week the text does not state';
}

/** The value the claim states, its sign applied: "lost 24,000 jobs" states −24,000. */
const BOUND_TURNED: Record<string, string> = { more_than: 'less_than', less_than: 'more_than', at_least: 'at_most', at_most: 'at_least' };

export function signedFigure<F extends { value?: number | undefined; low?: number | undefined; high?: number | undefined }>(figure: F, frame: ClaimFrame): F {
  if (frame.sign.value !== 'negative' || (figure.value ?? figure.low ?? 0) <= 0) return figure;
  const out = { ...figure };
  if (figure.value !== undefined) out.value = -figure.value;
  // "fell by more than 3.5 million" is a change below −3.5 million: a bound turns with its sign.
  const q = (figure as { qualifier?: string }).qualifier;
  const turned = q ? BOUND_TURNED[q] : undefined;
  if (turned) (out as { qualifier?: string }).qualifier = turned;
  if (figure.low !== undefined && figure.high !== undefined) {
    out.low = -figure.high;
    out.high = -figure.low;
  }
  return out;
}

/** Level or change, read by the direction grammar, and the measure's kind. */
function changeOf(c: Claim, at: number, measure: VocabularyMeasure | undefined): { change: ClaimFrame['change']; sign: ClaimFrame['sign'] } {
  const sentence = c.sentence.text;
  const dir = directionAt(sentence, at, c.figure.text.length);
  // A minus sign before the figure ("-7,000"), or a fall stated as a number ("lost 24,000 jobs",
  // "down 19%"), unless the word is the action a level measure counts ("lost 2,800 workers").
  const minus = /(?:^|[\s(])[-−]$/.test(sentence.slice(Math.max(0, at - 2), at)) || (c.figure.value ?? c.figure.low ?? 0) < 0;
  const fall = SIGNED_KINDS.has(c.figure.kind) && dir.decrease && !ownAction(dir, measure);
  const sign: ClaimFrame['sign'] = minus
    ? { value: 'negative', text: '-', confidence: 'high' }
    : fall
      ? { value: 'negative', ...(dir.text ? { text: dir.text } : {}), confidence: 'high' }
      : POSITIVE;
  if (dir.change === 'change' && ownAction(dir, measure)) return { change: { value: 'level', text: dir.text, confidence: 'high' }, sign };
  const change: ClaimFrame['change'] = dir.change === 'level' ? LEVEL : { value: dir.change, ...(dir.text ? { text: dir.text } : {}), confidence: 'high' };
  return { change, sign };
}

/** A short aside between commas: ", long Europe's benchmark,", ", a former target,". */
const ASIDE = /,\s[^,;]{1,40},/g;

// The most common slots, shared (never mutated): a claims-dense article holds one frame per
// claim, and a fresh object for each of these was a tenth of the check stage's peak.
const REPORTED: ClaimFrame['status'] = Object.freeze({ value: 'reported', confidence: 'high' }) as ClaimFrame['status'];
const LEVEL: ClaimFrame['change'] = Object.freeze({ value: 'level', confidence: 'high' }) as ClaimFrame['change'];
const POSITIVE: ClaimFrame['sign'] = Object.freeze({ value: 'positive', confidence: 'high' }) as ClaimFrame['sign'];
const NO_EVENT: ClaimFrame['event'] = Object.freeze({ value: null, confidence: 'none', reason: 'no event is named' }) as ClaimFrame['event'];
const measureSlots = new WeakMap<CompiledVocabulary, Map<string, ClaimFrame['measure']>>();

/**
 * Whether the subject stands in apposition with the figure, "Ruritania, at 2.4% of GDP, …": the
 * figure is the subject's whatever the rest of the clause names ("… is under pressure from
 * Freedonia").
 */
function apposed(clause: { start: number; text: string }, subject: string, at: number): boolean {
  const i = clause.text.lastIndexOf(subject, at - clause.start);
  return i >= 0 && APPOSED_BETWEEN.test(clause.text.slice(i + subject.length, at - clause.start));
}
const APPOSED_BETWEEN = /^,\s*(?:at|with)\s+$/i;

/** The capitalised words of the vocabulary's events (names, aliases, cues): "the summit in Wales" names no group. */
const eventWordsOf = new WeakMap<CompiledVocabulary, Set<string>>();
function eventWords(v: CompiledVocabulary): Set<string> {
  let out = eventWordsOf.get(v);
  if (!out) {
    out = new Set();
    for (const e of v.events.values()) {
      for (const phrase of [e.name, ...(e.aliases ?? []), ...(e.cues ?? []).flat()]) for (const w of phrase.split(/[^\p{L}\p{N}'’-]+/u)) if (/^\p{Lu}/u.test(w)) out.add(w.toLowerCase());
    }
    eventWordsOf.set(v, out);
  }
  return out;
}

/** Words that narrow a time to an unstated part of it: "on windy days", "at times", "at its peak", "for a few hours". */
const PART_OF_TIME = /\b(?:on\s+(?:some|windy|sunny|calm|certain|many|several|one|a\s+few|the\s+best|the\s+windiest|the\s+sunniest|the\s+busiest|its\s+best|their\s+best)\s+(?:days?|hours?|occasions?|afternoons?|nights?|mornings?|weekends?)|at\s+(?:times|one\s+point|some\s+points?|its\s+peak|the\s+peak|peak\s+times?|midday|night|the\s+height\s+of|its\s+height)|in\s+(?:some|certain|the\s+best|the\s+busiest)\s+(?:hours|days|weeks|months)|for\s+(?:a\s+few|some|several)\s+(?:hours|days|minutes|weeks)|briefly|momentarily|on\s+(?:a\s+)?(?:single|one)\s+day)\b/i;

/** Plural nouns of time, which narrow a figure to no group: "for the first time in years". */
const TIME_PLURALS = /^(?:years|months|weeks|days|decades|quarters|times|hours|centuries|periods|seasons|terms)$/i;
const SAID_IN_CLAUSE = /\b(?:said|says|announced|reported|told|confirmed|stated|published|released)\b/i;
/** A noun of a figure right before a group: "rate for", "share among". */
const FIGURE_HEAD_BEFORE = /\b(?:rate|rates|share|shares|figure|figures|number|count|total|level|ratio|percentage|proportion|tally)\s$/i;
/** Words ending in -s that are no plural nouns. */
const NOT_PLURALS = /^(?:was|has|is|this|its|his|hers|ours|theirs|thus|plus|us|yes|does|goes|as|whereas|perhaps|always|sometimes|less|unless|across|besides|towards|afterwards|upwards|news|series|means|whereabouts|gas|bus|bonus|status|census|virus|consensus|focus|surplus|analysis|basis|crisis|process|progress|access|success|business|address)$/i;
/** An age group: "those under 25 years of age", "people aged 15 to 24", "the under-25s", "young people", "youths". */
const AGE_GROUP = /\b(?:(?:those|people|persons|workers|adults|children|men|women)\s+(?:aged|under|over|below|above|between)\s+(?:the\s+ages?\s+of\s+)?\d{1,2}\b(?:\s*(?:-|–|to|and)\s*\d{1,2})?(?:\s+years?(?:\s+of\s+age|\s+old)?)?|(?:under|over)-\d{1,2}s?|(?:young|older|elderly)\s+(?:people|persons|workers|adults|men|women)|youths?|teenagers|(?:ages|aged)\s+\d{1,2}\s*(?:-|–|to|and)\s*\d{1,2})\b/i;
const GROUP_AFTER = /\b(?:[Ff]or|[Aa]mong|[Aa]mongst)\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}?([a-z][a-z'’-]*[a-rt-z]s|people|men|women|children|youth|adults))\b/g;
const PLACE_AFTER = /(?:^|[^\w'’-])(?:[Ii]n|[Ff]or|[Aa]cross)\s+((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)/g;
/** A place named by a common noun heading the sentence: "In the uplands,", "Across the region,". */
const PLACE_NOUN_HEAD = /^\s*(?:In|Across|Throughout|Within)\s+the\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*,/;
/** Words after "In the" that name a time, a case or a manner, no place: "In the meantime,", "In the year to May,". */
const NOT_A_PLACE_HEAD = /^(?:meantime|meanwhile|end|past|interim|future|long|short|year|years|month|months|week|weeks|quarter|period|first|second|third|fourth|last|next|same|latest|current|run-up|wake|aftermath|event|case|process|face|words|view|light|main|whole|aggregate|total|circumstances|context|absence|meantime|summer|spring|autumn|winter|morning|evening|afternoon|night|days|decade|decades|century|short-term|long-term|latter|former|first half|second half)\b/;
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12]|The|A|An|All|Total|General|Overall|Spring|Summer|Autumn|Winter|Fall)$/;

/**
 * A group or a place the figure's clause narrows it to, that the vocabulary does not know: "for
 * young workers", "among teenagers", "in Port Vell". Null where there is none (a period, "for
 * the first time in years", a known name).
 */
function narrowingGroup(clause: string, at: number, length: number, v: CompiledVocabulary, named = false, ownPhrase: (words: string) => boolean = () => false): string | null {
  const text = `${clause.slice(0, at)} ${' '.repeat(length)}${clause.slice(at + length)}`;
  const known = (phrase: string) => namesIn(phrase, v).length > 0 || phrase.split(/\s+/).some((w) => eventWords(v).has(w.replace(/[.,;:!?'’]+s?$/, '').toLowerCase()));
  // "those under 25 years of age", "people aged 15 to 24", "the under-25s": an age group.
  const age = AGE_GROUP.exec(text);
  if (age && !ownPhrase(age[0])) return age[0].trim();
  GROUP_AFTER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = GROUP_AFTER.exec(text)); ) {
    // ("for its members", "among all the mills": the whole set, no part of it.)
    if (/^(?:its|their|our|his|her|all|both|each|every|whose)\b/i.test(m[1]!)) continue;
    // ("The rate for women": a group the vocabulary names as one, a part of the whole.)
    if (namesIn(m[1]!, v).some((h) => PART_KINDS.has(v.entityKind.get(h.id) ?? '')) && (!named || FIGURE_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)))) return m[0].trim();
    if (TIME_PLURALS.test(m[2]!) || NOT_PLURALS.test(m[2]!) || known(m[1]!) || /\d/.test(m[1]!)) continue;
    // ("among the lowest shares", "for all the billions": a rank or an amount, no group.)
    if (/\b(?:\w+est|most|least|top|bottom|hundreds|thousands|millions|billions|trillions|dozens|tens)\b/i.test(m[1]!)) continue;
    // (Of a subject the clause names, only a group set on the figure's own noun: "Ruritania's
    // rate for young workers"; not "the most among the mills".)
    if (named && !FIGURE_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    return m[0].trim();
  }
  if (named) return null;
  // "In the uplands, the idle rate eased to 2.6%": a place named by a common noun heading the sentence.
  const head = PLACE_NOUN_HEAD.exec(text);
  if (head && !NOT_A_PLACE_HEAD.test(head[1]!) && !known(head[1]!)) return head[0].replace(/,\s*$/, '').trim();
  PLACE_AFTER.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLACE_AFTER.exec(text)); ) {
    const words = m[1]!.split(/\s+/);
    if (CALENDAR_WORD.test(words[0]!.replace(/[.,;:!?]+$/, '')) || known(m[1]!) || /\d/.test(m[1]!)) continue;
    // ("In Port Vell, the guild said …": where a source spoke, not whose figure it is.)
    if (SAID_IN_CLAUSE.test(text)) continue;
    return m[0].trim();
  }
  return null;
}

/** "In the case of those under 25, …", "Among women, …": a group heading the sentence, before the figure's clause. */
function groupHeadingSentence(before: string, ownPhrase: (words: string) => boolean): string | null {
  const head = /^\s*(?:In the case of|For|Among|Amongst)\s+[^,]{1,60},/i.exec(before);
  const age = head ? AGE_GROUP.exec(head[0]) : null;
  return age && !ownPhrase(age[0]) ? age[0].trim() : null;
}

/** Whether an entity named after the figure follows a "than": what the figure is set against, not whose it is. */
function comparedAfter(clause: { start: number; text: string }, entity: string, end: number): boolean {
  const from = end - clause.start;
  const i = clause.text.indexOf(entity, from);
  return i >= 0 && /\bthan\b/i.test(clause.text.slice(from, i));
}

/** Why a sentence headed by a phrase that counts something more in is not the measure's figure, or null. */
function countsMoreIn(lead: string): string | null {
  const m = INCLUSIVE_HEAD.exec(lead);
  return m ? `its sentence counts more in ('${m[1]}')` : null;
}
/**
 * The part of a share measure named, in the clause before the figure, with a word before it that
 * makes it a kind of that part: "Offshore wheels supplied 17%", "rooftop panels gave 6%". Not a
 * determiner, an owner or a word of the whole ("the wheels", "Valdonia's wheels", "all
 * wheels"). Returned as the reason the figure is not the part's, or null.
 */
function narrowedPart(clause: string, at: number, measure: string, v: CompiledVocabulary): string | null {
  const share = v.shares.find((x) => x.id === measure);
  if (!share) return null;
  const lead = clause.slice(0, at);
  share.part.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = share.part.exec(lead); m; m = share.part.exec(lead)) last = m;
  if (!last) return null;
  // (The word heads the clause, or follows a determiner: a modifier, not a verb whose object the
  // part is, "Ember put renewables at 47%".)
  // (A list's mark is no word: "- Wheels 17%".)
  const m = /(^|\b(?:the|its|their|his|her|our)\s+)(\p{L}[\p{L}-]*(?:['’]s?)?)\s+$/iu.exec(lead.slice(0, last.index).replace(/^[\s"“'‘(*_•–—-]+/, ''));
  const word = m?.[2];
  if (!word || /['’]s?$/.test(word) || NOT_A_KIND.test(word) || namesIn(word, v).length > 0 || share.part.test(word)) return null;
  share.part.lastIndex = 0;
  return `its clause names a kind of the share's part ('${word} ${last[0]}'), not the part itself`;
}
/**
 * Who acts in a figure's clause, where the vocabulary does not know them as the measure's whole:
 * the words before a verb of the measure's actions right before the figure ("Millers added 800
 * posts" gives 'Millers'). Names the vocabulary knows, the measure's own words, its `actors`, words
 * of an event, nouns of a quantity and pronouns are known; any other word makes the actor a part,
 * a cause or a group ("Port Vell's carters", "the storm", "both sides"). Null where all is known.
 */
function unknownActor(clause: string, at: number, measure: string, v: CompiledVocabulary, sentenceLead = ''): string | null {
  const m = v.measures.get(measure);
  if (!m) return null;
  const lead = clause.slice(0, at);
  // "New posts were in carting (+800), weaving (+300)": a figure in brackets after a
  // word is that word's.
  // (Read in the sentence: a bracket may start the figure's clause.)
  const bracket = BRACKET_BEFORE.exec(sentenceLead);
  if (bracket) {
    const labelText = sentenceLead.slice(0, bracket.index);
    const words = wordsBackToEdge(maskNames(labelText, v), 3);
    if (words.length && unknownWord(words, v, m)) return words.join(' ').replace(/\u0001/g, '…');
    // ("non-EU nationals (968,000), EU (129,000) and British (84,000)": the measure's whole named
    // in a list of bracketed figures is one of the parts listed, not the whole.)
    const label = namesIn(labelText.slice(-40), v).pop();
    if (label && m.entity && label.id === m.entity && (sentenceLead.match(/\(\s*[+−–-]?\s*\d/g)?.length ?? 0) >= 1 && /\)/.test(sentenceLead)) return labelText.slice(-40).slice(label.start, label.end);
    return null;
  }
  // ("Upper Vale had the most new milling power, with 4 MW", "Port Vell led with 40": whoever
  // ranks first holds the figure, whatever the verb.)
  const ranked = WITH_AT_END.test(lead) ? RANKED_WITH.exec(lead) : null;
  // (The verb stands within the lead's last words: only they are searched, for every figure.)
  const tail = Math.max(0, lead.length - 90);
  const near = ranked ? null : VERB_BEFORE_FIGURE.exec(lead.slice(tail));
  const verb = ranked ?? near;
  // (The measure's own action, or a verb of change anyone may do: "the gauge rose at a 2.3% pace".)
  if (!verb || COUNTING_VERB.test(verb[1]!) || (!ranked && !CHANGE_VERB.test(verb[1]!) && !m.actions.some((a) => v.actionForms.get(verb[1]!.toLowerCase())?.has(a)))) return null;
  const verbAt = ranked ? ranked.index : tail + near!.index;
  let words = wordsBackToEdge(maskNames(lead.slice(0, verbAt), v).replace(AFTER_ACTOR, ''), 5);
  // "Carters' posts kept rising, adding 800 in May": a participle after a comma acts for the
  // sentence's subject, the words heading it up to its verb.
  if (!words.length && /ing$/i.test(verb[1]!) && /,\s*$/.test(sentenceLead.slice(0, sentenceLead.length - (lead.length - verbAt)))) {
    const head: string[] = [];
    for (const w of maskNames(sentenceLead, v).trim().split(/\s+/)) {
      const lw = w.toLowerCase().replace(/[,;:]$/, '');
      // (A word in -ing heading the sentence is a noun: "Manufacturing kept …".)
      // (Nor one after a preposition or a determiner: "Posts in carting …".)
      const prev = head.length ? head[head.length - 1]!.toLowerCase() : null;
      if (!lw || head.length === 6 || (prev !== null && !ACTOR_EDGE.test(prev) && !NO_ONE_WORDS.includes(prev) && /(?:ed|ing)$/.test(lw)) || STATING_VERB.test(lw) || NP_VERB.test(` ${lw}`) || GOING_ON.test(lw)) break;
      head.push(w);
      if (/[,;:]$/.test(w)) break;
    }
    words = head;
  }
  if (!words.length || words.every((w) => !w)) return null;
  return unknownWord(words, v, m) ? words.join(' ').replace(/\u0001/g, '…') : null;
}
/** Names the vocabulary knows, each masked as one known word. */
function maskNames(text: string, v: CompiledVocabulary): string {
  let out = text;
  for (const h of namesIn(text, v).reverse()) out = `${out.slice(0, h.start)}\u0001${out.slice(h.end)}`;
  return out;
}
/** The words back to a clause's edge, a conjunction, a verb of saying or a preposition, at most `max`. */
function wordsBackToEdge(before: string, max: number): string[] {
  let words: string[] = [];
  const all = before.trim().split(/\s+/);
  for (let k = all.length - 1; k >= 0; k--) {
    const w = all[k]!;
    const cut = Math.max(...[...',;:()[]—–"“”'].map((e) => w.lastIndexOf(e)));
    const edge = cut >= 0;
    const bare = edge ? w.slice(cut + 1) : w;
    // "generation fed into the grid rose": a participle's phrase describes the noun before it,
    // which is who acts; its object is not.
    if (bare && !edge && PARTICIPLE_PREPOSITION.test(bare) && PARTICIPLE.test(all[k - 1] ?? '')) {
      words = [];
      k--;
      continue;
    }
    // (A dash or a mark standing alone ends the words before it, once there are any:
    // "/Wire/ -- Mill posts rose"; right before the verb it closes an aside, "the gauge - PCE - rose".)
    if (bare && !/[a-z0-9\u00c0-\uffff\u0001]/i.test(bare)) {
      if (words.length) break;
      continue;
    }
    if (!bare || ACTOR_EDGE.test(bare) || words.length === max) break;
    words.unshift(bare);
    if (edge) break;
  }
  // (A list's mark is no word: "- Idle mills rose".)
  return words.filter((w) => /[a-z0-9\u00c0-\uffff\u0001]/i.test(w));
}
/** A past participle: "-ed", "-en", and the common ones that end otherwise ("paid", "sold"). */
const PARTICIPLE = /^(?:[a-z]+(?:ed|en)|paid|sold|made|held|spent|built|bought|kept|lost|found|won|sent|set|put|cut|shut|brought|taught|caught)$/i;
/** Words setting a figure against the one before it: "following a loss of", "up from", "compared with". */
const LINKED_TO_BEFORE = /,?\s+(?:following|after|up from|down from|compared with|versus|against|from)\s+(?:an?\s+)?(?:(?:loss|gain|rise|fall|drop|increase|decrease|decline|jump)\s+of\s+)?(?:the\s+)?$/i;
/** Where the last number before `end` in a text starts, or -1. */
function lastNumberBefore(text: string, end: number): number {
  const m = /(?:[$€£]\s?)?\d[\d,.]*\s*(?:%|percent|per cent|[a-z]+)?\s*$/i.exec(text.slice(0, end).replace(/\s+(?:in|for|during)\s+\S+\s*$/i, ''));
  return m ? m.index : -1;
}
/** A dateline: a place in capitals heading the sentence, a date or an agency at most, then a dash. */
// (After a date line a page may carry in front, "date 2024-12-04"; and before words, not a figure:
// "ROPE - 240" is a table's line.)
/** A date stamp in front of a page's text: "date 2024-11-01 ". */
const DATE_STAMP = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/;
const DATELINE_HEAD = /^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?\p{Lu}[\p{Lu}.' -]*?(?:,\s*[\p{Lu}][\p{L}.]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,30}\)\s*)?[-—–]{1,2}\s+\p{L}/u;
/** Prepositions a participle takes before its object: "fed into", "sold to", "paid by". */
const PARTICIPLE_PREPOSITION = /^(?:into|to|by|from|in|on|at|for|with|onto|through)$/i;
/**
 * Whether a lower-cased word names no one of its own beside a measure: the measure's words, its
 * actors, a word of no one (`known`, knownActorWords), a time, a conjunction or preposition, a
 * word that leaves the measure whole, a participle or an adverb.
 */
function knownFor(word: string, known: ReadonlySet<string>): boolean {
  return TIME_WORD.test(word) || ACTOR_EDGE.test(word) || WHOLE_WORDS.test(word) || /(?:ed|ly)$/.test(word) || known.has(word) || known.has(singular(word));
}
/** Whether a word of these is none the vocabulary knows for the measure: a name, its own words, its actors, an event's, a time's. */
function unknownWord(all: readonly string[], v: CompiledVocabulary, m: VocabularyMeasure): boolean {
  const known = knownActorWords(v, m);
  // (An owner's name, up to its possessive, says whose: "the bureau's count", "Keir Starmer's
  // party" are read by what follows it.)
  const owner = all.findLastIndex((w) => /['’]s?$/.test(w));
  const words = all.slice(owner + 1);
  return words.some((w, k) => {
    // (A name before a year names a survey, a count or an event: "the Vellcount 2024 rate"; a
    // capitalised word right before or after a name the vocabulary knows is part of it: "Anna
    // Vell", "Vell Moreno".)
    if (/^\p{Lu}/u.test(w) && (/^\d{4}$/.test(words[k + 1] ?? '') || (words[k + 1] ?? '').startsWith('\u0001') || (words[k - 1] ?? '').startsWith('\u0001'))) return false;
    const word = w.replace(/^\u0001(?:['’]s?)?$/, '').replace(/['’]s?$/, '').replace(/[.:]+$/, '').toLowerCase();
    return !!word && !/\d/.test(word) && !knownFor(word, known) && !eventWords(v).has(word) && !v.kindOfWord.has(word) && !v.kindOfWord.has(singular(word));
  });
}
/** A figure in brackets: "(+49,000", "( 12%". */
const BRACKET_BEFORE = /\(\s*[+−–-]?\s*$/;
/** Verbs of going on: "continues to trend up", "kept rising". */
const GOING_ON = /^(?:continues?|remains?|keeps?|trends?|stays?|goes|go|seems?|appears?)$/;
/** "with" right before the figure: the cheap test before RANKED_WITH. */
const WITH_AT_END = /\bwith\s+(?:[a-z]+\s+)?$/i;
/** A verb of holding or leading, a rank first, and "with" right before the figure: "had the most new power, with". */
const RANKED_WITH = /\b(had|has|have|saw|recorded|posted|added|installed|built|won|took|came|ranked|led|leads|topped|tops)\b(?:(?:\s+[^,;]*?)?\s+(?:the\s+(?:most|largest|highest|biggest|greatest|fewest|least|lowest|smallest)|first|the\s+way|the\s+field|the\s+list|the\s+table)\b[^;]*?|(?<=\b(?:led|leads|topped|tops))[^;]*?)\bwith\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$/i;
/** A verb right before the figure, a few words of amount between: "added", "cut about", "lost a net". */
// ("rose at a 2.3% annual pace", "slowed to a 1.4% rate": a preposition of the rate between.)
const VERB_BEFORE_FIGURE = /([A-Za-z]+)\s+(?:(?:by|a|an|the|net|about|around|some|nearly|roughly|almost|over|under|just|only|another|further|estimated|healthy|strong|solid|modest|weak|at\s+an?|to\s+an?|at\s+least|more\s+than|less\s+than|fewer\s+than|close\s+to|up\s+to|as\s+many\s+as)\s+){0,3}$/iu;
/** Verbs of change that anyone may do: who does them before a figure of a measure is whose figure it is. */
const CHANGE_VERB = /^(?:rose|rises|rising|fell|falls|falling|grew|grows|growing|increased|decreased|climbed|jumped|expanded|contracted|shrank|declined|dropped|slipped|accelerated|slowed|eased|edged|ticked)$/i;
/** Verbs of counting: who does it is a counter, not whose the figure is ("the guild counted 4,400 millers in Upper Vale"). */
const COUNTING_VERB = /^(?:count(?:s|ed)?|found|finds?|record(?:s|ed)?|register(?:s|ed)?|list(?:s|ed)?|tall(?:y|ies|ied)|estimat(?:es?|ed)|put|puts|report(?:s|ed)?|logged|logs?)$/i;
/** Helpers and adverbs between the one who acts and the verb: "had", "alone", "nationwide". */
const AFTER_ACTOR = /(?:\s+(?:had|has|have|was|were|is|are|will|would|also|still|alone|itself|themselves|nationwide|together|then|just|only|now|already|again|on\s+(?:its|their)\s+own|[a-z]+ly))*\s*$/;
/** Words at which the one who acts ends: conjunctions, relatives, verbs of saying, prepositions. */
const ACTOR_EDGE = /^(?:that|which|who|while|whereas|but|and|or|nor|as|when|after|before|since|because|if|though|although|where|than|said|says|say|showed|shows|show|found|finds|estimates|estimated|reported|reports|suggests|suggested|noted|notes|expects|expected|to|of|for|in|on|at|with|by|from|into|so)$/i;
/** Words of a time heading the clause: "In May the mills", "Last year millers". */
const TIME_WORD = new RegExp(`^(?:${MONTH_RE}\\.?|${WEEKDAYS.join('|')}|(?:last|this|next|year|month|week|quarter|today|yesterday|spring|summer|autumn|fall|winter|seasonal)(?:['’]s)?)$`, 'i');
/** Words that name no one of their own: determiners, pronouns and nouns of a quantity. */
const NO_ONE_WORDS = ['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'this', 'that', 'these', 'those', 'all', 'both', 'each', 'every', 'such', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'which', 'who', 'one', 'total', 'overall', 'combined', 'net', 'count', 'number', 'tally', 'toll', 'figure', 'estimate', 'level', 'rate', 'share', 'sum', 'amount', 'index', 'reading', 'data', 'headline'];
const actorWordsOf = new WeakMap<CompiledVocabulary, Map<string, Set<string>>>();
/** The words that may name a measure's whole when it acts: its own words and its `actors`, lower-cased. */
function knownActorWords(v: CompiledVocabulary, m: VocabularyMeasure): Set<string> {
  let byMeasure = actorWordsOf.get(v);
  if (!byMeasure) actorWordsOf.set(v, (byMeasure = new Map()));
  let out = byMeasure.get(m.id);
  if (!out) {
    out = new Set(NO_ONE_WORDS);
    for (const phrase of [m.name, ...m.subjects, ...(m.phrases ?? []), ...(m.implied ?? []), ...(m.actors ?? []), ...(m.share ? [...m.share.parts, ...m.share.of] : [])]) {
      for (const w of phrase.toLowerCase().split(/[^a-z0-9\u00c0-\uffff-]+/)) if (w) { out.add(w); out.add(singular(w)); }
    }
    byMeasure.set(m.id, out);
  }
  return out;
}
/**
 * A word of the measure, then "from" and words the vocabulary does not know, before the figure:
 * "milling power from rented wheels fell 11%" is the part of the measure that comes from them.
 * (Not "rose from", "up from 4.1%", "from the previous year": a verb, a figure or a time.)
 */
function narrowedBySource(clause: string, at: number, measure: string, v: CompiledVocabulary): string | null {
  const m = v.measures.get(measure);
  if (!m) return null;
  const lead = clause.slice(0, at);
  if (!lead.includes('from ')) return null;
  const known = knownActorWords(v, m);
  for (const x of lead.matchAll(FROM_SOURCE)) {
    // (The words up to a preposition: "sources in 2024" is "sources".)
    // (And up to a verb: "rented wheels fell" is "rented wheels".)
    const np = x[2]!.split(/\s+(?:in|on|at|for|to|of|by|with|during|since|than)\b/)[0]!.split(NP_VERB)[0]!;
    // A word of the measure's own before "from", no verb after it: "power from", "Milling
    // power feed-in from". (Not "the figures from", a noun of data; not "rose from", a verb.)
    const before = x[1]!.trim().split(/\s+/).map((w) => w.toLowerCase());
    const own = before.findLastIndex((w) => known.has(w) && !NO_ONE_WORDS.includes(w) && !NO_ONE_WORDS.includes(singular(w)));
    if (own < 0 || before.slice(own).some((w) => /ed$/.test(w) || NP_VERB.test(` ${w}`) || DATA_NOUN.test(w)) || /\d/.test(np) || FROM_TIME.test(np)) continue;
    const words = np.split(/\s+/).filter((w) => !NO_ONE_WORDS.includes(w.toLowerCase()));
    // (Nor a kind of event, the cause: "the toll from the floods".)
    if (words.some((w) => v.kindOfNoun.has(w.toLowerCase()) || v.kindOfNoun.has(singular(w.toLowerCase())))) continue;
    if (words.length && words.some((w) => !known.has(w.toLowerCase()) && !known.has(singular(w.toLowerCase()))) && !namesIn(np, v).length) return `its clause narrows the measure to a part ('${x[1]!.trim().split(/\s+/).slice(own).join(' ')} from ${np}')`;
  }
  return null;
}
/**
 * A word of the measure, an action's participle maybe, then "on", "in" or "at" and a describing
 * word with its noun, neither known to the vocabulary, before the figure: "flour milled in
 * rural mills rose 4%" and "carts hauled on upland roads" count those only. (Not a time, a
 * name, a determined noun, "in the valley", nor a bare noun of how, "drowned in flood".)
 */
function narrowedByScope(clause: string, at: number, measure: string, v: CompiledVocabulary): string | null {
  const m = v.measures.get(measure);
  if (!m) return null;
  const lead = clause.slice(0, at);
  if (!/\s(?:on|in|at)\s/.test(lead)) return null;
  const known = knownActorWords(v, m);
  for (const x of lead.matchAll(SCOPE_OF_MEASURE)) {
    const [, word, participle, describing, noun] = x as unknown as [string, string, string | undefined, string, string];
    const w = word.toLowerCase();
    if (!known.has(w) && !known.has(singular(w))) continue;
    if (participle && !known.has(participle.toLowerCase()) && !m.actions.some((a) => a.toLowerCase() === participle.toLowerCase())) continue;
    const d = describing.toLowerCase();
    if (!DESCRIBING_WORD.test(d) || NO_ONE_WORDS.includes(d) || known.has(d) || known.has(noun.toLowerCase()) || known.has(singular(noun.toLowerCase())) || FROM_TIME.test(`${d} ${noun}`) || namesIn(`${describing} ${noun}`, v).length) continue;
    return `its clause narrows the measure to a part ('${x[0].trim()}')`;
  }
  return null;
}
/** A measure's word, maybe a participle, a preposition of where, and a describing word with its noun. */
const SCOPE_OF_MEASURE = /\b([A-Za-z][a-z-]*)(?:\s+([a-z]+ed))?\s+(?:on|in|at)\s+([a-z][a-z-]*)\s+([a-z][a-z-]*)\b/g;
/** Words that describe a kind by their ending ("domestic", "rural", "private", "northern", "secondary"). */
const DESCRIBING_WORD = /^(?:[a-z-]+(?:ic|al|ary|ern|ate|ive|ous|ish|an)|private|foreign|urban|overseas|long-haul|short-haul|full-time|part-time)$/;
/**
 * A word before a phrase of the measure that makes it a kind of the measure: "Youth milling
 * output", "the R-2 mill rate", "the Upland idle rate" name a narrower series than the
 * measure's. Not a determiner, an owner, a name the vocabulary knows, a time, a participle, the
 * measure's own words or words that leave it whole ("the official rate", "the headline rate").
 */
function narrowedKind(clause: string, at: number, measure: string, v: CompiledVocabulary): string | null {
  const m = v.measures.get(measure);
  if (!m?.phrases?.length) return null;
  // The phrase's last stand before the figure, whole words only (by index: this runs for every
  // figure a phrase names).
  const lead = clause.slice(0, at);
  const low = lead.toLowerCase();
  let last: { index: number; 0: string } | null = null;
  for (const p of phrasesLowerOf(m)) {
    for (let i = low.lastIndexOf(p); i >= 0; i = i > 0 ? low.lastIndexOf(p, i - 1) : -1) {
      if (WORD_CHAR.test(low[i - 1] ?? ' ') || WORD_CHAR.test(low[i + p.length] ?? ' ')) continue;
      if (!last || i > last.index) last = { index: i, 0: lead.slice(i, i + p.length) };
      break;
    }
  }
  const known = knownActorWords(v, m);
  const anyMeasure = allMeasureWords(v);
  // "Rye output rose 6.1 tonnes (up 2.1%), as … the rise in flour output": with the phrase in
  // another clause, the head of one of its phrases with a describing word of its own names
  // another kind in the figure's clause.
  // (Only as the clause's subject, at its head: a time, an owner or a determiner before it at most.
  // One pattern for every measure: this runs for every figure no phrase stands before.)
  if (!last) {
    const h = HEADED_CLAUSE.exec(lead);
    const words = h ? phraseHeadsOf(m).get(h[2]!.toLowerCase()) : undefined;
    if (!h || !words) return null;
    const w = h[1]!.toLowerCase();
    // (A word of another measure names that one: "rye output" beside "flour output".)
    return !words.has(w) && !ownWordsOf(m).has(w) && !knownFor(w, known) && !NO_ONE_WORDS.includes(w) && !namesIn(h[1]!, v).length ? `its clause names a kind of the measure ('${h[1]} ${h[2]}'), not the measure itself` : null;
  }
  const before = /(?:^|[,;:(—–]|\b(?:the|its|their|his|her|our|a|an|this|that|of|and|while|but)\b)\s*((?:[a-z0-9\u00c0-\uffff][a-z0-9\u00c0-\uffff.'’-]*\s+){1,2})$/i.exec(lead.slice(0, last.index).replace(/^[\s"“'‘(*_]+/, ''));
  if (!before) return null;
  // (Only the words after a verb or a preposition: "the guild puts idle mills at", "a hint of
  // idle mills" have none. Punctuation and list marks are no words: "A. Idle mills", "- Idle".)
  const all = before[1]!.trim().split(/\s+/).map((w) => w.replace(/^[^a-z0-9\u00c0-\uffff]+|[.:]+$/gi, ''));
  const verbAt = all.findLastIndex((w) => STATING_VERB.test(w.toLowerCase()) || /(?:ing)$/i.test(w) || ACTOR_EDGE.test(w));
  const words = all.slice(verbAt + 1).filter(Boolean);
  // (An owner's name of several words: "the Mill Office's idle rate". Nor another
  // figure's noun: "of the 543 assembly seats, … 240 seats".)
  if (/['’]s?$/.test(words[words.length - 1] ?? '') || all.some((w) => /^[\d,.]+$/.test(w))) return null;
  const kind = words.find((w, k) => {
    const lw = w.toLowerCase();
    // (A name before a year names a count or an event: "the Zensus 2022 head count".)
    if (/^\p{Lu}/u.test(w) && /^\d{4}$/.test(words[k + 1] ?? '')) return false;
    return !/['’]s?$/.test(w) && !/\d{4}/.test(w) && !knownFor(lw, known) && !anyMeasure.has(lw) && !namesIn(w, v).length;
  });
  // ("the Valdonian rope idle rate", "Rope idle mills": a sector or a group the vocabulary knows, set on the
  // measure's phrase, is the part it names.)
  if (!kind) {
    const part = namesIn(words.join(' '), v).find((h) => PART_KINDS.has(v.entityKind.get(h.id) ?? ''));
    if (part) return `its clause names a part of the measure ('${words.join(' ').slice(part.start, part.end)} ${last[0]}'), not the measure itself`;
  }
  return kind && !namesIn(before[1]!, v).some((h) => before[1]!.slice(h.start, h.end).includes(kind)) ? `its clause names a kind of the measure ('${words.filter((w) => !NO_ONE_WORDS.includes(w.toLowerCase())).join(' ')} ${last[0]}'), not the measure itself` : null;
}
/**
 * Whether a clause names a measure by its own words: a phrase, an action or a noun it counts. A
 * bare number ("with carters tallying at 230,000", "the guild grew to 449 members")
 * whose measure only another clause of its sentence names may be of something else.
 */
function namedInClause(clause: string, m: VocabularyMeasure | undefined): boolean {
  if (!m) return false;
  const low = ` ${clause.toLowerCase().replace(/[^a-z0-9'’-]+/g, ' ')} `;
  const has = (w: string) => low.includes(` ${w.toLowerCase()} `) || low.includes(` ${w.toLowerCase()}s `);
  return phrasesLowerOf(m).some(has) || m.actions.some((a) => inflections(a.toLowerCase()).some(has)) || m.subjects.some(has);
}

/** Where the words before a figure start: after the last punctuation mark that parts a phrase. */
function leadStart(before: string): number {
  return Math.max(...[',', ';', ':', '—', '–', '('].map((p) => before.lastIndexOf(p))) + 1;
}

/** The words between the punctuation marks on either side of a figure: "with carters tallying at 230,000". */
function ownPhrase(sentence: string, at: number, length: number): string {
  const start = leadStart(sentence.slice(0, at));
  const after = sentence.slice(at + length).search(/[,;:)—–]/);
  return sentence.slice(start, after < 0 ? sentence.length : at + length + after);
}

/** Whether a figure's own words name something acting before it: a noun and its verb ("carters tallying at", "the guild grew to"). */
function ownSubjectBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return OWN_SUBJECT_VERB.test(before.slice(leadStart(before)));
}
const OWN_SUBJECT_VERB = /\b[a-z]{3,}\s+(?:[a-z]+ing|[a-z]+ed|grew|rose|fell|stood|stands?|reached|hit|was|were|is|are)\b/;

/** Verbs that state a level or its change, right after a clause's subject: "Rye output rose". */
const LEVEL_VERBS = 'rose|fell|grew|increased|decreased|declined|climbed|dropped|jumped|slipped|slid|surged|edged|was|were|is|are|stood|stands|reached|hit|totall?ed|came|amounted|hovered|remained';

/** Every word of a measure's own name and phrases, lower-cased. */
const ownWords = new WeakMap<object, Set<string>>();
function ownWordsOf(m: VocabularyMeasure): Set<string> {
  let out = ownWords.get(m);
  if (!out) ownWords.set(m, (out = new Set([m.name, ...phrasesLowerOf(m)].flatMap((p) => p.toLowerCase().split(/[^a-z0-9-]+/)).filter(Boolean))));
  return out;
}

/** The last word of each of a measure's phrases of two words or more, to the words of those phrases. */
const headsOf = new WeakMap<object, Map<string, Set<string>>>();
function phraseHeadsOf(m: VocabularyMeasure): Map<string, Set<string>> {
  let out = headsOf.get(m);
  if (!out) {
    out = new Map();
    for (const p of phrasesLowerOf(m)) {
      const words = p.split(/\s+/);
      if (words.length < 2) continue;
      const head = words[words.length - 1]!;
      const all = out.get(head) ?? new Set<string>();
      for (const w of words) all.add(w);
      out.set(head, all);
    }
    headsOf.set(m, out);
  }
  return out;
}
/** A clause headed by a describing word, a noun and a verb of level or change: "In 2024 Ruritania's rye output rose". */
const HEADED_CLAUSE = new RegExp(String.raw`^\s*(?:(?:in|during|by|last|this)\s+[\p{L}\d-]+\s*,?\s+)?(?:(?:the|its|their)\s+|\p{Lu}[\p{L}.-]*['’]s\s+)?([\p{L}][\p{L}-]+)\s+([\p{L}][\p{L}-]+)\s+(?:${LEVEL_VERBS})\b`, 'iu');
const measureWordsOf = new WeakMap<CompiledVocabulary, Set<string>>();
/** Every word of every measure's name and phrases, lower-cased: no word of these names a kind of another measure ("milling power rose"). */
function allMeasureWords(v: CompiledVocabulary): Set<string> {
  let out = measureWordsOf.get(v);
  if (!out) {
    out = new Set();
    for (const m of v.measures.values()) for (const phrase of [m.name, ...(m.phrases ?? [])]) for (const w of phrase.toLowerCase().split(/[^a-z0-9\u00c0-\uffff-]+/)) if (w) out.add(w);
    measureWordsOf.set(v, out);
  }
  return out;
}
/** A letter or a digit, as a word's edge test reads it (no Unicode tables: this runs for every figure). */
const WORD_CHAR = /[a-z0-9\u00c0-\uffff]/i;
/** Kinds of entity that are parts of a whole: a sector's or a group's figure is not the whole's. */
const PART_KINDS: ReadonlySet<string> = new Set(['sector', 'group']);
const phrasesLower = new WeakMap<VocabularyMeasure, readonly string[]>();
const phrasesLowerOf = (m: VocabularyMeasure) => phrasesLower.get(m) ?? (phrasesLower.set(m, (m.phrases ?? []).map((p) => p.toLowerCase())), phrasesLower.get(m)!);
/** Verbs that may stand right before a measure's phrase, its object: "the office puts idle mills at", "put the rate at". */
const STATING_VERB = /^(?:put|puts|set|sets|cut|cuts|say|says|said|show|shows|give|gives|gave|note|notes|report|reports|see|sees|saw|keep|keeps|kept|has|had|have|is|was|are|were|be|take|takes|took|peg|pegs|place|places|leave|leaves|left|bring|brings|brought|lift|lifts|push|pushes|raise|raises|lower|lowers|make|makes|made|get|gets|got|hit|hits|drive|drives|drove|boost|boosts)$/;
/** Words before a measure's phrase that leave it whole: "the official rate", "the headline figure", "the latest count". */
const WHOLE_WORDS = /^(?:own|most|more|less|least|fewer|fewest|much|many|highest|lowest|largest|biggest|smallest|record|total|overall|national|nationwide|headline|official|main|monthly|annual|yearly|quarterly|latest|current|previous|prior|final|preliminary|initial|first|second|third|new|same|whole|entire|combined|key|closely|widely)$/;
/** A verb closing a noun phrase before a figure: "fell", "rose", "was", "amounted". */
const NP_VERB = /\s+(?:was|were|is|are|has|had|have|fell|rose|grew|dropped|declined|increased|decreased|climbed|slipped|jumped|reached|amounted|totalled|totaled|stood|came|hit|shrank|expanded)\b/i;
const FROM_SOURCE = /((?:\b[A-Za-z][\w-]*\s+){1,3})from\s+((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)/g;
/** Nouns of data: "the figures from the office" say where figures come from, not which part. */
const DATA_NOUN = /^(?:figures?|data|numbers?|statistics|estimates?|reports?|surveys?|counts?|tall(?:y|ies)|readings?|results?|records?)$/i;
const FROM_TIME = /\b(?:year|years|month|months|quarter|week|previous|prior|last|earlier|before|ago|level|levels|peak|record|low|high)\b/i;
/** Words before a share's part that leave it whole: determiners, quantifiers, conjunctions, prepositions. */
const NOT_A_KIND = /^(?:the|a|an|its|their|his|her|our|all|total|overall|combined|and|or|nor|but|of|from|by|with|as|that|which|while|than|to|in|on|at|for|where|when|whose|both|each|every|alone|together|also|only|just|so|then|now|how|what|much|more|less|most|least|domestic|national|whether|if|because|since|after|before|said|says)$/i;
/** A phrase heading the sentence that counts something more in: "Including the missing,", "Counting volunteers,". */
const INCLUSIVE_HEAD = /^\s*((?:including|counting|together with|along with|adding|plus)\s+[^,;]{1,50}),\s[^;]*$/i;
/** Kinds of entity that are places: a figure "in" one of them is located there. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'region', 'place']);

/** The frame of a claim, resolved from its framing, its sentence and the article's context. */
export function resolveFrame(c: Claim, ctx: SlotContext): ClaimFrame {
  const fr = c.framing;
  const sentence = c.sentence.text;
  const at = figureAt(c);
  const clause = clauseOf(sentence, at, c.figure.text.length);
  const name = (id: string) => ctx.v.source.entities.find((e) => e.id === id)?.name ?? id;

  // Event: named in the sentence, or only by an earlier sentence or a weak cue.
  let event: ClaimFrame['event'];
  if (!fr.event) event = NO_EVENT;
  else if (fr.event.unanchored) event = { value: fr.event.id, ...(fr.event.text ? { text: fr.event.text } : {}), confidence: 'low', reason: `none of the parties of ${ctx.v.events.get(fr.event.id)?.name ?? fr.event.id} is named in the article` };
  else if (fr.event.via === 'alias') event = { value: fr.event.id, ...(fr.event.text ? { text: fr.event.text } : {}), confidence: 'high' };
  else if (fr.event.via === 'year') event = { value: fr.event.id, ...(fr.event.text ? { text: fr.event.text } : {}), confidence: 'high', reason: 'the one event of its kind in the year its clause states' };
  else if (fr.event.via === 'relative') event = { value: fr.event.id, confidence: ctx.publishedHow === 'given' || ctx.publishedHow === 'stated' ? 'high' : 'low', ...(ctx.publishedHow === 'given' || ctx.publishedHow === 'stated' ? {} : { reason: 'named relative to a publication date that was inferred' }) };
  else if (fr.event.via === 'cue' && (fr.event.text?.split(' + ').length ?? 0) >= 2) event = { value: fr.event.id, text: fr.event.text, confidence: 'high' };
  else if (fr.event.via === 'cue') event = { value: fr.event.id, text: fr.event.text, confidence: 'low', reason: `only one word of its sentence points at it ('${fr.event.text ?? ''}')` };
  else if (fr.event.via === 'pronoun') event = { value: fr.event.id, confidence: 'low', reason: 'only a pronoun opening its sentence points back at the event heading the sentence before' };
  else if (fr.event.sole) event = { value: fr.event.id, confidence: 'high', reason: 'taken from an earlier sentence; the only event the article names' };
  else event = { value: fr.event.id, confidence: 'low', reason: 'taken from an earlier sentence' };

  // Subject: an entity of the figure's own clause is read with confidence; one further away in
  // the sentence, or only the event's parties, is a guess.
  const subjects = fr.entities.filter((e) => e.role === 'subject');
  const comparators = fr.entities.filter((e) => e.role === 'comparator');
  let subject: ClaimFrame['subject'];
  if (c.figure.kind === 'date') {
    subject = { value: subjects.map((e) => e.id), combine: 'one', confidence: 'high', reason: 'a date is an event\'s, whoever the sentence names' };
  } else if (subjects.length) {
    const s = subjects[0]!;
    const inClause = s.via === undefined && clause.text.includes(s.text);
    // "Ruritania and Freedonia lost 3,800": two subjects joined, taken together.
    // Framing keeps one subject; the clause may join it with another ("Ruritania and Freedonia").
    const lead = namesIn(clause.text.slice(0, at - clause.start), ctx.v).filter((h) => SUBJECT_KINDS.has(ctx.v.entityKind.get(h.id) ?? ''));
    const joined = lead.length >= 2 && new Set(lead.map((h) => h.id)).size >= 2 && lead.some((a, i) => { const b = lead[i + 1]; return !!b && b.id !== a.id && /^\s*(?:,|and|&|as well as)\s*(?:the\s+)?$/i.test(clause.text.slice(a.end, b.start)); });
    const respective = respectiveSubject(clause.text, at - clause.start, c.figure.text.length, lead);
    if (respective) {
      subject = { value: [respective.id], text: clause.text.slice(respective.start, respective.end), combine: 'one', confidence: 'high', reason: 'the subject in its place of a list read "respectively"' };
    } else if (joined) {
      const ids = [...new Set(lead.map((e) => e.id))];
      subject = { value: ids, text: clause.text.slice(lead[0]!.start, lead[lead.length - 1]!.end), combine: 'sum', confidence: 'low', reason: `names ${ids.map(name).join(' and ')} together` };
    } else if (comparators.length) {
      subject = { value: [s.id, ...comparators.map((e) => e.id)], text: s.text, combine: 'comparison', confidence: inClause ? 'high' : 'low', ...(inClause ? {} : { reason: `'${s.text}' stands outside the figure's clause` }) };
    } else if (s.via === 'event') {
      subject = { value: [s.id], combine: 'one', confidence: event.confidence, reason: `its sentence names no subject; ${name(s.id)} is the one of its event's that the measure accepts` };
    } else if (s.via === 'owner') {
      subject = { value: [s.id], combine: 'one', confidence: 'high', reason: `its sentence names no subject; the measure is only ever ${name(s.id)}'s` };
    } else if (s.via === 'antecedent') {
      subject = { value: [s.id], combine: 'one', confidence: 'low', reason: `its sentence names no subject; a possessive points back at ${name(s.id)}, named in the sentence before` };
    } else if (s.via === 'party') {
      const speaker = fr.entities.find((e) => ctx.v.partyOf.get(e.id) === s.id);
      subject = { value: [s.id], combine: 'one', confidence: 'low', reason: `its sentence names no subject; ${speaker ? name(speaker.id) : 'the source that gives it'} gives ${name(s.id)}'s own figures` };
    } else if (s.via === 'referent') {
      subject = { value: [s.id], combine: 'one', confidence: 'high', reason: `its clause names no subject; the figure it points back at is ${name(s.id)}'s` };
    } else if (s.via === 'topic' && s.alone) {
      subject = { value: [s.id], combine: 'one', confidence: 'high', reason: `its sentence names no subject; ${name(s.id)} is the article's main subject, and the only one of its kind the article names` };
    } else if (s.via === 'topic') {
      subject = { value: [s.id], combine: 'one', confidence: 'low', reason: `its sentence names no subject; ${name(s.id)} is the article's main subject` };
    } else {
      const others = apposed(clause, s.text, at) ? [] : fr.entities.filter((e) => e.role === 'context' && SUBJECT_KINDS.has(ctx.v.entityKind.get(e.id) ?? '') && e.id !== s.id && clause.text.includes(e.text) && ctx.v.entityKind.get(e.id) === ctx.v.entityKind.get(s.id) && !comparedAfter(clause, e.text, at + c.figure.text.length));
      if (others.length) subject = { value: [s.id], text: s.text, combine: 'one', confidence: 'low', reason: `two possible subjects: ${name(s.id)}, ${others.map((o) => name(o.id)).join(', ')}` };
      else subject = { value: [s.id], text: s.text, combine: 'one', confidence: inClause ? 'high' : 'low', ...(inClause ? {} : { reason: `'${s.text}' stands outside the figure's clause` }) };
    }
  } else if (TOGETHER.test(clause.text)) {
    subject = { value: fr.entities.map((e) => e.id), text: TOGETHER.exec(clause.text)![0], combine: 'sum', confidence: 'high' };
  } else {
    const lead = sentence.slice(0, at);
    const owner = unknownOwnerOf(lead, (a, b) => namesIn(lead, ctx.v).some((h) => h.start < b && h.end > a));
    subject = { value: [], combine: 'unknown', confidence: 'none', reason: owner ? `its clause gives it to '${owner}', which the vocabulary does not know` : 'its sentence names no subject' };
  }
  // "… with Valdonian millers 30% below 2019", in an article naming Valdonia nowhere else: the people
  // of a country may be counted where they are, not in it.
  if (subjects[0]?.people && subject.confidence === 'high' && c.figure.kind !== 'date') {
    subject = { ...subject, confidence: 'low', reason: `'${subjects[0].text}' names the people of ${name(subjects[0].id)}, which the article names nowhere else: they may be counted where they are, not in ${name(subjects[0].id)}` };
  }
  // "The rate for young workers was 12%", "In Port Vell the rate was 4.4%": a clause that narrows
  // the figure to a group or a place the vocabulary does not know gives a part's figure, not the
  // whole's that a subject read from elsewhere (the article's, the measure's owner's, the figure
  // pointed back at) would make it.
  // (A subject the clause names may be narrowed too, by a group only: "Ruritania's rate for
  // young workers"; not by the set it is one of, a noun the vocabulary counts: "the most among
  // the guild's mills".)
  if (subjects[0] && subject.confidence === 'high' && c.figure.kind !== 'date') {
    // (Not the measure's own words: "the idle rate for those under 25" may be a phrase of it.)
    const entry = fr.measure ? ctx.v.measures.get(fr.measure) : undefined;
    const measurePhrases = entry ? phrasesLowerOf(entry) : [];
    const ownPhrase = (words: string) => measurePhrases.some((p) => p.includes(words.toLowerCase()));
    const narrowed = narrowingGroup(clause.text, at - clause.start, c.figure.text.length, ctx.v, subjects[0].via === undefined, ownPhrase) ?? groupHeadingSentence(sentence.slice(0, clause.start), ownPhrase);
    // (An age group's figure, or one of a group the vocabulary names, that equals the whole's fits
    // it by chance: neither supported nor contradicted.)
    const sure = !!narrowed && (AGE_GROUP.test(narrowed) || namesIn(narrowed, ctx.v).some((h) => PART_KINDS.has(ctx.v.entityKind.get(h.id) ?? '')));
    if (narrowed) subject = { ...subject, confidence: 'low', reason: `its clause narrows it to a group or a place the vocabulary does not know ('${narrowed}'): it may be their figure, not ${name(subjects[0].id)}'s`, ...(sure ? { narrowed: true as const } : {}) };
  }
  // "The guild won 37 prizes in Upper Vale": a place named after the figure of a subject that is
  // no place (a party, a company, an alliance) gives that subject's figure there, a part of its
  // whole. (A country's figure "in" a place says where: "Ruritania lost 40 millers in the Vell
  // valley" is Ruritania's toll.)
  if (subjects[0] && subject.confidence === 'high' && c.figure.kind !== 'date' && !PLACE_KINDS.has(ctx.v.entityKind.get(subjects[0].id) ?? '')) {
    const end = at - clause.start + c.figure.text.length;
    // (Not a place its event is of: "won 41 prizes across Ruritania" at its fair.)
    const whole = new Set(fr.event ? ctx.v.events.get(fr.event.id)?.entities ?? [] : []);
    const place = namesIn(clause.text.slice(end), ctx.v).find((h) => PLACE_KINDS.has(ctx.v.entityKind.get(h.id) ?? '') && h.id !== subjects[0]!.id && !whole.has(h.id) && /^\s*(?:[a-z]+\s+){0,3}(?:in|across|throughout)\s+(?:the\s+)?$/i.test(clause.text.slice(end, end + h.start)));
    if (place) subject = { ...subject, confidence: 'low', reason: `its clause narrows it to a place (${name(place.id)}): it may be ${name(subjects[0].id)}'s figure there, not its whole` };
  }
  // "The Carters and the Weavers took 11% and 9% of the prizes, respectively": figures paired with a
  // list the vocabulary could not read as its names are its items', whoever else the sentence or
  // the article names.
  if (subjects[0] && subject.confidence === 'high' && c.figure.kind !== 'date' && sentence.includes('espectively') && !subject.reason?.includes('respectively') && /\brespectively\b/i.test(sentence.slice(at + c.figure.text.length))) {
    subject = { ...subject, confidence: 'low', reason: 'its sentence pairs its figures with a list ("respectively") that could not be read as names the vocabulary knows' };
  }
  // "PORT VELL - Guild members raised …": a place in capitals heading the sentence before a dash
  // is a dateline, where the story was filed, not whose figure it is.
  if (subjects[0] && subjects[0].text && DATELINE_HEAD.test(sentence) && sentence.trimStart().replace(/^date\s+\d{4}-\d{2}-\d{2}\s+/, '').startsWith(subjects[0].text) && subjects[0].text === subjects[0].text.toUpperCase() && PLACE_KINDS.has(ctx.v.entityKind.get(subjects[0].id) ?? '')) {
    subject = { ...subject, confidence: 'low', reason: `'${subjects[0].text}' is the dateline, where the story was filed, not whose figure it is`, narrowed: true };
  }
  // "Millers added 800 posts", "Port Vell's carters lost 40 wagons": someone acting in the figure's
  // clause that the vocabulary does not know as the measure's whole (its `actors`) gives a part's
  // figure, not the whole's that the subject read stands for.
  if (subjects[0] && subject.confidence === 'high' && c.figure.kind !== 'date' && fr.measure) {
    // ("Retailers added 43 posts in May, following a loss of 29 in April", "…, up from 2.8%": a
    // figure set against the one before it in its sentence is of the same one acting.)
    const linked = LINKED_TO_BEFORE.exec(sentence.slice(Math.max(0, at - 60), at));
    const prevAt = linked ? lastNumberBefore(sentence, at - linked[0].length) : -1;
    // (A date stamp in front of the text, "date 2024-11-01 The …", is no one acting: blanked.)
    const unstamped = (t: string) => t.replace(DATE_STAMP, (m) => ' '.repeat(m.length));
    const own0 = unstamped(sentence);
    const actor = unknownActor(unstamped(clause.text), at - clause.start, fr.measure, ctx.v, own0.slice(0, at)) ?? (prevAt >= 0 ? unknownActor(own0, prevAt, fr.measure, ctx.v, own0.slice(0, prevAt)) : null);
    // (Named, or where the vocabulary says who the whole is, it is surely someone else: "PCE",
    // "Port Vell"; a word heading the sentence is capitalised whatever it is.)
    const own = actor?.replace(/^.*['’]s?\s+/u, '') ?? '';
    const named = !!actor && (/\b\p{Lu}{2,}\b/u.test(own) || /.\s+\p{Lu}/u.test(own) || (/^\p{Lu}/u.test(own) && (own !== actor || !sentence.trimStart().startsWith(actor.replace(/^…\s*/, '')))));
    const sure = named || !!ctx.v.measures.get(fr.measure)?.actors?.length;
    if (actor) subject = { ...subject, confidence: 'low', reason: `'${actor}' acts in its clause, which the vocabulary does not know as the measure's whole: it may be a part's figure, not ${name(subjects[0].id)}'s`, ...(sure ? { narrowed: true as const } : {}) };
  }

  let cached = measureSlots.get(ctx.v);
  if (!cached) measureSlots.set(ctx.v, (cached = new Map()));
  // A measure taken from an earlier figure is read for sure where the clause points back at that
  // figure ("July's figure was lowered to 98,000", "the same share stood at 47%").
  const referred = fr.measureVia === 'context' && pointsBackAt(c.sentence.text, figureAt(c), c.figure.text.length);
  const measureKey = fr.measure ? `${referred ? 'referred' : fr.measureVia ?? ''}|${fr.measure}` : '';
  // ("Including the missing, the guild lost 2,912": a count that takes in more than the measure.)
  // ("Offshore wheels supplied 17%": a share of a kind of the part the measure's share is of.)
  // ("Milling power from rented wheels fell 11%": a part of what the measure counts, by where it comes from.)
  const widened = fr.measure && c.figure.kind !== 'date' ? countsMoreIn(sentence.slice(0, at)) ?? narrowedPart(clause.text, at - clause.start, fr.measure, ctx.v) ?? narrowedBySource(clause.text, at - clause.start, fr.measure, ctx.v) ?? narrowedByScope(clause.text, at - clause.start, fr.measure, ctx.v) ?? (fr.measureVia === undefined ? narrowedKind(clause.text, at - clause.start, fr.measure, ctx.v) : null) : null;
  // ("Forty of the 170 drowned died at the weir": a part of what the measure counts, not its figure.)
  const measure: ClaimFrame['measure'] = fr.measure && widened
    ? { value: fr.measure, confidence: 'low', kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: widened, narrowed: true }
    : fr.measure && fr.partOf
    ? { value: fr.measure, confidence: 'low', kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: `it is a part of '${fr.partOf}', named beside it` }
    : fr.measure && c.figure.kind === 'count' && c.figure.unit === null && fr.measureVia === undefined && !referred && ownSubjectBefore(sentence, at) && !namedInClause(ownPhrase(sentence, at, c.figure.text.length), ctx.v.measures.get(fr.measure))
    ? { value: fr.measure, confidence: 'low', kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'its clause names no measure; words of another clause of its sentence named it' }
    : fr.measure
    ? cached.get(measureKey) ??
      (cached.set(
        measureKey,
        Object.freeze(
          fr.measureVia === 'context' && !referred
            ? { value: fr.measure, confidence: 'low' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'its sentence names no measure; an earlier figure\'s was taken' }
            : fr.measureVia === 'name'
            ? { value: fr.measure, confidence: 'low' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'no phrase of the vocabulary names it; words of the measure\'s name stand in its clause' }
            : fr.measureVia === 'subject'
            ? { value: fr.measure, confidence: 'low' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'no words name it; it is the one measure of its unit whose figures can be about its subject\'s kind' }
            : fr.measureVia === 'unit'
            ? { value: fr.measure, confidence: 'low' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'no words name it; it is the vocabulary\'s one measure in its unit' }
            : fr.measureVia === 'action'
            ? { value: fr.measure, confidence: 'low' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'no words name what it measures; the verb beside it is the action of one measure only' }
            : fr.measureVia === 'elided'
            ? { value: fr.measure, confidence: 'low' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'no noun says whom it counts; an adjective standing alone was read as counting people' }
            : fr.measureVia === 'level'
            ? { value: fr.measure, confidence: 'high' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'an earlier level set beside a figure of its sentence that names the measure' }
            : referred
            ? { value: fr.measure, confidence: 'high' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level', reason: 'its clause points back at an earlier figure, whose measure was taken' }
            : { value: fr.measure, confidence: 'high' as const, kind: ctx.v.measures.get(fr.measure)?.kind ?? 'level' },
        ),
      ),
      cached.get(measureKey)!)
    : { value: null, confidence: 'none', reason: 'no measure of the vocabulary is named beside it' };

  // Time: from the figure's own clause, from the event it names, or from the publication date.
  let time: ClaimFrame['time'];
  const t = fr.time;
  const dated = c.figure.date;
  const publishedKnown = ctx.publishedHow === 'given' || ctx.publishedHow === 'stated';
  if (c.figure.kind === 'date' && dated) {
    if (dated.resolution === 'explicit') time = { value: { from: dated.start, to: dated.end ?? dated.start }, confidence: 'high' };
    else if (dated.resolution === 'nearby') time = { value: { from: dated.start, to: dated.end ?? dated.start }, confidence: 'high', reason: 'its year is stated by an earlier date of its sentence' };
    else if (dated.resolution === 'unresolved') time = { value: null, confidence: 'none', reason: 'its year is not known' };
    else if (dated.resolution === 'article') time = { value: { from: dated.start, to: dated.end ?? dated.start }, confidence: 'low', reason: 'its year is taken from an earlier date of the article, not stated' };
    else if (dated.resolution === 'context') time = { value: { from: dated.start, to: dated.end ?? dated.start }, confidence: 'low', reason: contextReason(c) };
    else if (publishedKnown) time = { value: { from: dated.start, to: dated.end ?? dated.start }, confidence: 'high', reason: 'its year is the publication year' };
    else time = { value: { from: dated.start, to: dated.end ?? dated.start }, confidence: 'low', reason: 'its year is inferred from the article, not stated' };
  } else if (t.basis === 'as-of' && t.stated) {
    time = { value: { ...(t.to ? { to: t.to } : {}) }, confidence: 'low', reason: 'it is read as of the day its source gave it, not of a period the text states' };
  } else if (t.basis === 'explicit' || t.basis === 'as-of') {
    time = { value: { ...(t.from ? { from: t.from } : {}), ...(t.to ? { to: t.to } : {}) }, confidence: 'high' };
  } else if (t.basis === 'event') {
    time = { value: { ...(t.from ? { from: t.from } : {}), ...(t.to ? { to: t.to } : {}) }, confidence: event.confidence === 'high' ? 'high' : 'low', ...(event.confidence === 'high' ? {} : { reason: 'its time comes from an event its sentence does not name' }) };
  } else if (t.basis === 'publication') {
    time = { value: { ...(t.to ? { to: t.to } : {}) }, confidence: publishedKnown ? 'high' : 'low', reason: publishedKnown ? 'as it stood when the article was published' : 'the publication date is inferred, not stated' };
  } else {
    time = { value: null, confidence: 'none', reason: 'its clause names no time and the publication date is unknown' };
  }
  // "On windy days in 2024 the mills ran at 80%", "at times", "at its peak": some part of the
  // period, not the period; the period's figure would contradict a true one.
  if (c.figure.kind !== 'date' && time.confidence === 'high') {
    const part = PART_OF_TIME.exec(clause.text);
    if (part) time = { ...time, confidence: 'low', reason: `its clause narrows the time to some part of the period ('${part[0]}')` };
  }

  const changeSlots = c.figure.kind === 'date' || c.figure.kind === 'ordinal' ? { change: LEVEL, sign: POSITIVE } : changeOf(c, at, fr.measure ? ctx.v.measures.get(fr.measure) : undefined);
  // The status words that govern a figure stand before it in its clause ("expected to add
  // 175,000", "a target of 2%"); after it they speak of something else ("353,000, nearly
  // double what economists expected"). A date is an event's, whatever its status.
  // A bar's figure after the action of those who clear it states the bar, whatever the sentence
  // forecasts of them ("18 members are on course to spend at least 2%").
  // An aside that describes the subject ("Britain, long the region's benchmark, is put at 2.3%")
  // is not the figure's status.
  // ("Is the old 2% mark meaningless?": a figure set before its noun is named, not asked.)
  const asked = !ATTRIBUTIVE_FIGURE_AFTER.test(sentence.slice(at + c.figure.text.length, at + c.figure.text.length + 20));
  let status = c.figure.kind === 'date' || fr.clearedBar ? REPORTED : statusOf(sentence.slice(Math.max(clause.start, at - 60), at).replace(ASIDE, ' '), sentence, asked);
  if (status.value === 'reported' && c.figure.kind !== 'date') {
    // "The rate was not 4.5% but 4.2%", "did not grow by 300,000": a figure its clause denies is
    // what did not happen. Judged as a statement it would be contradicted where the article is
    // right. (Not "not until 2024", "not only".)
    const denied = DENIED_BEFORE.exec(sentence.slice(Math.max(clause.start, at - 60), at));
    // "Between 200,000 and 250,000 jobs were added, economists had guessed": a sentence that
    // ends by saying whose expectation it was states a forecast. (Not "more than economists had
    // expected": that compares an outcome with one.)
    // So does "the 200,000 economists expected": a clause about the number, its "that" left out.
    const foreseen = FORESEEN_AFTER.exec(sentence.slice(at + c.figure.text.length)) ?? (/\bthe\s+$/i.test(sentence.slice(Math.max(0, at - 5), at)) ? FORESEEN_RIGHT_AFTER.exec(sentence.slice(at + c.figure.text.length)) : null);
    // "Some wrongly claimed that the rate hit 5%", "Rumours that 100 mills shut proved false":
    // a figure of what the text itself says is false is denied by it, as "not" denies one.
    const refuted = REFUTED_BEFORE.exec(sentence.slice(0, at)) ?? (THAT_BEFORE.test(sentence.slice(Math.max(0, at - 120), at)) ? REFUTED_AFTER.exec(sentence.slice(at + c.figure.text.length)) : null);
    // "missed the 5% hurdle", "the 272 majority mark", "passes 326 seats, the line for a
    // majority": a figure naming a threshold states the bar, not anyone's figure.
    const after = sentence.slice(at + c.figure.text.length, at + c.figure.text.length + 60);
    const bar = THRESHOLD_AFTER.exec(after) ?? THRESHOLD_APPOSED.exec(after);
    if (bar) status = { value: 'target', text: bar[1]!, confidence: 'high' };
    else if (denied) status = { value: 'denied', text: denied[1]!, confidence: 'high' };
    else if (refuted) status = { value: 'denied', text: (refuted[1] ?? refuted[0]).trim(), confidence: 'high' };
    else if (foreseen) status = { value: 'forecast', text: foreseen[1]!, confidence: 'high' };
  }
  // An earlier level with a past time of its own ("set to finish with 240 points, down from the
  // 303 it scored in 2019", "expected to reach 5%, up from 4.2% in 2023") is an outcome already
  // reported.
  if (status.value !== 'reported' && status.value !== 'denied' && changeSlots.change.value === 'previous-level' && t.basis === 'explicit' && t.to && ctx.published && lastDayOf(t.to) < ctx.published) {
    status = { value: 'reported', text: changeSlots.change.text, confidence: 'high', reason: `an earlier level of its own time, not what '${status.text ?? ''}' speaks of` };
  }
  return {
    subject,
    measure,
    time,
    event,
    status,
    ...changeSlots,
    ...(fr.release
      ? {
          release:
            fr.release.value === 'as-of'
              ? { value: 'as-of' as const, text: fr.release.text, ...(fr.release.day ? { day: fr.release.day } : {}), confidence: 'low' as const, reason: `read as the release standing when the report of '${fr.release.text}' came out: which report the date names is not certain` }
              : { value: fr.release.value, text: fr.release.text, confidence: 'high' as const },
        }
      : {}),
  } as ClaimFrame;
}

/** The vocabulary's entities named in a piece of text, in order. */
/**
 * The entity a sentence puts its figure in the mouth of, before the figure: "Valdonia says …",
 * "Valdonian officials claimed …", "according to Valdonia, …". Null where none is named so: the
 * article's own voice, or an unnamed source.
 */
export function speakerOf(sentence: string, at: number, v: CompiledVocabulary): string | null {
  const lead = sentence.slice(0, at);
  let who: string | null = null;
  for (const h of namesIn(lead, v)) {
    const after = lead.slice(h.end);
    if (SPEAKS_AFTER.test(after) || ACCORDING_TO_BEFORE.test(lead.slice(Math.max(0, h.start - 16), h.start))) who = h.id;
  }
  return who;
}
/** A verb of saying right after a name, a possessive's noun or two between: "says", "'s officials claimed". */
const SPEAKS_AFTER = /^(?:['’]s?)?(?:\s+[a-z-]+){0,2}?\s+(?:says|said|claims|claimed|insists|insisted|maintains|maintained|alleges|alleged|puts|put|estimates|estimated)\b(?!\s+(?:by|in|that\s+it\s+had\s+been)\b)/;
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:the\s+)?$/i;

export function namesIn(text: string, v: CompiledVocabulary): Array<{ id: string; start: number; end: number }> {
  const out: Array<{ id: string; start: number; end: number }> = [];
  v.entityPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = v.entityPattern.exec(text))) {
    const id = v.entityOf.get(m[0]);
    if (id) out.push({ id, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) v.entityPattern.lastIndex++;
  }
  return out;
}
