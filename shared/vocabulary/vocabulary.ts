import { IRREGULAR_FORMS } from '../extract/verbs.ts';
import type { FactSource, Vocabulary, VocabularyCurrency, VocabularyEntity, VocabularyEvent, VocabularyMeasure } from './schema.ts';
import defaultVocabularyJson from './vocabulary.json' with { type: 'json' };

/**
 * The words the engine frames figures with: entities and their aliases, measures and the
 * nouns and verbs that signal them, events and their names. Data, not code: users extend it
 * with `--vocabulary FILE` (merged over the default by id).
 */

// The schema (schema.ts) and the reading of a user's file (file.ts) live apart, so that framing
// and judging on the shipped vocabulary do not load zod.
export { ENTITY_KINDS, SUBJECT_ENTITY_KINDS } from './kinds.ts';
export type { FactSource, Vocabulary, VocabularyCurrency, VocabularyEntity, VocabularyEvent, VocabularyEventKind, VocabularyFile, VocabularyMeasure } from './schema.ts';


/**
 * The port a pipeline stage asks for the beat's vocabulary: in a deployed stack, the one stored
 * in the reference table (adapters/dynamodb/vocabulary-store.ts); none means the shipped one.
 */
export interface VocabularySource {
  current(): Promise<CompiledVocabulary | undefined>;
}

export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';
}

/** A text as a pattern that matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A case-insensitive pattern in two forms: for text already lower-cased (much faster than a
 * case-insensitive alternation) and for text whose lower case changes its length (rare).
 */
export interface FoldedPattern {
  lower: RegExp;
  anyCase: RegExp;
}

/**
 * Whole words: `\b` where every word starts and ends with a word character (twice as fast as
 * lookarounds in V8), lookarounds otherwise ("U.S.").
 */
function wholeWords(words: string[]): string {
  const plain = words.every((w) => /^\w/.test(w) && /\w$/.test(w));
  return plain ? `\\b(?:${alternation(words)})\\b` : `(?<![\\w])(?:${alternation(words)})(?![\\w])`;
}

function folded(words: string[]): FoldedPattern | null {
  if (words.length === 0) return null;
  const source = (ws: string[]) => wholeWords(ws);
  return { lower: new RegExp(source(words.map((w) => w.toLowerCase())), 'g'), anyCase: new RegExp(source(words), 'gi') };
}

/**
 * A vocabulary's phrases, and its phrases "of X" with an owner between ("of GDP" found in "of
 * its GDP", "of the country's GDP", "of Ruritania's GDP"): the rest of such a phrase is group 1.
 */
function phrasesWithOwners(phrases: string[]): FoldedPattern | null {
  const plain = folded(phrases);
  const rests = phrases.filter((p) => /^of\s+\w/i.test(p)).map((p) => p.replace(/^of\s+/i, ''));
  if (!plain || rests.length === 0) return plain;
  const owned = (ws: string[]) => `\\bof\\s+(?:its|their|his|her|our|the|(?:[\\w.-]+\\s+){0,2}[\\w.-]+['’]s)\\s+(${alternation(ws)})(?![\\w])`;
  return {
    lower: new RegExp(`${plain.lower.source}|${owned(rests.map((w) => w.toLowerCase()))}`, 'g'),
    anyCase: new RegExp(`${plain.anyCase.source}|${owned(rests)}`, 'gi'),
  };
}

/** Nouns whose plural is no form of theirs the reader's singular gives back. */
const SAME_NOUN: Record<string, string> = { person: 'people', people: 'person' };

