import { BoundedMap } from '../bounded-map.ts';
import { lastDayOf } from '../calendar.ts';
import type { Framing } from './framing.ts';
import { CHANGE_BY_BEFORE, NOMINAL_ADJECTIVES, singular, type FoundFigure } from '../extract/extract.ts';
import { extractionWork } from '../extract/work.ts';
import type { Segmentation } from '../split/segment.ts';
import { escape, SUBJECT_ENTITY_KINDS, type CompiledVocabulary, type FoldedPattern, type VocabularyEvent, type VocabularyMeasure } from '../vocabulary/vocabulary.ts';
import { clauseOf, directionAt } from './direction.ts';
import { conversion, isPhysicalUnit } from '../judge/units.ts';
import { DISTANCE, DURATION, EVENT_DATE } from '../reference/keys.ts';
import { captionShaped, inTableCaption, isTableLabel, labelHeaderAt, tableCellAt, tableRows, type Row, type TableCell } from './table.ts';
import { measureByName } from './measure-name.ts';
import { releasedOn, releaseOf, releaseOfHeader, type Placed } from './release.ts';
import { joinedToAnother, wholeCheck } from './share-whole.ts';
import { respectiveSubject, type NameHit } from './respectively.ts';
import { DATA_NOUN_AFTER, MONTH_RE, WEEKDAYS, periodAsSubject, type Published } from '../extract/dates.ts';

// The schema lives apart (framing.ts) so that framing a figure does not load zod.
export type { FramedEntity, Framing } from './framing.ts';

interface Hit {
  start: number;
  end: number;
  id: string;
  text: string;
}

interface EventHit extends Hit {
  via: 'alias' | 'cue' | 'relative';
}