/** A vocabulary made ready for matching: one regular expression per kind of name. */
export interface CompiledVocabulary {
  source: Vocabulary;
  entityPattern: RegExp;
  /** The entity an alias's match names (by the text matched: case decides, docs/vocabulary.md). */
  entityOf: EntityLookup;
  eventPattern: FoldedPattern | null;
  eventOf: Map<string, string>;
  events: Map<string, VocabularyEvent>;
  measures: Map<string, VocabularyMeasure>;
  entityKind: Map<string, string>;
  /** A source's party: whose own figures it gives. */
  partyOf: Map<string, string>;
  measuresBySubject: Map<string, VocabularyMeasure[]>;
  actionPattern: FoldedPattern | null;
  /** Each form an action is found in ("reaching", "reaches"), lower-cased, to the actions as written it is a form of. */
  actionForms: Map<string, Set<string>>;
  phrasePattern: FoldedPattern | null;
  /** The first word of every event cue: sentences holding one are checked for the rest. */
  cuePattern: RegExp | null;
  /** Events by the first word of their cues. */
  cuesByFirstWord: Map<string, VocabularyEvent[]>;
  measureOfPhrase: Map<string, string>;
  /** Measures some count declares as its bar (`bar`): "the 5% club" is one of them. */
  bars: Set<string>;
  /** A level measure's change in %, where a measure declares itself so (`changeOf`). */
  changeOfLevel: Map<string, string>;
  /** The measure a match of `phrasePattern` names, a phrase "of X" matched with an owner between ("of its X", "of Ruritania's X"). */
  phraseMeasure: (m: RegExpExecArray) => string | undefined;
  /** Measures read as a share: the whole right after a figure, and the parts a clause may name. */
  /** Share measures: their wholes as a pattern after a figure ("of the harvest") and as words, and their parts. */
  /** (Also for a list item whose verb is left out, "…, rye 9%": the part closing the item, and the whole after "of" anywhere before it.) */
  shares: Array<{ id: string; whole: RegExp; wholes: readonly string[]; part: RegExp; partAtEnd: RegExp; wholeNamed: RegExp }>;
  /** The event kinds declared, and the kind each common noun names ("war" for "conflict"). */
  eventKinds: Set<string>;
  kindOfNoun: Map<string, string>;
  /** The kinds that have common nouns. */
  nounKinds: Set<string>;
  /**
   * Every word naming a kind of event, lower-cased: the kind's own name ("census", "statistical
   * release") and its nouns ("conflict" for war). Kinds of the vocabulary's events count, declared or not.
   */
  kindOfWord: Map<string, string>;
  /**
   * An event named by a common noun of its kind after a determiner ("the war", "that
   * conflict"); and after "last year's" or "this year's", which also say when it was.
   */
  genericEvent: RegExp | null;
  relativeEvent: FoldedPattern | null;
  sources: Map<string, FactSource>;
  currencies: CurrencyWords;
  /** Words that may stand between a number and the noun it counts; plurals without -s. */
  modifiers: ReadonlySet<string>;
  plurals: ReadonlySet<string>;
}

/** The currencies of a vocabulary, ready for reading amounts. */
export interface CurrencyWords {
  /** Symbol to code: "$" and "US$" to "USD". */
  bySymbol: Map<string, string>;
  /** Lower-cased word, singular and plural, to code: "euros" to "EUR". */
  byWord: Map<string, string>;
  codes: Set<string>;
  /** A symbol or code right before an amount, at the end of the text before it. */
  before: RegExp | null;
  /** A word or code right after an amount (sticky). */
  after: RegExp | null;
  /** Characters that start a symbol: where an amount may begin without a digit. */
  symbolStarts: string;
  /** A table header's currency, in the vocabulary's order: its symbols or code, else its words in any case. */
  header: Array<{ code: string; pattern: RegExp; words: RegExp | null }>;
}

function currencyWords(list: readonly VocabularyCurrency[]): CurrencyWords {
  const bySymbol = new Map<string, string>();
  const byWord = new Map<string, string>();
  const codes = new Set<string>();
  // Words as written ("US dollar"), singular and plural; codes in capitals only ("try" is a verb).
  const written = new Set<string>();
  const header: CurrencyWords['header'] = [];
  for (const c of list) {
    codes.add(c.code);
    for (const s of c.symbols ?? []) if (!bySymbol.has(s)) bySymbol.set(s, c.code);
    for (const w of c.words ?? []) {
      // (And capitalised, as a headline writes it: "2.5 Billion Dollars".)
      const title = w[0]!.toUpperCase() + w.slice(1);
      for (const form of [w, `${w}s`, title, `${title}s`]) {
        written.add(form);
        if (!byWord.has(form.toLowerCase())) byWord.set(form.toLowerCase(), c.code);
      }
    }
    const words = (c.words ?? []).map((w) => `\\b${escape(w)}s?\\b`);
    const source = [...(c.symbols ?? []).map(escape), `\\b${c.code}\\b`].join('|');
    header.push({ code: c.code, pattern: new RegExp(source), words: words.length ? new RegExp(words.join('|'), 'i') : null });
  }
  const symbols = [...bySymbol.keys()];
  const before = symbols.length + codes.size ? new RegExp(`(${[symbols.length ? alternation(symbols) : null, codes.size ? `\\b(?:${alternation([...codes])})` : null].filter(Boolean).join('|')})\\s?$`) : null;
  const after = written.size + codes.size ? new RegExp(`\\s*(${alternation([...written, ...codes])})\\b`, 'y') : null;
  return { bySymbol, byWord, codes, before, after, header, symbolStarts: [...new Set(symbols.map((s) => s[0]!))].join('') };
}

/** The entity of the text an alias matched, or none. */
export interface EntityLookup {
  get(text: string): string | undefined;
}

/**
 * Aliases as written first; then regardless of case, where the text starts with a capital if
 * the alias does ("Nato" for NATO, not "us" for US), unless the entity is case-sensitive.
 */
function entityLookup(entities: readonly VocabularyEntity[]): { lookup: EntityLookup; aliases: string[] } {
  const exact = new Map<string, string>();
  const anyCase = new Map<string, { id: string; capital: boolean }>();
  for (const e of entities) {
    for (const a of e.aliases) {
      if (!exact.has(a)) exact.set(a, e.id);
      const key = a.toLowerCase();
      if (!e.caseSensitive && !anyCase.has(key)) anyCase.set(key, { id: e.id, capital: /^\p{Lu}/u.test(a) });
    }
  }
  const lookup: EntityLookup = {
    get(text) {
      const id = exact.get(text);
      if (id !== undefined) return id;
      const folded = anyCase.get(text.toLowerCase());
      return folded && (!folded.capital || /^\p{Lu}/u.test(text)) ? folded.id : undefined;
    },
  };
  return { lookup, aliases: [...exact.keys()] };
}

function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/**
 * The forms an action word takes in running text: "reach" is also found as "reaches",
 * "reached" and "reaching"; "reached" as "reach". A vocabulary lists a verb once, in any form.
 * A phrase of several words inflects its first word when it is a verb: "spend at least" is also
 * found as "spent at least". English grammar, regular and irregular ("lose", "lost", "losing",
 * from shared/extract/verbs.ts): a beat's own words need list no form but one.
 */
export function inflections(action: string): string[] {
  const phrase = /^([a-z]+)(\s.+)$/.exec(action);
  // Only a first word that shows itself a verb is inflected ("death toll" is a noun's phrase).
  if (phrase) return IRREGULAR_FORMS.has(phrase[1]!) || /(?:ed|ing)$/.test(phrase[1]!) ? [...new Set([action, ...inflections(phrase[1]!).map((f) => f + phrase[2]!)])] : [action];
  const irregular = IRREGULAR_FORMS.get(action);
  if (irregular) return [...new Set([action, ...irregular.flatMap((f) => regularForms(f))])];
  return regularForms(action);
}