// ("As recently as 2023 the share was 3.9%": a period the clause is set in, however far back.)
// ("the quarter ending June 2024", "the year to March": the month closing a span is read as the span.)
const TIME_SCOPE_BEFORE = /\b(?:in|for|during|of|by|as recently as|as late as|as early as|as long ago as|as far back as|(?:year|twelve months|12 months|six months|6 months|quarter|three months|3 months)\s+(?:to|through|thru|ending|ended|ending in|up to))\s+$/i;
// The comparative may carry its complement before "than": "$2.2 billion more on its schools than Freedonia".
const DIFFERENCE_BEFORE = /^\s+(?:[a-z]+\s+){0,4}(?:more|less|fewer|higher|lower|greater|larger|smaller|above|below)(?:\s+(?:on|in|for|to)(?:\s+[a-z'’]+){1,3})?\s+than(?:\s+(?:that|those)\s+of)?\s+$/;
const AGENT_BEFORE = /^\s+(?:[a-z]+\s+){0,2}by\s+$/;
const COMPARATOR_BEFORE = /\b(?:that of|than|those of|compared (?:to|with)|as much as|as many as)\s+$/i;

export interface FramedFigure extends FoundFigure {
  framing: Framing;
  /** A year that only scopes another figure of its sentence ("spending in 2022 was ..."): not a claim of its own. */
  scopeOnly: boolean;
  /** A count read from a joiner's rank ("became the 21st member"): the date of its sentence is the joining's, a claim of its own. */
  ranked?: true;
}

/**
 * Every match of a global pattern inside text[start, end). The compiled vocabulary patterns
 * are reused; the sentence is sliced (V8 slices without copying) so that a pattern with no
 * match in it does not scan on to the end of the article.
 */
function allMatches(pattern: RegExp, text: string, start: number, end: number, map: (m: RegExpExecArray) => string | undefined): Hit[] {
  const out: Hit[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(slice))) {
    const id = map(m);
    if (id) out.push({ start: start + m.index, end: start + m.index + m[0].length, id, text: m[0] });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/**
 * Whether a name stands as the adjective of its people before a noun some measure counts:
 * "Valdonian millers", "Ostrian carters" (an alias that is not the entity's name).
 */
function peopleOf(text: string, h: { start: number; end: number; id: string; text: string }, v: CompiledVocabulary): boolean {
  if (h.text === nameOf(v, h.id) || /['’]s?$/.test(h.text)) return false;
  const next = /^\s+(?:[a-z-]+\s+)?([a-z]+)\b/.exec(text.slice(h.end, h.end + 40))?.[1];
  return !!next && v.measuresBySubject.has(singular(next));
}

/** An entity's name as the vocabulary gives it. */
const entityNames = new WeakMap<CompiledVocabulary, Map<string, string>>();
function nameOf(v: CompiledVocabulary, id: string): string | undefined {
  let names = entityNames.get(v);
  if (!names) entityNames.set(v, (names = new Map(v.source.entities.map((e) => [e.id, e.name]))));
  return names.get(id);
}

/** The entities an article names other than as the adjective of their people (memo of the last article read). */
let namedOtherwiseMemo: { text: string; v: CompiledVocabulary; ids: Set<string> } | null = null;
function namedOtherwise(text: string, v: CompiledVocabulary): Set<string> {
  if (namedOtherwiseMemo?.text === text && namedOtherwiseMemo.v === v) return namedOtherwiseMemo.ids;
  const ids = new Set<string>();
  v.entityPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = v.entityPattern.exec(text))) {
    const id = v.entityOf.get(m[0]);
    if (id && !ids.has(id) && !peopleOf(text, { start: m.index, end: m.index + m[0].length, id, text: m[0] }, v)) ids.add(id);
    if (m[0].length === 0) v.entityPattern.lastIndex++;
  }
  namedOtherwiseMemo = { text, v, ids };
  return ids;
}

/** Every entity an article names anywhere: ids only, no hit kept (one pass, read when needed). */
function entitiesNamed(text: string, v: CompiledVocabulary): Set<string> {
  const out = new Set<string>();
  v.entityPattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = v.entityPattern.exec(text))) {
    const id = v.entityOf.get(m[0]);
    if (id) out.add(id);
    if (m[0].length === 0) v.entityPattern.lastIndex++;
  }
  return out;
}

/** The text lower-cased for the folded patterns, or null where lower case changes its length. */
function lowerOf(text: string, given?: string | null): string | null {
  if (given === null) return null;
  const lower = given ?? text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** Matches of a case-insensitive pattern, on the lower-cased text where there is one. */
function foldedMatches(p: FoldedPattern | null, text: string, lower: string | null, start: number, end: number, map: (m: RegExpExecArray) => string | undefined): Hit[] {
  if (!p) return [];
  return lower === null ? allMatches(p.anyCase, text, start, end, map) : allMatches(p.lower, lower, start, end, map);
}

/**
 * Per-sentence caches, so that several figures of one sentence share one scan. Framing goes
 * through the sentences in order, and forgets a sentence once it is past: on a 10 MB article
 * the caches of every sentence, kept to the end, were most of framing's peak memory.
 */
class Memo<T> {
  private readonly cache = new Map<number, T>();
  constructor(private readonly compute: (si: number) => T) {}

  get(si: number): T {
    let v = this.cache.get(si);
    if (v === undefined) {
      v = this.compute(si);
      this.cache.set(si, v);
    }
    return v;
  }

  /** The sentence's value for the last time: computed if not cached, and forgotten. */
  take(si: number): T {
    const v = this.cache.get(si);
    if (v === undefined) return this.compute(si);
    this.cache.delete(si);
    return v;
  }

  forget(si: number): void {
    if (this.cache.size) this.cache.delete(si);
  }
}
const memo = <T>(compute: (si: number) => T) => new Memo(compute);

/** The hits of a sentence that has none, shared: most sentences name no event. */
const NO_EVENTS: EventHit[] = Object.freeze([]) as unknown as EventHit[];

/**
 * The events each sentence names, found in three passes over the whole text (aliases, cue
 * words, "last year's strike") rather than one scan of every cue set per sentence.
 */
/** The events an article names: by alias, and whether cue words or relative wars appear at all. */
interface ArticleEvents {
  named: Set<string>;
  pointed: boolean;
  /** The events a cue word found in the article may point at. */
  pointedAt?: Set<string>;
}

function eventFinder(text: string, lower: string | null, segmentation: Segmentation, vocabulary: CompiledVocabulary, published?: Published, seen?: ArticleEvents): Memo<EventHit[]> {
  const { sentences } = segmentation;
  const buckets = new Map<number, EventHit[]>();
  const cueWordsIn = new Map<number, Set<string>>();
  let si = 0;
  const sentenceAt = (pos: number) => {
    if (si < sentences.length && sentences[si]!.start > pos) si = 0;
    while (si < sentences.length && sentences[si]!.end <= pos) si++;
    return si < sentences.length && sentences[si]!.start <= pos ? si : -1;
  };
  const push = (k: number, h: EventHit) => {
    const list = buckets.get(k) ?? [];
    list.push(h);
    buckets.set(k, list);
  };
  if (vocabulary.eventPattern) {
    si = 0;
    for (const h of foldedMatches(vocabulary.eventPattern, text, lower, 0, text.length, (m) => vocabulary.eventOf.get(m[0].toLowerCase()))) {
      const k = sentenceAt(h.start);
      if (k >= 0) push(k, { start: h.start, end: h.end, id: h.id, text: h.text, via: 'alias' });
      seen?.named.add(h.id);
    }
  }
  if (vocabulary.cuePattern) {
    si = 0;
    vocabulary.cuePattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = vocabulary.cuePattern.exec(text))) {
      const k = sentenceAt(m.index);
      if (k < 0) continue;
      if (seen) {
        seen.pointed = true;
        seen.pointedAt ??= new Set();
        for (const e of vocabulary.cuesByFirstWord.get(m[0]) ?? []) seen.pointedAt.add(e.id);
      }
      const set = cueWordsIn.get(k) ?? new Set<string>();
      set.add(m[0]);
      cueWordsIn.set(k, set);
    }
  }
  const relative = new Map<number, Hit[]>();
  si = 0;
  // "last year's strike": the event of that kind the publication's year (or the one before) holds.
  for (const h of foldedMatches(vocabulary.relativeEvent, text, lower, 0, text.length, (m) => m[0])) {
    const k = sentenceAt(h.start);
    if (k >= 0) relative.set(k, [...(relative.get(k) ?? []), h]);
    if (seen) seen.pointed = true;
  }
  return memo((k) => {
    const words = cueWordsIn.get(k);
    const found = buckets.get(k);
    if (!found && !words && !relative.has(k)) return NO_EVENTS;
    // A copy: computing a forgotten sentence again must find its bucket as it was.
    const hits = found ? found.slice() : [];
    const s = sentences[k]!;
    if (words) {
      const sentenceText = text.slice(s.start, s.end);
      const years = yearsIn(sentenceText);
      for (const word of words) {
        for (const e of vocabulary.cuesByFirstWord.get(word) ?? []) {
          if (hits.some((h) => h.id === e.id)) continue;
          // Words alone are weak evidence: a cue needs the sentence's years (if any) to fit the event.
          const from = Number(e.start.slice(0, 4)) - 1;
          const to = Number((e.end ?? e.start).slice(0, 4)) + 1;
          if (years.length && !years.some((y) => y >= from && y <= to)) continue;
          const cue = e.cues!.find((c) => c[0] === word && c.every((w) => sentenceText.includes(w)));
          if (cue) {
            const first = sentenceText.indexOf(word);
            hits.push({ start: s.start + first, end: s.start + first + word.length, id: e.id, text: cue.join(' + '), via: 'cue' });
          }
        }
      }
    }
    for (const h of relative.get(k) ?? []) {
      const kind = vocabulary.kindOfNoun.get(/\s(\S+)$/.exec(h.text)![1]!.toLowerCase())!;
      const e = relativeEvent(vocabulary, kind, published, /^last/i.test(h.text) ? -1 : 0, hits);
      if (e) hits.push({ start: h.start, end: h.end, id: e.id, text: h.text, via: 'relative' });
    }
    return hits.sort((a, b) => a.start - b.start);
  });
}

/** How far (in characters) a date may stand from the event name it dates. */
const DATE_EVENT_REACH = 120;
/** The word, or its plural, stands in the text as a whole word. */
function hasWord(text: string, word: string): boolean {
  const w = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${w}(?:s|es)?\\b`).test(text) || (w.endsWith('y') && new RegExp(`\\b${w.slice(0, -1)}ies\\b`).test(text));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const HEADER_SCALE: Array<[RegExp, number]> = [[/\b(?:bn|billions?|b)\b/i, 1e9], [/\b(?:m|mn|mln|millions?)\b/i, 1e6], [/\b(?:k|thousands?)\b/i, 1e3]];

/** A bare number in a cell read by its column's unit: "(US$ m)" makes it money in millions, "%" a share. */
function cellFigure(fig: FoundFigure['figure'], cell: TableCell, v: CompiledVocabulary): FoundFigure['figure'] {
  if (fig.kind !== 'count' || fig.unit !== null || fig.value === undefined || !/^[\d.,\s]+$/.test(fig.text)) return fig;
  const where = cell.header || cell.caption;
  if (/%|\bper ?cent\b|\bpercentage\b/i.test(where)) return { ...fig, kind: 'percent', unit: '%' };
  let currency: { code: string; text: string } | undefined;
  for (const c of v.currencies.header) {
    const m = c.pattern.exec(where) ?? c.words?.exec(where);
    if (m) {
      currency = { code: c.code, text: m[0] };
      break;
    }
  }
  if (!currency) return fig;
  const scale = HEADER_SCALE.find(([re]) => re.test(where.replace(currency.text, ' ')))?.[1] ?? 1;
  const out = { ...fig, kind: 'money' as const, unit: currency.code, value: fig.value * scale };
  if (fig.precision !== undefined) out.precision = fig.precision * scale;
  return out;
}

/** A body, a verb of reckoning and "it" (or "its …") before "at": "the guild put it at", "the office estimated its share at" (or at a figure and "and": "put it at 3.9% in 2023 and"). */
const PUT_IT_AT = /((?:[A-Z][\w'’.-]*\s+){1,4})(?:put|puts|putting|placed|places|estimated|estimates|pegged|pegs|reckoned|reckons)\s+(?:it|them|(?:its|their)(?:\s+[\w'’-]+){1,3})\s+at\s+(?:[^;]*?\d[^;]*?\s+and\s+)?(?:(?:just|about|around|roughly|some|nearly|almost|over|under|more than|less than)\s+)?$/;

/** A row label naming whose reckoning its figures are: "NATO estimate", "Ministry figures", "Official count". */
const SOURCE_LABEL = /\b(?:estimates?|figures?|counts?|data|forecasts?|projections?|reckoning|accounting|definition|survey|statistics|numbers|reading|version)\s*(?:\([^)]*\))?\s*$/i;

/**
 * A table cell's figure framed by its table: the measure its column header (or the table's
 * caption) names, whose figure its row's first cell names, the year or month of its header or
 * row. What the header or row does not say is left as the sentence reading had it.
 */
function frameCell(framing: Framing, f: FoundFigure, cell: TableCell, v: CompiledVocabulary, published?: Published): void {
  const fits = f.figure.kind === 'percent' ? isShare : f.figure.kind === 'money' ? isMoney : f.figure.kind === 'measure' ? (u: string) => conversion(u, f.figure.unit ?? '') !== null : isCount;
  // (The row labels' own header, the table's corner, may name what every cell measures: "| Ruritania,
  // rye as % of the harvest | 2023 | 2024 |".)
  for (const where of [cell.header, cell.labelHeader, cell.caption]) {
    if (!where || !v.phrasePattern) continue;
    const found = allMatches(v.phrasePattern.anyCase, where, 0, where.length, (m) => v.phraseMeasure(m)).find((h) => fits(v.measures.get(h.id)?.unit ?? ''));
    if (found) {
      framing.measure = found.id;
      break;
    }
  }
  if (!framing.measure && f.figure.kind === 'count') {
    // "| Ruritania: nurses | 170 |" under "Hired": a counted noun and an action of the table,
    // the noun perhaps in the section's heading ("How many nurses left?" over "| Hired | Left |");
    // the column's own action first, so that one heading's verb does not name every column.
    const words = `${cell.rowLabel} ${cell.header} ${cell.caption} ${cell.heading}`.toLowerCase();
    const counted = v.source.measures.filter((m) => m.subjects.some((n) => hasWord(words, n)));
    const column = cell.header.toLowerCase();
    const around = `${cell.rowLabel} ${cell.caption}`.toLowerCase();
    const found = counted.find((m) => m.actions.some((a) => hasWord(column, a))) ?? counted.find((m) => m.actions.some((a) => hasWord(around, a)));
    if (found) framing.measure = found.id;
    else {
      // "| Team | Medals |": a column headed by a noun that names one measure alone (its
      // `implied` nouns) counts that measure. Two measures so named leave it unread.
      const head = `${cell.header} ${cell.caption}`.toLowerCase();
      const named = v.source.measures.filter((m) => isCount(m.unit) && m.implied?.some((n) => hasWord(head, n)));
      if (named.length === 1) framing.measure = named[0]!.id;
    }
  }
  // "| | Rye | Wheat |" under "Share of the harvest in 2023": a share whose part the column
  // header names and whose whole the caption (or the section's heading) names.
  if (!framing.measure && f.figure.kind === 'percent' && cell.header) {
    const whole = `${cell.caption} ${cell.heading}`;
    const named = sharePatterns(v).filter((m) => m.part.test(cell.header) && m.whole.test(whole));
    if (named.length === 1) framing.measure = named[0]!.id;
  }
  // A row (or the corner) labelled by whose reckoning it is ("| Guild estimate | 3.9% |", "|
  // Ministry figures |") names a source, not the subject: that is in the corner, the header or
  // the caption.
  const source = (label: string) => (SOURCE_LABEL.test(label) ? '' : label);
  for (const where of [source(cell.rowLabel), cell.header, source(cell.labelHeader), cell.caption, cell.heading]) {
    const hit = where ? allMatches(v.entityPattern, where, 0, where.length, (m) => v.entityOf.get(m[0])).find((h) => SUBJECT_KINDS.has(v.entityKind.get(h.id) ?? '')) : undefined;
    if (hit) {
      framing.entities = [{ id: hit.id, role: 'subject', text: hit.text }];
      break;
    }
  }
  // (A caption's year: not one of a paragraph of prose that happens to stand before the table.)
  const captionYears = captionShaped(cell.caption) ? cell.caption.match(/\b(?:1[5-9]\d\d|20\d\d)\b/g) ?? [] : [];
  const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(cell.rowLabel) ?? /\b(1[5-9]\d\d|20\d\d)\b/.exec(cell.header) ?? (captionYears.length === 1 ? /\b(1[5-9]\d\d|20\d\d)\b/.exec(cell.caption) : null);
  const month = MONTHS.indexOf(cell.rowLabel.toLowerCase().replace(/[^a-z]/g, ''));
  // "| General Staff, 13 Aug 2008 | 74 |": a row labelled by who counted and when gives the
  // count as it stood that day, not a period of its own.
  const counted = /^(.*?[A-Za-z]{3,}.*?),\s*(?:(\d{1,2})\s+)?([A-Z][a-z]{2,8})\.?\s+((?:1[5-9]|20)\d\d)$/.exec(cell.rowLabel.trim());
  const countedMonth = counted ? MONTHS.findIndex((m) => m.startsWith(counted[3]!.toLowerCase().slice(0, 3))) : -1;
  if (counted && countedMonth >= 0) {
    const ym = `${counted[4]}-${String(countedMonth + 1).padStart(2, '0')}`;
    framing.time = { to: counted[2] ? `${ym}-${counted[2].padStart(2, '0')}` : lastDayOf(ym), basis: 'as-of' };
  } else if (month >= 0 && published) {
    const [py, pm] = [Number(published.date.slice(0, 4)), Number(published.date.slice(5, 7))];
    const y = month + 1 > pm ? py - 1 : py;
    const iso = `${y}-${String(month + 1).padStart(2, '0')}`;
    framing.time = { from: iso, to: iso, basis: 'explicit' };
  } else if (year) {
    framing.time = { from: year[1]!, to: year[1]!, basis: 'explicit' };
  }
}

/** Each share measure's parts and wholes as two patterns, compiled once per vocabulary. */
const shareCache = new WeakMap<CompiledVocabulary, Array<{ id: string; part: RegExp; whole: RegExp }>>();
function sharePatterns(v: CompiledVocabulary): Array<{ id: string; part: RegExp; whole: RegExp }> {
  let out = shareCache.get(v);
  if (!out) {
    const words = (ws: readonly string[]) => new RegExp(`\\b(?:${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:s|es)?\\b`, 'i');
    out = v.source.measures.flatMap((m) => (m.share ? [{ id: m.id, part: words(m.share.parts), whole: words(m.share.of) }] : []));
    shareCache.set(v, out);
  }
  return out;
}

/**
 * The event a table's cell is of, where a header (its column's or its row labels') or the caption
 * names a kind of event ("Election") and its row or header a year ("2019"): the one event of that
 * kind in that year whose parties the article names.
 */
function eventOfCell(v: CompiledVocabulary, namedInArticle: () => Set<string>): (cell: TableCell) => Framing['event'] {
  const kinds = [...new Set([...v.events.values()].map((e) => e.kind))].filter((k) => /^[a-z][a-z -]*$/i.test(k));
  const pattern = kinds.length ? new RegExp(`\\b(${kinds.map((k) => k.replace(/[-\s]+/g, '[-\\s]+')).join('|')})s?\\b`, 'i') : null;
  return (cell) => {
    if (!pattern) return null;
    const where = [cell.labelHeader, cell.header, cell.caption].find((w) => pattern.test(w));
    if (!where) return null;
    const kindWord = pattern.exec(where)![1]!.toLowerCase().replace(/[-\s]+/g, ' ');
    const kind = kinds.find((k) => k.toLowerCase().replace(/[-\s]+/g, ' ') === kindWord)!;
    const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(cell.rowLabel)?.[1] ?? /\b(1[5-9]\d\d|20\d\d)\b/.exec(cell.header)?.[1];
    if (!year) return null;
    const inYear = [...v.events.values()].filter((e) => e.kind === kind && e.start.startsWith(year));
    const named = inYear.filter((e) => e.entities.length === 0 || e.entities.some((id) => namedInArticle().has(id)));
    return named.length === 1 ? { id: named[0]!.id, via: 'cue', text: `${where.slice(pattern.exec(where)!.index, pattern.exec(where)!.index + kindWord.length)} + ${year}` } : null;
  };
}

/**
 * The share measure a percentage states by its two halves: the whole right after it ("28.7% of
 * generation") and a part its clause names ("Wind accounted for …"). None where the clause
 * names the parts of two share measures of that whole ("renewables … wind"): which one is
 * anyone's guess.
 */
function shareOf(v: CompiledVocabulary, text: string, sStart: number, sEnd: number, f: FoundFigure, whole = true): string | null {
  if (v.shares.length === 0) return null;
  // ("more than half of the harvest": a fraction's figure may end with its "of".)
  const after = `${/\sof$/i.test(f.figure.text) ? ' of' : ''}${text.slice(f.end, Math.min(sEnd, f.end + 80))}`;
  const sentence = text.slice(sStart, sEnd);
  // "Wheat took 41% of the harvest, rye 9%": in a list whose verb is left out, the part right
  // before the figure is its part, of the whole the sentence named before it.
  const gapped = GAPPED_PART_LEAD.exec(sentence.slice(0, f.start - sStart));
  if (gapped) {
    const item = gapped[1]!;
    const earlier = sentence.slice(0, f.start - sStart - gapped[0].length);
    const own = v.shares.filter((s) => s.partAtEnd.test(item) && s.wholeNamed.test(earlier));
    if (own.length === 1) return own[0]!.id;
  }
  // Without its whole (whole = false), any share measure whose part the clause names.
  const wholes = whole ? v.shares.filter((s) => s.whole.test(after)) : v.shares;
  if (wholes.length === 0) return null;
  const clause = clauseOf(sentence, f.start - sStart, f.end - f.start);
  // The part is the clause's subject, before the figure ("Wheat accounted for 41% of the
  // harvest, leaving rye far behind"); only a clause that names none before it may name it after
  // ("41% of the harvest was wheat").
  const namedIn = (words: string) => {
    const named = new Set<string>();
    for (const s of wholes) {
      s.part.lastIndex = 0;
      if (s.part.test(words)) named.add(s.id);
    }
    return named;
  };
  // "Wind farms, solar panels and other renewable sources produced half": the items of a list
  // closed by "and other" are of the kind it names; the kind is the part.
  const fullLead = sentence.slice(clause.start, f.start - sStart);
  const other = AND_OTHER.exec(fullLead);
  const lead = other && namedIn(fullLead.slice(other.index)).size === 1 ? fullLead.slice(other.index) : fullLead;
  const before = namedIn(lead);
  let named = before.size ? before : namedIn(clause.text);

  // "… overtook rye, which fell below 10%", "and barley, at 11%, overtook it": a relative clause
  // or a level set off by a comma speaks of the noun right before the comma, the part.
  const relative = ANTECEDENT_LEAD.exec(lead);
  if (relative) {
    const antecedent = namedIn(lead.slice(0, relative.index).split(/[,;:(]|\b(?:and|but|or|while|whereas|overtook|passed|beat|than)\b/).pop() ?? '');
    if (antecedent.size === 1) named = antecedent;
  }
  if (named.size !== 1) return null;
  const id = [...named][0]!;
  // "Rye and spelt made up 84% of the harvest": a part joined to another noun names a whole
  // of two, whose share is no one part's.
  const part = wholes.find((s) => s.id === id)!.part;
  return joinedToAnother(before.size ? lead : clause.text, part) ? null : id;
}

/** The last "and other" (or "or other") of a clause's lead, closing a list by the kind of its items. */
const AND_OTHER = /\b(?:and|or)\s+other\s+(?![\s\S]*\b(?:and|or)\s+other\s)/i;
/**
 * Right before a phrase, the head of a share whose whole it names: in "rye's share of the
 * harvest fell to 9%" and "the share of rye in the harvest fell to 9%", "harvest fell" is the
 * whole of the share, not a fall of the harvest.
 */
const WHOLE_OF_SHARE_BEFORE = /\b(?:share|proportion|percentage|portion|fraction)\s+of\s+(?:[A-Za-z'’-]+\s+in\s+)?(?:the\s+|its\s+|their\s+)?(?:[A-Za-z'’-]+\s+)?$/i;
/** Before a name that is only where something was: "in", "across", "at", and up to three words, no figure among them. */
const LOCATIVE_BEFORE = /\b(?:in|across|throughout|at)\s+(?:[^\s\d,;]+\s+){0,3}$/i;
/** Between a count and the place it is of: "in", "across", "living in", "had died in", after at most three words of its own. */
const PLACE_OF_COUNT_BETWEEN = /^\s+(?:[a-z]+\s+){0,3}?(?:in|across|throughout)\s+(?:the\s+)?$/;
/** Between a figure and the one it is given to: "for", "to", "went to", after the whole it is of ("44.2% of the tally for"). */
const GIVEN_TO_BETWEEN = /^\s*(?:of\s+(?:the\s+)?[a-z]+\s+)?(?:for|to|went\s+to|goes\s+to|going\s+to)\s+$/i;
/** After a comma, a semicolon or "and", a list item's one to three words, and at most "at", "on" or a comma, right before a figure: its verb left out (", solar 14%", "; rye, 9%"). */
const GAPPED_PART_LEAD = /(?:,|;|\band)\s+((?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+)\s*(?:(?:at|on|with)\s+|[:,]\s*)?$/;
/** A relative clause or a level set off by a comma, right before a figure: ", which fell below", ", at". */
const ANTECEDENT_LEAD = /,\s*(?:(?:which|that)\s+(?:[a-z]+\s+){1,3}|(?:at|on)\s+(?:(?:just|about|around|roughly|some|nearly|almost)\s+)?)$/i;

/**
 * An ordinal before a noun one count measure of the vocabulary counts, in a sentence of joining
 * ("became the 21st member", "joined as its 21st member"): that measure, whose whole the joiner
 * was ranked in. Only a measure with an owner (`entity`) says whose count it is.
 */
function rankedCount(text: string, sStart: number, sEnd: number, f: FoundFigure, v: CompiledVocabulary): { measure: VocabularyMeasure; noun: string } | null {
  // (Not a rank among those who did more: "the 15th member to meet the target".)
  const m = /^\s+([a-z]+)(?!\s+(?:to|that|which|who|whose|with|by|in terms)\b)/.exec(text.slice(f.end, Math.min(sEnd, f.end + 40)));
  if (!m) return null;
  const noun = singular(m[1]!.toLowerCase());
  const sentence = text.slice(sStart, sEnd);
  const joining = /\b(?:became|become|becomes|becoming|joined|joins|joining|admitted|acceded)\b/i.test(sentence);
  if (!joining) return null;
  const measures = (v.measuresBySubject.get(noun) ?? []).filter((x) => isCount(x.unit) && x.entity && x.actions.some((a) => /^(?:joined|join|joins|acceded|admitted)$/i.test(a)));
  return measures.length === 1 ? { measure: measures[0]!, noun } : null;
}

/**
 * A share in % of the people a measure counts, by what they did: "61% of residents had turned
 * out", "12% of members voted". The noun right after "of" is one of the measure's subjects and
 * one of its actions stands in the sentence; one such measure only.
 */
function shareOfCounted(v: CompiledVocabulary, text: string, f: FoundFigure, sEnd: number, actions: () => Hit[]): string | null {
  const of = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|registered\s+|eligible\s+)?([a-z]+)/i.exec(text.slice(f.end, Math.min(sEnd, f.end + 40)));
  if (!of) return null;
  const noun = of[1]!.toLowerCase();
  const measures = [...(v.measuresBySubject.get(noun) ?? v.measuresBySubject.get(singular(noun)) ?? [])].filter((m) => isShare(m.unit));
  if (measures.length !== 1) return null;
  const done = actions().map((a) => a.id.toLowerCase());
  return measures[0]!.actions.some((a) => done.includes(a.toLowerCase())) ? measures[0]!.id : null;
}

/**
 * The share measure a clause names by its part, of the same whole as `id`'s: `id` itself when
 * the clause names no part of another, null when it names several.
 */
function otherPart(v: CompiledVocabulary, id: string, clause: string): string | null {
  const own = v.shares.find((s) => s.id === id);
  if (!own) return id;
  const named = v.shares.filter((s) => s.whole.source === own.whole.source && ((s.part.lastIndex = 0), s.part.test(clause)));
  if (named.length === 0 || named.some((s) => s.id === id)) return id;
  return named.length === 1 ? named[0]!.id : null;
}

/** An entity named inside another's name after its first word: "Ruritania" in "Statistics Ruritania". */
function namedInside(v: CompiledVocabulary, name: string): { id: string; text: string } | null {
  // From the second character: the whole name would match itself first.
  return allMatches(v.entityPattern, name.slice(1), 0, name.length - 1, (m) => v.entityOf.get(m[0])).find((h) => h.start > 0) ?? null;
}

/** Every word of the vocabulary's measures (names, phrases, actions, counted nouns), lower-cased. */
function measureWords(v: CompiledVocabulary): Set<string> {
  const out = new Set<string>();
  for (const m of v.measures.values()) {
    for (const w of [m.name, ...(m.phrases ?? []), ...m.actions, ...m.subjects].join(' ').toLowerCase().split(/[^a-z]+/)) if (w.length > 2) out.add(w);
  }
  return out;
}

/**
 * The common noun right before "of" and a figure, when it names a quantity the vocabulary has no
 * word for ("inflation of 5%", "a deficit of 289 billion"): the figure is that quantity's.
 * A word that refers back ("a share of", "the figure of") or a verb ("stood at") names none.
 */
function namesOtherMeasure(lead: string, known: Set<string>): boolean {
  const m = /\b([a-z]{4,})\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|over|under|more than|less than|at least|an estimated)\s+)?(?:[$€£¥]\s*)?$/.exec(lead);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  return !known.has(w) && !REFERRING_HEADS.has(w) && !/(?:ed|ing|ly)$/.test(w) && !NOT_HEADS.has(w);
}
const REFERRING_HEADS = new Set(['figure', 'figures', 'number', 'numbers', 'count', 'toll', 'total', 'tally', 'estimate', 'estimates', 'reading', 'share', 'rate', 'level', 'levels', 'proportion', 'percentage', 'portion', 'amount', 'sum', 'value', 'high', 'record', 'peak', 'low', 'average', 'mark', 'rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'gain', 'loss', 'decline', 'growth', 'change', 'revision']);
const NOT_HEADS = new Set(['stood', 'stand', 'stands', 'remain', 'remains', 'came', 'come', 'comes', 'kept', 'keep', 'keeps', 'held', 'hold', 'holds', 'with', 'from', 'than', 'that', 'this', 'were', 'into', 'onto', 'upon', 'over', 'under', 'just', 'only', 'some', 'about', 'around', 'most', 'least', 'part', 'none', 'each', 'both', 'either', 'neither', 'made', 'make', 'makes', 'left', 'leave', 'leaves', 'sits', 'sat', 'priced', 'valued', 'capped', 'pegged', 'fixed', 'put', 'puts', 'set', 'sets', 'rose', 'fell', 'grew', 'were', 'been', 'being']);

/**
 * A definite head that points back at a figure stated before: "the same share", "that
 * estimate", "July's figure", "its revised reading". Not "the national total" or "the
 * participation rate": a modifier other than a release's names another quantity.
 */
/**
 * Whether the clause of the figure at [at, at + length) of its sentence points back at an earlier
 * figure (POINTS_BACK) before it, and does not set the figure against that one: "the official
 * figure is lower than the 656 million tonnes" compares 656 with the figure pointed at.
 */
export function pointsBackAt(sentence: string, at: number, length: number): boolean {
  const clause = clauseOf(sentence, at, length);
  const m = POINTS_BACK.exec(clause.text);
  if (!m) return false;
  const head = clause.start + m.index;
  if (head > at) return true;
  return !/\b(?:than|against|versus|vs\.?|compared (?:with|to))\b/i.test(sentence.slice(head + m[0].length, at));
}

/** (Also a possessive whose noun is left out, "June's was cut to 61,000", and "puts it at 62.7%". Not "the number of idle hands": that names what it counts.) */
export const POINTS_BACK = /\b(?:[Tt]he same|[Tt]hat|[Tt]his|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][a-z]+['’]s)\s+(?:(?:first|latest|final|revised|initial|new|official|earlier|previous|original|provisional|updated|interim|January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:share|rate|figure|number|estimate|tally|reading|count)\b(?!\s+of\s+(?!(?:about|around|some|nearly|almost|over|under|more|less|just|only|an?)\b)[a-z])|\b[A-Z][a-z]+['’]s\s+(?:was|were|is|had|has|stood|stands|came|rose|fell)\b|\b(?:puts?|putting|estimates?|estimated|places?|placed|pegs?|pegged)\s+it\s+at\b/;
/** Nouns that refer back to a figure already given: "the ministry's figure of 283". */
const COUNTERPART_KINDS = new Set(['count', 'money', 'measure', 'percent']);
const counterparts = new WeakMap<CompiledVocabulary, Map<string, string | null>>();
/**
 * The one change measure of a level measure: the same unit and a counted noun in common. (Two
 * shares of one country, a jobless rate and wage growth, are two quantities, not one's level
 * and change.)
 */
function changeCounterpart(vocabulary: CompiledVocabulary, id: string, unit: string | null): string | null {
  let memo = counterparts.get(vocabulary);
  if (!memo) counterparts.set(vocabulary, (memo = new Map()));
  const key = `${id}\u0000${unit ?? ''}`;
  if (memo.has(key)) return memo.get(key)!;
  const m = vocabulary.measures.get(id);
  let found: string | null = null;
  if (m && m.kind !== 'change') {
    const shares = (a: readonly string[] | undefined, b: readonly string[] | undefined) => !!a?.length && !!b?.length && a.some((x) => b.includes(x));
    // Its change by declaration (`changeOf`), or by words: a counted noun in common, or a phrase
    // that is the level's phrase with a word before it ("new milling power" of "milling power").
    const ofLevel = (o: VocabularyMeasure) => o.changeOf === id || shares(o.subjects, m.subjects) || (o.phrases ?? []).some((p) => (m.phrases ?? []).some((q) => p.toLowerCase().endsWith(` ${q.toLowerCase()}`)));
    const ids = [...vocabulary.measures.values()].filter((o) => o.id !== id && o.kind === 'change' && o.unit === m.unit && (unit === null || unit === o.unit || m.unit !== '%') && ofLevel(o)).map((o) => o.id);
    found = ids.length === 1 ? ids[0]! : null;
  }
  memo.set(key, found);
  return found;
}

/** A verb of change and "to" right before a figure: the level reached. */
const LEVEL_REACHED_BEFORE = /\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|climbed|dropped|declined|decreased|increased|slipped|slid|jumped|surged|plunged|edged)\s+to\s+(?:(?:about|around|nearly|almost|some|just|an estimated)\s+)?$/i;
/** The one level measure of a change measure's unit that the clause names by a phrase, or that the change is declared of. */
function levelNamedBeside(v: CompiledVocabulary, changeId: string, clause: string): string | null {
  const change = v.measures.get(changeId)!;
  if (change.changeOf && v.measures.get(change.changeOf)?.unit === change.unit) return change.changeOf;
  const low = clause.toLowerCase();
  const named = [...v.measures.values()].filter((m) => m.kind !== 'change' && m.unit === change.unit && (m.phrases ?? []).some((p) => low.includes(p.toLowerCase())));
  return named.length === 1 ? named[0]!.id : null;
}

/** Nouns of change before "in", "of" or "to" and a level's phrase: "growth in", "additions to". */
const CHANGE_NOUNS = String.raw`(?:growth|increases?|rise|expansion|additions?|gains?|jump|surge|change|drop|fall|decline|reduction)\s+(?:in|of|to)`;
const CHANGE_NOUN = String.raw`${CHANGE_NOUNS}\s+(?:(?:the|its|their|[\p{L}'’.-]+)\s+){0,2}`;
const changeNamedOf = new WeakMap<VocabularyMeasure, RegExp | null>();
const CHANGE_NOUN_WORD = new RegExp(String.raw`\b${CHANGE_NOUNS}\b`, 'i');
/**
 * Whether the clause names a level measure's change before the figure: one of its phrases after
 * a noun of change ("Growth in milling power … amounted to 16 units"), and more than "to" or
 * "from" between that phrase and the figure.
 */
function changeOfLevelNamed(clause: { start: number; text: string }, at: number, m: VocabularyMeasure): boolean {
  // (Most clauses hold no noun of change: a cheap test first, as this runs for every level figure.)
  const lead = clause.text.slice(0, at - clause.start);
  if (!CHANGE_NOUN_WORD.test(lead)) return false;
  let re = changeNamedOf.get(m);
  if (re === undefined) {
    const phrases = (m.phrases ?? []).map(escape);
    re = phrases.length ? new RegExp(String.raw`\b${CHANGE_NOUN}(?:${phrases.join('|')})\b`, 'giu') : null;
    changeNamedOf.set(m, re);
  }
  if (!re) return false;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m2 = re.exec(lead); m2; m2 = re.exec(lead)) last = m2;
  return !!last && !/^\s*(?:to|from)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i.test(lead.slice(last.index + last[0].length));
}

/**
 * Whether a bare count's clause is about a month or a year standing for its figure: the period
 * heads the clause before the count ("August was first printed at 142,000", "September, first
 * put at 254,000") or is the object of a verb of revising ("cut August to 78,000").
 */
function periodFigureOf(text: string, sentenceStart: number, sentenceEnd: number, f: FoundFigure, own: readonly FoundFigure[]): boolean {
  const clause = clauseOf(text.slice(sentenceStart, sentenceEnd), f.start - sentenceStart, f.end - f.start);
  const clauseStart = sentenceStart + clause.start;
  return own.some((d) => {
    const date = d.figure.date;
    if (d.figure.kind !== 'date' || !date || date.precision === 'day' || d.end > f.start || d.start < clauseStart - 60) return false;
    const before = text.slice(sentenceStart, d.start);
    // The period and the count in one clause, or the period's aside closing before the count.
    const between = text.slice(d.end, f.start);
    if (/[.;:]/.test(between) || !(d.start >= clauseStart || /^,[^,]*$/.test(between.trimStart()) || /^\s*(?:was|were|is|has|had)\b/i.test(between))) return false;
    return periodAsSubject(text, d.end, before) || REVISED_PERIOD_BEFORE.test(before.slice(-40));
  });
}
const REVISED_PERIOD_BEFORE = /\b(?:cut|cuts|trimmed|trims|lowered|lowers|raised|raises|lifted|lifts|revised|revises|pared|pares|marked|marks|put|puts|pushed|pushes|nudged|nudges)\s+(?:(?:up|down)\s+)?$/i;

/** A label heading a paragraph or a list item: a few capitalised words and a colon or a dash ("* OSTRIA:", "Ostria —"). */
const LABEL_HEAD = /^\s*(?:[*•·–-]\s+)?(?:\*\*)?[A-Z][A-Za-zÀ-ÿ .'’-]{1,40}?(?:\*\*)?\s*(?::|\s[—–]\s)/;

/** A verb by which a source counts or settles on a number, right before it: "counted 18", "settled on 162", "arrived at 67". */
const COUNTED_BEFORE = /\b(?:counted|counts|count|tallied|tallies|registered|registers|recorded|records|listed|lists|published|publishes|settled on|settles on|arrived at|arrives at|came to|comes to)\s+$/i;

const ANAPHORIC_HEAD = /\b(?:figure|number|count|toll|total|tally|estimate|reading|tallies|figures|estimates)\b/i;

const CONTEXT_MEASURE_KINDS = new Set(['percent', 'money', 'measure', 'count']);
/** How many sentences back a measure named earlier in the paragraph still frames a figure. */
const CONTEXT_MEASURE_REACH = 3;

const TOPIC_KINDS = new Set(['count', 'money', 'percent', 'measure']);
/** How much of the article is read for its main subject: the headline and the first paragraphs. */
const TOPIC_CHARS = 2000;
/** The longest first line read as a headline, for the topic's tie-break. */
const HEADLINE_CHARS = 200;

/** The entity the article is about: the one its opening names most often, at least twice and more than any other. */
/** The entities the opening of an article names, most named first. */
function topicsOf(text: string, v: CompiledVocabulary): Array<[string, { n: number; text: string; first: number }]> {
  const counts = new Map<string, { n: number; text: string; first: number }>();
  for (const h of allMatches(v.entityPattern, text, 0, Math.min(text.length, TOPIC_CHARS), (m) => v.entityOf.get(m[0]))) {
    if (!SUBJECT_KINDS.has(v.entityKind.get(h.id) ?? '')) continue;
    const c = counts.get(h.id) ?? { n: 0, text: h.text, first: h.start };
    c.n++;
    counts.set(h.id, c);
  }
  // Ties in the order of first mention: the headline's and the lede's entity first.
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
}

/** The article's main subject among entities a measure accepts: named twice or more, and more than any other. */
function topicAmong(ranked: Array<[string, { n: number; text: string; first: number }]>, accepts: (id: string) => boolean, headlineEnd: number): { id: string; text: string } | null {
  const [first, second] = ranked.filter(([id]) => accepts(id));
  if (!first || first[1].n < 2) return null;
  // Named as often as another, it is the topic only where the headline names it and not the other.
  if (second && second[1].n >= first[1].n && !(first[1].first < headlineEnd && second[1].first >= headlineEnd)) return null;
  return { id: first[0], text: first[1].text };
}

/** Kinds of entity whose figures a sentence can state: all but people and sources. */
export const SUBJECT_KINDS: ReadonlySet<string> = new Set(SUBJECT_ENTITY_KINDS);
const SPEAKER_AFTER = /^(?:'s|’s)?\s*(?:[\w-]+\s+){0,2}?(?:said|says|reported|reports|announced|estimated|estimates|estimate|calculated|calculates|put|puts|counted|counts|credited|credits|data|figures|report|statistics|shows?|showed|told|noted)\b/i;
const SOURCE_BEFORE = /\b(?:according to|said|says|reported by|data from|figures from|estimates by|estimates from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
/** A press noun after a place: "Swedish daily", "Berlin broadsheet", "American outlet". */
const MEDIA_AFTER = /^\s+(?:[a-z-]+\s+)?(?:daily|dailies|newspapers?|papers?|broadsheets?|tabloids?|weekl(?:y|ies)|outlets?|broadcasters?|radio|television|TV|magazines?|websites?|news\s+sites?|news\s+agency|columnists?|commentators?|press|media)\b/i;
/** "47.3% of the United Kingdom's electricity": a share of the entity named right after it. */
const SHARE_OF = /^\s+of\s+(?:the\s+)?$/i;
/** A superlative and the whole it ranks in: "the highest ratio in the", "the lowest among". */
/** After a name, a possessive of a superlative: "the valley's most visited", "Ostria's second-largest". */
const SUPERLATIVE_OWNER_AFTER = /^['’]s?\s+(?:(?:second|third|fourth|fifth|single)[\s-]+)?(?:highest|lowest|largest|smallest|biggest|greatest|most|least|best|worst|fastest|slowest)\b/i;
/** The superlatives of SUPERLATIVE_WHOLE_BEFORE: a clause with none needs no look before each name. */
const SUPERLATIVE_WORD = /\b(?:highest|lowest|largest|smallest|biggest|greatest|most|least|best|worst|fastest|slowest|top|leading)\b/i;
/** Before a name, a comparison's "than": "even lower than Ostria's, at 0.75" sets the figure against it. */
const COMPARED_NAME_BEFORE = /\b(?:than|compared (?:with|to)|versus|vs\.?)\s+(?:(?:that|those)\s+of\s+|the\s+)?$/i;
/** A superlative a few words before a name: "the largest global", "the top flour brand globally". */
// (Not past a verb: "the lowest spenders will be Ostria" names Ostria as one.)
const SUPERLATIVE_NEAR_BEFORE = /\b(?:highest|lowest|largest|smallest|biggest|greatest|most|least|best|worst|fastest|slowest|top|leading)\b(?:\s+(?!(?:in|of|for|from|by|and|or|but|with|is|are|was|were|be|been|being|will|would|remains?|remained|stays?|stayed|becomes?|became|include|includes|included)\b)[\w'’-]+){0,3}\s+$/i;
// (Not "of": "the largest share of Valdonia's exports" names whose figure it is.)
const SUPERLATIVE_WHOLE_BEFORE = /\b(?:highest|lowest|largest|smallest|biggest|greatest|most|least|best|worst|fastest|slowest)\b(?:\s+[\w'’-]+){0,3}?\s+(?:in|among|across)\s+(?:the\s+|all\s+|its\s+)?$/i;
const YEARS = /\b(1[5-9]\d\d|20\d\d)\b/g;

/** The years a sentence names. A loop of exec: matchAll clones the pattern at every call. */
function yearsIn(sentence: string): number[] {
  const out: number[] = [];
  YEARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS.exec(sentence))) out.push(Number(m[1]));
  return out;
}

export function frameFigures(
  text: string,
  segmentation: Segmentation,
  figures: readonly FoundFigure[],
  vocabulary: CompiledVocabulary,
  published?: Published,
  /** text.toLowerCase() where the caller has it; null to read with any-case patterns instead (no copy of the text). */
  lowerText?: string | null,
): FramedFigure[] {
  // An article with no figure needs no framing: skip the passes over its whole text.
  if (figures.length === 0) return [];
  const { sentences } = segmentation;
  const lower = lowerOf(text, lowerText);
  const articleEvents: ArticleEvents = { named: new Set(), pointed: false };
  const eventsIn = eventFinder(text, lower, segmentation, vocabulary, published, articleEvents);
  // An article that names one event, and points at no other, is about it: an event taken from
  // an earlier sentence is then that one for sure.
  const soleEvent = articleEvents.named.size === 1 && !articleEvents.pointed ? [...articleEvents.named][0]! : null;
  const soleOfKind = new Map<string, string | null>();
  const soleOfKinds = (kinds: readonly string[]) => {
    const key = kinds.join(' ');
    if (!soleOfKind.has(key)) {
      const of = (id: string) => kinds.includes(vocabulary.events.get(id)?.kind ?? '');
      const named = [...articleEvents.named].filter(of);
      const others = [...(articleEvents.pointedAt ?? [])].filter((id) => of(id) && id !== named[0]);
      soleOfKind.set(key, named.length === 1 && others.length === 0 ? named[0]! : null);
    }
    return soleOfKind.get(key)!;
  };
  const scans = {
    entities: memo((si) => allMatches(vocabulary.entityPattern, text, sentences[si]!.start, sentences[si]!.end, (m) => vocabulary.entityOf.get(m[0]))),
    phrases: memo((si) => foldedMatches(vocabulary.phrasePattern, text, lower, sentences[si]!.start, sentences[si]!.end, (m) => vocabulary.phraseMeasure(m))),
    actions: memo((si) => foldedMatches(vocabulary.actionPattern, text, lower, sentences[si]!.start, sentences[si]!.end, (m) => m[0].toLowerCase())),
  };
  // Events of a kind a common noun names ("the strike"): the first of each kind in a sentence's hits.
  const namedByNoun = (hits: EventHit[]) => {
    let out: Map<string, string> | null = null;
    for (const h of hits) {
      const kind = vocabulary.events.get(h.id)?.kind;
      if (kind && vocabulary.nounKinds.has(kind) && !out?.has(kind)) (out ??= new Map()).set(kind, h.id);
    }
    return out;
  };
  let words: Set<string> | undefined;
  const vocabularyWords = () => (words ??= measureWords(vocabulary));
  const namesEventOfKind = eventKindBefore(vocabulary);
  const home = vocabulary.source.home;
  const topics = topicsOf(text, vocabulary);
  const homeTopic = home ? { id: home, text: '' } : null;
  // The headline: the first line, where it is short enough to be one.
  const firstBreak = text.indexOf('\n');
  const headlineEnd = firstBreak > 0 && firstBreak <= HEADLINE_CHARS ? firstBreak : 0;
  const topic = topicAmong(topics, () => true, headlineEnd) ?? homeTopic;
  // The main subject among the kinds a measure accepts, once per measure.
  const topicFor = new Map<string, { id: string; text: string } | null>();
  const topicOfMeasure = (m: VocabularyMeasure | undefined) => {
    if (!m?.subjectKinds) return topic;
    let t = topicFor.get(m.id);
    if (t === undefined) {
      const kinds = new Set<string>(m.subjectKinds);
      t = topicAmong(topics, (id) => kinds.has(vocabulary.entityKind.get(id) ?? ''), headlineEnd) ?? (homeTopic && kinds.has(vocabulary.entityKind.get(homeTopic.id) ?? '') ? homeTopic : null);
      topicFor.set(m.id, t);
    }
    return t;
  };
  const rows = tableRows(text);
  let named: Set<string> | null = null;
  const namedInArticle = () => (named ??= entitiesNamed(text, vocabulary));
  const lastMeasure = new Map<string, { id: string; paragraph: number; sentence: number; sole: boolean; subject?: string }>();
  // A figure that names its measure: the last of its kind, and whether the article has named only that one so far.
  // How often each counted measure has been named so far: the one named most is the article's
  // main count, what a period standing for its figure stands for.
  const namedTimes = { count: new Map<string, number>(), percent: new Map<string, number>() };
  const mainOf = (kindKey: 'count' | 'percent'): string | null => {
    let best: string | null = null;
    let n = 0;
    let tie = false;
    for (const [id, k] of namedTimes[kindKey]) {
      if (k > n) [best, n, tie] = [id, k, false];
      else if (k === n) tie = true;
    }
    return tie ? null : best;
  };
  const rememberMeasure = (kindKey: string, id: string, paragraph: number, sentence: number, subject: string | undefined, named = true) => {
    // (Not a measure of an event's own: a strike's pickets are counted once, not month by month.)
    // (Nor one no words named: the article's main measure is the one its words name most.)
    if (named && ((kindKey === 'count' && !vocabulary.measures.get(id)?.eventKinds?.length) || kindKey === 'percent')) namedTimes[kindKey].set(id, (namedTimes[kindKey].get(id) ?? 0) + 1);
    const previous = lastMeasure.get(kindKey);
    lastMeasure.set(kindKey, { id, paragraph, sentence, sole: !previous || (previous.sole && previous.id === id), ...(subject ? { subject } : {}) });
  };
  // Earlier figures by kind and value, for one that refers back to them ("the 365").
  const byValue = new Map<string, FramedFigure[]>();
  let cellEvent: ((cell: TableCell) => Framing['event']) | undefined;
  let fromCell: Framing['event'] = null;

  const bySentence = new Map<number, FoundFigure[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentence) ?? [];
    list.push(f);
    bySentence.set(f.sentence, list);
  }
  const periodDates = new Set<FoundFigure>();
  const dateEvent = pairDatesWithEvents(text, bySentence, (si) => eventsIn.get(si), (id) => vocabulary.events.get(id), periodDates, (word) => vocabulary.actionForms.has(word.toLowerCase()));

  const out: FramedFigure[] = [];
  // The last event of each kind a common noun names, in the article and in the paragraph: what
  // "the strike" or "lost in the walkout" speaks of.
  const articleNamed = new Map<string, string>();
  let paragraph = -1;
  let paragraphEvent: EventHit | null = null;
  let paragraphNamed = new Map<string, string>();
  // The last event of each kind named in the article and in the paragraph so far: a measure
  // that belongs to events of a kind (its eventKinds) takes the one its text is about.
  const articleOfKind = new Map<string, string>();
  // Every event of each kind found so far (by name or by its cue words), for "the one such event".
  const seenOfKind = new Map<string, Set<string>>();
  const seeKind = (kind: string, id: string) => {
    const set = seenOfKind.get(kind) ?? new Set<string>();
    set.add(id);
    seenOfKind.set(kind, set);
  };
  let paragraphOfKind = new Map<string, string>();
  let nextSentence = 0;
  let readSentence = -1;
  // The event named at the head of the last sentence walked ("The Port Vell accord was …"), which
  // a pronoun opening the next one may stand for.
  let headEvent: { sentence: number; id: string } | null = null;
  let sentenceText = '';
  // The kinds a common noun names in the sentence ("the strike", "that dispute").
  let generic: string[] = [];
  const genericOf = (named: (kind: string) => string | undefined) => {
    for (const k of generic) {
      const id = named(k);
      if (id) return id;
    }
    return null;
  };
  for (const f of figures) {
    const s = sentences[f.sentence]!;
    // Walk the sentences before this one: the article's event of each kind, and the paragraph's last event.
    for (; nextSentence < f.sentence; nextSentence++) {
      const k = sentences[nextSentence]!;
      if (k.paragraph !== paragraph) {
        paragraph = k.paragraph;
        paragraphEvent = null;
        paragraphNamed = new Map();
        paragraphOfKind = new Map();
      }
      // Past for good once walked: later figures are in later sentences.
      const hits = eventsIn.take(nextSentence);
      if (hits.length) paragraphEvent = hits[hits.length - 1]!;
      headEvent = hits[0]?.via === 'alias' && EVENT_AT_HEAD.test(text.slice(k.start, hits[0].start)) ? { sentence: nextSentence, id: hits[0].id } : null;
      for (const h of hits) {
        const kind = vocabulary.events.get(h.id)?.kind;
        if (kind) {
          articleOfKind.set(kind, h.id);
          seeKind(kind, h.id);
          paragraphOfKind.set(kind, h.id);
        }
      }
      for (const [kind, id] of namedByNoun(hits) ?? []) {
        articleNamed.set(kind, id);
        paragraphNamed.set(kind, id);
      }
      scans.entities.forget(nextSentence);
      scans.phrases.forget(nextSentence);
      scans.actions.forget(nextSentence);
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphEvent = null;
      paragraphNamed = new Map();
      paragraphOfKind = new Map();
    }
    const hits = eventsIn.get(f.sentence);
    // Read once per sentence, not once per figure in it.
    if (f.sentence !== readSentence) {
      readSentence = f.sentence;
      sentenceText = text.slice(s.start, s.end);
      generic = genericKinds(vocabulary, sentenceText);
    }
    const sentenceNamed = namedByNoun(hits);

    // A place inside an event's name ("the Second Coastal Flood") is part of the name, not a subject.
    const sentenceEntities = scans.entities.get(f.sentence);
    const named = hits.length ? sentenceEntities.filter((e) => !hits.some((h) => h.via === 'alias' && h.start <= e.start && h.end >= e.end)) : sentenceEntities;
    const framing = frameOne(text, s.start, s.end, f, bySentence.get(f.sentence) ?? [], vocabulary, published, {
      entities: named,
      phrases: scans.phrases.get(f.sentence),
      actions: () => scans.actions.get(f.sentence),
    });
    // "more than 200 of the 630 seats": the whole is the size of the body, not the part's
    // subject's count. Only an owner named between them ("of the league's 30 members") is its subject.
    if (f.figure.kind === 'count' && framing.entities.some((e) => e.role === 'subject')) {
      const part = wholeOf(text, f, bySentence.get(f.sentence) ?? []);
      if (part) {
        const between = text.slice(part.start, f.start);
        framing.entities = framing.entities.map((e) => (e.role === 'subject' && !(e.text && between.includes(e.text)) ? { ...e, role: 'context' as const } : e));
      }
    }
    const cell = f.figure.kind === 'date' || f.figure.kind === 'ordinal' ? null : (rows.length ? tableCellAt(text, f.start, f.end, rows) : null);
    // Which release of a revised figure: its own words ("June's first estimate had shown …"), or
    // its column's header ("First estimate").
    if (f.figure.kind !== 'date' && f.figure.kind !== 'ordinal') {
      const own = bySentence.get(f.sentence) ?? [];
      // Within the sentence only: a search back through the whole text would cost a long article dearly.
      let from = s.start + text.slice(s.start, f.start).lastIndexOf(';') + 1;
      for (const o of own) if (o.end <= f.start && o.end > from && o.figure.kind !== 'date' && o.figure.kind !== 'ordinal') from = o.end;
      const release = cell ? releaseOfHeader(cell.header) : releaseOf(text.slice(from, f.start), text.slice(f.end, Math.min(s.end, f.end + 60)));
      if (release) framing.release = release;
    }
    // A bare number under "2023 (US$ m)" or "% of GDP" is money or a share, as its header says.
    let figure = cell ? cellFigure(f.figure, cell, vocabulary) : f.figure;
    // "Freedonia became the 21st member": the rank of a joiner in a count the vocabulary keeps is
    // that count as it stood once it joined, the whole's (the measure's owner), not the joiner's.
    if (figure.kind === 'ordinal' && figure.value !== undefined) {
      const ranked = rankedCount(text, s.start, s.end, f, vocabulary);
      if (ranked) {
        figure = { ...figure, kind: 'count', unit: ranked.noun, precision: 1 };
        framing.measure = ranked.measure.id;
        framing.entities = [...framing.entities.map((e) => (e.role === 'subject' ? { ...e, role: 'context' as const } : e)), ...(ranked.measure.entity ? [{ id: ranked.measure.entity, role: 'subject' as const, text: '', via: 'owner' as const }] : [])];
      }
    }
    // "below a tenth of the harvest", "more than half of Ruritania's harvest": a fraction of a
    // share measure's whole is that share in %. A fraction said in words is a round figure: read
    // exact, it is about that much.
    if (figure.kind === 'ratio' && figure.unit === 'fraction' && framing.measure && isShare(vocabulary.measures.get(framing.measure)?.unit ?? '') && figure.value !== undefined) {
      figure = { ...figure, kind: 'percent', unit: '%', value: figure.value * 100, precision: 1, qualifier: figure.qualifier === 'exact' ? 'approximately' : figure.qualifier };
    }
    // A day without its year labelling a row, under a header that states the year ("Date
    // (2008)" over "7 August"): a timeline's date, in that year.
    if (rows.length && f.figure.date?.precision === 'day' && (f.figure.date.resolution === 'publication' || f.figure.date.resolution === 'article')) {
      const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(labelHeaderAt(text, f.start, rows) ?? '')?.[1];
      if (year) {
        const d = f.figure.date;
        figure = { ...f.figure, date: { ...d, start: year + d.start.slice(4), ...(d.end ? { end: year + d.end.slice(4) } : {}), resolution: 'nearby' } };
        framing.time = { from: figure.date!.start, to: figure.date!.end ?? figure.date!.start, basis: 'explicit' };
      }
    }
    if (cell) {
      frameCell(framing, figure === f.figure ? f : { start: f.start, end: f.end, sentence: f.sentence, figure, confidence: f.confidence }, cell, vocabulary, published);
      cellEvent ??= eventOfCell(vocabulary, namedInArticle);
      fromCell = cellEvent(cell);
    } else fromCell = null;
    // A figure whose sentence names no measure ("Poland tops the table at 4.12%") takes the
    // measure of the last figure of its kind in the paragraph: a weak reading. Not a bar's
    // ("the 5% club"): the figures after a bar are those who clear it, or not.
    const kindKey = f.figure.kind === 'measure' ? `measure:${f.figure.unit}` : f.figure.kind;
    // A count takes it only where its own noun is one that measure counts ("the list names 156
    // workers" after "… were laid off"): a bare number is not read from context.
    // So does a count whose noun is one of that measure's actions, used as a noun ("announced 74
    // dead", "12 missing"): what it counts is the measure's, whoever they were.
    const countFits = (id: string) =>
      f.figure.kind !== 'count' || (!!f.noun && ((vocabulary.measuresBySubject.get(f.noun) ?? []).some((m) => m.id === id) || !!vocabulary.measures.get(id)?.actions.some((a) => a.toLowerCase() === f.noun!.toLowerCase())));
    if (CONTEXT_MEASURE_KINDS.has(f.figure.kind)) {
      const last = lastMeasure.get(kindKey);
      // Near it in the paragraph, or the one measure of its kind the article has named so far
      // (a live blog's entries, a table after the paragraph that named what it counts).
      const reaches = last && (last.sole || (last.paragraph === s.paragraph && f.sentence - last.sentence <= CONTEXT_MEASURE_REACH));
      // A count with no noun of its own ("July's figure was lowered to 98,000") takes only the
      // article's one counted measure: beside two, a bare number is anyone's.
      // Nor beside it in the paragraph, unless it stands in that figure's sentence ("Flood
      // deaths rose to 109; the previous report had listed 96") or its clause refers back to a
      // figure ("the ministry's figure of 283", "put the number at 64").
      // So too a number a source counts, gives or settles on ("the committee counted 18", "the
      // auditors later settled on 162"): the object of a verb of counting is a count of what the
      // paragraph counts.
      const bare = () => !!last && last.paragraph === s.paragraph && (last.sentence === f.sentence || ANAPHORIC_HEAD.test(clauseOf(sentenceText, f.start - s.start, f.end - f.start).text) || COUNTED_BEFORE.test(text.slice(Math.max(s.start, f.start - 30), f.start)));
      // Nor anywhere in the article, unless its clause is about a period as a revised or reported
      // figure ("August was first printed at 142,000", "September, first put at 254,000", "the
      // report cut August to 78,000"): the period stands for its figure of the counted measure
      // last named, a weak reading.
      const periodFigure = f.figure.kind === 'count' && !f.noun && !last?.sole && !bare() && periodFigureOf(text, s.start, s.end, f, bySentence.get(f.sentence) ?? []) ? mainOf('count') : null;
      const fits = f.figure.kind !== 'count' || (f.noun ? countFits(last?.id ?? '') : !!last?.sole || bare() || !!periodFigure);
      // A whole is not what its part measures ("23 of its 32 members reaching the mark").
      const whole = f.figure.kind === 'count' && isWholeOf(text, f, bySentence.get(f.sentence) ?? []);
      // Nor a figure its own noun names, where that noun is none of the vocabulary's: "inflation
      // of 5%" after a defence budget's share is inflation, whatever the vocabulary lacks.
      const ownNoun = () => namesOtherMeasure(text.slice(s.start, f.start), vocabularyWords());
      // (A weak reading by the subject's kind gives way to the measure of a level set beside it.)
      if (framing.measureVia === 'subject' && last && setBeside(sentenceText, f.start - s.start, f.end - f.start, last, f.sentence) && vocabulary.measures.get(last.id)?.unit === vocabulary.measures.get(framing.measure ?? '')?.unit) {
        framing.measure = last.id;
        framing.measureVia = 'level';
      }
      if (!framing.measure && last && (reaches || periodFigure) && fits && !whole && !ownNoun()) {
        // A share whose clause names another part of the same whole ("wheat … 41% of the
        // harvest. Rye reached 9%"): that part's share, not the last one.
        const carried = periodFigure ?? (f.figure.kind === 'percent' ? otherPart(vocabulary, last.id, clauseOf(sentenceText, f.start - s.start, f.end - f.start).text) : last.id);
        if (carried) {
          framing.measure = carried;
          framing.measureVia = carried === last.id && setBeside(sentenceText, f.start - s.start, f.end - f.start, last, f.sentence) ? 'level' : 'context';
          // "Ruritania's share was 31%. In 2024 the same share stood at 35%": a clause that points
          // back at the figure, and names nobody, speaks of that figure's subject.
          const nobody = !framing.entities.some((e) => SUBJECT_KINDS.has(vocabulary.entityKind.get(e.id) ?? ''));
          if (carried === last.id && last.subject && nobody && pointsBackAt(sentenceText, f.start - s.start, f.end - f.start)) {
            framing.entities.push({ id: last.subject, role: 'subject', text: '', via: 'referent' });
          }

        }
      } else if (!framing.measure && !(last && reaches) && f.figure.kind === 'percent' && f.sentence > 0 && sentences[f.sentence - 1]!.paragraph === s.paragraph && FIGURE_BACK.test(clauseOf(sentenceText, f.start - s.start, f.end - f.start).text)) {
        // "The report leads on the recycling rate. … the final figure came to 41.2%": a clause that points
        // back at a figure ("the final figure") takes the one measure of its unit that the
        // sentence before named, with no figure of its own.
        const before = sentences[f.sentence - 1]!;
        const pattern = vocabulary.phrasePattern?.anyCase;
        const ids = new Set(pattern ? allMatches(pattern, text, before.start, before.end, (m) => vocabulary.phraseMeasure(m)).map((h) => h.id).filter((id) => isShare(vocabulary.measures.get(id)?.unit ?? '')) : []);
        if (ids.size === 1 && !bySentence.get(f.sentence - 1)?.some((o) => o.figure.kind === 'percent')) {
          framing.measure = [...ids][0]!;
          framing.measureVia = 'context';
        }
      } else if (framing.measure && framing.measureVia === undefined) {
        const id = vocabulary.bars.has(framing.measure) ? sentenceMeasure.get(f) : framing.measure;
        const subject = framing.entities.find((e) => e.role === 'subject' && e.via === undefined)?.id;
        if (id) rememberMeasure(kindKey, id, s.paragraph, f.sentence, subject);
      } else if (framing.measure && (framing.measureVia === 'elided' || framing.measureVia === 'action')) {
        // "counted 74 drowned. The guild's figure later fell to 64": a count read by its action
        // names what the figures after it count, as any count does. (Those read from it are
        // weak readings of the context, which never contradict.)
        rememberMeasure(kindKey, framing.measure, s.paragraph, f.sentence, framing.entities.find((e) => e.role === 'subject' && e.via === undefined)?.id, false);
      }
      // "4,100 millers were counted in 2024, a 3% fall on 2023", "4,100 tonnes, up 3% on the
      // year": a change in % apposed to the level just before it in its sentence is that level's
      // change, where the vocabulary links a change in % to it (`changeOf`).
      // (So too over a level named elsewhere in the sentence: "counted 52.6 million sacks,
      // marking a 7% rise, as takings set a record of $61 billion" is the sacks' rise.)
      // (And over a measure read only from words of its name, a weak reading.)
      if ((!framing.measure || changeOfNamedLevel.has(f) || framing.measureVia === 'name') && f.figure.kind === 'percent') {
        // (From the end of what is framed, within the sentence only: this runs for every such figure.)
        let level: FramedFigure | undefined;
        for (let k = out.length - 1; k >= 0 && out[k]!.sentence === f.sentence; k--) {
          if (out[k]!.figure.kind !== 'date') {
            level = out[k];
            break;
          }
        }
        const change = level?.framing.measure ? vocabulary.changeOfLevel.get(level.framing.measure) : undefined;
        if (change && APPOSED_CHANGE_BETWEEN.test(text.slice(level!.end, numberStart(text, f))) && directionAt(sentenceText, f.start - s.start, f.end - f.start).change === 'change') {
          framing.measure = change;
          delete framing.measureVia;
        }
      }
      // "Spain, at 1.28%, and Canada, at 1.37%, sit at the bottom": a level of a subject its
      // clause names, with no words of a measure, is that subject's figure of the article's main
      // share (the one named most, with no tie), a weak reading: it may support, never contradict.
      if (!framing.measure && f.figure.kind === 'percent') {
        const main = mainOf('percent');
        const clause = clauseOf(sentenceText, f.start - s.start, f.end - f.start);
        const named = framing.entities.find((e) => e.role === 'subject' && e.via === undefined && e.text && clause.text.includes(e.text));
        const entry = main ? vocabulary.measures.get(main) : undefined;
        const kindOk = named && entry && (!entry.subjectKinds || entry.subjectKinds.includes(vocabulary.entityKind.get(named.id) as never));
        if (main && kindOk && directionAt(sentenceText, f.start - s.start, f.end - f.start).change === 'level') {
          framing.measure = main;
          framing.measureVia = 'context';
        }
      }
    }
    // "the headcount rose by more than 3 million": a change stated of a level measure is the
    // figure of that measure's change, where the vocabulary has one (the one change measure in
    // its unit with a subject in common). The level's facts would fit it only by chance.
    if (framing.measure && COUNTERPART_KINDS.has(f.figure.kind) && !cell) {
      const counterpart = changeCounterpart(vocabulary, framing.measure, figure.unit ?? null);
      if (counterpart && directionAt(sentenceText, f.start - s.start, f.end - f.start).change === 'change') framing.measure = counterpart;
      // "rose to 27.8 million sacks a day": a level reached after a verb of change is a level's
      // figure, where the verb was the change measure's action; the level measure of its unit the
      // clause names (or the one the change is declared of) takes it.
      // (So too the level it started from: "dropped to 1.32 million from 1.42 million".)
      else if (vocabulary.measures.get(framing.measure)?.kind === 'change' && (LEVEL_REACHED_BEFORE.test(text.slice(Math.max(s.start, f.start - 30), f.start)) || /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(s.start, f.start - 10), f.start)) || directionAt(sentenceText, f.start - s.start, f.end - f.start).change === 'previous-level')) {
        const level = levelNamedBeside(vocabulary, framing.measure, clauseOf(sentenceText, f.start - s.start, f.end - f.start).text);
        if (level) framing.measure = level;
      }
      // "Growth in milling power in 2024 amounted to 16 units": the level's phrase after a noun of
      // change names its change, whatever verb then gives it. (Not "the rise in the rate to 4.3%",
      // where the figure is the level the change led to.)
      else if (vocabulary.measures.get(framing.measure)?.kind !== 'change' && framing.measureVia === undefined && changeOfLevelNamed(clauseOf(sentenceText, f.start - s.start, f.end - f.start), f.start - s.start, vocabulary.measures.get(framing.measure)!)) {
        framing.measure = counterpart;
      }
    }
    // A cell's event, as its table names it ("Election" over "2019").
    let event: Framing['event'] = fromCell;
    if (event) {
      // Read from the table: nothing else to find.
    } else if (f.figure.kind === 'date') {
      const h = dateEvent.get(f);
      if (h) event = { id: h.id, via: h.via, text: eventWords(text, h) };
      else if (periodDates.has(f)) {
        // A figure's period ("56% of the grid's output last year") dates no event, however weakly.
      } else {
        // A link this weak ("before the strike") only dates the event when the years fit.
        const id = genericOf((k) => sentenceNamed?.get(k) ?? articleNamed.get(k));
        const named = id ? vocabulary.events.get(id)! : null;
        const y = Number(f.figure.date!.start.slice(0, 4));
        if (named && y >= Number(named.start.slice(0, 4)) - 1 && y <= Number((named.end ?? named.start).slice(0, 4)) + 1) event = { id: named.id, via: 'context' };
      }
      // A date in a table under a header naming a kind of event ("| Nation | Census day |"):
      // the event of that kind of the row's entity, in the date's year, where only one fits. A
      // weak reading (it may support the date, never contradict it).
      if (!event && rows.length && !periodDates.has(f)) {
        const dateCell = tableCellAt(text, f.start, f.end, rows);
        const id = dateCell ? eventOfDateCell(vocabulary, dateCell, f.figure.date!.start) : null;
        if (id) event = { id, via: 'context' };
      }
      // "the strike of August 2009", "the census of 2011": the date names an event of that kind,
      // the article's one such event where it names only one (its date as the text states it).
      const kind = event || periodDates.has(f) ? null : namesEventOfKind(text, f.start);
      const sole = kind ? soleOfKinds([kind]) : null;
      if (sole) event = { id: sole, via: 'context', sole: true };
      // "The Port Vell accord ended the flood dispute. It was signed on 9 May 2021": a sentence
      // opened by "it" speaks of the event heading the one before, in its paragraph. A weak
      // reading: the verb may give another of its dates ("it was ratified on …").
      if (!event && !periodDates.has(f) && headEvent?.sentence === f.sentence - 1 && sentences[f.sentence - 1]!.paragraph === s.paragraph && PRONOUN_HEAD.test(text.slice(s.start, f.start))) {
        event = { id: headEvent.id, via: 'pronoun' };
      }
    } else if (framing.measure && vocabulary.measures.get(framing.measure)?.eventKinds?.length) {
      // A measure of events of some kinds (workers laid off: strikes and closures) belongs to the event
      // of those kinds its sentence names; else to the one a common noun speaks of ("lost in
      // the walkout"), or the sentence names no event, the paragraph's or article's of a kind
      // such nouns name; else to the last event of its kinds named before.
      const kinds = vocabulary.measures.get(framing.measure)!.eventKinds!;
      const own = nearestHit(hits.filter((h) => kinds.includes(vocabulary.events.get(h.id)?.kind ?? '')), f);
      const ofKind = (m: Map<string, string>) => kinds.map((k) => m.get(k)).find((id) => id !== undefined);
      const spoken = kinds.map((k) => (generic.includes(k) || hits.length === 0 ? (paragraphNamed.get(k) ?? articleNamed.get(k)) : undefined)).find((id) => id !== undefined);
      const before = ofKind(paragraphOfKind) ?? ofKind(articleOfKind);
      if (own) event = { id: own.id, via: own.via, text: eventWords(text, own) };
      else if (spoken) event = { id: spoken, via: 'context' };
      else if (before && hits.length === 0) event = { id: before, via: 'context' };
      // The one event of the measure's kinds the article names, and no cue points at another:
      // taken from an earlier sentence, it is that one for sure.
      if (event?.via === 'context' && soleOfKinds(kinds) === event.id) event.sole = true;
    }
    if (!event && f.figure.kind === 'duration') {
      // A duration is an event's length when it names it ("the 44-day strike") or the sentence
      // says so ("will last four days"); "left 18 months early, after the offensive" is not.
      const nearest = nearestHit(hits, f);
      if (nearest && (distanceOf(nearest, f) <= 3 || DURATION_VERBS.test(sentenceText))) event = { id: nearest.id, via: nearest.via, text: eventWords(text, nearest) };
      else {
        const spoken = DURATION_VERBS.test(sentenceText) ? genericOf((k) => articleNamed.get(k)) : null;
        if (spoken) event = { id: spoken, via: 'context' };
      }
      // "the 52-day stoppage", "a flood of nine days", "a fair that lasted a week", "three nights on
      // vigil": the length of an event its kind's noun names beside it, the article's one event
      // of that kind (a weak reading: it may support, never contradict).
      const kind = event ? null : eventKindBesideDuration(vocabulary, text.slice(Math.max(s.start, f.start - 60), f.start), text.slice(f.end, Math.min(s.end, f.end + 30)));
      if (kind) {
        // (Named anywhere in the article, or found by its cue words up to here: one, and no other.)
        const isOfKind = (id: string) => vocabulary.events.get(id)?.kind === kind;
        const ofKind = new Set<string>([...(seenOfKind.get(kind) ?? []), ...hits.map((h) => h.id).filter(isOfKind), ...[...articleEvents.named].filter(isOfKind)]);
        if (ofKind.size === 1) event = { id: [...ofKind][0]!, via: 'context' };
      }
    } else if (!event && f.figure.kind !== 'date' && !(framing.measure && vocabulary.measures.get(framing.measure)?.eventKinds?.length)) {
      // (A measure of events of some kinds that found none of them has no event: one of another
      // kind named beside it, "a record catch of 82 tonnes, the year the flood struck", is not its.)
      const nearest = nearestHit(hits, f);
      if (nearest) event = { id: nearest.id, via: nearest.via, text: eventWords(text, nearest) };
      // A duration is the length of what its own sentence names: "claims that spanned nearly
      // three decades" is not the length of the event the paragraph spoke of before.
      else if (paragraphEvent && f.figure.kind !== 'duration') event = { id: paragraphEvent.id, via: 'context' };
      else {
        const spoken = genericOf((k) => articleNamed.get(k));
        if (spoken) event = { id: spoken, via: 'context' };
      }
    }
    for (const [kind, id] of sentenceNamed ?? []) articleNamed.set(kind, id);
    if (event && event.via === 'context' && event.id === soleEvent) event.sole = true;
    // An event whose parties the article names nowhere, while it names others of their kind, was
    // found by a name other events share ("the 2019 election" in a piece about another
    // country's): a weak reading.
    if (event) {
      const parties = vocabulary.events.get(event.id)?.entities.filter((id) => SUBJECT_KINDS.has(vocabulary.entityKind.get(id) ?? '')) ?? [];
      if (parties.length && !parties.some((id) => namedInArticle().has(id))) {
        const kinds = new Set(parties.map((id) => vocabulary.entityKind.get(id)));
        if ([...namedInArticle()].some((id) => kinds.has(vocabulary.entityKind.get(id)))) event.unanchored = true;
      }
    }
    // A subject its own sentence names, of a kind the event's parties are of but not one of them
    // ("the Greens took 40 seats" after paragraphs on another country's vote): another
    // contest's figure, not the event an earlier sentence named.
    if (event && event.via === 'context' && f.figure.kind !== 'date') {
      const known = vocabulary.events.get(event.id);
      const own = framing.entities.filter((e) => e.role === 'subject' && e.via === undefined).map((e) => e.id);
      if (known?.entities.length && own.length) {
        const kinds = new Set(known.entities.map((id) => vocabulary.entityKind.get(id)));
        if (own.every((id) => !known.entities.includes(id) && kinds.has(vocabulary.entityKind.get(id)))) event = null;
      }
    }
    framing.event = event;
    const ev = event ? vocabulary.events.get(event.id) : undefined;
    if (f.figure.kind === 'date' && ev) framing.measure = EVENT_DATE;
    if (framing.entities.length === 0 && ev) {
      for (const id of ev.entities) framing.entities.push({ id, role: 'context', text: ev.name });
    }
    // A figure whose sentence names nobody ("Employers added 142,000 jobs") is, at a guess, the
    // article's main subject's: a weak reading the judge may support but never contradict.
    const measureEntry = framing.measure ? vocabulary.measures.get(framing.measure) : undefined;
    // A subject of a kind the measure does not accept is only named nearby ("Labour" beside a turnout).
    if (measureEntry?.subjectKinds) {
      const kinds = new Set<string>(measureEntry.subjectKinds);
      for (const e of framing.entities) if (e.role !== 'context' && !kinds.has(vocabulary.entityKind.get(e.id) ?? '')) e.role = 'context';
      // "the judges declared Halvorsen the winner with 51.2% of the points", "Halvorsen took 67%
      // and Brand 30%": for a measure whose figures can be a person's, the person named last
      // before the figure in its clause, and not as a speaker, is whose figure it is.
      // ("51.2% for Halvorsen and 44.2% for Brand": a person the figure is given to, right after
      // it, first; one before it only with no other figure between, outside an aside.)
      if (kinds.has('person') && !framing.entities.some((e) => e.role === 'subject')) {
        const clause = clauseOf(sentenceText, f.start - s.start, f.end - f.start);
        const people = scans.entities.get(f.sentence).filter((h) => vocabulary.entityKind.get(h.id) === 'person' && h.start >= s.start + clause.start && h.end <= s.start + clause.end);
        const siblings = bySentence.get(f.sentence) ?? [];
        const after = people.find((h) => h.start >= f.end && GIVEN_TO_BETWEEN.test(text.slice(f.end, h.start)));
        const before = people.filter((h) => h.end <= f.start && !SPEAKER_AFTER.test(text.slice(h.end, Math.min(s.end, h.end + 40)))).pop();
        // (A figure in a relative clause between them is the aside's: "Halvorsen, who had won 67.8%
        // before, took 51.2%".)
        const asides = before ? asidesIn(text, before.end, f.start) : [];
        const between = (o: FoundFigure) => !!before && o !== f && o.start >= before.end && o.end <= f.start && AMOUNT_KINDS.has(o.figure.kind) && !asides.some((a) => a.start <= o.start && a.end >= o.end);
        const person = after ?? (before && !siblings.some(between) ? before : undefined);
        if (person) framing.entities = [{ id: person.id, role: 'subject', text: person.text }, ...framing.entities.filter((e) => e.id !== person.id)];
      }
    }
    // "Turnout was 59.9%" of the 2024 general election: the one entity of the event that the
    // measure accepts is whose figure it is, as surely as the event is known.
    if (measureEntry?.subjectKinds && ev && !framing.entities.some((e) => e.role === 'subject')) {
      const kinds = new Set<string>(measureEntry.subjectKinds);
      const own = ev.entities.filter((id) => kinds.has(vocabulary.entityKind.get(id) ?? ''));
      // Only where the article names that entity somewhere: an event found by a name other
      // countries' events share ("the 2019 election") in a piece about another country is not it.
      if (own.length === 1 && namedInArticle().has(own[0]!)) {
        framing.entities = framing.entities.filter((e) => e.id !== own[0]);
        framing.entities.unshift({ id: own[0]!, role: 'subject', text: '', via: 'event' });
      }
    }
    // "Freedonia spends the most. The guild put it at 3.9% in 2023", "the guild estimated its
    // share at 3.9%": the body before the verb gave the figure; "it" points back at the one entity
    // the sentence before names, whose figure it is. A weak reading: it may support, never contradict.
    if (f.sentence > 0 && sentences[f.sentence - 1]!.paragraph === s.paragraph && TOPIC_KINDS.has(f.figure.kind)) {
      const put = PUT_IT_AT.exec(clauseOf(sentenceText, f.start - s.start, f.end - f.start).text.slice(0, f.start - s.start - clauseOf(sentenceText, f.start - s.start, f.end - f.start).start));
      const sources = put ? framing.entities.filter((e) => e.text && put[1]!.includes(e.text)).map((e) => e.id) : [];
      const others = framing.entities.some((e) => e.role === 'subject' && !sources.includes(e.id));
      if (put && !others) {
        const fits = (id: string) => !sources.includes(id) && SUBJECT_KINDS.has(vocabulary.entityKind.get(id) ?? '') && (!measureEntry?.subjectKinds || measureEntry.subjectKinds.includes(vocabulary.entityKind.get(id) as never));
        const before = [...new Set(scans.entities.get(f.sentence - 1).map((h) => h.id).filter(fits))];
        if (before.length === 1) framing.entities = [{ id: before[0]!, role: 'subject', text: '', via: 'antecedent' }, ...framing.entities.map((e) => (sources.includes(e.id) ? { ...e, role: 'context' as const } : e))];
      }
    }
    // "Ruritania passed 2% in 2024. At 2.12% of its income, up from 1.57% the year before.": a
    // fragment with no verb of its own goes on from the sentence before, whose figures' one
    // subject it takes (a weak reading).
    if (!framing.entities.some((e) => e.role === 'subject') && !measureEntry?.entity && f.sentence > 0 && TOPIC_KINDS.has(f.figure.kind) && goesOnFrom(sentences, f.sentence) && FRAGMENT_HEAD.test(text.slice(s.start, s.end))) {
      const carried = [...new Set(out.filter((o) => o.sentence === f.sentence - 1).flatMap((o) => o.framing.entities.filter((e) => e.role === 'subject').map((e) => e.id)))];
      if (carried.length === 1) framing.entities.unshift({ id: carried[0]!, role: 'subject', text: '', via: 'antecedent' });
    }
    // "Freedonia is the story. Its share climbs to 2.1%", "the country's 2022 share": a
    // possessive that points back is the one entity the sentence before (in its paragraph) names
    // of the kinds the measure accepts. A weak reading: it may support, never contradict.
    // (A measure only ever one entity's, its owner's, is left to the owner: "above the 2% guideline".)
    const accepts = (id: string) => SUBJECT_KINDS.has(vocabulary.entityKind.get(id) ?? '') && (!measureEntry?.subjectKinds || measureEntry.subjectKinds.includes(vocabulary.entityKind.get(id) as never));
    if (!framing.entities.some((e) => e.role === 'subject') && !measureEntry?.entity && f.sentence > 0 && sentences[f.sentence - 1]!.paragraph === s.paragraph && TOPIC_KINDS.has(f.figure.kind)) {
      // (So does "It" or "The company" opening the sentence as its subject: "Valdonia's mill
      // leads. It ground 4,100 tonnes in 2024.")
      const lead = text.slice(s.start, f.start);
      const back = POSSESSIVE_BACK.exec(lead) ?? SUBJECT_KIND_HEAD.exec(lead);
      if (back || PRONOUN_HEAD.test(lead)) {
        const kindWord = back?.[1]?.toLowerCase();
        const fits = (id: string) => accepts(id) && (!kindWord || vocabulary.entityKind.get(id) === kindWord);
        const before = [...new Set(scans.entities.get(f.sentence - 1).map((h) => h.id).filter(fits))];
        if (before.length === 1) framing.entities.unshift({ id: before[0]!, role: 'subject', text: '', via: 'antecedent' });
      }
    }
    // "* OSTRIA: The 2025 budget plans 186 billion …": a list item or paragraph headed by a label
    // that names one entity speaks of it, in each sentence that names nobody else. A weak reading.
    if (!framing.entities.some((e) => e.role === 'subject') && !measureEntry?.entity && TOPIC_KINDS.has(f.figure.kind)) {
      let k = f.sentence;
      while (k > 0 && sentences[k - 1]!.paragraph === s.paragraph) k--;
      const label = LABEL_HEAD.exec(text.slice(sentences[k]!.start, sentences[k]!.start + 60));
      if (label) {
        const labelEnd = sentences[k]!.start + label[0].length;
        const named = [...new Set(scans.entities.get(k).filter((h) => h.end <= labelEnd).map((h) => h.id).filter(accepts))];
        if (named.length === 1) framing.entities.unshift({ id: named[0]!, role: 'subject', text: '', via: 'antecedent' });
      }
    }
    // "The guild office announced 74 hurt": a source named in the clause, and nobody else, gives
    // the figures of its party (the vocabulary's `party`), a weak reading: an office may also
    // count a rival's.
    if (!framing.entities.some((e) => e.role === 'subject') && !measureEntry?.entity && TOPIC_KINDS.has(f.figure.kind) && vocabulary.partyOf.size) {
      const clause = clauseOf(sentenceText, f.start - s.start, f.end - f.start);
      const inClause = framing.entities.filter((e) => e.text && clause.text.includes(e.text));
      const parties = [...new Set(inClause.filter((e) => vocabulary.partyOf.has(e.id)).map((e) => vocabulary.partyOf.get(e.id)!))];
      if (parties.length === 1 && accepts(parties[0]!) && !inClause.some((e) => accepts(e.id))) framing.entities.unshift({ id: parties[0]!, role: 'subject', text: '', via: 'party' });
    }
    const owner = measureEntry?.entity;
    // A bar is its owner's ("the 5% club" in a piece on one member): a place named beside it is not whose.
    if (owner && barFigures.has(f)) framing.entities = framing.entities.map((e) => (e.role === 'subject' && e.id !== owner ? { ...e, role: 'context' as const } : e));
    const topic = topicOfMeasure(measureEntry);
    const anyNamed = framing.entities.some((e) => e.role !== 'context' || accepts(e.id));
    // "Valdonia's mill rate held at 4.2%": a name the vocabulary does not know owns the
    // figure, so neither the measure's owner nor the article's topic stands in for it.
    const unknownOwner = () => !anyNamed && unknownOwnerOf(text.slice(s.start, numberStart(text, f)), (a, b) => scans.entities.get(f.sentence).some((h) => h.start < s.start + b && h.end > s.start + a)) !== null;
    // The measure's owner stands in wherever no subject is named; the article's topic only where nobody is.
    if ((owner ? !framing.entities.some((e) => e.role === 'subject') : topic && !anyNamed) && framing.measure && TOPIC_KINDS.has(f.figure.kind) && !(ev && ev.entities.length > 1) && !unknownOwner()) {
      // The owner for sure only where the sentence names nobody else and the article is about
      // no one else: "Employers added 142,000 jobs" in a piece on that country's payrolls.
      // Not where the sentence adds figures up ("combined the headline numbers to say the
      // continent created 278,000 jobs"): a sum may be more than the owner's.
      const sure = !!owner && !anyNamed && (!topic || topic.id === owner) && !SUM_WORDS.test(sentenceText);
      framing.entities.push(owner ? { id: owner, role: 'subject', text: '', via: sure ? 'owner' : 'topic' } : { id: topic!.id, role: 'subject', text: topic!.text, via: 'topic' });
      // The article's main subject, where the article names no other entity the measure could
      // be about, leaves no other reading: "Builders completed 14,200 homes" in a piece that names
      // no country but its own.
      const added = framing.entities[framing.entities.length - 1]!;
      // (Not where the sentence adds figures up: a sum may be more than its figure.)
      if (added.via === 'topic' && !SUM_WORDS.test(sentenceText) && ![...namedInArticle()].some((e) => e !== added.id && accepts(e))) added.alone = true;
    }
    if (ev && f.figure.kind !== 'date' && (framing.time.basis === 'unknown' || framing.time.basis === 'publication')) {
      framing.time = ev.end ? { from: ev.start, to: ev.end, basis: 'event' } : { from: ev.start, basis: 'event' };
    }
    // "the 365", "Ostria's figure of 67": a figure the article stated before, referred back to,
    // is that figure, framed as it was.
    if ((!framing.measure || framing.measureVia === 'context') && REFERRED_KINDS.has(figure.kind) && REFERS_BACK.test(text.slice(Math.max(0, f.start - 40), f.start))) {
      const earlier = referent(byValue.get(valueKey(figure)), figure);
      if (earlier) {
        framing.measure = earlier.framing.measure;
        delete framing.measureVia;
        // Its own clause's subject stands ("Ostria's figure of 95"); else the one it points at.
        if (!framing.entities.some((e) => e.role === 'subject' && e.via === undefined)) {
          framing.entities = earlier.framing.entities.map((e) => (e.via === undefined && e.role === 'subject' ? { ...e, via: 'referent' as const } : { ...e }));
        }
        framing.event = earlier.framing.event ? { ...earlier.framing.event } : null;
        framing.time = { ...earlier.framing.time };
        // It names the measure for the figures after it, as the earlier figure did: "Valdonia's
        // figure of 412 matches …. The first count had been 380."
        if (framing.measure && CONTEXT_MEASURE_KINDS.has(f.figure.kind)) rememberMeasure(kindKey, framing.measure, s.paragraph, f.sentence, framing.entities.find((e) => e.role === 'subject')?.id);
      }
    }
    // Field by field: a spread of the found figure was a tenth of framing.
    const framed: FramedFigure = { start: f.start, end: f.end, sentence: f.sentence, figure, confidence: f.confidence, framing, scopeOnly: false };
    if (f.noun !== undefined) framed.noun = f.noun;
    if (f.figure.kind === 'ordinal' && figure.kind === 'count') framed.ranked = true;
    out.push(framed);
    if (REFERRED_KINDS.has(figure.kind)) {
      const key = valueKey(figure);
      const same = byValue.get(key);
      if (same) same.push(framed);
      else byValue.set(key, [framed]);
    }
  }
  foldScopeDates(text, out, rows, sentences, namesEventOfKind, eventNounAfter(vocabulary), eventNounRightAfter(vocabulary), (m, kind) => !!m && !!vocabulary.measures.get(m)?.eventKinds?.includes(kind ?? ''), (m) => !!m && !!vocabulary.measures.get(m)?.eventKinds?.length, (id) => vocabulary.events.get(id) ?? null, published);
  foldRunningCounts(text, out, sentences);
  foldFragments(text, out, sentences);
  foldParts(text, out, sentences, vocabulary);
  foldComparisonBases(text, out, sentences);
  foldRespectively(text, out, sentences, vocabulary);
  foldShiftedTime(text, out, sentences, vocabulary);
  foldEventToYear(out, vocabulary);
  return out;
}

/**
 * "Forty of the 170 millers drowned died at the weir", "Of Valdonia's 170 dead, 40 were millers":
 * a count that is a part of another count of its sentence, both read as the same measure, is a
 * subset of what the whole counts, and is marked so (`partOf`): no fact of the whole's measure
 * is its figure. (A part of another measure, "23 of its 32 members met the mark", counts those
 * who met it, a measure of its own.)
 */
function foldParts(text: string, out: readonly FramedFigure[], sentences: Segmentation['sentences'], vocabulary: CompiledVocabulary): void {
  const runOf = runsOf(out);
  for (const whole of out) {
    if (whole.figure.kind !== 'count' || !whole.framing.measure) continue;
    const siblings = runOf.get(whole.sentence)!;
    let part: FramedFigure | undefined = wholeOf(text, whole, siblings) as FramedFigure | undefined;
    // Fronted: "Of the 170 drowned, 40 died at the weir": the first count after the comma.
    const s = sentences[whole.sentence]!;
    if (!part && FRONTED_PARTITIVE_BEFORE.test(text.slice(s.start, numberStart(text, whole)))) {
      const comma = text.indexOf(',', whole.end);
      part = comma >= 0 && comma < s.end ? siblings.find((o) => o.start > comma && o.figure.kind === 'count') : undefined;
    }
    // (Only where the whole counts what the measure counts by words of its own, "the 170
    // millers drowned", "the 170 dead": in "won 41 of the 60 prizes" the whole is all the
    // prizes, and the part is the figure the measure counts.)
    if (part && part.framing.measure === whole.framing.measure && countsOnItsOwn(text, whole, vocabulary)) part.framing.partOf = text.slice(numberStart(text, whole), whole.end);
  }
  // "Water wheels made up 7 MW of the milling power added", "€2 million of its flood budget
  // went on pumps": an amount of a definite whole the measure names is a part of it. (Not "7 MW
  // of milling power", the amount itself; nor a share, "4% of its output", nor a count, "won 40
  // of the prizes", whose measure counts the part.)
  for (const f of out) {
    if ((f.figure.kind !== 'measure' && f.figure.kind !== 'money') || !f.framing.measure || f.framing.partOf) continue;
    const of = PART_OF_DEFINITE_AFTER.exec(text.slice(f.end, f.end + 80));
    if (!of) continue;
    const pattern = vocabulary.phrasePattern?.anyCase;
    const from = f.end + of[0].length;
    const named = pattern ? allMatches(pattern, text, from, Math.min(sentences[f.sentence]!.end, from + 40), (m) => vocabulary.phraseMeasure(m)).find((h) => h.id === f.framing.measure && /^(?:[\w-]+\s+){0,2}$/.test(text.slice(from, h.start))) : undefined;
    if (named) f.framing.partOf = text.slice(from, named.end);
  }
}
/** "of the", "of its", "of Valdonia's" right after an amount: a definite whole follows. */
const PART_OF_DEFINITE_AFTER = /^\s+of\s+(?:the|its|their|this|that|these|those|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?)\s+/u;
/** Whether an action is joined by "or" or "and" to an action of another of the candidate measures: "drowned or hurt", "dead and hurt". */
function joinedAction(text: string, a: { start: number; end: number }, m: VocabularyMeasure, candidates: readonly VocabularyMeasure[], v: CompiledVocabulary): boolean {
  const after = /^\s*,?\s*(?:or|and|and\/or)\s+(?:(?:went|were|was|are|is|got)\s+)?([a-z]+)/i.exec(text.slice(a.end, a.end + 30))?.[1];
  // ("millers hurt at the weir and drowned": the other action's own words may stand between.)
  const lead = /^(.*?)\s*,?\s+(?:or|and|and\/or)\s+$/is.exec(text.slice(Math.max(0, a.start - 50), a.start))?.[1];
  const before = lead?.match(/[a-z]+/gi)?.slice(-5) ?? [];
  const other = (word: string | undefined) => {
    const bases = word ? v.actionForms.get(word.toLowerCase()) : undefined;
    return !!bases && candidates.some((c) => c.id !== m.id && c.actions.some((x) => bases.has(x.toLowerCase())) && !m.actions.some((x) => bases.has(x.toLowerCase())));
  };
  return other(after) || before.some(other);
}
/** Whether a count's own words say what it counts: an adjective standing for people ("170 dead"), or a participle of its measure's action right after it ("170 millers drowned"). */
function countsOnItsOwn(text: string, f: FramedFigure, vocabulary: CompiledVocabulary): boolean {
  if (f.noun && NOMINAL_ADJECTIVES.has(f.noun)) return true;
  const word = /^\s+([a-z]+)/.exec(text.slice(f.end, f.end + 30))?.[1];
  const bases = word ? vocabulary.actionForms.get(word) : undefined;
  return !!bases && !!vocabulary.measures.get(f.framing.measure ?? '')?.actions.some((a) => bases.has(a.toLowerCase()));
}
/** "Of the", "Of its", "Of Valdonia's" heading a sentence, before the whole's number. */
const FRONTED_PARTITIVE_BEFORE = /^\s*Of\s+(?:(?:the|its|their|all(?:\s+the)?)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:(?:some|about|around|nearly|almost|more than|over)\s+)?$/u;

/** Each sentence's figures, in the text's order: figures arrive so, and a sentence's are one run of the list. */
function runsOf(out: readonly FramedFigure[]): Map<number, FramedFigure[]> {
  const runOf = new Map<number, FramedFigure[]>();
  for (const o of out) {
    const run = runOf.get(o.sentence);
    if (run) run.push(o);
    else runOf.set(o.sentence, [o]);
  }
  return runOf;
}

/** Each figure of a list read "respectively" takes the subject in its place (respectively.ts) as its one subject. */
function foldRespectively(text: string, out: FramedFigure[], sentences: Segmentation['sentences'], v: CompiledVocabulary): void {
  let names: NameHit[] | null = null;
  let namesOf = -1;
  // Most articles hold no "respectively": one search over the text first.
  if (!/\brespectively\b/i.test(text)) return;
  let seen = -1;
  let has = false;
  for (const o of out) {
    if (!AMOUNT_KINDS.has(o.figure.kind)) continue;
    const s = sentences[o.sentence]!;
    if (seen !== o.sentence) {
      seen = o.sentence;
      has = /\brespectively\b/i.test(text.slice(s.start, s.end));
    }
    if (!has) continue;
    const sentence = text.slice(s.start, s.end);
    const clause = clauseOf(sentence, o.start - s.start, o.end - o.start);
    if (namesOf !== o.sentence) {
      namesOf = o.sentence;
      names = allMatches(v.entityPattern, text, s.start, s.end, (m) => v.entityOf.get(m[0])).map((h) => ({ id: h.id, start: h.start - s.start, end: h.end - s.start }));
    }
    const at = o.start - s.start;
    const lead = names!.filter((h) => h.start >= clause.start && h.end <= at && SUBJECT_KINDS.has(v.entityKind.get(h.id) ?? '')).map((h) => ({ id: h.id, start: h.start - clause.start, end: h.end - clause.start }));
    const own = respectiveSubject(clause.text, at - clause.start, o.end - o.start, lead);
    if (!own) continue;
    const others = o.framing.entities.filter((e) => !(e.role === 'subject' && e.via === undefined));
    o.framing.entities = [{ id: own.id, role: 'subject', text: clause.text.slice(own.start, own.end) }, ...others.filter((e) => e.id !== own.id)];
  }
}

/**
 * "The guild, which had won 40% five years earlier, fell to 21%", "Six years before, the valley
 * counted 4,000": a span of years or months followed by "earlier", "before", "later" or
 * "after", and nothing it is counted from, shifts the time of its clause's figures away from
 * the event the article is about. Such a figure is of the event's year moved by the span (then
 * of the event of that year, or of none: foldEventToYear), not of the event taken from context.
 */
function foldShiftedTime(text: string, out: FramedFigure[], sentences: Segmentation['sentences'], v: CompiledVocabulary): void {
  const runOf = runsOf(out);
  for (const d of out) {
    const unit = d.figure.unit;
    if (d.figure.kind !== 'duration' || (unit !== 'year' && unit !== 'month') || d.figure.value === undefined || !Number.isInteger(d.figure.value)) continue;
    const shift = SHIFT_AFTER.exec(text.slice(d.end, d.end + 20));
    if (!shift) continue;
    const s = sentences[d.sentence]!;
    const sentence = text.slice(s.start, s.end);
    const clause = clauseOf(sentence, d.start - s.start, d.end - d.start);
    const sign = /^(?:later|after)$/i.test(shift[1]!) ? 1 : -1;
    const months = sign * d.figure.value * (unit === 'year' ? 12 : 1);
    // Heading its clause ("Six years earlier, …"), it shifts the whole clause; inside it, only
    // the stretch between commas it stands in ("…, who had won 40% five years earlier, fell to 21%").
    const at = d.start - s.start;
    const heads = /^[\s"'“(]*$/.test(sentence.slice(clause.start, at));
    const from = heads ? clause.start : Math.max(clause.start, sentence.lastIndexOf(',', at) + 1);
    const comma = sentence.indexOf(',', d.end - s.start);
    const to = heads || comma < 0 ? clause.end : Math.min(clause.end, comma);
    for (const o of runOf.get(d.sentence)!) {
      if (o === d || !AMOUNT_KINDS.has(o.figure.kind) || o.start < s.start + from || o.end > s.start + to) continue;
      const ev = o.framing.event;
      const known = ev?.via === 'context' && o.framing.time.basis === 'event' ? v.events.get(ev.id) : undefined;
      if (!known) continue;
      const [y, m] = known.start.split('-').map(Number) as [number, number | undefined];
      const at = y * 12 + ((m ?? 1) - 1) + months;
      const year = String(Math.floor(at / 12));
      o.framing.time = unit === 'year' ? { from: year, to: year, basis: 'explicit' } : { from: `${year}-${String((at % 12) + 1).padStart(2, '0')}`, to: `${year}-${String((at % 12) + 1).padStart(2, '0')}`, basis: 'explicit' };
    }
  }
}
/** "earlier", "later", and "before" or "after" with nothing after them to count from. */
const SHIFT_AFTER = /^\s+(earlier|later|previously|before|after)(?=\s*(?:[,.;:)—–]|$))/i;

/**
 * An event taken from an earlier sentence, where the figure's own clause states a year that the
 * event does not cover ("the Greens won 28 seats in 2019" in a piece on the 2024 vote): the figure
 * is of the event of the same kind, or of a kind its measure belongs to, in that year, where the
 * vocabulary has exactly one whose parties include the figure's subject; else of no event.
 */
function foldEventToYear(out: FramedFigure[], v: CompiledVocabulary): void {
  for (const o of out) {
    const ev = o.framing.event;
    const t = o.framing.time;
    // "Ruritania counted 4.1 million people in 2021": a figure of a measure of events of some
    // kinds, naming no event, whose clause states a year in which exactly one event of those
    // kinds had its named subject among its parties, is of that event.
    if (!ev && o.figure.kind !== 'date' && t.basis === 'explicit' && t.from && (t.to ?? t.from).slice(0, 4) === t.from.slice(0, 4)) {
      const kinds = v.measures.get(o.framing.measure ?? '')?.eventKinds;
      const subjects = o.framing.entities.filter((e) => e.role === 'subject' && e.via === undefined).map((e) => e.id);
      if (kinds?.length && subjects.length === 1) {
        const year = t.from.slice(0, 4);
        const inYear = [...v.events.values()].filter((e) => kinds.includes(e.kind) && e.start.slice(0, 4) <= year && (e.end ?? e.start).slice(0, 4) >= year && e.entities.includes(subjects[0]!));
        if (inYear.length === 1) o.framing.event = { id: inYear[0]!.id, via: 'year', text: year };
      }
      continue;
    }
    if (!ev || ev.via !== 'context' || o.figure.kind === 'date' || t.basis !== 'explicit' || !t.from) continue;
    const known = v.events.get(ev.id);
    if (!known) continue;
    const year = t.from.slice(0, 4);
    const endYear = (known.end ?? known.start).slice(0, 4);
    if (year >= known.start.slice(0, 4) && year <= endYear) continue;
    const subjects = o.framing.entities.filter((e) => e.role === 'subject').map((e) => e.id);
    const kinds = new Set([known.kind, ...(v.measures.get(o.framing.measure ?? '')?.eventKinds ?? [])]);
    const sameKind = [...v.events.values()].filter((e) => kinds.has(e.kind) && e.id !== known.id && e.start.slice(0, 4) <= year && (e.end ?? e.start).slice(0, 4) >= year && (subjects.length === 0 || e.entities.length === 0 || subjects.some((id) => e.entities.includes(id))));
    o.framing.event = sameKind.length === 1 ? { id: sameKind[0]!.id, via: 'year', text: year } : null;
  }
}

/**
 * "Ruritania passed 2% in 2024. At 2.12% of its income, up from 1.57% the year before.": a
 * fragment with no verb of its own, stating no period, goes on from the sentence before in its
 * paragraph, and takes the one period that sentence's figures are of.
 */
/**
 * Whether a sentence may go on from the one before it: in its paragraph, or the first of a
 * paragraph after a paragraph of that one sentence (an interview's question, a lead-in line).
 */
function goesOnFrom(sentences: Segmentation['sentences'], i: number): boolean {
  const s = sentences[i]!;
  const prev = sentences[i - 1]!;
  if (prev.paragraph === s.paragraph) return true;
  return prev.paragraph === s.paragraph - 1 && !(i >= 2 && sentences[i - 2]!.paragraph === prev.paragraph);
}

function foldFragments(text: string, out: FramedFigure[], sentences: Segmentation['sentences']): void {
  for (const f of out) {
    if (f.framing.time.basis !== 'publication' || f.sentence === 0 || f.figure.kind === 'date') continue;
    const s = sentences[f.sentence]!;
    if (!goesOnFrom(sentences, f.sentence) || !FRAGMENT_HEAD.test(text.slice(s.start, s.end))) continue;
    // (Its figures' period, or, where it states none, the one period it names: "What did Ruritania reach in 2024?")
    const prior = out.filter((o) => o.sentence === f.sentence - 1);
    const figures = prior.filter((o) => o.figure.kind !== 'date' && o.framing.time.basis === 'explicit').map((o) => `${o.framing.time.from}|${o.framing.time.to}`);
    const dates = prior.filter((o) => o.figure.kind === 'date' && o.figure.date && o.figure.date.precision !== 'day' && o.figure.date.resolution === 'explicit').map((o) => `${o.figure.date!.start}|${o.figure.date!.end ?? o.figure.date!.start}`);
    const periods = new Set(prior.some((o) => o.figure.kind !== 'date') ? figures : dates);
    if (periods.size !== 1) continue;
    const [from, to] = [...periods][0]!.split('|');
    f.framing.time = { from: from!, to: to!, basis: 'explicit' };
  }
}

/**
 * "three points below the same phase five years ago", "down from 67% five years earlier": a time
 * back from now that is the base of a comparison in its clause is the period of the figure it is
 * compared with, not a claim of its own. ("Ten years ago this week, the bridge opened" is one.)
 */
function foldComparisonBases(text: string, out: FramedFigure[], sentences: Segmentation['sentences']): void {
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    // "up from 1.57% a year earlier", "against 41.5% the year before": a level right before a
    // span of one year or month back (no figure of its own) is of the stated period less that span.
    if (AMOUNT_KINDS.has(f.figure.kind) && f.framing.time.basis === 'explicit') {
      const one = ONE_BACK_AFTER.exec(text.slice(f.end, f.end + 24));
      if (one) {
        const back = shiftedBack(f.framing.time, 1, (one[1] ?? one[2] ?? one[3])!.toLowerCase());
        if (back) f.framing.time = back;
      }
    }
    if (f.figure.kind !== 'duration' || !BACK_AFTER.test(text.slice(f.end, f.end + 12))) continue;
    const s = sentences[f.sentence]!;
    const clauseStart = s.start + clauseOf(text.slice(s.start, s.end), f.start - s.start, f.end - f.start).start;
    // The words since the figure before it in its clause ("More than 300 came, five years ago"
    // compares nothing), or right before that figure where nothing stands between the two ("down
    // from 67% five years earlier": the base's own period).
    const prev = i > 0 && out[i - 1]!.sentence === f.sentence && out[i - 1]!.start >= clauseStart ? out[i - 1]! : null;
    const between = text.slice(prev ? prev.end : clauseStart, f.start);
    // (The word before the base may close the clause before it: "…, against 150,000 two months earlier".)
    const base = COMPARISON_BEFORE.test(between) || (!!prev && /^\s*$/.test(between) && BASE_BEFORE.test(text.slice(Math.max(s.start, prev.start - 12), prev.start)));
    if (base) f.scopeOnly = true;
    // "2.12% in 2024, up from 1.57% a year earlier": the base's own period, counted back from the
    // period its sentence states, not that period.
    if (base && prev && /^\s*$/.test(between) && /^\s+(?:earlier|before)\b/i.test(text.slice(f.end, f.end + 12)) && prev.framing.time.basis === 'explicit') {
      const back = shiftedBack(prev.framing.time, f.figure.value, f.figure.unit);
      if (back) prev.framing.time = back;
    }
  }
}

/** A stated period moved back by a span of years or months: 2024 less "a year" is 2023; 2024-06 less "two months", 2024-04. */
function shiftedBack(time: Framing['time'], n: number | undefined, unit: string | null | undefined): Framing['time'] | null {
  const from = time.from;
  if (!from || time.to !== from || n === undefined || !Number.isInteger(n) || n <= 0) return null;
  const years = unit === 'year' ? n : unit === 'decade' ? 10 * n : null;
  if (/^\d{4}$/.test(from) && years !== null) {
    const y = String(Number(from) - years);
    return { from: y, to: y, basis: 'explicit' };
  }
  const months = unit === 'month' ? n : years !== null ? 12 * years : null;
  const m = /^(\d{4})-(\d{2})$/.exec(from);
  if (m && months !== null) {
    const k = Number(m[1]) * 12 + Number(m[2]) - 1 - months;
    const ym = `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    return { from: ym, to: ym, basis: 'explicit' };
  }
  return null;
}
const BACK_AFTER = /^\s+(?:ago|earlier|before)\b/i;
/** One year or month back, right after a level: "a year earlier", "the year before", "the previous month". */
const ONE_BACK_AFTER = /^,?\s+(?:(?:a|one)\s+(year|month)\s+(?:earlier|before)|the\s+(?:previous|prior|preceding)\s+(year|month)|the\s+(year|month)\s+(?:before|earlier))\b/i;
/** A word that sets what follows against what came before: a comparative, "than", "from" after a change. */
const COMPARISON_BEFORE = /\b(?:than|below|above|compared (?:with|to)|against|versus)\b/i;
/** Words before a figure that make it the base of a comparison: "from 67%", "on 4.1%". */
const BASE_BEFORE = /\b(?:from|than|on|against|with)\s+$/i;

/**
 * "Its share", "their 2022 total", "the country's harvest": a possessive opening the figure's
 * sentence, its noun phrase up to the figure at most a few words on (group 1: the kind of entity
 * a definite one names, as the vocabulary's schema names its kinds).
 */
/** "The company sold …", "The country spent …": a definite noun of an entity kind heading its sentence as its subject. */
const SUBJECT_KIND_HEAD = new RegExp(String.raw`^\s*[Tt]he\s+(${SUBJECT_ENTITY_KINDS.filter((k) => /^[a-z]+$/.test(k)).join('|')})\s+(?:also\s+|has\s+|had\s+|have\s+)?[a-z]+\b(?!['’])`);
const POSSESSIVE_BACK = new RegExp(String.raw`^\s*(?:[^,;]{0,80},\s*)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:(?:its|their|[Ii]ts|[Tt]heir)|[Tt]he\s+(${SUBJECT_ENTITY_KINDS.filter((k) => /^[a-z]+$/.test(k)).join('|')})['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|stood|stands|came|comes|climbs|climbed|rose|rises|fell|falls|reached|reaches|hit|hits|grew|grows|slipped|dipped|edged|jumped|at|of|to|from)\b`);
/** A sentence with no verb of its own that goes on from the one before: "At 2.12% of GDP, up from 1.57%." */
const FRAGMENT_HEAD = /^\s*[*_]*\s*(?:At|Up from|Down from|Now at|Still at)\s+(?:just\s+)?(?:under\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+)?\d(?:[^.!?]|\.(?=\d))*[.!?]?[*_]*\s*$/;
const REFERRED_KINDS = new Set(['count', 'percent', 'money', 'measure']);
/** How many earlier figures of one value a referring figure looks back over. */
const REFERENT_WALK = 64;
const valueKey = (figure: FoundFigure['figure']) => `${figure.kind} ${figure.value}`;
/** Words that point back at a figure already given: "the 365", "its figure of 67", "that 2.1%". */
const REFERS_BACK = /(?:\b(?:the|that|this|those|these)\s+|\b(?:figure|count|number|total|toll|tally|estimate|reading)\s+of\s+)$/i;

/**
 * The figure a referring one points back at: the last one before it of the same kind, value and
 * unit, whose own sentence named its measure.
 */
/**
 * The figure a referring one points back at: the last one before it of the same kind, value and
 * unit, whose own sentence named its measure. `same` holds the earlier figures of that kind and
 * value (indexed, so an article of many figures is not rescanned at each one); the walk back is
 * bounded, so a page repeating one value thousands of times stays linear.
 */
function referent(same: readonly FramedFigure[] | undefined, figure: FoundFigure['figure']): FramedFigure | undefined {
  if (!same) return undefined;
  for (let i = same.length - 1; i >= Math.max(0, same.length - REFERENT_WALK); i--) {
    const o = same[i]!;
    extractionWork.lookBack++;
    // A bare count ("the 412") points at a count of anything; a unit of its own must be the same.
    const unitFits = (o.figure.unit ?? '') === (figure.unit ?? '') || (figure.kind === 'count' && !figure.unit);
    if (o.figure.kind !== figure.kind || o.figure.value !== figure.value || !unitFits) continue;
    if (o.framing.measure && o.framing.measureVia === undefined) return o;
  }
  return undefined;
}

/**
 * The kind of event a date names by the words before it: "the strike of August 2009", "the
 * elections of May 2019" (the vocabulary's event kinds, as nouns). Such a date is the event's,
 * not the time of the sentence's other figures.
 */
function eventKindBefore(vocabulary: CompiledVocabulary): (text: string, at: number) => string | null {
  // Kinds with events only: "the census of 2011" names one of them. The kind's name is a noun
  // for it, and so are its declared nouns ("the conflict of 2020").
  const withEvents = new Set([...vocabulary.events.values()].map((e) => e.kind));
  const byWord = new Map([...vocabulary.kindOfWord].filter(([, kind]) => withEvents.has(kind)));
  if (byWord.size === 0) return () => null;
  const pattern = new RegExp(`\\b(?:the|this|that|its|a)\\s+(${[...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ -]')).join('|')})(?:e?s)?\\s+of\\s+$`, 'i');
  return (text, at) => {
    const m = pattern.exec(text.slice(Math.max(0, at - 40), at));
    return m ? (byWord.get(m[1]!.toLowerCase().replace(/-/g, ' ')) ?? null) : null;
  };
}

/**
 * Each event named in a sentence dates one figure: a year inside the name ("a 2010 agreement")
 * first, then pairs by distance, a date after the name counting nearer than one before it
 * ("the statement ... was signed on November 19"), and none further than DATE_EVENT_REACH.
 */
/**
 * Between a figure and the date of its period: a few words of its own, no punctuation, and a
 * preposition of time ("% of the crowd in 2022"), or nothing before a relative date ("fed into
 * the grid last year"). Not "five days before the ceasefire of 12 August": that date is the
 * ceasefire's.
 */
const FIGURE_TO_DATE = /^(?:\s+[a-z’'-]+){0,8}?\s+(?:in|during|for|throughout)\s+$/;
const FIGURE_TO_RELATIVE_DATE = /^(?:\s+[a-z’'-]+){0,8}?(?:\s+(?!(?:of|before|after|since|until|by|from|to)\b)[a-z’'-]+)?\s+$/;
/** "four in 2014, when leaders met at the summit": the date is the event's as well. */
const WHEN_AFTER = /^,?\s+when\b/i;

function pairDatesWithEvents(
  text: string,
  bySentence: Map<number, FoundFigure[]>,
  eventsIn: (si: number) => EventHit[],
  eventOf: (id: string) => VocabularyEvent | undefined,
  /** Filled with the dates that are a figure's period, not an event's. */
  periodDates: Set<FoundFigure>,
  /** Whether a word is a form of a measure's action ("met", "killed"). */
  isAction: (word: string) => boolean,
): Map<FoundFigure, EventHit> {
  // The second date of an event must fall within its years: "since 2020" is not the 2023 offensive.
  const secondFits = (d: FoundFigure, id: string) => {
    const e = eventOf(id);
    if (!e?.end || !d.figure.date) return false;
    const y = Number(d.figure.date.start.slice(0, 4));
    return y >= Number(e.start.slice(0, 4)) && y <= Number(e.end.slice(0, 4));
  };
  const paired = new Map<FoundFigure, EventHit>();
  for (const [si, list] of bySentence) {
    // A date that scopes its sentence's figures ("By January 2021, 2,783 ... had been laid off")
    // dates no event.
    const scoping = (f: FoundFigure) =>
      AS_OF_BEFORE.test(text.slice(Math.max(0, f.start - 10), f.start)) && list.some((o) => o.figure.kind !== 'date' && o.figure.kind !== 'ordinal');
    const dates = list.filter((f, i) => f.figure.kind === 'date' && !followsOrdinal(list, i) && !scoping(f));
    if (dates.length === 0) continue;
    const hits = eventsIn(si);
    // An event with a start and an end may date two figures ("began in April ... left on June 12").
    const taken = new Map<EventHit, number>();
    const candidates: Array<{ d: FoundFigure; h: EventHit; distance: number }> = [];
    // "38% of the crowd last year, … after the closure in April 2023": a date
    // right after a figure, a few words of its own between, is that figure's period, not the
    // date of an event named after it.
    const periodOfFigure = (d: FoundFigure) =>
      list.some((o) => {
        if (o.figure.kind === 'date' || o.figure.kind === 'ordinal' || o.end > d.start || d.start - o.end > 60) return false;
        const between = text.slice(o.end, d.start);
        if (WHEN_AFTER.test(text.slice(d.end, d.end + 8))) return false;
        // "59.6 million (2021)": a year in brackets right after a figure.
        if (/^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(d.end, d.end + 3))) return true;
        return FIGURE_TO_DATE.test(between) || (/^(?:last|this|next|earlier|later)\b/i.test(text.slice(d.start, d.end)) && FIGURE_TO_RELATIVE_DATE.test(between));
      });
    for (const d of dates) {
      const ownPeriod = periodOfFigure(d);
      if (ownPeriod) periodDates.add(d);
      for (const h of hits) {
        if (ownPeriod && h.start >= d.end) continue;
        // "closed on 2 July, a week before the flood": a date set before or after an event is
        // not its date.
        // ("until the summit of September 2014": a date of the event's own words is its date.)
        const ends = eventWordEnds(text, h);
        // (Attached to a common noun of the event, not to a place's name: "near Port Vell on 2
        // September, a week before the walkout" is no date of the walkout.)
        const attached = ends.some((end) => d.start >= end && /^\s*(?:of|in|on)\s+$/.test(text.slice(end, d.start)) && (h.via !== 'cue' || !/^\p{Lu}/u.test(wordBefore(text, end))));
        // (A date after the relation word dates the event it governs: "since the plant shut last
        // September".)
        if (!attached && ends.some((end) => {
          const from = Math.max(0, end - 60);
          const m = RELATION_BEFORE_EVENT.exec(text.slice(from, end));
          return m !== null && d.end <= from + m.index;
        })) continue;
        // "clubs that met the pact in 2022": an event named as what a count's subjects did (a
        // measure's action before it) is no event a date after it dates; the date is the count's.
        const verb = ACTION_OBJECT_BEFORE.exec(text.slice(Math.max(0, h.start - 40), h.start));
        if (verb && d.start >= h.end && isAction(verb[1]!)) continue;
        // So is one named as the line a count is set against: "clubs at or above the reserve
        // rule in 2024", "two short of the quota last year". The date is the count's.
        // (Not a date of the event's own clause: "above the rule that the league agreed in 2008".)
        if (d.start >= h.end && d.start - h.end <= 8 && STANDARD_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start))) continue;
        let distance: number;
        if (h.start <= d.start && h.end >= d.end) distance = -1;
        else if (d.start >= h.end) distance = d.start - h.end;
        else if (h.start >= d.end) distance = (h.start - d.end) * 2;
        else distance = 0;
        // Another clause between them ("began on 27 September, and the statement ...") parts them.
        const between = d.start >= h.end ? text.slice(h.end, d.start) : text.slice(d.end, Math.max(d.end, h.start));
        // So does a verb of a coordinated clause: "began on 7 June and stopped with the pact".
        // And after the event: "walked out on 13 September and voted to return on 4 November" (the
        // vote's day, not the walkout's), unless the second verb is the event's own end or start.
        const coordinated = COORDINATED_VERB.exec(between);
        // So does a conjunction before an event named after the date: "walked out on 13 September
        // and the storm struck on 26 September" (the storm heads a clause of its own).
        const joinedAfter = d.end <= h.start && /\s(?:and|but|while|whereas)\s/.test(between);
        if (CLAUSE_BREAK.test(between) || joinedAfter || (coordinated && (d.end <= h.start || !EVENT_BOUNDARY_VERB.test(coordinated[0])))) distance += DATE_EVENT_REACH;
        // With one date and one event in a sentence, the date is the event's however far apart.
        if (distance <= DATE_EVENT_REACH || (dates.length === 1 && hits.length === 1)) candidates.push({ d, h, distance });
      }
    }
    candidates.sort((a, b) => a.distance - b.distance);
    for (const c of candidates) {
      const uses = taken.get(c.h) ?? 0;
      if (paired.has(c.d) || uses >= 2 || (uses === 1 && !secondFits(c.d, c.h.id))) continue;
      paired.set(c.d, c.h);
      taken.set(c.h, uses + 1);
    }
  }
  return paired;
}

/** Where the words naming an event end: the hit's own end, and for a cue each of its other words near the first. */
function eventWordEnds(text: string, h: EventHit): number[] {
  if (h.via !== 'cue') return [h.end];
  const ends: number[] = [h.end];
  const from = Math.max(0, h.start - 300);
  const near = text.slice(from, h.end + 300);
  for (const word of h.text.split(' + ').slice(1)) {
    const re = wholeWord(word);
    re.lastIndex = 0;
    for (let m = re.exec(near); m; m = re.exec(near)) ends.push(from + m.index + m[0].length);
  }
  return ends;
}
/** A cue word as a whole word, compiled once: cue words are the vocabulary's, few and reused. */
const wholeWords = new BoundedMap<string, RegExp>(1_000);
function wholeWord(word: string): RegExp {
  let re = wholeWords.get(word);
  if (!re) wholeWords.set(word, (re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')));
  return re;
}
/** The word ending at an offset. */
function wordBefore(text: string, end: number): string {
  return /[\p{L}\p{N}'’-]+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[0] ?? '';
}
/** Before an event's words, a relation of time to it: "a week before the flood", "after the vote". */
const RELATION_BEFORE_EVENT = /\b(?:before|after|ahead of|prior to|following|since|until|till|preceding)\s+(?:(?:the|a|an|its|their|this|that|last|next)\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+$/i;
/** A verb with the event as its object: "met the pact", "reached its target". */
// (A verb, not a preposition a vocabulary may list among actions: "the toll from the flood".)
const ACTION_OBJECT_BEFORE = /\b(?!(?:of|from|in|on|at|to|for|with|by|during|since|after|before|into|over|under|against|about|between|among|through|across|within)\b)([a-z]+)\s+(?:the|a|an|its|their)\s+(?:[\w'’%-]+\s+){0,2}$/i;
/** Before an event's words, a comparison with it as a line or standard: "above the rule", "short of its target". */
const STANDARD_BEFORE = /\b(?:above|below|over|under|beyond|past|short of|clear of|shy of|in line with)\s+(?:the|a|an|its|their)\s+(?:[\w'’%-]+\s+){0,2}$/i;
/** A verb of an event's own start or end: "and ended on …" still dates the event. */
const EVENT_BOUNDARY_VERB = /\b(?:ended|finished|stopped|closed|concluded|began|started|resumed|broke out|erupted|lasted|ran)\b/i;
/** A second verb joined by "and": the clause after it is another's ("and stopped with …"). */
// (Not a word that only ends so: "and that", "but not", "and at least".)
const COORDINATED_VERB = /\s(?:and|but)\s+(?:then\s+|later\s+|finally\s+)?(?!(?:that|what|not|at|it|just|yet|most|least|first|last|east|west|about|almost|against|amidst|amongst)\b)[a-z]+(?:ed|t)\b/;
/**
 * Dates that only scope another figure of their sentence are not claims of their own:
 * "spending in 2022 was 3.8 times ...", "counted 3,773 by August this year", "for the second
 * time this year". The scoped figures take their time from them.
 */
/** "for the second time this year": the date scopes the ordinal before it. */
function followsOrdinal(list: readonly FoundFigure[], i: number): boolean {
  const prev = list[i - 1];
  const cur = list[i]!;
  return !!prev && prev.sentence === cur.sentence && prev.figure.kind === 'ordinal' && cur.start - prev.end <= 1;
}

/**
 * The kind of event whose noun stands beside a duration as what lasted so long: after it ("the
 * 52-day stoppage", "a nine-day flood"), before it with "of" ("a flood of nine days"), as the
 * subject of a verb of lasting ("the fair itself lasted a week", "a flood that ran for nine
 * days"), or after "on" ("three nights on vigil").
 */
function eventKindBesideDuration(v: CompiledVocabulary, before: string, after: string): string | null {
  const kindOf = (word: string | undefined) => (word ? v.kindOfNoun.get(word.toLowerCase()) ?? null : null);
  const next = /^\s+(?:on\s+)?([a-z]+)\b/i.exec(after);
  const k = kindOf(next?.[1]);
  if (k) return k;
  const of = kindOf(/\b([a-z]+)\s+of\s+$/i.exec(before)?.[1]);
  if (of) return of;
  const lasted = LASTED_BEFORE.exec(before);
  return lasted ? kindOf(lasted[1]) : null;
}
/** An event's noun, a few words, and a verb of lasting right before a duration. */
const LASTED_BEFORE = /\b([a-z]+)\b(?:\s+[\w'’-]+){0,3}?\s+(?:lasted|lasts|ran|runs|went on|was over|were over)(?:\s+(?:for|within|in|after))?\s+$/i;
const DURATION_VERBS = /\b(?:last|lasts|lasted|lasting|spanned|spans|span|took|takes|ran|runs|run for|long)\b/i;
/** "during a visit", "at the summit", "while in Port Vell": the saying took place at an event. */
const SPOKEN_AT_AFTER = /^\s*,?\s*(?:during|at|while|on the sidelines of)\b/i;
/** All that stands before a date heading its sentence: "In", "By", "During". */
const HEADING_DATE_BEFORE = /^\s*(?:(?:in|by|during|on)\s+)?$/i;
const AS_OF_BEFORE = /\b(?:by|as of|until|up to)\s+$/i;

export { lastDayOf };

const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although)\b/;

/** Whether a word is (or holds) a phrase of a measure of the vocabulary. */
function namesAPhrase(v: CompiledVocabulary, word: string): boolean {
  const pattern = v.phrasePattern?.anyCase;
  if (!pattern) return false;
  pattern.lastIndex = 0;
  const m = pattern.exec(word);
  pattern.lastIndex = 0;
  return !!m && !!v.phraseMeasure(m);
}
/** Right before a number, the noun it is the amount of: "an electorate of some 59 million", "a crowd of 3,000". */
const OWN_NOUN_OF_BEFORE = /\b(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+)?([a-z]{4,})\s+of\s+(?:(?:some|about|around|nearly|almost|roughly|more than|over|under|just over|just under|close to)\s+)?$/i;
/** A head that points back at a figure and names no measure of its own: "the final figure", "that estimate". */
const FIGURE_BACK = /\b(?:the|that|this|its|their)\s+(?:(?:first|latest|final|revised|initial|new|official|provisional|updated|overall|national)\s+)?(?:figure|number|estimate|tally|reading|count)\b(?!\s+(?:of|for)\b)/i;

const PREPOSITION_BEFORE = /\b(?:in|on|during|by|since|until|till|from|through|of|for|at|before|after)\s+$/i;

/** A test for a noun of a kind of event after a date, the words allowed before it given by `lead`, compiled once per vocabulary. */
type EventNounTest = (text: string, at: number) => boolean;
const eventNounTests = new WeakMap<CompiledVocabulary, Map<string, EventNounTest>>();
function eventNounTest(vocabulary: CompiledVocabulary, lead: string, reach: number): EventNounTest {
  let byLead = eventNounTests.get(vocabulary);
  if (!byLead) eventNounTests.set(vocabulary, (byLead = new Map()));
  let test = byLead.get(lead);
  if (!test) {
    const words = [...vocabulary.kindOfWord.keys()];
    const pattern = words.length ? new RegExp(`^${lead}(?:${words.sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ -]')).join('|')})(?:e?s)?\\b`, 'i') : null;
    byLead.set(lead, (test = pattern ? (text, at) => pattern.test(text.slice(at, at + reach)) : () => false));
  }
  return test;
}
/** "last year's flood", "2019's vote": a period's possessive before a noun of a kind of event names that event. */
const eventNounAfter = (vocabulary: CompiledVocabulary) => eventNounTest(vocabulary, String.raw`['’]s\s+(?:[a-z-]+\s+)?`, 40);
/** "2019 flood", "2024 harvest fair": a noun of a kind of event right after a date, a word or two of its own between. */
const eventNounRightAfter = (vocabulary: CompiledVocabulary) => eventNounTest(vocabulary, String.raw`\s+(?:[a-z][a-z-]+\s+){0,2}`, 50);

function foldScopeDates(text: string, out: FramedFigure[], rows: readonly Row[], sentences: Segmentation['sentences'], namesEventOfKind: (text: string, at: number) => string | null, namesEventAfter: (text: string, at: number) => boolean, eventNounFollows: (text: string, at: number) => boolean, measureOfKind: (measure: string | null, kind: string | null) => boolean, ofEvents: (measure: string | null) => boolean, eventOf: (event: string) => { kind: string; start: string; end?: string | undefined } | null, published?: Published): void {
  const runOf = runsOf(out);
  const subjectPeriods = new Set<FramedFigure>();
  // Figures whose own noun names their period ("its 2023 share"): no other date scopes them.
  const periodOwned = new Set<FramedFigure>();
  // Dates of the reports that gave revisions ("raised to 159,000 in October"): no period of any figure.
  const reportDates = reportDatesOf(text, out, runOf, sentences);
  // A date an earlier level takes alone is no other figure's nearest: "reached 886 mills by the
  // end of 2024, up 277 from 609 at the end of 2023" leaves 2024 to the 886. (Once per date.)
  const taken = new Map<FramedFigure, readonly FramedFigure[] | null>();
  // The earlier level each date belongs to alone, read once per date for both uses below.
  const levels = new Map<FramedFigure, ReturnType<typeof earlierLevelOf>>();
  const levelOf = (d: FramedFigure, siblings: readonly FramedFigure[]) => {
    let l = levels.get(d);
    if (!l) levels.set(d, (l = earlierLevelOf(text, d, siblings, sentences[d.sentence]!)));
    return l;
  };
  // ("the 11 and 9 mills it counted in 2023 and 2022": each of the dates joined after figures
  // joined before them is theirs.)
  const takenBy = (d: FramedFigure): readonly FramedFigure[] | null => {
    if (!taken.has(d)) {
      const run = runOf.get(d.sentence)!;
      const siblings = run.filter((o) => o.figure.kind !== 'date' && o.figure.kind !== 'ordinal');
      const dates = run.filter((o) => o.figure.kind === 'date');
      for (const x of dates) taken.set(x, taken.get(x) ?? null);
      for (const x of dates) {
        const t = levelOf(x, siblings);
        if (!t.own) continue;
        const joined = joinedBefore(text, t.own, siblings);
        const by = [t.own, ...(t.bracketed && t.inBrackets ? [t.inBrackets] : []), ...joined];
        taken.set(x, by);
        if (joined.length > 1) for (const j of joinedDatesFrom(text, x, run)) taken.set(j, by);
      }
    }
    return taken.get(d) ?? null;
  };
  for (let i = 0; i < out.length; i++) {
    const ff = out[i]!;
    const date = ff.figure.date;
    if (ff.figure.kind !== 'date' || !date) continue;
    if (reportDates.has(ff)) continue;
    // "In 2019 the flood drove 4,000 residents out", "the 2022 census counted 4,000 residents": a
    // year naming which event, in a sentence whose figures it is the period of, says when they
    // were, not when the event was. (A month heading the sentence stays the event's date: "In
    // early May, three climbers died in the avalanche" dates it.) Otherwise an event's date is a
    // claim.
    // "In the flood of 2001, the valley lost 4,000 homes" in a piece whose one flood taken from
    // context was in 2021: the year names another event of the kind. Its figures are of that
    // year, not of the event the article is about (foldEventToYear then finds the event of
    // that year, or none).
    const anotherEventsYear = (kind: string | null) => {
      const year = date.start.slice(0, 4);
      for (const o of runOf.get(ff.sentence)!) {
        const known = o !== ff && AMOUNT_KINDS.has(o.figure.kind) && o.framing.event?.via === 'context' && o.framing.time.basis !== 'explicit' ? eventOf(o.framing.event.id) : null;
        if (known && (!kind || known.kind === kind) && (year < known.start.slice(0, 4) || year > (known.end ?? known.start).slice(0, 4))) o.framing.time = { from: date.start, to: date.start, basis: 'explicit' };
      }
    };
    const eventDate = (kind: string | null) => {
      if (date.precision !== 'day' && !date.end && eventYearScopes(text, ff, runOf.get(ff.sentence)!, sentences[ff.sentence]!.start, (m) => measureOfKind(m, kind))) ff.scopeOnly = true;
      // (Claim or not: "In the fair of 2018, the guild won 40%" dates that fair, wrongly or
      // not, and its figures are not the 2024 fair's either way.)
      if (!date.end) anotherEventsYear(kind);
      // A title's "The 2019 flood": a year or a month before the noun of the event names which
      // event, as a label does, and claims nothing of its own.
      if (date.precision !== 'day' && !date.end && namesTheEvent(text, ff, sentences[ff.sentence]!, eventNounFollows)) ff.scopeOnly = true;
    };
    // A month or a year that is the subject of a sentence of amounts ("October 2024 was first
    // put at 88,000, held down by the dock walkout") is the period its figures are of, whichever event
    // the sentence names: it scopes them below, as any period does.
    const sStart = sentences[ff.sentence]!.start;
    // (Not after a preposition: "In early May, three climbers died in the avalanche" dates it.)
    const subjectPeriod = date.precision !== 'day' && !namesEventAfter(text, ff.end) && !PREPOSITION_BEFORE.test(text.slice(sStart, ff.start)) && runOf.get(ff.sentence)!.some((o) => o !== ff && AMOUNT_KINDS.has(o.figure.kind)) && periodAsSubject(text, ff.end, text.slice(sStart, ff.start));
    if (subjectPeriod) subjectPeriods.add(ff);
    if (date.precision === 'day') {
      statedOn(text, ff, runOf.get(ff.sentence)!, sentences[ff.sentence]!);
      happenedOn(text, ff, runOf.get(ff.sentence)!, sentences[ff.sentence]!, ofEvents);
      dayOfFigure(text, ff, runOf.get(ff.sentence)!, sentences[ff.sentence]!);
    }
    // "its 2023 share was 2.07%", "estimated Ruritania's 2023 share at 2.07%", "the 2023 figure
    // came to 41": a year inside the noun of a figure names that figure's period, whatever
    // another clause of the sentence dates. No claim of its own.
    const owned = ownedPeriodFigure(text, ff, runOf.get(ff.sentence)!, sentences[ff.sentence]!);
    if (owned) {
      ff.scopeOnly = true;
      owned.framing.time = { from: date.start, to: date.end ?? date.start, basis: 'explicit' };
      periodOwned.add(owned);
      continue;
    }
    // A period naming which data beside figures ("its count for March had been 818,000 too
    // low", "added 818,000 jobs to the count for the year to March") is their period, whether or
    // not it scopes them below, and no claim of its own.
    const dataPeriod = date.precision !== 'day' && DATA_BEFORE.test(text.slice(Math.max(0, ff.start - 45), ff.start)) && runOf.get(ff.sentence)!.some((o) => o !== ff && AMOUNT_KINDS.has(o.figure.kind));
    if (dataPeriod) ff.scopeOnly = true;
    // "In 2014, three members met the 2006 pact's mark": a year heading a sentence of figures,
    // which the event named in it was not in, is no date of that event: it is the figures'
    // period. ("The pact, agreed in 2008": a year the event's own words date is its date, right
    // or wrong.)
    if (ff.framing.event && !subjectPeriod && date.precision === 'year' && !date.end && /^\s*in\s+$/i.test(text.slice(sStart, ff.start)) && runOf.get(ff.sentence)!.some((o) => o.start > ff.end && AMOUNT_KINDS.has(o.figure.kind)) && outsideEvent(date.start, eventOf(ff.framing.event.id))) ff.framing.event = null;
    // "fell by 300 between the floods of 2011 and 2021", "Since the flood of 2011 the
    // number has fallen by 300": the event's year bounds the period of the change its
    // sentence states, as "since 2011" would; it dates the change, and claims nothing of its own.
    if (!subjectPeriod && date.precision !== 'day' && (SINCE_BEFORE.test(text.slice(Math.max(sStart, ff.start - 30), ff.start)) || BETWEEN_EVENTS_BEFORE.test(text.slice(Math.max(sStart, ff.start - 40), ff.start))) && runOf.get(ff.sentence)!.some((o) => o !== ff && AMOUNT_KINDS.has(o.figure.kind) && directionAt(text.slice(sStart, sentences[ff.sentence]!.end), o.start - sStart, o.end - o.start).change === 'change') && (ff.framing.event || namesEventOfKind(text, ff.start))) {
      ff.scopeOnly = true;
      continue;
    }
    // "In December 2004, the guild put the flood's toll at 162": a month when a source gave a
    // figure is no date of the event its figure is of, whichever event the clause names.
    // (Unless the saying took place at the event: "said in July during a visit to the fair".)
    if (ff.framing.event && !subjectPeriod && statementDate(text, ff, sentences[ff.sentence]!) && !SPOKEN_AT_AFTER.test(text.slice(ff.end, ff.end + 20))) ff.framing.event = null;
    if (ff.framing.event && !subjectPeriod) {
      eventDate(eventOf(ff.framing.event.id)?.kind ?? null);
      continue;
    }
    // "59.6 million (2021)": a year in brackets right after a figure is that figure's period.
    const prev = out[i - 1];
    if (prev && prev.sentence === ff.sentence && prev.figure.kind !== 'date' && /^\s*\(\s*$/.test(text.slice(prev.end, ff.start)) && /^\s*\)/.test(text.slice(ff.end, ff.end + 3))) {
      ff.scopeOnly = true;
      prev.framing.time = { from: date.start, to: date.end ?? date.start, basis: 'explicit' };
      continue;
    }
    // "Mills meeting it (2024): 23", an infobox's line: a year in brackets closing a label is the
    // period of the figure after its colon.
    const next = out[i + 1];
    if (next && next.sentence === ff.sentence && AMOUNT_KINDS.has(next.figure.kind) && /\(\s*$/.test(text.slice(Math.max(0, ff.start - 3), ff.start)) && /^\s*\)\s*:\s*$/.test(text.slice(ff.end, next.start))) {
      ff.scopeOnly = true;
      next.framing.time = { from: date.start, to: date.end ?? date.start, basis: 'explicit' };
      periodOwned.add(next);
      continue;
    }
    if (followsOrdinal(out, i)) {
      ff.scopeOnly = true;
      continue;
    }
    // A year labelling a table's row or column scopes its cells (frameCell reads it from there).
    // (A day labelling a row is a timeline's date, a claim of its own.)
    // So does a year in its caption ("Share of output in 2023").
    if (rows.length && date.precision !== 'day' && (isTableLabel(text, ff.start, rows) || inTableCaption(text, ff.start, rows))) {
      ff.scopeOnly = true;
      continue;
    }
    if (date.precision === 'day') continue;
    const kindNamed = subjectPeriod ? null : namesEventOfKind(text, ff.start);
    if (kindNamed) {
      eventDate(kindNamed);
      continue;
    }
    // "the 2014 pledge", "a draft 2025 budget", "the 2024 edition": a year naming which one of
    // a kind of thing, that no known event answers to, is part of a name, not a claim.
    // ("their own botched 2021 fair": two words may stand between the owner and the year.)
    if (date.precision === 'year' && !date.end && (ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, ff.start - 30), ff.start)) || ATTRIBUTIVE_NAME_BEFORE.test(text.slice(Math.max(sStart, ff.start - 40), ff.start))) && NOUN_AFTER.test(text.slice(ff.end, ff.end + 30))) {
      ff.scopeOnly = true;
      // ("In the 2018 fair, the guild won 40%": before the noun of an event's kind, it names
      // another event than the one of that kind the article is about.)
      if (eventNounFollows(text, ff.end)) anotherEventsYear(null);
      continue;
    }
    const run = runOf.get(ff.sentence)!;
    const siblings = run.filter((o) => o !== ff && o.figure.kind !== 'date' && o.figure.kind !== 'ordinal');
    // "faster than in July", "compared with 2022": the time of what it is compared with, not of
    // any figure of the sentence.
    if (siblings.length && COMPARED_BEFORE.test(text.slice(Math.max(0, ff.start - 24), ff.start))) {
      ff.scopeOnly = true;
      continue;
    }
    // "grew by 141,200 since 2011", "up 6% since 2019": the start of the period of a change
    // before it in its clause, not a claim of its own. ("The lowest since 2001" and "the first
    // time since 1931" are claims: a record, with no change before it.)
    // So too after a verb of change with no figure: "how the vote shifted since 2019".
    // ("Since the census of 2011 the number has grown by 3.5 million": heading its sentence, the
    // start of the change after it too.)
    const sinceHead = /^\s*since\b/i.test(text.slice(sentences[ff.sentence]!.start, ff.start));
    if (SINCE_BEFORE.test(text.slice(Math.max(0, ff.start - 30), ff.start)) && (siblings.some((o) => changeBefore(text, o, ff, sentences[ff.sentence]!) || (sinceHead && o.start > ff.end && directionAt(text.slice(sentences[ff.sentence]!.start, sentences[ff.sentence]!.end), o.start - sentences[ff.sentence]!.start, o.end - o.start).change === 'change')) || CHANGED_SINCE.test(text.slice(Math.max(0, ff.start - 50), ff.start)))) {
      ff.scopeOnly = true;
      continue;
    }
    // "has nearly doubled its tally from 2019, winning 99 seats": the year a change with no
    // figure of its own is counted from, not the period of the figures after it. ("From 2019 to
    // 2023" is a span, its own end named.)
    // So too right after a change's figure: "milling output fell 3.6% from 2023" is a change on 2023.
    if ((CHANGED_FROM_YEAR.test(text.slice(Math.max(0, ff.start - 60), ff.start)) || (/\bfrom\s+$/i.test(text.slice(Math.max(0, ff.start - 6), ff.start)) && siblings.some((o) => changeBefore(text, o, ff, sentences[ff.sentence]!) && /^\s*from\s+$/i.test(text.slice(o.end, ff.start))))) && !SPAN_END_AFTER.test(text.slice(ff.end, ff.end + 12))) {
      ff.scopeOnly = true;
      continue;
    }
    // "Ruritania's mills in 2024: fewer floods, more flour", "How wet was 2023?": in a title with
    // no figure of its own, a year or a month names what the piece is about, as a label does.
    // (A heading that is a date and little else, "Early October", heads a timeline's entry.)
    const sentence = sentences[ff.sentence]!;
    const rest = () => (text.slice(sentence.start, ff.start) + ' ' + text.slice(ff.end, sentence.end)).match(/\p{L}{2,}/gu)?.length ?? 0;
    if (siblings.length === 0 && date.resolution !== 'relative' && !ff.framing.event && titleLine(text, sentence) && rest() >= 3) {
      ff.scopeOnly = true;
      continue;
    }
    // "numbers from 2011", "the figures for 2023", "the October report": a period naming which
    // data, with no figure of the sentence to scope, is no claim either.
    if (siblings.length === 0 && (DATA_BEFORE.test(text.slice(Math.max(0, ff.start - 30), ff.start)) || DATA_NOUN_AFTER.test(text.slice(ff.end, ff.end + 40)))) {
      ff.scopeOnly = true;
      continue;
    }
    // "THE 2022 COUNT: nine mills met the bar", "* 2023 in brief: …": a year in a short label
    // heading its item names what the item is about, as a title does; no claim of its own.
    if (siblings.some((o) => o.start > ff.end) && LABEL_LEAD.test(text.slice(sentence.start, ff.start)) && LABEL_TAIL.test(text.slice(ff.end, Math.min(sentence.end, ff.end + 40)))) ff.scopeOnly = true;

    // "the league said in February", "In March the board forecast that …": when a source spoke, a
    // claim of its own, and the day its figures are read as of, not their period.
    if (statedIn(text, ff, run, sentences[ff.sentence]!, published)) continue;
    if (siblings.length === 0 || !scopesFigures(text, ff, sentences[ff.sentence]!.start)) continue;
    // ("Freedonia became the 21st member in March 2024": the date of the joining, and the count's time.)
    ff.scopeOnly = !siblings.every((o) => o.ranked);
    const asOf = AS_OF_BEFORE.test(text.slice(Math.max(0, ff.start - 10), ff.start));
    // "5% of GDP by 2035", "a clean grid by 2030": a year set as a deadline is a claim of its own
    // (a date to check against the pledge's), as well as the time its figures are read as of.
    // ("By 2024 the guild counted 23 mills": a year not ahead of the article is only the day its
    // figures are read as of, no deadline.)
    if (asOf && date.precision === 'year' && !date.end && /\bby\s+$/i.test(text.slice(Math.max(0, ff.start - 4), ff.start)) && !(published && date.start.slice(0, 4) <= published.date.slice(0, 4))) ff.scopeOnly = false;
    // "By February 2009 the guild had lowered its count to 64", "In August 2004, six millers died
    // in the flood": a month is when its figures stood, or, heading its sentence, when the events
    // they count happened: a claim of its own as well as their time. (After a figure of such
    // events, "who won 36 prizes in December 2019", it is that figure's period only; so is a
    // month of figures of a period, "the mills added 5,000 posts in January 2023", and a year,
    // "by 2024 the guild counted 23 mills".)
    // So is a month right after a figure a source gave: "the inquiry arrived at 67 dead in August
    // 2009" is when it did.
    const heads = () => HEADING_DATE_BEFORE.test(text.slice(sStart, ff.start)) && siblings.some((o) => o.start > ff.end && AMOUNT_KINDS.has(o.figure.kind) && ofEvents(o.framing.measure));
    const given = () => siblings.some((o) => o.end <= ff.start && OWN_CLAUSE_DATE_BETWEEN.test(text.slice(o.end, ff.start)) && STATEMENT_VERB_BEFORE.test(text.slice(Math.max(sStart, o.start - 40), o.start)));
    // (It dates what the clause tells of, a count or a release, not the event the clause names:
    // "In December 2004, the guild put the flood's toll at 162" is no date of the flood.)
    if (ff.scopeOnly && date.precision === 'month' && !date.end && (asOf || heads() || given())) {
      ff.scopeOnly = false;
      ff.framing.event = null;
    }
    // Each figure takes its time from the scoping date of its own clause, else the nearest one:
    // "$600 million in 2021 and $750 million in 2022" are two years, not the last one twice.
    const scoping = run.filter((o) => o.figure.kind === 'date' && o.figure.date && !reportDates.has(o) && (!o.framing.event || subjectPeriods.has(o)) && o.figure.date.precision !== 'day' && !statementDate(text, o, sentences[o.sentence]!) && scopesFigures(text, o, sentences[o.sentence]!.start));
    const { own, inBrackets, bracketed } = levelOf(ff, siblings);
    const bounds = sentences[ff.sentence]!;
    // "the 303 and 282 seats it had won in 2019 and 2014": figures joined before their own dates,
    // as many as the dates joined after, are dated in order.
    const joined = own ? joinedBefore(text, own, siblings) : [];
    if (own && joined.length > 1) {
      const dates = joinedDatesFrom(text, ff, run);
      if (dates.length === joined.length) {
        joined.forEach((o, k) => {
          const d = dates[k]!.figure.date!;
          o.framing.time = { from: d.start, to: d.end ?? d.start, basis: 'explicit' };
          periodOwned.add(o);
        });
        continue;
      }
    }
    // "finished with 72 seats, which leaves a party that took 365 seats in 2019": a date right
    // after a figure of a later clause is that figure's own, and no period of the figures before.
    const owner = siblings.filter((g) => g.end <= ff.start && OWN_DATE_BETWEEN.test(text.slice(g.end, ff.start))).pop();
    // "818 mills too high, a finding it will confirm in February", "…, which it will confirm in
    // February": a date in a clause with a subject and a verb of its own dates that clause, not
    // the figures before it.
    const sStartOf = sentences[ff.sentence]!.start;
    const lastComma = text.slice(sStartOf, ff.start).lastIndexOf(',');
    const ownClauseAt = lastComma >= 0 && OWN_CLAUSE_AFTER_COMMA.test(text.slice(sStartOf + lastComma, ff.start)) ? sStartOf + lastComma : -1;
    // "surged 19% from 2019 to 2021", "between 2019 and 2021": a change over the span the two
    // dates bound, no change of the first year's alone.
    const spanEnd = /\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, ff.start - 8), ff.start)) ? run.find((d2) => d2.figure.kind === 'date' && d2.start >= ff.end && SPAN_JOIN.test(text.slice(ff.end, d2.start))) : undefined;
    for (const o of siblings) {
      if (periodOwned.has(o)) continue;
      if (ownClauseAt >= 0 && o.end <= ownClauseAt) continue;
      if (own && o !== own && !(bracketed && o === inBrackets) && !joined.includes(o)) continue;
      if (owner && o.end <= owner.start && RELATIVE_BREAK.test(text.slice(o.end, owner.start))) continue;
      // "rose to 4.4% in May from 4.1%": the level a change started from, after the new level
      // and its own date, is of an earlier time than that date.
      if (owner && o !== owner && o.start >= ff.end && directionAt(text.slice(bounds.start, bounds.end), o.start - bounds.start, o.end - o.start).change === 'previous-level') continue;
      if (nearestScope(text, o, scoping, takenBy) !== ff) continue;
      if (o.framing.time.stated && o.framing.time.to! >= date.start && o.framing.time.to!.slice(0, date.start.length) <= (date.end ?? date.start)) continue;
      // (The change's own span: right after the figure and its words, no other figure between.)
      const end = spanEnd?.figure.date && o.end <= ff.start && !siblings.some((x) => x.start >= o.end && x.end <= ff.start) && !SCOPE_BREAK.test(text.slice(o.end, ff.start)) && directionAt(text.slice(bounds.start, bounds.end), o.start - bounds.start, o.end - o.start).change === 'change' ? spanEnd.figure.date : null;
      o.framing.time = asOf ? { to: lastDayOf(date.end ?? date.start), basis: 'as-of' } : { from: date.start, to: end ? end.end ?? end.start : date.end ?? date.start, basis: 'explicit' };
    }
  }
}

/**
 * The earlier level a date right after it belongs to alone, if any: "to 4.2%, from 4.3% in July"
 * (July is the 4.3%'s, and no period of the 4.2%).
 */
function earlierLevelOf(text: string, ff: FramedFigure, siblings: readonly FramedFigure[], bounds: { start: number; end: number }): { own: FramedFigure | null; inBrackets: FramedFigure | undefined; bracketed: FramedFigure | undefined } {
  // "to 4.2%, from 4.3% in July": a date right after an earlier level is that level's alone.
  // ("down from the 303 it scored in 2019": a relative clause of the figure's own between them.)
  // ("below the 4.3% reached in July": a participle of its own between them.)
  // ("the 303 seats it had won in 2019": a helper verb between.)
  // ("from 28.1% (82.3 TWh) in 2023": a figure in brackets after a figure goes with it.)
  // ("from 609 mills at the end of 2023": a part of the year named between them.)
  // ("from 1.37 drowned per 100 million sacks in 2021": a rate's base between them.)
  let earlier = siblings.filter((o) => o.end <= ff.start && /^\s*\)?\s*(?:per\s+\d[\d,.]*(?:\s+[a-z]+){0,4}\s+)?(?:(?:it|they|he|she|we|which|that)\s+(?:(?:had|has|have|was|were)\s+)?[a-z]+\s+|[a-z]+ed\s+)?(?:in|for|during|of|(?:at|by)\s+the\s+(?:end|start|beginning|close|middle)\s+of)?\s*$/.test(text.slice(o.end, ff.start))).pop();
  const inBrackets = earlier;
  const bracketed = earlier && siblings.filter((o) => o.end <= earlier!.start && /^\s*\(\s*$/.test(text.slice(o.end, earlier!.start))).pop();
  if (bracketed) earlier = bracketed;
  // So too after a level set against another ("would equal 4.7%, against 4.2% this year").
  // So too after a level reached before or after the other ("slipped to 4.2%, after touching
  // 4.3% in June", "before easing to 4.1% in July").
  // So too where a clause of the figure's own, its subject a pronoun, stands between: "a far cry
  // from the 303 seats it had won in 2019" dates the 303 alone.
  const own =
    earlier && (directionAt(text.slice(bounds.start, bounds.end), earlier.start - bounds.start, earlier.end - earlier.start).change === 'previous-level' || SET_AGAINST_BEFORE.test(text.slice(Math.max(0, earlier.start - 20), earlier.start)) || LEVEL_ON_THE_WAY_BEFORE.test(text.slice(Math.max(0, earlier.start - 30), earlier.start)) || RELATIVE_OWN_DATE.test(text.slice((inBrackets ?? earlier).end, ff.start)))
      ? earlier
      : null;
  return { own, inBrackets, bracketed };
}

/** A clause of a figure's own, its subject a pronoun, between it and a date: "it had won in", "they lost in". */
const RELATIVE_OWN_DATE = /^\s*\)?\s*(?:it|they|he|she|we)\s+(?:(?:had|has|have|was|were)\s+)?[a-z]+\s+(?:in|for|during)\s*$/;
/** Between two joined figures or dates: a comma, "and", "or" ("303 and 282", "2019 and in 2014"). */
const JOINED_BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:the\s+|in\s+)?$/;
/** The figures joined to a figure before it ("303 and 282"), in order, the figure last. */
function joinedBefore(text: string, last: FramedFigure, siblings: readonly FramedFigure[]): FramedFigure[] {
  const out = [last];
  for (let k = siblings.indexOf(last) - 1; k >= 0; k--) {
    const o = siblings[k]!;
    if (!JOINED_BETWEEN.test(text.slice(o.end, out[0]!.start))) break;
    out.unshift(o);
  }
  return out;
}
/** A date and the dates joined after it ("2019 and 2014"), in order. */
function joinedDatesFrom(text: string, first: FramedFigure, run: readonly FramedFigure[]): FramedFigure[] {
  const out = [first];
  for (let k = run.indexOf(first) + 1; k < run.length; k++) {
    const o = run[k]!;
    if (o.figure.kind !== 'date' || !o.figure.date || !JOINED_BETWEEN.test(text.slice(out[out.length - 1]!.end, o.start))) break;
    out.push(o);
  }
  return out;
}
/**
 * "380 murders last year, police data ending December 24 show", "As of 24 December the town had
 * recorded 380", "380 in 2023 through 24 December": a count of a period up to a day inside it is a
 * running count, a part of that period, which the period's total neither supports nor contradicts.
 * Its figures' period ends on that day.
 */
function foldRunningCounts(text: string, out: FramedFigure[], sentences: Segmentation['sentences']): void {
  for (const [si, run] of runsOf(out)) {
    const days = run.filter((o) => o.figure.kind === 'date' && o.figure.date?.precision === 'day' && !o.figure.date.end && /^\d{4}-\d{2}-\d{2}$/.test(o.figure.date.start) && RUNNING_TO_BEFORE.test(text.slice(Math.max(sentences[si]!.start, o.start - 40), o.start)));
    for (const d of days) {
      const day = d.figure.date!.start;
      for (const o of run) {
        const t = o.framing.time;
        if (o === d || !AMOUNT_KINDS.has(o.figure.kind) || t.basis !== 'explicit' || !t.from) continue;
        // (Only a period the day falls inside, before its last day.)
        if (day < t.from || day >= lastDayOf(t.to ?? t.from) || day.slice(0, t.from.length) < t.from) continue;
        o.framing.time = { from: t.from, to: day, basis: 'explicit' };
      }
    }
  }
}
/** Words that make a day the end of a running count: "as of", "through", "data ending", "up to". */
const RUNNING_TO_BEFORE = /\b(?:as [oa][ft]|through|up to|until|(?:data|figures|numbers|counts?|statistics|records?|tally)\s+(?:ending|to|through|until))\s+$/i;

/** Whether a year is more than a year from every year an event spans. */
function outsideEvent(year: string, event: { start: string; end?: string | undefined } | null): boolean {
  if (!event) return false;
  const y = Number(year.slice(0, 4));
  return y < Number(event.start.slice(0, 4)) - 1 || y > Number((event.end ?? event.start).slice(0, 4)) + 1;
}

/**
 * The dates that name the report giving a revision of a figure of their clause (release.ts):
 * each such figure is read as the release standing on that day, and the date is the period of
 * no figure. A date in a report's name ("the March report cut it to 229,000") is no claim of its
 * own; a bare one ("raised to 159,000 in October") is, as a day a source spoke is.
 */
function reportDatesOf(text: string, out: readonly FramedFigure[], runOf: ReadonlyMap<number, FramedFigure[]>, sentences: Segmentation['sentences']): Set<FramedFigure> {
  const dates = new Set<FramedFigure>();
  for (const d of out) {
    const date = d.figure.date;
    if (d.figure.kind !== 'date' || !date || date.precision === 'year' || date.end || date.resolution === 'unresolved') continue;
    const run = runOf.get(d.sentence)!;
    const amounts = run.filter((o) => AMOUNT_KINDS.has(o.figure.kind));
    if (!amounts.length) continue;
    const s = sentences[d.sentence]!;
    const c = clauseOf(text.slice(s.start, s.end), d.start - s.start, d.end - d.start);
    const otherPeriod = (f: Placed) => run.some((o) => o !== d && o.figure.kind === 'date' && o.figure.date && o.figure.date.precision !== 'day' && o.end <= f.start && !o.framing.event);
    const read = releasedOn(text, d, amounts, { start: s.start + c.start, end: s.start + c.end }, otherPeriod);
    if (!read) continue;
    dates.add(d);
    if (read.namesReport) d.scopeOnly = true;
    for (const f of read.figures as FramedFigure[]) {
      if (!f.framing.release) f.framing.release = { value: 'as-of', text: d.figure.text, day: lastDayOf(date.start) };
    }
  }
  return dates;
}

/**
 * "On 14 May the league's office gave 212 clubs", "the board, which announced 40 on 3 June":
 * the day a source stated a running count is the day the count stood so, where its clause
 * states no period of its own. The count is read as of that day (what the source had then),
 * not as of the article's date: a later revision is not the one it quotes.
 */
function statedOn(text: string, day: FramedFigure, run: readonly FramedFigure[], sentence: { start: number; end: number }): void {
  if (day.scopeOnly) return;
  const body = text.slice(sentence.start, sentence.end);
  const at = day.start - sentence.start;
  const clause = clauseOf(body, at, day.end - day.start);
  const inClause = (o: FramedFigure) => o.start - sentence.start >= clause.start && o.start - sentence.start < clause.end;
  // The one date of its clause (a year right after the day is part of it: "on 24 August last year").
  if (run.some((o) => o.figure.kind === 'date' && o !== day && inClause(o) && !(o.start >= day.end && /^[\s,]*$/.test(text.slice(day.end, o.start))))) return;
  // "by 8 September the toll had reached 295", "as of 3 June": the count as it stood that day.
  const asOf = AS_OF_DAY_BEFORE.test(body.slice(Math.max(0, at - 7), at));
  if (!asOf && !(STATED_ON_BEFORE.test(body.slice(Math.max(0, at - 4), at)) && STATEMENT_VERB.test(body.slice(clause.start, clause.end)))) return;
  // A day heading the statement is the day of every figure after it in its clause ("On 3 June the
  // board gave 40 hurt and 2 dead"); a day after the figures is the nearest one's alone ("the 40
  // announced on 3 June").
  const amounts = run.filter((o) => o !== day && AMOUNT_KINDS.has(o.figure.kind) && inClause(o));
  const earlier = amounts.filter((o) => o.end <= day.start);
  const before = earlier.pop();
  const dated = amounts.filter((o) => o.start >= day.end);
  // (Unless the nearest ends a list that a verb of stating gives: "announced 74 hurt, 12 missing and
  // 3 lost on 13 June" gave all three that day.)
  const list = before ? [before] : [];
  while (earlier.length && COORDINATED_BETWEEN.test(text.slice(earlier[earlier.length - 1]!.end, numberStart(text, list[0]!)))) list.unshift(earlier.pop()!);
  const given = list.length > 1 && STATEMENT_VERB_BEFORE.test(text.slice(Math.max(sentence.start, numberStart(text, list[0]!) - 30), numberStart(text, list[0]!)));
  readAsStated(dated.length ? dated : given ? list : before ? [before] : [], day.figure.date!.end ?? day.figure.date!.start);
}
/**
 * "On 12 October, twelve millers drowned", "On the night of 12 October, the flood took 40 homes":
 * a day heading its clause, no source speaking in it, is when the events its figures count
 * happened. Their time is that day, not the whole span of an event the article is about: a
 * count of one day is not the event's toll.
 */
function happenedOn(text: string, day: FramedFigure, run: readonly FramedFigure[], sentence: { start: number; end: number }, ofEvents: (measure: string | null) => boolean): void {
  if (day.scopeOnly || day.figure.date!.end) return;
  if (!DAY_HEADING_BEFORE.test(text.slice(sentence.start, day.start))) return;
  const body = text.slice(sentence.start, sentence.end);
  const clause = clauseOf(body, day.start - sentence.start, day.end - day.start);
  // ("On 24 August she filed the interim tally: 215 dead": the day a count was given, not of the dead.)
  if (STATEMENT_VERB.test(body.slice(clause.start, clause.end)) || COUNT_NOUN.test(body.slice(clause.start, clause.end))) return;
  const when = day.figure.date!.start;
  for (const o of run) {
    if (o.start < day.end || o.start - sentence.start >= clause.end || !AMOUNT_KINDS.has(o.figure.kind) || !ofEvents(o.framing.measure)) continue;
    if (o.framing.time.basis === 'publication' || o.framing.time.basis === 'event') o.framing.time = { from: when, to: when, basis: 'explicit' };
  }
}
/**
 * "the mills ground 9,000 tonnes on 18 August", "its busiest day last month, with 9,000 tonnes
 * on August 18": a calendar day right after a figure, no source speaking in its
 * clause, is the one day the figure is of. A month's or a year's figure is not that day's.
 */
function dayOfFigure(text: string, day: FramedFigure, run: readonly FramedFigure[], sentence: { start: number; end: number }): void {
  if (day.scopeOnly || day.figure.date!.end || !/\d/.test(day.figure.text)) return;
  const k = run.indexOf(day);
  const o = run[k - 1];
  if (!o || !AMOUNT_KINDS.has(o.figure.kind) || !/^\s+on\s+(?:the\s+)?$/i.test(text.slice(o.end, day.start))) return;
  const body = text.slice(sentence.start, sentence.end);
  const clause = clauseOf(body, day.start - sentence.start, day.end - day.start);
  if (STATEMENT_VERB.test(body.slice(clause.start, clause.end)) || o.framing.time.stated) return;
  // ("the register reached 295 dead on 8 September": a running count as it stood that day, not the day's own.)
  if (REACHED_BEFORE.test(text.slice(Math.max(sentence.start, numberStart(text, o) - 30), numberStart(text, o)))) return;
  const when = day.figure.date!.start;
  const t = o.framing.time;
  // (A period its clause stated, the day inside it, gives way to the day: "last month … on August 18".)
  if (t.basis === 'explicit' && !(t.from && when.startsWith(t.from.slice(0, 7)) && (t.to ?? t.from).slice(0, 7) === t.from.slice(0, 7)) && !(t.from && t.from.length === 4 && when.startsWith(t.from) && (t.to ?? t.from) === t.from)) return;
  o.framing.time = { from: when, to: when, basis: 'explicit' };
}
/** A verb of a running count reaching a level: "reached", "stood at", "rose to", "passed". */
const REACHED_BEFORE = /\b(?:reach(?:ed|es|ing)?|st(?:oo|an)d(?:s|ing)?\s+at|(?:rose|risen|rising|climbed|grew|jumped|fell|dropped)\s+to|hit|hits|pass(?:ed|es)|topp(?:ed|ing)|tops|exceed(?:ed|s)|surpass(?:ed|es)|total(?:l?ed|s))\s+(?:(?:about|around|nearly|almost|some|over|more than|at least)\s+)?$/i;
/** A noun of a count given or kept: a clause naming one speaks of the count, not of the events counted. */
const COUNT_NOUN = /\b(?:tall(?:y|ies)|tolls?|counts?|estimates?|figures?|reports?|lists?|registers?|numbers?|bulletins?|statements?|briefings?|records?)\b/i;
/** All that stands before a day heading its sentence: "On", "On the night of", "Early on". */
const DAY_HEADING_BEFORE = /^\s*(?:(?:early|late)\s+)?(?:on|in)\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?$/i;
/** Figures with no period of their own read as of the day a source gave them (a weak reading, `time.stated`). */
function readAsStated(figures: readonly FramedFigure[], day: string): void {
  for (const o of figures) {
    // (Of an event or not: a running toll of an event stood so on that day.)
    if (o.framing.time.basis === 'publication' || o.framing.time.basis === 'event') o.framing.time = { to: day, basis: 'as-of', stated: true };
  }
}
/**
 * A month or a year when a source spoke: right after its verb ("the league said in February",
 * "had forecast back in June 2022"), or heading a clause whose verb is one of saying ("In March
 * the board forecast that …", "which in May 2021 said …"). Its figures (those after it, or, where
 * it ends the sentence, those before it: "…, to 212 clubs, the office said in May") are read as of
 * its end where they state no period of their own. Whether it is the statement's date
 * is all it claims (judge/abstain.ts).
 */
function statedIn(text: string, d: FramedFigure, run: readonly FramedFigure[], sentence: { start: number; end: number }, published?: Published): boolean {
  const how = statementDate(text, d, sentence);
  if (!how) return false;
  const { tail, after } = how;
  let date = d.figure.date!;
  // A source speaks near the article's day, not in the year its figures are of: a month whose year
  // was taken from another date of the sentence ("rose in 2024, the office said in February") is
  // the last such month up to the article's date.
  if (date.resolution === 'nearby' && date.precision === 'month' && published) {
    const [py, pm] = [Number(published.date.slice(0, 4)), Number(published.date.slice(5, 7))];
    const m = Number(date.start.slice(5, 7));
    date = { ...date, start: `${m <= pm ? py : py - 1}-${date.start.slice(5, 7)}`, resolution: 'publication' };
    d.figure = { ...d.figure, date };
    d.framing.time = { from: date.start, to: date.start, basis: 'explicit' };
  }
  const ends = tail && /^\s*[.!?"”]*\s*$/.test(after);
  let amounts = run.filter((o) => AMOUNT_KINDS.has(o.figure.kind) && (ends ? o.end <= d.start : o.start >= d.end));
  // Ending the sentence, a reporting clause set off by a comma ("…, the office said in May") is
  // the source of all that comes before; without one ("the nine the board had forecast in
  // June") it is the nearest figure's.
  const last = amounts[amounts.length - 1];
  if (ends && last && !/,[^,]{0,60}$/.test(text.slice(last.end, d.start))) amounts = [last];
  readAsStated(amounts, lastDayOf(date.start));
  return true;
}
/** Whether a month or a year is when a source spoke (statedIn): after its verb (tail) or heading its clause. */
function statementDate(text: string, d: FoundFigure, sentence: { start: number; end: number }): { tail: boolean; after: string } | null {
  const date = d.figure.date;
  if (!date || date.precision === 'day' || date.end) return null;
  const after = text.slice(d.end, sentence.end);
  const tail = SAID_IN_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 40), d.start));
  // (A year heading a clause is more often the period of what follows: "In 2024 the office said 40 clubs folded".)
  const head = !tail && date.precision !== 'year' && HEAD_IN_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 12), d.start)) && SAYING_AFTER.test(after);
  return tail || head ? { tail, after } : null;
}
/** Verbs by which a source states or foresees a figure, for the readings of when it spoke. */
const SAYING = 'said|says|announced|reported|stated|forecast|forecasted|predicted|projected|estimated|wrote|confirmed|warned';
/** A verb of saying, then "in" (or "back in", "earlier in"), right before a month or a year. */
const SAID_IN_BEFORE = new RegExp(String.raw`\b(?:${SAYING}|told(?:\s+\w+){0,2}|gave|given|noted|published|released)\s+(?:(?:back|earlier|later)\s+)?in\s+(?:(?:early|mid|late)[\s-]+)?$`, 'i');
/** Verbs by which a source gives or revises a figure of its own: "In May the office gave 64", "In June it raised its estimate to 192". */
// (Not "raised" or "cut" alone: "In March the mill cut 40 posts" is when the posts went.)
const GIVING_FIGURE = String.raw`gave|published|released|issued|settled\s+on|put\s+(?:it|them|(?:the|its|their|[\w-]+['’]s)\s+(?:[a-z'’-]+\s+){0,4}?[a-z-]+)\s+at|(?:raised|lowered|cut|lifted|revised|increased|reduced)\s+(?:its|their|the)\s+(?:[a-z]+\s+)?(?:estimate|count|figure|toll|tally|forecast|total|number)s?`;
/** "In March", ", which in May": a month heading its clause. */
const HEAD_IN_BEFORE = /(?:^|[,;]\s*|\b(?:which|who|that)\s+)(?:[Ii]n|[Bb]ack in)\s+(?:(?:early|mid|late)[\s-]+)?$/;
/** The clause's verb, one of saying, within a few words after the date (its subject between). */
const SAYING_AFTER = new RegExp(String.raw`^[,]?\s+(?:[^,.;:]{0,60}?,\s*[^,.;:]{0,40}?,\s*|[^,.;:]{0,60}?\s)?(?:${SAYING}|told|${GIVING_FIGURE})\b`, 'i');

const AS_OF_DAY_BEFORE = /\b(?:by|as of|as at)\s+$/i;
/** "on" right before the day: the day of the statement, not a bound ("by", "until") or a span ("from"). */
const STATED_ON_BEFORE = /\bon\s+$/i;
/** Verbs by which a source gives a count. */
const STATEMENT_VERB = /\b(?:said|says|announced|reported|stated|gave|gives|given|put|puts|listed|counted|registered|spoke of|told|confirmed|published|released|issued|arrived at|settled on)\b/i;
/** A verb of stating right before a figure, a word or two between at most: "announced", "gave the toll as". */
const STATEMENT_VERB_BEFORE = new RegExp(String.raw`${STATEMENT_VERB.source}\s+(?:[a-z]+\s+){0,3}$`, 'i');

/**
 * An earlier level set beside the figure before it in its sentence, whose measure that figure
 * named: "fell to 4.1% from 4.3%", "compares with 46.3%", "after touching 4.3%". The two are
 * levels of one measure; what the earlier one measures is not a guess.
 */
function setBeside(sentence: string, at: number, length: number, last: { sentence: number }, index: number): boolean {
  if (last.sentence !== index) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  return directionAt(sentence, at, length).change === 'previous-level' || SET_AGAINST_BEFORE.test(before) || LEVEL_ON_THE_WAY_BEFORE.test(before);
}

/** "after touching", "before easing to", "having peaked at": a level the figure passed on its way. */
const LEVEL_ON_THE_WAY_BEFORE = /\b(?:after|before|having)\s+[a-z]+(?:ing|ed)\s+(?:at\s+|to\s+)?(?:(?:about|around|nearly|almost|some|just)\s+)?$/i;
const SINCE_BEFORE = /\bsince\s+(?:the\s+[a-z]+\s+of\s+)?$/i;
/** "between the floods of (2011 and)": the two events bounding a period. */
const BETWEEN_EVENTS_BEFORE = /\bbetween\s+the\s+[a-z]+\s+of\s+(?:(?:1[5-9]|20)\d\d\s+and\s+)?$/i;
/** A verb of change, an adverb at most, then "since": the year starts the change's period. ("Its expanded influence since 2020": a participle before its noun, no verb.) */
const CHANGE_SINCE_VERBS = String.raw`(?:shift(?:ed|s)?|chang(?:ed|es)|grown|grew|grows|risen|rose|rises|fallen|fell|falls|doubled|tripled|trebled|halved|increased|decreased|declined|dropped|climbed|improved|worsened|expanded|shrunk|shrank|moved|swung|surged|soared|slumped|slid|narrowed|widened)`;
const CHANGED_SINCE = new RegExp(String.raw`\b${CHANGE_SINCE_VERBS}\s+(?:[a-z]+ly\s+)?since\s+$`, 'i');
/** A verb of change, its object between (a few words at most), and "from" before a year. */
// ("unchanged from February", "flat from 2023": a level said the same as then, the base too.)
const CHANGED_FROM_YEAR = new RegExp(String.raw`\b(?:${CHANGE_SINCE_VERBS}(?:\s+(?!from\b)[\w'’-]+){0,3}|(?:little\s+)?(?:unchanged|flat|steady|stable))\s+from\s+$`, 'i');
const SPAN_END_AFTER = /^\s*(?:to|until|till|through|and)\b|^\s*[–-]/i;
/** Before and after a year in a label heading a line or an item: "* THE 2022 COUNT:", "2023 in brief:". */
const LABEL_LEAD = /^\s*(?:[*•·–-]\s+)?(?:\*\*)?(?:[\p{L}'’-]+\s+){0,3}$/u;
const LABEL_TAIL = /^(?:\s+[\p{L}'’-]+){0,3}\s*(?:\*\*)?\s*:/u;
/** Between the two dates of a span: "2019 to 2021", "2019 and 2021", "2019–2021". */
const SPAN_JOIN = /^\s*(?:to|until|till|through|and|[–-])\s*$/i;
/** A noun of data, then "from", "for" or "of", right before a period: the period names which data. */
const DATA_BEFORE = /\b(?:numbers|figures?|data|statistics|estimates?|counts?|results|tall(?:y|ies)|readings?)\s+(?:from|for|of)\s+(?:the\s+)?(?:(?:year|twelve months|12 months|quarter)\s+(?:to|ending|ended)\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/** Whether figure o is a change stated before the date d, in d's clause. */
function changeBefore(text: string, o: FramedFigure, d: FramedFigure, bounds: { start: number; end: number }): boolean {
  if (o.end > d.start || SCOPE_BREAK.test(text.slice(o.end, d.start))) return false;
  return directionAt(text.slice(bounds.start, bounds.end), o.start - bounds.start, o.end - o.start).change === 'change';
}

/** Between a verb and the number of its object: a space, or a word of amount. */
const VERB_OBJECT_BETWEEN = /^\s+(?:(?:more|less|fewer) than\s+|(?:at least|about|around|some|nearly|almost|over|under|up to|roughly|just)\s+)?$/i;
/** A determiner, and at most one lower-case modifier, right before a year: "the ", "a draft ". */
// Years may be coordinated before their noun: "their 2011 and 2021 censuses", "the 2019 or 2024 votes".
/** A year between a determiner or an owner and a noun of a figure: "its 2023 share", "Ruritania's 2023 total". */
const OWNED_YEAR_BEFORE = /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Ww]hose)|[A-Z][\w-]*['’]s)\s+(?:(?:final|first|latest|provisional|revised|official|estimated|own)\s+)?$/;
const FIGURE_NOUN_AFTER = /^\s+(?:[a-z]+\s+)?(?:share|figure|total|count|estimate|number|rate|level|toll|tally|outturn|result|reading|turnout|spending|budget|output|generation|emissions|population|growth|record|high|low|peak)\b/i;
/** The figure a year inside its noun names the period of: the first amount after that noun in its clause, the clause saying what the noun came to. */
function ownedPeriodFigure(text: string, d: FramedFigure, run: readonly FramedFigure[], sentence: { start: number; end: number }): FramedFigure | null {
  const date = d.figure.date;
  if (!date || (date.precision !== 'year' && date.precision !== 'month') || date.end) return null;
  const owner = OWNED_YEAR_BEFORE.exec(text.slice(Math.max(sentence.start, d.start - 40), d.start));
  if (!owner) return null;
  const noun = FIGURE_NOUN_AFTER.exec(text.slice(d.end, d.end + 20));
  if (!noun) return null;
  // "3.43% is Ostria's 2024 share": the figure before a verb of being and the noun.
  const before = [...run].reverse().find((x) => x.end <= d.start - owner[0].length && AMOUNT_KINDS.has(x.figure.kind));
  if (before && /^\s+(?:is|was|are|were)\s+$/.test(text.slice(before.end, d.start - owner[0].length))) return before;
  const from = d.end + noun[0].length;
  const o = run.find((x) => x.start >= from && AMOUNT_KINDS.has(x.figure.kind));
  if (!o) return null;
  // Only a verb of being or putting and a preposition between: "share was", "share at", "figure came to".
  return /^(?:(?:\s+of(?:\s+[\w'’-]+){1,6}?)?\s+(?:(?:was|is|stood|stands|came|comes|rose|fell|reached|hit|climbed|dropped|slipped|edged|amounted|amounts|settled|ended|finished|[a-z]+ed|[a-z]{3,}s)\b(?:\s+(?:at|to|up|down|in|out|only|just|then))*|(?:at|to|of)))?\s*[:,—–-]?\s*(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|less than|over|under|just over|just under|an estimated)\s+)?$/i.test(text.slice(from, o.start)) ? o : null;
}

const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|whose)|[A-Z][\w-]*['’]s)\s+(?:[a-z][a-z-]+\s+)?(?:(?:1[5-9]\d\d|20\d\d)\s+(?:and|or)\s+)?$/i;
/** A noun right after the year: a word that is not a verb, preposition or conjunction of the sentence. */
const NOUN_AFTER = /^(?:\s+(?:and|or)\s+(?:1[5-9]\d\d|20\d\d))?\s+(?!(?:and|or|to|through|until|was|were|is|are|had|has|have|will|would|saw|when|as|in|on|at|by|for|of|with|from|after|before|than)\b)[A-Za-z][a-z-]+/;

/** "than in July", "compared with 2022", "the same pace as in September": the time of what it is compared with. */
// (And "on" after a change: "a fall of 7.5 points on 2019", "up 4% on 2023"; "set against 2019".)
const COMPARED_BEFORE = /\b(?:(?:than|compared (?:with|to)|as against|set against|versus|vs\.?)\s+(?:(?:in|for|during|the same period of|a year earlier,? in)\s+)?|as\s+(?:in|during|for)\s+|(?:points?|%|per cent|percent)\s+on\s+)$/i;

/** A year or month that scopes the figures of its sentence: "in 2022", "by August". */
/**
 * A year naming an event scopes its sentence's amounts when it stands before the event's noun
 * ("the 2022 census") or heads the sentence ("In 2019, the flood drove 4,000 out"). After the
 * noun ("the strike in 2020", "a pledge at the summit in 2016", "the flood of 2019") it dates
 * the event: a claim, whose figures may be of another time ("rebuilding after the flood of 2019
 * has cost 4,000 jobs"). A duration beside it ("the 44-day strike") is the event's, not of its
 * year.
 */
function eventYearScopes(text: string, d: FramedFigure, run: readonly FramedFigure[], sentenceStart: number, ofTheEvent: (measure: string | null) => boolean): boolean {
  if (d.figure.date!.resolution === 'relative') return false;
  if (!run.some((o) => o !== d && AMOUNT_KINDS.has(o.figure.kind))) return false;
  const before = text.slice(Math.max(sentenceStart, d.start - 30), d.start);
  const attributive = ATTRIBUTIVE_BEFORE.test(before) && NOUN_AFTER.test(text.slice(d.end, d.end + 30));
  // (A month heading the sentence is the event's date: "In early May, three climbers died".)
  const heading = d.figure.date!.precision === 'year' && /^\s*in\s+$/i.test(text.slice(sentenceStart, d.start));
  // "counted about 5.4 million people in 2022": right after a figure of a measure of such events,
  // joined by a preposition of time, the year is that figure's own period. (After a figure of
  // another measure, "only four in 2014, when leaders met at the summit", it dates the event.)
  // (A few words of the figure's own clause may stand between: "had taken 365 seats under its
  // leader in December 2019".)
  const own = run.some((o) => o !== d && AMOUNT_KINDS.has(o.figure.kind) && o.end <= d.start && OWN_CLAUSE_DATE_BETWEEN.test(text.slice(o.end, d.start)) && ofTheEvent(o.framing.measure));
  // "At the last vote, in May 2019, the Greens won 31 seats": a date set off by commas after
  // the event's words, in a sentence of that event's figures, says which event they are of.
  const aside = /,\s*(?:in|on)\s+$/i.test(text.slice(Math.max(sentenceStart, d.start - 8), d.start)) && /^\s*,/.test(text.slice(d.end, d.end + 3)) && run.some((o) => o !== d && AMOUNT_KINDS.has(o.figure.kind) && o.start >= d.end && ofTheEvent(o.framing.measure));
  return attributive || heading || own || aside;
}
const AMOUNT_KINDS = new Set(['count', 'money', 'percent', 'measure', 'ratio']);

/**
 * A date attributive to the noun of an event after it in a title, which names and claims
 * nothing: a heading "The 2019 flood", a headline "2024 harvest results as they come in", a
 * talk's title "… the damage record of the May 2019 flood". (In a sentence of the text, "the
 * 2010 accord was signed in Port Vell" says when, and may be wrong: a claim.)
 */
function namesTheEvent(text: string, d: FramedFigure, sentence: Segmentation['sentences'][number], eventNounAfter: (text: string, at: number) => boolean): boolean {
  if (d.figure.date!.resolution === 'relative') return false;
  // (Nor does a question: "How many homes did Ruritania's 2011 flood take?")
  if (!titleLine(text, sentence)) return false;
  const head = d.start === sentence.start || NAME_HEAD_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 3), d.start));
  return (head || ATTRIBUTIVE_NAME_BEFORE.test(text.slice(Math.max(sentence.start, d.start - 40), d.start))) && eventNounAfter(text, d.end);
}
/** A title, a heading or a question: one line that ends in no full stop. */
function titleLine(text: string, sentence: { start: number; end: number }): boolean {
  const line = text.slice(sentence.start, sentence.end).trim();
  // (A bracketed note, "(Source: the guild, April 2025)", is no title.)
  return !line.includes('\n') && !/[.!…]["'”’)\]*_]*$/.test(line) && !/^[([]/.test(line);
}
const NAME_HEAD_BEFORE = /(?:^|[:–—]\s*)$/;
/** As ATTRIBUTIVE_BEFORE, with up to two words that are no preposition between the determiner and the date ("their own botched 2021 fair"). */
const ATTRIBUTIVE_NAME_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|whose)|[A-Z][\w-]*['’]s)\s+(?:(?!(?:of|in|on|at|for|from|by|with|to|since|until|during|after|before)\b)[a-z][a-z-]+\s+){0,2}$/i;

function scopesFigures(text: string, d: FramedFigure, sentenceStart: number): boolean {
  const lead = text.slice(Math.max(0, d.start - 10), d.start);
  // "by last month's storm": a time naming which event, not a period (nor an as-of, after "by").
  // (Before a figure of its own, "last year's 44-day conflict", it is that figure's.)
  if (d.figure.date!.resolution === 'relative' && /^['’]s\b(?!\s+\d)/.test(text.slice(d.end, d.end + 6))) return false;
  if (AS_OF_BEFORE.test(lead)) return true;
  if (d.figure.date!.precision === 'day') return false;
  // "last year", "this month": adverbs of time, scoping their clause with no preposition.
  // ("said earlier this month that …" dates the saying, not what was said.)
  // At the head of a sentence ("This year, the Yearbook includes …, which is estimated at …") it
  // may be the main clause's alone: no scope.
  if (d.figure.date!.resolution === 'relative' && !/^['’]s\b/.test(text.slice(d.end, d.end + 3))) {
    return !SAYING_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start));
  }
  // "June's first estimate, published in early July, showed …", "the 64 the ministry gave in
  // February", "a pledge made in Lisbon in 2016": the date of a statement or a decision, not the
  // period its figures are of.
  if (ACT_BEFORE.test(text.slice(Math.max(sentenceStart, d.start - 60), d.start))) return false;
  // "the lowest since the count began in April 1998", "the highest since the union in 1990": the
  // date a record's "since" reaches back to, not the period of the figures before it.
  if (SINCE_REACH_BEFORE.test(text.slice(Math.max(sentenceStart, d.start - 120), d.start))) return false;
  if (TIME_SCOPE_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) || PERIOD_BEFORE.test(lead)) return true;
  // "July's figure was lowered to 98,000", "August is now put at 78,000": the period the
  // sentence speaks of, as its subject.
  return periodAsSubject(text, d.end, text.slice(sentenceStart, d.start));
}

/** "the lowest since the count began in", "the highest since the union in": a record's "since", then a preposition of time (not a change's: "grew by 300 since the last count in"). */
const SINCE_REACH_BEFORE = /\b(?:[a-z]+est|most|least|first|record)\b[^,;.\d]{0,40}\bsince\s+[^,;.\d]{0,50}?\s(?:in|on|at)\s+$/i;
/** After a comma, a clause of its own: a noun and its relative clause's subject ("a finding it will"), or "which"/"who" and a verb. */
const OWN_CLAUSE_AFTER_COMMA = /^,\s+(?:(?:a|an|the|one)\s+[a-z-]+\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we|you)\s+[a-z]+|(?:which|who)\s+(?:(?:it|they|he|she|we)\s+)?[a-z]+)\b[^,;]*$/i;

/** "against", "compares with", "set beside", "contrasted with": a level set beside another, whose own date follows it. */
const SET_AGAINST_BEFORE = /\b(?:against|versus|vs\.?|compar(?:ed|es|e|ing) (?:with|to)|as against|(?:set|stands?|stood) (?:beside|next to)|contrast(?:ed|s)? with|relative to|(?:below|above|under|over|beneath) (?:the|its|their))\s+(?:the\s+)?$/i;
/**
 * The name the vocabulary does not know that owns a figure: a possessive before it, then only
 * lowercase words ("Valdonia's mill rate held at", "Upper Vale's mills counted"), or a place
 * heading the sentence ("In Upper Vale, the rate held at"). Not a month's or a day's ("November's
 * rate"), nor "the office's", whose owner is a source.
 */
export function unknownOwnerOf(lead: string, known: (start: number, end: number) => boolean): string | null {
  // (The possessive stands within a few words of the figure: only the lead's end is searched, and
  // only where it holds a possessive at all; this runs for most figures of an article.)
  const from = Math.max(0, lead.length - 140);
  const tail = lead.slice(from);
  const owned = POSSESSIVE.test(tail) ? UNKNOWN_OWNER_BEFORE.exec(tail) : null;
  const m = owned ?? UNKNOWN_PLACE_HEAD.exec(lead);
  const base = owned ? from : 0;
  if (!m || (base + m.index > 0 && /\bthe\s*$/i.test(lead.slice(0, base + m.index + 1)))) return null;
  const name = m[1]!;
  if (NOT_AN_OWNER.test(name) || SAID_BEFORE_FIGURE.test(lead)) return null;
  const at = base + m.index + m[0].indexOf(name);
  return known(at, at + name.length) ? null : name;
}
const POSSESSIVE = /\p{Lu}[\p{Ll}-]*['’]s\s/u;
const NAME = String.raw`(?!(?:The|A|An)\s)\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2}`;
const UNKNOWN_OWNER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${NAME})['’]s\s+(?:[a-z][a-z-]*\s+){1,6}(?:(?:about|around|nearly|almost|some|over|under|just)\s+)?$`, 'u');
const UNKNOWN_PLACE_HEAD = new RegExp(String.raw`^\s*(?:In|Across|Throughout)\s+(${NAME})\s*,\s+[^,;:]*$`, 'u');
const NOT_AN_OWNER = new RegExp(`^(?:${MONTH_RE}|${WEEKDAYS.join('|')}|Today|Yesterday|Tomorrow|This|Last|Next|Its|Their|His|Her|Our)\\b`);
/** ("In Port Vell, the guild said the rate held at 4.2%": where a source spoke.) */
const SAID_BEFORE_FIGURE = /\b(?:said|says|told|announced|reported|estimated)\b/;
/** Words that add figures up: a figure so made may be more than one subject's. */
const SUM_WORDS = /\b(?:combined?|combining|together|altogether|between them|in all|taken together|add(?:s|ed)? up|summed|sum of)\b/i;
/** A verb of saying or publishing right before a date: the date is the statement's. */
// ("added" is said only by a speaker: "12,000 posts added last month", "were added in May" are
// what was added, and the date is their period.)
const SAYING_BEFORE = /\b(?:said|says|announced|reported|stated|told(?:\s+\w+){0,2}|estimated|published|released|confirmed|(?<!\b(?:was|were|been|being|be|is|are|\d[\d,.]*(?:\s+[a-z]+)?)\s+)added)\s+(?:on\s+)?$/i;
const PERIOD_BEFORE = /\b(?:between|from|to|and|until|till|through)\s+$/i;
/**
 * A verb of stating, publishing or deciding right before a date, a place between them at most:
 * the date is the act's ("published in early July", "estimated in January", "agreed in Oslo in
 * 2006").
 */
const ACT_BEFORE =
  /\b(?:published|released|issued|announced|unveiled|put out|gave|given|estimated|stated|reported|confirmed|agreed|pledged|promised|signed|adopted|decided|made)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+)?(?:on|in|at|during)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/** The scoping date nearest a figure, one in another clause counting as farther than any in its own. */
function nearestScope(text: string, f: FramedFigure, dates: readonly FramedFigure[], takenBy: (d: FramedFigure) => readonly FramedFigure[] | null): FramedFigure | undefined {
  let best: FramedFigure | undefined;
  let bestDistance = Infinity;
  // The nearest date an earlier level takes alone (see foldScopeDates).
  let blocked: FramedFigure | undefined;
  let blockedDistance = Infinity;
  for (const d of dates) {
    const taken = takenBy(d);
    const others = taken !== null && !taken.includes(f);
    const between = d.start >= f.end ? text.slice(f.end, d.start) : text.slice(d.end, f.start);
    // A semicolon parts clauses more surely than a conjunction: "August was first put at 142,000
    // and now stands at 159,000; July has been lifted to 144,000".
    // A date right after the figure, joined by a preposition of time, is its own ("from 11 in
    // 2023 to 23 in 2024": 2024 is 23's, though 2023 stands as near before it).
    // A date after a semicolon scopes its own clause and those after it, never one before it:
    // "The first estimate was 114,000; the June report lowered it to 89,000" (June is the
    // report's, and the 114,000 is not June's).
    if (d.start >= f.end && between.includes(';')) continue;
    // So does a date of a clause of its own after ", and" or ", but", its subject and verb
    // before the date: "The revised figure is 36,000, and a final revision arrives in January".
    if (d.start >= f.end && OWN_CLAUSE_AFTER.test(between)) continue;
    // "Last year, turnout was 60%": a relative time heading a sentence scopes its main clause,
    // not a clause of its own after it ("Last year, the board published a report, which said
    // that 12 members …").
    if (d.end <= f.start && d.figure.date!.resolution === 'relative' && /(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, d.start - 3), d.start)) && HEAD_SCOPE_BREAK.test(between)) continue;
    const own = !others && ((d.start >= f.end && /^\s*(?:in|for|during|of)\s+$/.test(between)) || taken !== null);
    const distance = own ? -1 : between.length + (between.includes(';') ? 20_000 : SCOPE_BREAK.test(between) ? 10_000 : 0);
    if (others) {
      if (distance < blockedDistance) {
        blockedDistance = distance;
        blocked = d;
      }
    } else if (distance < bestDistance) {
      bestDistance = distance;
      best = d;
    }
  }
  // A date another level takes alone is no figure's but its own; past it, only a time heading
  // the sentence reaches a figure: "By the end of 2024, the count had reached 886, up 277 from
  // 609 at the end of 2023". Elsewhere the figure is left without ("18 in 2024, up from 11 in
  // 2023 and only four in 2014": the four's 2014 is its event's, not in these dates).
  if (blocked && blockedDistance < bestDistance && !(best && HEAD_TIME_BEFORE.test(text.slice(Math.max(0, best.start - 40), best.start)) && /^\s*,/.test(text.slice(best.end, best.end + 3)))) return blocked;
  return best;
}
/** Before a time heading its sentence: "By the end of", "In", "As of", or nothing. */
const HEAD_TIME_BEFORE = /(?:^|[.!?]\s+|\n\s*)(?:(?:by|in|at|as of|during|until)\s+)?(?:the\s+(?:end|start|beginning|close|middle)\s+of\s+)?$/i;

/** After a figure, a clause of its own before a date: ", and a final revision arrives in". */
const OWN_CLAUSE_AFTER = /,\s+(?:and|but)\s+(?:the|a|an|its|their|this|that|these|those)\s+(?:[a-z-]+\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|could|arrives?|comes?|came|lands?|landed|follows?|followed|went|goes)\b[^,;]*$/i;
/** Between a figure and a date of its clause: a few words without a break, then a preposition of time. */
const OWN_CLAUSE_DATE_BETWEEN = /^(?:\s+[\w'’-]+){0,5}?\s+(?:in|during|at)\s+$/;
/** Between a figure and a date that is its own: "365 seats in 2019", "12,000 jobs in 2024". */
const OWN_DATE_BETWEEN = /^\s*(?:[a-z]+\s+)?(?:in|for|during)\s+$/;
/** After a time heading a sentence, the end of its main clause: a clause of its own, or what was said. */
const HEAD_SCOPE_BREAK = /;|,\s+(?:which|who|whose|where|while|whereas|although|but|and)\b|\b(?:said|says|told|reported|announced|estimated|wrote|writes|found|showed|shows)\b/;
/** A break into a clause of its own: a semicolon, a relative clause, a contrast. */
const RELATIVE_BREAK = /;|,\s+(?:which|who|whose|where|while|whereas|although|but)\b/;
/** Between a figure and a date, a break of clause or a second figure's conjunction. */
const SCOPE_BREAK = /;|,\s+(?:and|but|while|whereas|although)\b|\s(?:and|but|while|whereas)\s/;

/** The words that named an event as the article writes them (a cue: its words joined by ' + '). */
const eventWords = (text: string, h: EventHit) => (h.via === 'cue' ? h.text : text.slice(h.start, h.end));

/**
 * A bare count's noun, from the count beside it: "23 of its 32 members" (a part of a whole),
 * "171 workers were injured and 19 were missing" (an ellipsis after a conjunction).
 */
/** Between a part and its whole: "23 of its 32", "nine of the alliance's 32". */
// "of its", "of the", "of Freedonia's", "of the league's", "of the Trade League's".
const PART_OF = /^\s+of\s+(?:(?:its|the|their|our|all)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}[\p{L}.-]+['’]s?\s+)?$/u;

/** Whether a count is the whole a count before it is part of ("23 of its 32 members": 32). */
function isWholeOf(text: string, f: FoundFigure, siblings: readonly FoundFigure[]): boolean {
  return wholeOf(text, f, siblings) !== undefined;
}

/** The part a count is the whole of, if any. */
function wholeOf(text: string, f: FoundFigure, siblings: readonly FoundFigure[]): FoundFigure | undefined {
  // The part's own text may hold the "of its": "23 of its".
  // Or its qualifier: "more than 200 of the".
  return siblings.find((o) => o !== f && o.figure.kind === 'count' && o.end <= f.start && (PART_OF.test(text.slice(o.end, f.start)) || PART_OF.test(text.slice(o.start, f.start).replace(/^\S+/, '')) || PART_OF_QUALIFIED.test(text.slice(o.start, f.start))));
}

/** A part with its qualifier, then "of": "more than 200 of the", "at least 12 of its". */
const PART_OF_QUALIFIED = new RegExp(`^(?:(?:more|fewer|less) than|at least|at most|nearly|almost|about|around|some|over|under)\\s+\\S+${PART_OF.source.slice(1)}`, 'iu');

/** "Enrolments fell by 1,200", "enrolments have grown to 41,500": a noun, a verb, "by" or "to". */
const SUBJECT_VERB_BEFORE = /\b([A-Za-z][A-Za-z-]+)\s+(?:(?:have|has|had)\s+)?([a-z]+)\s+(?:by|to)\s+(?:(?:just|only|some|about|nearly|almost|roughly|around)\s+)?$/;

/**
 * A bare count's noun from its clause's subject, right before a verb of the vocabulary's
 * actions: "enrolments fell by 1,200" counts enrolments. A noun the vocabulary counts, only.
 */
function nounOfSubject(v: CompiledVocabulary, text: string, sStart: number, f: FoundFigure): string | undefined {
  const at = numberStart(text, f);
  const m = SUBJECT_VERB_BEFORE.exec(text.slice(Math.max(sStart, at - 60), at));
  if (!m || !v.actionForms.has(m[2]!.toLowerCase())) return undefined;
  const word = m[1]!.toLowerCase();
  return [word, singular(word)].find((w) => v.measuresBySubject.has(w));
}

/** Between two counts that share the verb after them: "and", "or", a list's comma, words of the first count's own at most ("2,900 of its hands and about 85 carters"). */
const COORDINATED_BETWEEN = /^(?:\s+(?:of\s+)?(?:(?:the|its|their|his|her|our)\s+)?[a-z][\w'’-]*){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus)\s+)(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least|an estimated|another|a further|up to)\s+)?$/i;

/** "of" and a noun right after a percentage: the whole it is a share of ("2.33% of national income"). */
const SHARE_OF_AFTER = /^\s+of\s+(?:(?:the|its|their|his|her|our|a|all)\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?[a-z]/;

/** A part up to its whole's number: "23 of 32", "23 of its 32", "Eighteen of Ruritania's 32", "18 mills of the 32". */
const PARTITIVE_TO_WHOLE = /^\S+(?:\s+[a-z]+)?\s+of\s+(?:(?:the|its|their|all(?:\s+the)?|[A-Z][\w-]*['’]s?)\s+)?$/;

/** A word of some measure's action right after a bare count, or after its verb: "64 drowned", "12 were hurt". */
const PARTICIPLE_AFTER = /^\s+(?:(?:were|had been|have been|are)\s+)?([a-z]+)\b/i;
/** A verb (one or two words) right before a bare count, a qualifier between at most: "counted 5,436,600", "was home to some 8.8 million". */
const ACTION_BEFORE_COUNT = /\b((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:(?:about|around|roughly|nearly|almost|some|just over|just under|more than|over|under|fewer than)\s+)?$/i;
/** The nouns an adjective standing alone stands for: "the dead" are dead people. */
const ELIDED_PEOPLE = ['people', 'person'];
/** "the dead at 215", "the injured numbered 40", "the missing rose to 19": an adjective as the noun of a bare count. */
// ("its uniformed dead as 133", "the valley's military dead stand at 133": a possessive, and an
// adjective before the one standing for people, may stand in the determiner's place.)
const NOMINAL_BEFORE = new RegExp(`\\b(?:the|its|their|[A-Z][\\w-]*['’]s)\\s+(?:[a-z]+\\s+)?(${[...NOMINAL_ADJECTIVES].join('|')})\\s+(?:(?:at|to|was|were|as|numbered|totalled|totaled|reached|stood at|stand at|stands at|are at|is at|remain at|remained at|rose to|fell to|climbed to|came to)\\s+)(?:(?:about|around|some|nearly|almost|over|more than|at least|fewer than|at most)\\s+)?$`, 'i');
function nominalBeforeFigure(text: string, sStart: number, f: FoundFigure): string | undefined {
  const at = numberStart(text, f);
  return NOMINAL_BEFORE.exec(text.slice(Math.max(sStart, at - 50), at))?.[1]?.toLowerCase();
}

function nounOfNeighbour(text: string, f: FoundFigure, siblings: readonly FoundFigure[]): string | undefined {
  const counts = siblings.filter((o) => o !== f && o.figure.kind === 'count' && o.noun);
  const whole = counts.find((o) => o.start >= f.end && PART_OF.test(text.slice(f.end, o.start)));
  if (whole) return whole.noun;
  const before = counts.filter((o) => o.end <= f.start).pop();
  if (before && /^[^.;:]{0,60}?(?:,|\band\b|\bwhile\b|\bbut\b|\bwith\b)\s*(?:another\s+|a further\s+)?$/.test(text.slice(before.end, f.start)) && !siblings.some((o) => o.start > before.end && o.end <= f.start && o.figure.kind === 'count')) {
    // Only where nothing after the figure counts something else ("19 were missing", not "19 tanks").
    // ("1,469 wounded" holds its adjective already.)
    return (f.noun && (NOMINAL_ADJECTIVES.has(f.noun) || f.noun === 'other')) || /^\s+(?:were|was|had|have|are|more|others?|of them|missing|dead|hurt|still|[a-z]+ed)\b/i.test(text.slice(f.end, f.end + 16)) ? before.noun : undefined;
  }
  return undefined;
}

/** After a bare count, a relative clause whose verb says what was counted: "the 303 it won", "the 64 they lost". */
/** Between a level and a change in % apposed to it: "…, a ", "…, up ", "…, representing an ", after a few words of the level's own clause. */
// ("…, an increase of 26%", "…, that's 10% more than in 2023": a noun of change and "of", or a
// figure set against the level before by "more"/"less" after it, as the direction reads it.)
const APPOSED_CHANGE_BETWEEN = /^[^.;,()\d]{0,50}?[\d]{0,4}[^.;,()\d]{0,10}[,(]\s*(?:(?:representing|marking|(?:which|that)\s+(?:is|was)|(?:which|that)['’]s|or)\s+)?(?:an?\s+(?:[a-z]+\s+)?(?:rise|increase|gain|growth|jump|fall|decrease|decline|drop|slump)\s+of\s+|an?\s+|up\s+(?:by\s+)?|down\s+(?:by\s+)?|(?<=(?:which|that)(?:['’]s|\s+is|\s+was)\s+))(?:(?:about|around|nearly|almost|some|just over|just under|more than)\s+)?$/i;
/** Before an event named at a sentence's head: an article, a year or a few names ("The 2020 Port Vell accord"). */
const EVENT_AT_HEAD = /^\s*(?:the\s+)?(?:[A-Z0-9][\w'’.-]*\s+){0,3}$/i;
/** A sentence opened by "it" as its subject, not as an empty one ("It is clear that …", "It was reported …"). */
const PRONOUN_HEAD = /^\s*It\s+(?!(?:is|was|'s|seems|seemed|appears|appeared)\s+(?:not\s+)?(?:clear|likely|unlikely|unclear|possible|impossible|true|false|hard|easy|thought|said|believed|expected|feared|estimated|reported|understood|known|time|now|also)\b)/;
const RELATIVE_ACTION_AFTER = /^\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|you)\s+(?:had\s+|has\s+|have\s+)?([a-z]+)\b/i;

/**
 * The one measure, of the units `fits` accepts, whose action is the verb of one, two or three
 * words right before the figure ("counted", "stood at", "was home to"), or the verb of a relative
 * clause right after it ("the 303 it won in 2019"). Null where none or several are: the verb
 * says what happened, not what was measured.
 */
function actingBefore(v: CompiledVocabulary, text: string, sStart: number, sEnd: number, f: FoundFigure, fits: (unit: string) => boolean): string | null {
  const words = ACTION_BEFORE_COUNT.exec(text.slice(Math.max(sStart, numberStart(text, f) - 40), numberStart(text, f)))?.[1]?.toLowerCase().split(/\s+/) ?? [];
  const verbs = [1, 2, 3].filter((n) => words.length >= n).map((n) => words.slice(-n).join(' '));
  const relative = RELATIVE_ACTION_AFTER.exec(text.slice(f.end, Math.min(sEnd, f.end + 30)))?.[1]?.toLowerCase();
  const acts = (m: VocabularyMeasure) => m.actions.some((a) => verbs.includes(a.toLowerCase()) || (!!relative && (a.toLowerCase() === relative || !!v.actionForms.get(relative)?.has(a.toLowerCase()))));
  const acting = [...v.measures.values()].filter((m) => fits(m.unit) && acts(m));
  return acting.length === 1 ? acting[0]!.id : null;
}
/** After a bare count, an adjective and an adjective standing for people: "67 uniformed dead", "40 elderly injured". */
const QUALIFIED_NOMINAL_AFTER = /^\s+[a-z]+\s+([a-z]+)\b/i;

/** Relative clauses and brackets set off before a figure: ", which Congress leads,", "(SIPRI)". */
function asidesIn(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const piece = text.slice(start, end);
  // (And a participle's: "Georgia's final claim, handed to the EU's inquiry, was 170".)
  for (const m of piece.matchAll(/,\s+(?:which|who|whose|where|whom|[a-z]+ed|given|made|held|sent|written|drawn|shown|taken|put|set|kept|led|read)\b[^,;]*,|\([^()]*\)/g)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** Units of money: ISO codes ("USD", "EUR") and a measure in any currency. */
const isMoney = (unit: string) => /^[A-Z]{3}$/.test(unit) || unit === 'currency';
const isShare = (unit: string) => unit === '%' || unit === 'pp';
/** A measure counted in things (people, jobs, seats), not money, shares, dates or time. */
// (A unit of a physical quantity is no counted noun: "millions of homes" is no capacity in MW.)
const isCount = (unit: string) => unit !== '' && !isMoney(unit) && !isShare(unit) && !['date', 'day', 'week', 'month', 'year', 'hour', 'times', 'ratio'].includes(unit) && !isPhysicalUnit(unit);

/** The one phrase of the figure's own clause, at any distance in it. */
function phraseInClause(text: string, sStart: number, sEnd: number, f: FoundFigure, phrases: Hit[]): string | null {
  const sentence = text.slice(sStart, sEnd);
  const clause = clauseOf(sentence, f.start - sStart, f.end - f.start);
  const inClause = phrases.filter((p) => p.start >= sStart + clause.start && p.end <= sStart + clause.end);
  const ids = new Set(inClause.map((p) => p.id));
  return ids.size === 1 ? inClause[0]!.id : null;
}

/** An aside right after a count that names a part of it: ", engineers among them,", ", including 12 children,". */
const PART_ASIDE_AFTER = /^\s*,\s+(?:[^,;]{1,40}?\s+(?:among them|among whom|included)|including\s[^,;]{1,40}?|(?:most|many|some|several|all|none|half) of (?:them|whom)\s[^,;]{1,40}?)\s*,/i;

/** How near a phrase must stand to name a duration's or a bare count's measure ("its mandate ... five years"). */
const PHRASE_REACH = 40;

function distanceOf(h: Hit, f: { start: number; end: number }): number {
  return f.start >= h.end ? f.start - h.end : h.start >= f.end ? h.start - f.end : 0;
}

function nearestHit<T extends Hit>(hits: T[], f: FoundFigure): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const h of hits) {
    const d = f.start >= h.end ? f.start - h.end : h.start >= f.end ? h.start - f.end : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = h;
    }
  }
  return best;
}

/** The kind of event a table header names by the kind's name or one of its nouns: "Census day", "Election date". */
function kindInHeader(v: CompiledVocabulary, header: string): string | null {
  for (const w of header.toLowerCase().split(/[^a-z-]+/)) {
    const kind = w ? v.kindOfWord.get(w) : undefined;
    if (kind) return kind;
  }
  return null;
}

/** The one event of the kind a date cell's header names, of its row's entity (if it names one) and in the date's year. */
function eventOfDateCell(v: CompiledVocabulary, cell: TableCell, day: string): string | null {
  const kind = kindInHeader(v, cell.header);
  if (!kind) return null;
  const row = allMatches(v.entityPattern, cell.rowLabel, 0, cell.rowLabel.length, (m) => v.entityOf.get(m[0])).map((h) => h.id);
  const year = Number(day.slice(0, 4));
  const fits = v.source.events.filter(
    (e) => e.kind === kind && (row.length === 0 || row.some((id) => e.entities.includes(id))) && Number(e.start.slice(0, 4)) <= year && year <= Number((e.end ?? e.start).slice(0, 4)),
  );
  return fits.length === 1 ? fits[0]!.id : null;
}

/** The event kinds a common noun names in a sentence, as "the strike" or "that dispute", in order. */
function genericKinds(v: CompiledVocabulary, sentence: string): string[] {
  if (!v.genericEvent) return [];
  const out: string[] = [];
  v.genericEvent.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = v.genericEvent.exec(sentence))) {
    const kind = v.kindOfNoun.get(m[1]!.toLowerCase());
    if (kind && !out.includes(kind)) out.push(kind);
  }
  return out;
}

/** The event of a kind "last year's" or "this year's" names: by the publication's year, or the one the sentence names. */
function relativeEvent(v: CompiledVocabulary, kind: string, published: Published | undefined, offset: number, hits: EventHit[]): VocabularyEvent | undefined {
  const ofKind = v.source.events.filter((e) => e.kind === kind);
  if (published) {
    const year = Number(published.date.slice(0, 4)) + offset;
    return ofKind.find((e) => Number(e.start.slice(0, 4)) === year);
  }
  // Without a publication date, only an event the same sentence names can be meant.
  return ofKind.find((w) => hits.some((h) => h.id === w.id));
}

/** Where a figure's number starts, after the qualifier its quote may begin with ("at least 2%"). */
function numberStart(text: string, o: FoundFigure): number {
  const at = text.slice(o.start, o.end).search(/\d/);
  return at < 0 ? o.start : o.start + at;
}

/** The measure a bar's sentence names beside it, which the figures after it carry (not the bar's). */
const sentenceMeasure = new WeakMap<FoundFigure, string>();
/** Figures read as a bar, by the words around them. */
const barFigures = new WeakSet<FoundFigure>();
/** Percentages read as the change of a level named anywhere in their sentence, no phrase of their own. */
const changeOfNamedLevel = new WeakSet<FoundFigure>();

/** A bar named by its figure: "the 5% club", "the 2% mark", "crossed the 3% threshold". */
const BAR_NOUN_AFTER = /^\s+(?:club|mark|threshold|line|bar|benchmark|hurdle)\b/i;
/** Qualifier words that may stand between the action of clearing a bar and the bar's figure. */
const BAR_QUALIFIER = /^(?:\s|at least|at or above|or more|more than|above|over|the|a|an)*$/i;

/**
 * The figure of a bar that a count's members clear: "23 of the 32 members spent at least 2% of
 * national income", "14 clubs at or above 5%". It stands right after an action of a count
 * measure that declares its bar (the vocabulary's `bar`), in a sentence that states such a count
 * before it; or the text names it as a bar ("the 5% club"), where one bar of its unit is
 * declared. Without the count ("Ruritania spent at least 2% of national income") it is a
 * subject's own figure.
 */
function barOf(v: CompiledVocabulary, text: string, sStart: number, f: FoundFigure, siblings: FoundFigure[], actions: () => Hit[]): { id: string; afterAction: boolean } | null {
  if (v.bars.size === 0) return null;
  // The number's own position: the figure's quote may begin with a qualifier the action holds ("spend at least").
  const num = numberStart(text, f);
  for (const a of actions()) {
    if (a.end > num || a.start < sStart || !BAR_QUALIFIER.test(text.slice(a.end, num))) continue;
    const bases = v.actionForms.get(a.id);
    const isAction = (x: string) => x.toLowerCase() === a.id || !!bases?.has(x.toLowerCase());
    for (const o of siblings) {
      if (o.end > a.start || o.figure.kind !== 'count' || !o.noun) continue;
      const m = (v.measuresBySubject.get(o.noun) ?? []).find((x) => x.bar && x.actions.some(isAction));
      if (m) return isShare(v.measures.get(m.bar!)?.unit ?? '') ? { id: m.bar!, afterAction: true } : null;
    }
  }
  if (BAR_NOUN_AFTER.test(text.slice(f.end, f.end + 12)) && /\bthe\s+$/i.test(text.slice(Math.max(sStart, f.start - 5), f.start))) {
    const ofUnit = [...v.bars].filter((id) => isShare(v.measures.get(id)?.unit ?? ''));
    if (ofUnit.length === 1) return { id: ofUnit[0]!, afterAction: false };
  }
  return null;
}

function frameOne(
  text: string,
  sStart: number,
  sEnd: number,
  f: FoundFigure,
  siblings: FoundFigure[],
  v: CompiledVocabulary,
  published: Published | undefined,
  hitsOf: { entities: Hit[]; phrases: Hit[]; actions: () => Hit[] },
): Framing {
  const entityHits = hitsOf.entities;
  const entities: Framing['entities'] = [];
  const add = (h: Hit, role: 'subject' | 'comparator' | 'context') => {
    if (!entities.some((e) => e.id === h.id)) entities.push({ id: h.id, role, text: h.text });
  };
  // An adjective inside the figure ("three Ruritanian workers") names whose figure it is.
  // Not in money: "16.2 billion US dollars" names a currency, not the United States.
  const inside = f.figure.kind === 'money' ? [] : entityHits.filter((h) => h.start >= f.start && h.end <= f.end);
  for (const h of inside) {
    add(h, 'subject');
    // ("9,000 Valdonian millers", in an article that names Valdonia nowhere else: see below.)
    if (peopleOf(text, h, v) && !namedOtherwise(text, v).has(h.id)) entities[entities.length - 1] = { ...entities[entities.length - 1]!, people: true };
  }
  // A body that only speaks ("the regulator said", "according to the agency") is a source,
  // not whose figure it is; a country that speaks is still the party its figures are about.
  const speaks = (h: Hit) => v.entityKind.get(h.id) !== 'country' && (SPEAKER_AFTER.test(text.slice(h.end, Math.min(sEnd, h.end + 40))) || SOURCE_BEFORE.test(text.slice(Math.max(sStart, h.start - 20), h.start)));
  // "A Swedish daily", "a Berlin broadsheet": a place naming where a paper is from, not whose figure.
  const media = (h: Hit) => MEDIA_AFTER.test(text.slice(h.end, Math.min(sEnd, h.end + 30)));
  const canLead = (h: Hit) => SUBJECT_KINDS.has(v.entityKind.get(h.id) ?? '') && !speaks(h) && !media(h);
  // "3.8 times that of Freedonia": the entity after the comparison is the comparator; without
  // the phrase, the first country after a ratio is.
  let next: Hit | undefined;
  // (A fraction, "half of Ruritania's harvest", is a part of a whole, not set against anyone.)
  if (f.figure.kind === 'ratio' && f.figure.unit !== 'fraction') {
    next =
      entityHits.find((h) => h.start >= f.end && h.start - f.end < 40 && COMPARATOR_BEFORE.test(text.slice(f.end, h.start))) ??
      entityHits.find((h) => h.start >= f.end && canLead(h));
  } else if (f.figure.kind === 'money' || f.figure.kind === 'count' || f.figure.kind === 'percent') {
    // "US$2.2 billion more than Freedonia": a difference, with its comparator.
    next = entityHits.find((h) => h.start >= f.end && h.start - f.end < 60 && canLead(h) && DIFFERENCE_BEFORE.test(text.slice(f.end, h.start)));
  }
  // "US$1.3 billion spent by Freedonia": a passive agent right after the figure is its subject.
  const agent = entityHits.find((h) => h.start >= f.end && h.start - f.end < 30 && canLead(h) && AGENT_BEFORE.test(text.slice(f.end, h.start)));
  if (inside.length === 0 && agent && agent !== next) add(agent, 'subject');
  else if (inside.length === 0) {
    // Otherwise the nearest country or place before the figure is the subject, not one inside a
    // clause set off between commas or brackets ("the INDIA bloc, which Congress leads, won 99").
    const asides = asidesIn(text, sStart, f.start);
    // ("the highest ratio in the league": the whole a superlative ranks in, not whose figure.)
    // (Nor "the league's highest ratio", "the valley's most visited town": an owner of a
    // superlative is the whole it ranks in.)
    // (Nor a name a few words after a superlative: "the largest global miller", "the top guild
    // globally": the field it ranks in.)
    const superlative = SUPERLATIVE_WORD.test(text.slice(sStart, f.start));
    const before = entityHits.filter((h) => h.end <= f.start && h !== next && canLead(h) && !asides.some((a) => a.start <= h.start && a.end >= h.end) && !(superlative && (SUPERLATIVE_WHOLE_BEFORE.test(text.slice(Math.max(sStart, h.start - 50), h.start)) || SUPERLATIVE_OWNER_AFTER.test(text.slice(h.end, h.end + 40)) || SUPERLATIVE_NEAR_BEFORE.test(text.slice(Math.max(sStart, h.start - 40), h.start)))) && !COMPARED_NAME_BEFORE.test(text.slice(Math.max(sStart, h.start - 30), h.start)));
    const lastBefore = before[before.length - 1];
    // ("Valdonia spends more than Ostria, ranked 15th with $24.4 billion": the name set against the
    // subject may own the figure after it, as a participle's subject; kept beside it, a rival, so
    // the subject is a guess between the two.)
    const compared = entityHits.filter((h) => h.end <= f.start && canLead(h) && (!lastBefore || h.start > lastBefore.end) && COMPARED_NAME_BEFORE.test(text.slice(Math.max(sStart, h.start - 30), h.start))).pop();
    if (compared) add(compared, 'context');
    const shareOf = f.figure.kind === 'percent' || f.figure.unit === 'fraction' ? entityHits.find((h) => h.start >= f.end && h.start - f.end < 12 && canLead(h) && SHARE_OF.test(text.slice(f.end, h.start))) : undefined;
    // "drowned in Valdonia and 1,832 in Ostria", "crews in Valdonia and Ostria … after the flood
    // drowned 5,894 millers in Valdonia", "5.7% in Valdonia and 6.1% in Ostria": a place right
    // after a count or a percentage, "in" between, is where it was counted,
    // where the one named before it is only where something else was (not one that acts:
    // "Upper Vale employed 4,200 millers in Port Vell").
    const placeRightAfter = (f.figure.kind === 'count' || f.figure.kind === 'percent') && lastBefore && LOCATIVE_BEFORE.test(text.slice(Math.max(sStart, lastBefore.start - 40), lastBefore.start)) ? entityHits.find((h) => h.start >= f.end && h.start - f.end < 12 && canLead(h) && /^\s+in\s+(?:the\s+)?$/.test(text.slice(f.end, h.start))) : undefined;
    if (shareOf) add(shareOf, 'subject');
    else if (placeRightAfter) add(placeRightAfter, 'subject');
    else if (lastBefore) {
      add(lastBefore, 'subject');
      // "… with Valdonian millers 30% below 2019", in an article that names Valdonia nowhere else:
      // the people of a country, who may be counted where they are, not in it.
      if (peopleOf(text, lastBefore, v) && !namedOtherwise(text, v).has(lastBefore.id)) entities[entities.length - 1] = { ...entities[entities.length - 1]!, people: true };
    }
    else if (f.figure.kind === 'count') {
      // "The survey counted 59.6 million people in Ruritania": with nobody named before it, the
      // place a count of people or things is in, right after it, is whose count it is.
      const place = entityHits.find((h) => h.start >= f.end && h.start - f.end < 40 && canLead(h) && PLACE_OF_COUNT_BETWEEN.test(text.slice(f.end, h.start)));
      if (place) add(place, 'subject');
    }
  }
  // "Statistics Ruritania said the jobless rate rose to 6.8%": with no subject of its own, a
  // figure given by a body named after a subject is that subject's.
  if (!entities.some((e) => e.role === 'subject') && f.figure.kind !== 'date') {
    for (const h of entityHits) {
      if (!speaks(h)) continue;
      const named = namedInside(v, h.text);
      if (named && SUBJECT_KINDS.has(v.entityKind.get(named.id) ?? '')) {
        add({ start: h.start, end: h.end, id: named.id, text: named.text }, 'subject');
        break;
      }
    }
  }
  if (next) add(next, 'comparator');
  for (const h of entityHits) if (h !== next && f.figure.kind !== 'date' && !(h.end <= f.start && canLead(h)) && !(f.figure.kind === 'money' && h.start >= f.start && h.end <= f.end)) add(h, 'context');

  // Measure
  let clearedBar = false;
  let measure: string | null = null;
  // Set where the counted noun was left out and read as people ("74 dead").
  let elided = false;
  // Set where only the verb before a bare count named its measure ("counted 5,436,600").
  let actionOnly = false;
  const kind = f.figure.kind;
  const phrases = hitsOf.phrases;
  // A phrase names the measure of the figure nearest it: with "16.2 GW of new capacity …, lifting
  // the total to 99.3 GW", the phrase is the first figure's, and the second is left unread.
  const rivals = siblings.filter((o) => o !== f && o.figure.kind === f.figure.kind);
  // (A phrase inside another figure's own words is that figure's: "lost 4,200 after a 4.5-grade
  // flood" is no grade.)
  // (Unless the two are coordinated and share the noun: "added 800 and 300 mill posts".)
  const insideOther = (x: Hit) => siblings.some((o) => o !== f && x.start >= o.start && x.end <= o.end && !(o.start >= f.end && COORDINATED_BETWEEN.test(text.slice(f.end, numberStart(text, o)))));
  const phraseOf = (units: (unit: string) => boolean, reach = Infinity) => {
    const p = nearestHit(phrases.filter((x) => units(v.measures.get(x.id)?.unit ?? '') && !WHOLE_OF_SHARE_BEFORE.test(text.slice(Math.max(sStart, x.start - 40), x.start)) && !insideOther(x)), f);
    if (!p || distanceOf(p, f) > reach) return null;
    const d = distanceOf(p, f);
    const owner = rivals.find((o) => distanceOf(p, o) < d);
    if (!owner) return p.id;
    // "$620 million on its armed forces in 2021 and $1.36 billion in 2022": a figure listed
    // right after the phrase's own, with only a time and a conjunction between, shares it.
    const between = owner.end <= f.start ? text.slice(owner.end, f.start).replace(text.slice(p.start, p.end), ' ') : '';
    const words = between.replace(/\b(?:1[5-9]\d\d|20\d\d)\b/g, ' ').trim().split(/[\s,]+/).filter(Boolean);
    return words.length <= 4 && words.some((w) => /^(?:and|or|while|versus|against|then|respectively|from|to)$/i.test(w)) ? p.id : null;
  };
  // A share measure only where it is a share of the whole the clause states, if it states one
  // ("share of gross final energy consumption" is no share of electricity generation).
  const whole = kind === 'percent' ? wholeCheck(v, text.slice(sStart, sEnd), f.start - sStart, f.end - f.start) : null;
  const ofWhole = (id: string | null) => (whole ? whole.fits(id) : id);
  if (kind === 'measure') {
    // A quantity in a physical unit: a measure the sentence names in a unit it converts to
    // ("solar capacity … 99.3 GW"); else a distance.
    const unit = f.figure.unit ?? '';
    measure = phraseOf((u) => conversion(u, unit) !== null);
    // "the mills ground 4,100 tonnes": with no phrase, a verb right before the quantity that is
    // the action of exactly one measure in a unit it converts to (a weak reading, as for a count).
    if (!measure) {
      const acting = actingBefore(v, text, sStart, sEnd, f, (u) => conversion(u, unit) !== null);
      if (acting) {
        measure = acting;
        actionOnly = true;
      }
    }
    measure ??= conversion('km', unit) !== null ? DISTANCE : null;
  }
  else if (kind === 'duration') measure = phraseOf((u) => u === 'year' || u === 'day', PHRASE_REACH) ?? DURATION;
  else if (kind === 'date') measure = 'date';
  // A share or a rate: the nearest measure in % the sentence names ("the unemployment rate", "of
  // GDP"); else a money measure, whose change a percentage may state ("raised spending by 60%").
  else if (kind === 'percent') {
    const bar = barOf(v, text, sStart, f, siblings, hitsOf.actions);
    measure = ofWhole(phraseOf(isShare)) ?? ofWhole(shareOf(v, text, sStart, sEnd, f)) ?? ofWhole(shareOfCounted(v, text, f, sEnd, hitsOf.actions)) ?? whole!.stated();
    // (Not a percentage stated of a whole, "spend 2.33% of national income on the mills": a
    // share of what no measure names, not a change of the money beside it.)
    if (!measure && !SHARE_OF_AFTER.test(text.slice(f.end, Math.min(sEnd, f.end + 40)))) {
      // A money measure's change: the vocabulary's measure of it in %, where it declares one
      // ("its flood budget rose 28%"); else the money measure, compared through the
      // change between two of its facts.
      const money = phraseOf(isMoney);
      measure = money ? v.changeOfLevel.get(money) ?? money : null;
      // So too any level the vocabulary links a change in % to ("the harvest came to 4,100
      // tonnes, 3% less than in 2023").
      if (!measure) {
        const level = phraseOf((u) => u !== '%' && [...v.changeOfLevel.keys()].some((id) => v.measures.get(id)?.unit === u));
        measure = level ? v.changeOfLevel.get(level) ?? null : null;
      }
      if (measure) changeOfNamedLevel.add(f);
    }
    // "18 of 32 allies spent at least 2% of national income": the bar's, and the share its
    // phrase names is what the figures after it measure.
    if (bar) {
      if (measure && measure !== bar.id) sentenceMeasure.set(f, measure);
      barFigures.add(f);
      measure = bar.id;
      if (bar.afterAction) clearedBar = true;
    }
  }
  // A fraction of a share measure's whole, its part named in the clause ("rye slipped below a
  // tenth of the harvest"), is that share (the figure is then read as a percentage).
  else if (kind === 'ratio' && f.figure.unit === 'fraction') {
    measure = shareOf(v, text, sStart, sEnd, f);
    // "the rye harvest shrank by about a fifth": a change by a fraction is a change in % of the
    // measure its clause names (or of the level the vocabulary links one to).
    if (!measure && CHANGE_BY_BEFORE.test(text.slice(Math.max(sStart, f.start - 50), f.start))) {
      const named = phraseOf((u) => u !== '');
      const m = named ? v.measures.get(named) : undefined;
      measure = m?.kind === 'change' && isShare(m.unit) ? named : named ? v.changeOfLevel.get(named) ?? null : null;
    }
    measure ??= phraseOf(isMoney);
  }
  else if (kind === 'money' || kind === 'ratio') measure = phraseOf(isMoney);
  else if (kind === 'count') {
    // "215 Ruritanians had been killed and 1,469 injured": a neighbour's noun names whom an adjective counts.
    // A bare count whose clause names no measure by a phrase may count its clause's subject ("enrolments fell by 1,200").
    const countPhrase = () => phraseOf(isCount, PHRASE_REACH) ?? phraseInClause(text, sStart, sEnd, f, phrases.filter((x) => isCount(v.measures.get(x.id)?.unit ?? '') && !insideOther(x)));
    const nominalBefore = f.noun ? undefined : nominalBeforeFigure(text, sStart, f);
    // ("296 people killed and 153 others injured": "others" stands for the noun before it.)
    const stated = f.noun === 'other' ? undefined : f.noun;
    let noun = (stated && !NOMINAL_ADJECTIVES.has(stated) ? stated : undefined) ?? nounOfNeighbour(text, f, siblings) ?? stated ?? nominalBefore ?? (countPhrase() ? undefined : nounOfSubject(v, text, sStart, f));
    // "74 dead", "put the injured at 1,469": an adjective standing for the people it describes
    // counts people, where no measure counts the adjective itself; its action picks the measure.
    // "64 drowned", "12 were hurt": a word of a measure's action right after a bare count.
    let participle = false;
    if (!noun && !f.noun) {
      const word = PARTICIPLE_AFTER.exec(text.slice(f.end, Math.min(sEnd, f.end + 30)))?.[1]?.toLowerCase();
      if (word && v.actionForms.has(word)) {
        noun = word;
        participle = true;
      }
      // "67 uniformed dead": an adjective before the one standing for people.
      const nominal = QUALIFIED_NOMINAL_AFTER.exec(text.slice(f.end, Math.min(sEnd, f.end + 40)))?.[1]?.toLowerCase();
      if (!noun && nominal && NOMINAL_ADJECTIVES.has(nominal)) noun = nominal;
    }
    if (noun && (NOMINAL_ADJECTIVES.has(noun) || participle) && !v.measuresBySubject.has(noun)) {
      const people = ELIDED_PEOPLE.find((w) => v.measuresBySubject.has(w));
      if (people) {
        noun = people;
        elided = true;
      }
    }
    // "90 armoured carts": a describing word and the noun that together are a counted noun of
    // the vocabulary count that, not the bare noun (a measure of all vehicles).
    if (noun && f.noun === noun) {
      const words: string[] = text.slice(numberStart(text, f), f.end).toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
      let i = words.length - 1;
      while (i >= 0 && words[i] !== noun && singular(words[i]!) !== noun) i--;
      const compound = i > 0 ? `${words[i - 1]} ${noun}` : null;
      if (compound && v.measuresBySubject.has(compound)) noun = compound;
    }
    const candidates = noun ? v.measuresBySubject.get(noun) ?? [] : [];
    const implied = candidates.find((c) => c.implied?.includes(noun!));
    if (implied) measure = implied.id;
    else if (candidates.length) {
      // The action nearest the figure, preferring one after it and before the next count.
      const nextFigure = siblings.find((o) => o.start >= f.end && o.figure.kind === 'count');
      // (Nor past the end of its clause where the next count has a clause of its own: "found
      // 4,000 people in Port Vell, and the number there fell by 300".)
      const clauseEnd = sStart + clauseOf(text.slice(sStart, sEnd), f.start - sStart, f.end - f.start).end;
      const limit = nextFigure ? (nextFigure.start > clauseEnd ? clauseEnd : nextFigure.start) : sEnd;
      // A word inside another figure ("members" in "of its 32 members") is that figure's.
      // Not the qualifier before its number ("23 allies at or above 2%"): that is the count's action.
      const actions = hitsOf.actions().filter((a) => !siblings.some((o) => o !== f && a.start >= numberStart(text, o) && a.end <= o.end));
      // "23 of its 32 members reaching the mark": what follows the whole is said of the part.
      // So too "Of its 32 members, 23 reach the mark": the whole heads the sentence.
      // (Its own words up to the comma are its own: "Of the 295 the office recorded as drowned, 186 …".)
      const fronted = FRONTED_PARTITIVE_BEFORE.test(text.slice(sStart, numberStart(text, f))) && siblings.some((o) => o.start > f.end && o.figure.kind === 'count');
      const isWhole = isWholeOf(text, f, siblings) || fronted;
      const frontedEnd = fronted ? text.indexOf(',', f.end) : -1;
      // "40 workers, engineers among them, injured in …": an aside naming a part of the
      // count is passed over; the action after it is the count's.
      const aside = PART_ASIDE_AFTER.exec(text.slice(f.end, Math.min(sEnd, f.end + 80)));
      const from = aside ? f.end + aside[0].length : f.end;
      // (Save a participle right after the whole's noun, its own: "Forty of the 170 millers
      // drowned died at the weir" counts the drowned.)
      const after = frontedEnd > f.end ? actions.filter((a) => a.start >= f.end && a.end <= frontedEnd) : isWhole ? actions.filter((a) => a.start >= f.end && /^\s+$/.test(text.slice(f.end, a.start))).slice(0, 1) : actions.filter((a) => a.start >= from && a.start < limit);
      const beforeActions = actions.filter((a) => a.end <= f.start).reverse();
      // Its own adjective first, where the adjective is all it counts ("1,469 wounded"); and a
      // partitive's whole by its own noun, where the vocabulary lists the noun as the measure's
      // word ("23 of its 32 members": the count of members).
      const own =
        (f.noun && NOMINAL_ADJECTIVES.has(f.noun)) || isWhole
          ? actions.filter((a) => a.start >= f.start && a.end <= f.end)
          : nominalBefore
          ? beforeActions.filter((a) => a.id === nominalBefore).slice(0, 1)
          : [];
      // An action past the next count is this one's only where the two share it, coordinated
      // ("2,000 hands and 300 carters were laid off"), or where the next is its whole ("23 of its
      // 32 mills met the mark"); not "when the guild had 30 members, only eight met the mark",
      // whose action is the next count's alone.
      const shared = !fronted && nextFigure && (COORDINATED_BETWEEN.test(text.slice(f.end, numberStart(text, nextFigure))) || PARTITIVE_TO_WHOLE.test(text.slice(f.start, numberStart(text, nextFigure)))) ? actions.filter((a) => a.start >= limit) : [];
      // An action standing between the count's number and its noun ("412 registered clubs") is its own.
      const inside = actions.filter((a) => a.start >= numberStart(text, f) && /^\s+[a-z]/i.test(text.slice(a.end, f.end)) && !/\d/.test(text.slice(a.end, f.end)));
      // A verb right before the count, whose object it is, is its action first: "the flood
      // drowned 40 millers and washed away 300 carts" (not the next verb, which has its own object).
      const adjacent = beforeActions[0] && VERB_OBJECT_BETWEEN.test(text.slice(beforeActions[0].end, numberStart(text, f))) ? [beforeActions[0]] : [];
      for (const a of [...own, ...inside, ...adjacent, ...after, ...beforeActions, ...shared]) {
        const bases = v.actionForms.get(a.id);
        const m = candidates.find((c) => c.actions.some((x) => x.toLowerCase() === a.id || !!bases?.has(x.toLowerCase())));
        if (m) {
          // "2,000 millers drowned or hurt", "412 dead and hurt": an action joined to one of
          // another measure counts the two together, which is neither measure's figure.
          measure = joinedAction(text, a, m, candidates, v) ? null : m.id;
          break;
        }
      }
    }
    // "209,000 new jobs": a counted noun with no action names its measure when only one counts it.
    if (!measure && candidates.length === 1 && !candidates[0]!.actions.length) measure = candidates[0]!.id;
    // "private mills added 2,300 jobs": a phrase of another measure of the same unit beside the
    // count names it more closely than the noun and its verb, which both measures share.
    // (Only a sentence's one count: with others, the phrase may be theirs.)
    if (measure && !implied && !siblings.some((o) => o !== f && o.figure.kind === 'count')) {
      const named = phraseOf(isCount, PHRASE_REACH);
      if (named && named !== measure && v.measures.get(named)?.unit === v.measures.get(measure)?.unit && candidates.some((c) => c.id === measure) && !candidates.some((c) => c.id === named)) measure = named;
    }
    // "put its overall job losses at 2,906", "payrolls grew by 12,000": a phrase names what a
    // bare number counts, in the figure's clause or near it. (Not a count of its own noun that no
    // measure counts: "two storms held the milling down" counts storms.)
    // (Nor a count its own noun names before it, where no measure counts that noun: "an
    // electorate of some 59 million" beside a word of the population is the electorate.)
    const ownOf = !noun ? OWN_NOUN_OF_BEFORE.exec(text.slice(Math.max(sStart, numberStart(text, f) - 50), numberStart(text, f)))?.[1]?.toLowerCase() : undefined;
    const foreignOwn = !!ownOf && !v.measuresBySubject.has(singular(ownOf)) && !namesAPhrase(v, ownOf);
    if (!measure && !foreignOwn && (!noun || (candidates.length === 0 && noun !== f.noun))) measure = countPhrase();
    // "Scotland … counted 5,436,600", "was home to 8.8 million": a bare count right after a verb
    // that is the action of exactly one count measure (a weak reading: the verb says what
    // happened, not what was counted).
    if (!measure && !noun) {
      const acting = actingBefore(v, text, sStart, sEnd, f, isCount);
      if (acting) {
        measure = acting;
        actionOnly = true;
      }
    }
  }

  // No phrase: the words of a measure's own name in the figure's clause (a weak reading).
  let measureVia: 'name' | 'subject' | 'unit' | 'elided' | 'action' | undefined;
  // Whom an adjective standing alone counts is read, not said: "74 dead" may be a ministry's own staff.
  if (measure && elided) measureVia = 'elided';
  if (measure && actionOnly) measureVia = 'action';
  if (!measure && kind === 'percent') {
    // "Renewables as a whole reached 47%": a share's part with no whole after the figure.
    measure = ofWhole(shareOf(v, text, sStart, sEnd, f, false));
    if (measure) measureVia = 'name';
  }
  if (!measure && (kind === 'percent' || kind === 'money' || kind === 'measure')) {
    const unit = f.figure.unit ?? '';
    const fits = kind === 'percent' ? isShare : kind === 'money' ? isMoney : (u: string) => conversion(u, unit) !== null;
    const sentence = text.slice(sStart, sEnd);
    const clause = clauseOf(sentence, f.start - sStart, f.end - f.start);
    measure = ofWhole(measureByName(v, clause.text, fits));
    if (measure) measureVia = 'name';
  }
  // A percentage stated of a whole ("2.8% of national income") is a share: no measure of a change.
  if (measure && kind === 'percent' && v.measures.get(measure)?.kind === 'change' && SHARE_OF_AFTER.test(text.slice(f.end, Math.min(sEnd, f.end + 40)))) {
    measure = null;
    measureVia = undefined;
  }
  // "The Green Alliance, with 28.5%, keeps …": a share of a subject of a kind only one measure of
  // its unit accepts (`subjectKinds`) is that measure's (a weak reading).
  if (!measure && kind === 'percent') {
    const subject = entities.find((e) => e.role === 'subject');
    const entityKind = subject ? v.entityKind.get(subject.id) : undefined;
    const accepting = entityKind ? [...v.measures.values()].filter((m) => isShare(m.unit) && m.subjectKinds?.includes(entityKind as never)) : [];
    if (accepting.length === 1 && ofWhole(accepting[0]!.id)) {
      measure = accepting[0]!.id;
      measureVia = 'subject';
    }
  }
  // "a 40 MW pumping station": a quantity in the unit of exactly one measure of the
  // vocabulary, whose sentence names none, is that measure's (a weak reading).
  if (!measure && kind === 'measure' && f.figure.unit) {
    // (The same unit by another name too: "ha" and "hectare".)
    const inUnit = [...v.measures.values()].filter((m) => m.unit === f.figure.unit || conversion(m.unit, f.figure.unit!) === 1);
    if (inUnit.length === 1) {
      measure = inUnit[0]!.id;
      measureVia = 'unit';
    }
  }

  // Time scope: an explicit year in the sentence, else the publication date (as of).
  let time: Framing['time'] = { basis: 'unknown' };
  if (kind === 'date' && f.figure.date) {
    time = { from: f.figure.date.start, to: f.figure.date.end ?? f.figure.date.start, basis: f.figure.date.resolution === 'explicit' || f.figure.date.resolution === 'nearby' ? 'explicit' : f.figure.date.resolution === 'unresolved' ? 'unknown' : 'publication' };
  } else if (published) {
    time = { to: published.date, basis: 'publication' };
  }
  const framing: Framing = measureVia ? { entities, measure, measureVia, event: null, time } : { entities, measure, event: null, time };
  if (clearedBar) framing.clearedBar = true;
  return framing;
}