/** An irregular verb's past or participle takes no regular endings of its own ("lost" → "losted"). */
function regularForms(action: string): string[] {
  if (!/^[a-z]+$/.test(action) || action.length < 3) return [action];
  if (IRREGULAR_FORMS.has(action) && IRREGULAR_FORMS.get(action)![0] !== action) return [action];
  let stem = action;
  if (/[^aeiou]ing$/.test(stem) || (stem.endsWith('ing') && stem.length > 5)) stem = stem.slice(0, -3);
  else if (stem.endsWith('ied')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ed') && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !stem.endsWith('ss') && stem.length > 3) stem = stem.slice(0, -1);
  const forms = new Set([action, stem]);
  // "stopped" → "stopp": "stop" as well, but "killed" → "kill" is a word: both stems' -ed and
  // -ing forms, and only those ("ads" is no form of "added").
  if (/([bdfglmnprt])\1$/.test(stem) && stem !== action) {
    const single = stem.slice(0, -1);
    for (const f of [`${single}ed`, `${single}ing`]) forms.add(f);
  }
  // "displaced" → "displac", whose forms take the "e" back.
  const bases = [stem];
  if (stem !== action && !/[aeiouy]$/.test(stem)) bases.push(`${stem}e`);
  for (const b of bases) {
    const y = /[^aeiou]y$/.test(b);
    const e = b.endsWith('e');
    forms.add(b);
    forms.add(y ? `${b.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(b) ? `${b}es` : `${b}s`);
    forms.add(y ? `${b.slice(0, -1)}ied` : e ? `${b}d` : `${b}ed`);
    forms.add(e && b.length > 2 && !b.endsWith('ee') ? `${b.slice(0, -1)}ing` : `${b}ing`);
  }
  return [...forms];
}

export function compileVocabulary(v: Vocabulary): CompiledVocabulary {
  const { lookup: entityOf, aliases } = entityLookup(v.entities);
  const anyCase = v.entities.some((e) => !e.caseSensitive);
  const eventOf = new Map<string, string>();
  for (const e of v.events) for (const a of e.aliases) eventOf.set(a.toLowerCase(), e.id);
  const measuresBySubject = new Map<string, VocabularyMeasure[]>();
  const actions: string[] = [];
  const phrases: string[] = [];
  const measureOfPhrase = new Map<string, string>();
  const actionForms = new Map<string, Set<string>>();
  for (const m of v.measures) {
    // (A count's noun is read as its singular, but "people" stays itself: a measure of "person"
    // counts them, and one of "people" counts a person.)
    for (const s of m.subjects) {
      for (const key of new Set([s.toLowerCase(), SAME_NOUN[s.toLowerCase()] ?? s.toLowerCase()])) {
        const list = measuresBySubject.get(key) ?? [];
        if (!list.includes(m)) list.push(m);
        measuresBySubject.set(key, list);
      }
    }
    for (const a of m.actions) {
      for (const form of inflections(a.toLowerCase())) {
        actions.push(form);
        const bases = actionForms.get(form) ?? new Set<string>();
        bases.add(a.toLowerCase());
        actionForms.set(form, bases);
      }
    }
    for (const p of m.phrases ?? []) {
      phrases.push(p);
      measureOfPhrase.set(p.toLowerCase(), m.id);
    }
  }
  // Cues are looked for by their first word, the most distinctive by convention ("Kalbajar",
  // "Aliyev"): one pass finds the few sentences worth checking for the other words.
  const cuesByFirstWord = new Map<string, VocabularyEvent[]>();
  for (const e of v.events) {
    for (const cue of e.cues ?? []) {
      const list = cuesByFirstWord.get(cue[0]!) ?? [];
      if (!list.includes(e)) list.push(e);
      cuesByFirstWord.set(cue[0]!, list);
    }
  }
  const cueWords = [...cuesByFirstWord.keys()];
  const kindOfNoun = new Map<string, string>();
  for (const k of v.eventKinds ?? []) for (const n of k.nouns ?? []) if (!kindOfNoun.has(n.toLowerCase())) kindOfNoun.set(n.toLowerCase(), k.id);
  const nouns = alternation([...kindOfNoun.keys()]);
  return {
    source: v,
    // "US$795m" names a currency, not the United States.
    entityPattern: new RegExp(`(?<![\\w])(?:${alternation(aliases)})(?=[^\\w$]|$)`, anyCase ? 'gi' : 'g'),
    entityOf,
    eventPattern: folded([...eventOf.keys()]),
    eventOf,
    events: new Map(v.events.map((e) => [e.id, e])),
    measures: new Map(v.measures.map((m) => [m.id, m])),
    entityKind: new Map(v.entities.map((e) => [e.id, e.kind])),
    partyOf: new Map(v.entities.flatMap((e) => (e.party ? [[e.id, e.party] as const] : []))),
    measuresBySubject,
    actionPattern: folded([...new Set(actions)]),
    actionForms,
    phrasePattern: phrasesWithOwners(phrases),
    measureOfPhrase,
    bars: new Set(v.measures.flatMap((m) => (m.bar ? [m.bar] : []))),
    changeOfLevel: new Map(v.measures.flatMap((m) => (m.changeOf && m.unit === '%' ? [[m.changeOf, m.id] as [string, string]] : []))),
    phraseMeasure: (m) => measureOfPhrase.get(m[1] === undefined ? m[0].toLowerCase() : `of ${m[1].toLowerCase()}`),
    cuePattern: cueWords.length ? new RegExp(wholeWords(cueWords), 'g') : null,
    cuesByFirstWord,
    shares: v.measures.flatMap((m) =>
      m.share
        ? [
            {
              id: m.id,
              whole: new RegExp(`^\\s+of\\s+(?:(?:the|its|their|a|all|total)\\s+)?(?:[\\w.'’-]+\\s+){0,3}?(?:${alternation(m.share.of)})(?![\\w-])`, 'i'),
              wholes: m.share.of,
              part: new RegExp(`(?<![\\w-])(?:${alternation(m.share.parts)})(?:['’]s?)?(?![\\w-])`, 'gi'),
              partAtEnd: new RegExp(`(?<![\\w-])(?:${alternation(m.share.parts)})(?:['’]s?)?$`, 'i'),
              wholeNamed: new RegExp(`\\bof\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${alternation(m.share.of)})\\b`, 'i'),
            },
          ]
        : [],
    ),
    eventKinds: new Set((v.eventKinds ?? []).map((k) => k.id)),
    kindOfNoun,
    nounKinds: new Set(kindOfNoun.values()),
    kindOfWord: kindWords(v, kindOfNoun),
    genericEvent: kindOfNoun.size ? new RegExp(`\\b(?:the|this|that|last year's|this year's|the recent)\\s+(${nouns})\\b`, 'gi') : null,
    relativeEvent: kindOfNoun.size ? { lower: new RegExp(`\\b(?:last|this) year's\\s+(${nouns})\\b`, 'g'), anyCase: new RegExp(`\\b(?:last|this) year's\\s+(${nouns})\\b`, 'gi') } : null,
    sources: new Map((v.sources ?? []).map((x) => [x.id, x])),
    currencies: currencyWords(v.currencies ?? []),
    modifiers: new Set((v.modifiers ?? []).map((w) => w.toLowerCase())),
    plurals: new Set((v.plurals ?? []).map((w) => w.toLowerCase())),
  };
}

function kindWords(v: Vocabulary, kindOfNoun: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of [...v.events.map((e) => e.kind), ...(v.eventKinds ?? []).map((k) => k.id)]) {
    if (/^[a-z][a-z -]*$/i.test(k)) out.set(k.toLowerCase().replace(/-/g, ' '), k);
  }
  for (const [noun, kind] of kindOfNoun) if (/^[a-z][a-z -]*$/i.test(noun) && !out.has(noun.replace(/-/g, ' '))) out.set(noun.replace(/-/g, ' '), kind);
  return out;
}

let defaultCompiled: CompiledVocabulary | undefined;

/**
 * Set to true by the Lambda bundles' build (infra/bundle-options.ts): the shipped vocabulary is
 * then left out of the bundle and read from the file deployed beside it (docs/adr/0005), through
 * the reader a handler gives `readShippedVocabularyWith`. Elsewhere (the CLI, the tests) it is
 * undefined and the vocabulary is part of the code.
 */
declare const FACTCHECK_VOCABULARY_BESIDE: boolean | undefined;
let shippedReader: (() => unknown) | undefined;

/** How a bundle without the shipped vocabulary reads it: the handler's own file beside it. */
export function readShippedVocabularyWith(read: () => unknown): void {
  shippedReader = read;
}

/** The shipped vocabulary, compiled once per process. */
export function defaultVocabulary(): CompiledVocabulary {
  // Checked against its schema by the tests (tests/vocabulary/shipped.test.ts), not on every run.
  if (!defaultCompiled) {
    const beside = typeof FACTCHECK_VOCABULARY_BESIDE === 'boolean' && FACTCHECK_VOCABULARY_BESIDE;
    if (beside && !shippedReader) throw new VocabularyError('the shipped vocabulary is deployed beside the function, and no reader of it was given');
    defaultCompiled = compileVocabulary((beside ? shippedReader!() : defaultVocabularyJson) as Vocabulary);
  }
  return defaultCompiled;
}
