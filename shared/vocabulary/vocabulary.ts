import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { printable } from '../calendar.ts';
import { IRREGULAR_FORMS } from '../extract/verbs.ts';
import defaultVocabularyJson from './vocabulary.json' with { type: 'json' };

/**
 * The words the engine frames figures with: entities and their aliases, measures and the
 * nouns and verbs that signal them, events and their names. Data, not code: users extend it
 * with `--vocabulary FILE` (merged over the default by id).
 */

const Id = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);

/** The kinds of entity a beat may name: who a figure can be about, and the bodies that only speak. */
export const ENTITY_KINDS = ['country', 'authority', 'organisation', 'armed-force', 'place', 'person', 'alliance', 'region', 'sector', 'group', 'party', 'company', 'index', 'source'] as const;

/** The kinds of entity a figure can be about: all but the bodies that only speak and persons. */
export const SUBJECT_ENTITY_KINDS = ENTITY_KINDS.filter((k) => k !== 'source' && k !== 'person');

/** In a user's file: the entry replaces the shipped one of the same id instead of extending it. */
const replace = z.boolean().optional().describe('replace the shipped entry of the same id instead of adding to it');

export const VocabularyEntity = z.strictObject({
  id: Id,
  name: z.string(),
  /** source: a body whose figures are about others (a statistics office, a think tank): never a subject. */
  kind: z.enum(ENTITY_KINDS),
  /**
   * Names of the entity in running text, matched as whole words regardless of case ("Nato" and
   * "NATO" are one), except that an alias written with a capital needs a capital first letter in
   * the text: "turkey" is no Turkey, "us" no US.
   */
  aliases: z.array(z.string().min(1)),
  /** Match the aliases in exactly the case written. */
  caseSensitive: z.boolean().optional(),
  replace,
});

export const VocabularyMeasure = z.strictObject({
  id: Id,
  name: z.string(),
  unit: z.string(),
  /** Counted nouns, singular ("soldier"). */
  subjects: z.array(z.string()),
  /** Verbs and nouns that say what happened to them ("killed", "wounded"). */
  actions: z.array(z.string()),
  /** Phrases that name the measure outright ("military spending"). */
  phrases: z.array(z.string()).optional(),
  /** Nouns that name the measure without an action ("2,000 peacekeepers"). */
  implied: z.array(z.string()).optional(),
  /**
   * level: a quantity at a time (spending in 2022, soldiers killed in a war); change: a
   * difference between two times (jobs added in a month, the rise in spending). A fall stated
   * as a number ("lost 24,000 jobs", "down 19%") is a negative value of a change measure.
   */
  kind: z.enum(['level', 'change']).optional(),
  /**
   * The least value a fact of the measure can hold: 0 for counts of people and things, and for
   * spending. A fact below it is an error in `reference validate --vocabulary` ("-5,000 soldiers
   * killed" is a typing slip, not a figure). None by default: a balance or a net flow may be
   * negative, and so may any change.
   */
  minimum: z.number().finite().optional(),
  /**
   * The kinds of event the measure belongs to ("war", "clash" for soldiers killed): a figure of it
   * whose sentence names no event is the event of those kinds its paragraph or article is about.
   */
  eventKinds: z.array(z.string().min(1)).optional(),
  /** Whose figure it is when a sentence names nobody: a national statistic's country, an alliance's count. A weak reading: never grounds a contradiction. */
  entity: Id.optional(),
  /**
   * The kinds of entity whose figure it can be ("country", "region" for a turnout; "party" for
   * seats won): a party named beside a turnout is not whose turnout it is. Any subject kind when
   * absent.
   */
  subjectKinds: z.array(z.enum(SUBJECT_ENTITY_KINDS as ['country'])).min(1).optional(),
  /**
   * A share in %, read from its two halves: the whole after "N% of" and the part its clause
   * names ("Wind accounted for 28.7% of generation", "puts renewables at 46.4% of UK
   * generation"). A clause naming the parts of two such measures names neither.
   */
  share: z
    .strictObject({
      /** Words naming the part: "renewables", "wind". */
      parts: z.array(z.string().min(1)).min(1),
      /** Words naming the whole, after "of" and up to three modifiers: "generation", "electricity". */
      of: z.array(z.string().min(1)).min(1),
    })
    .optional(),
  replace,
});

export const VocabularyEvent = z.strictObject({
  id: Id,
  name: z.string(),
  kind: z.string(),
  start: z.string(),
  end: z.string().optional(),
  entities: z.array(Id),
  /** Names of the event, matched case-insensitively. An empty one would name every sentence. */
  aliases: z.array(z.string().trim().min(1)),
  /** Sets of words that together, in one sentence, point at the event; the first word of each is the most distinctive (it is the one looked for). */
  cues: z.array(z.array(z.string().min(1)).min(1)).optional(),
  replace,
});

/**
 * A body whose figures the reference data holds, by the `side` its facts carry: how far it is
 * trusted against the others for the same quantity, and whose figure it gives. A side not listed
 * ranks 1 and is a party's when it is a state's or an authority's id, or starts with one and a
 * hyphen ("armenia-health-ministry", "united-states-dod").
 */
export const FactSource = z.strictObject({
  /** The `side` of the facts it gives. */
  id: Id,
  name: z.string().optional(),
  /** Its standing: 0 before every other source, 1 for most, more for secondary and rounded figures. */
  rank: z.number().int().min(0).max(100).optional(),
  /** The party (an entity id) whose own figure it gives: a ministry's count is its state's. None: independent. */
  party: Id.optional(),
  replace,
});

/**
 * The kinds of event a beat speaks of, and the common nouns that name an event of the kind
 * without its name ("the war", "last year's conflict"): such a noun points at the one event of
 * the kind an article is about.
 */
export const VocabularyEventKind = z.strictObject({
  id: Id,
  /** Common nouns for an event of the kind, singular: "war", "conflict". None: only named. */
  nouns: z.array(z.string().trim().min(1)).optional(),
  replace,
});

/**
 * A currency figures are written in: its ISO code, the symbols before an amount and the words
 * after it (singular; the plural in -s is found too).
 */
export const VocabularyCurrency = z.strictObject({
  id: Id,
  /** The unit figures and facts carry: ISO 4217 ("USD"). */
  code: z.string().regex(/^[A-Z]{3}$/),
  symbols: z.array(z.string().trim().min(1)).optional(),
  words: z.array(z.string().trim().min(1)).optional(),
  replace,
});

/**
 * A vocabulary file as a user writes it (docs/vocabulary.md): every list optional, unknown keys
 * an error. It extends the shipped vocabulary by id (an entry with a shipped id adds its aliases,
 * words and fields to the shipped entry, or replaces it with `"replace": true`), or starts from
 * nothing with `"extends": "none"`.
 */
export const VocabularyFile = z.strictObject({
  /** The JSON Schema the file follows (schemas/vocabulary.schema.json), for editors. */
  $schema: z.string().optional(),
  /** The file's own version: it is part of every report's reference version. */
  version: z.string().min(1).optional(),
  /** What the file builds on: the shipped vocabulary (the default) or nothing. */
  extends: z.enum(['shipped', 'none']).optional(),
  /** The entity a beat's articles are about when they name none (a national desk's country): a weak reading, never grounds a contradiction. */
  home: Id.optional(),
  entities: z.array(VocabularyEntity).optional(),
  measures: z.array(VocabularyMeasure).optional(),
  events: z.array(VocabularyEvent).optional(),
  eventKinds: z.array(VocabularyEventKind).optional(),
  sources: z.array(FactSource).optional(),
  currencies: z.array(VocabularyCurrency).optional(),
  /**
   * Words that describe a counted noun between a number and the noun ("2,000 armed
   * peacekeepers", "40 armoured vehicles"), beyond English's common ones.
   */
  modifiers: z.array(z.string().trim().min(1)).optional(),
  /** Plural nouns a figure counts that do not end in -s ("personnel", "troops" as a count of soldiers). */
  plurals: z.array(z.string().trim().min(1)).optional(),
});
export type VocabularyFile = z.infer<typeof VocabularyFile>;

/** A whole vocabulary, as the engine reads it: the shipped one, or a file merged over it. */
export const Vocabulary = z.strictObject({
  version: z.string(),
  home: Id.optional(),
  entities: z.array(VocabularyEntity),
  measures: z.array(VocabularyMeasure),
  events: z.array(VocabularyEvent),
  eventKinds: z.array(VocabularyEventKind).optional(),
  sources: z.array(FactSource).optional(),
  currencies: z.array(VocabularyCurrency).optional(),
  modifiers: z.array(z.string()).optional(),
  plurals: z.array(z.string()).optional(),
});
export type Vocabulary = z.infer<typeof Vocabulary>;
export type VocabularyEvent = z.infer<typeof VocabularyEvent>;
export type VocabularyEntity = z.infer<typeof VocabularyEntity>;
export type VocabularyMeasure = z.infer<typeof VocabularyMeasure>;
export type FactSource = z.infer<typeof FactSource>;
export type VocabularyEventKind = z.infer<typeof VocabularyEventKind>;
export type VocabularyCurrency = z.infer<typeof VocabularyCurrency>;

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  /** Measures read as a share: the whole right after a figure, and the parts a clause may name. */
  shares: Array<{ id: string; whole: RegExp; part: RegExp }>;
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
      for (const form of [w, `${w}s`]) {
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
    for (const s of m.subjects) {
      const list = measuresBySubject.get(s.toLowerCase()) ?? [];
      list.push(m);
      measuresBySubject.set(s.toLowerCase(), list);
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
    measuresBySubject,
    actionPattern: folded([...new Set(actions)]),
    actionForms,
    phrasePattern: folded(phrases),
    measureOfPhrase,
    cuePattern: cueWords.length ? new RegExp(wholeWords(cueWords), 'g') : null,
    cuesByFirstWord,
    shares: v.measures.flatMap((m) =>
      m.share
        ? [
            {
              id: m.id,
              whole: new RegExp(`^\\s+of\\s+(?:(?:the|its|their|a|all|total)\\s+)?(?:[\\w.'’-]+\\s+){0,3}?(?:${alternation(m.share.of)})(?![\\w-])`, 'i'),
              part: new RegExp(`(?<![\\w-])(?:${alternation(m.share.parts)})(?:['’]s?)?(?![\\w-])`, 'gi'),
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

/** The shipped vocabulary, compiled once per process. */
export function defaultVocabulary(): CompiledVocabulary {
  // Checked against its schema by the tests (tests/vocabulary/shipped.test.ts), not on every run.
  defaultCompiled ??= compileVocabulary(defaultVocabularyJson as Vocabulary);
  return defaultCompiled;
}

/** Lists of words in an entry: a user's entry with a shipped id adds to them. */
const LIST_FIELDS = new Set(['aliases', 'subjects', 'actions', 'phrases', 'implied', 'eventKinds', 'subjectKinds', 'entities', 'cues', 'nouns', 'symbols', 'words']);

/**
 * A user's entry over the shipped one of the same id: its words added to the shipped lists, its
 * other fields in place of the shipped ones; the whole entry in place of the shipped one when it
 * says `"replace": true`.
 */
function mergeEntry<T extends { id: string; replace?: boolean | undefined }>(shipped: T, own: T): T {
  const { replace: whole, ...rest } = own;
  if (whole) return rest as T;
  const out: Record<string, unknown> = { ...shipped };
  for (const [k, v] of Object.entries(rest)) {
    if (LIST_FIELDS.has(k) && Array.isArray(v) && Array.isArray(out[k])) {
      const seen = new Set((out[k] as unknown[]).map((x) => JSON.stringify(x)));
      out[k] = [...(out[k] as unknown[]), ...v.filter((x) => !seen.has(JSON.stringify(x)))];
    } else out[k] = v;
  }
  return out as T;
}

function mergeById<T extends { id: string; replace?: boolean | undefined }>(shipped: readonly T[], own: readonly T[] | undefined): T[] {
  const byId = new Map(shipped.map((x) => [x.id, x] as const));
  for (const x of own ?? []) {
    const base = byId.get(x.id);
    if (base) byId.set(x.id, mergeEntry(base, x));
    else {
      const { replace: _, ...rest } = x;
      byId.set(x.id, rest as T);
    }
  }
  return [...byId.values()];
}

/** Every issue of a vocabulary file, one per line, each with the path to its field. */
function formatIssues(error: z.ZodError): string {
  // One line per issue, whatever a key or a value of the file holds.
  return error.issues.map((i) => `  ${i.path.length ? printable(i.path.join('.')) : '(file)'}: ${printable(i.message)}`).join('\n');
}

/**
 * A vocabulary file merged over what it extends (the shipped vocabulary unless it says
 * `"extends": "none"`), checked as a whole: an entity a measure or event names must exist.
 */
export function vocabularyFromFile(json: unknown, name = 'vocabulary'): CompiledVocabulary {
  const file = VocabularyFile.safeParse(json);
  if (!file.success) throw new VocabularyError(`${name} is invalid:\n${formatIssues(file.error)}`);
  const own = file.data;
  const twice = duplicateIds(own);
  if (twice.length) throw new VocabularyError(`${name} is invalid:\n${twice.map((p) => `  ${p}`).join('\n')}`);
  const base: Vocabulary = own.extends === 'none' ? { version: 'none', entities: [], measures: [], events: [] } : defaultVocabulary().source;
  const words = (a: readonly string[] | undefined, b: readonly string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];
  const home = own.home ?? base.home;
  // A file without a version of its own is told apart by its content.
  const version = own.version ?? `${base.version}+${createHash('sha256').update(JSON.stringify(own)).digest('hex').slice(0, 8)}`;
  const merged: Vocabulary = {
    version,
    ...(home ? { home } : {}),
    entities: mergeById(base.entities, own.entities),
    measures: mergeById(base.measures, own.measures),
    events: mergeById(base.events, own.events),
    eventKinds: mergeById(base.eventKinds ?? [], own.eventKinds),
    sources: mergeById(base.sources ?? [], own.sources),
    currencies: mergeById(base.currencies ?? [], own.currencies),
    modifiers: words(base.modifiers, own.modifiers),
    plurals: words(base.plurals, own.plurals),
  };
  const problems = danglingIds(merged);
  if (problems.length) throw new VocabularyError(`${name} is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return compileVocabulary(merged);
}

/** Ids a vocabulary refers to that it does not define: an event's entities, a measure's owner, the home. */
export function danglingIds(v: Vocabulary): string[] {
  const entities = new Set(v.entities.map((e) => e.id));
  const out: string[] = [];
  if (v.home && !entities.has(v.home)) out.push(`home: no entity "${v.home}"`);
  v.measures.forEach((m) => {
    if (m.entity && !entities.has(m.entity)) out.push(`measures (${m.id}).entity: no entity "${m.entity}"`);
  });
  const kinds = new Set((v.eventKinds ?? []).map((k) => k.id));
  const kindList = () => (kinds.size ? [...kinds].join(', ') : 'none is declared');
  v.measures.forEach((m) => {
    for (const k of m.eventKinds ?? []) if (!kinds.has(k)) out.push(`measures (${m.id}).eventKinds: no event kind "${k}" in eventKinds (${kindList()})`);
  });
  v.events.forEach((e) => {
    for (const id of e.entities) if (!entities.has(id)) out.push(`events (${e.id}).entities: no entity "${id}"`);
    if (!kinds.has(e.kind)) out.push(`events (${e.id}).kind: no event kind "${e.kind}" in eventKinds (${kindList()})`);
  });
  (v.sources ?? []).forEach((x) => {
    if (x.party && !entities.has(x.party)) out.push(`sources (${x.id}).party: no entity "${x.party}"`);
  });
  const codes = new Map<string, string>();
  (v.currencies ?? []).forEach((c) => {
    const other = codes.get(c.code);
    if (other) out.push(`currencies (${c.id}).code: "${c.code}" is also the code of ${other}`);
    codes.set(c.code, c.id);
  });
  return out;
}

/** Ids a file defines twice in one list: the second would silently win. */
function duplicateIds(f: VocabularyFile): string[] {
  const out: string[] = [];
  for (const [list, items] of [['entities', f.entities], ['measures', f.measures], ['events', f.events], ['eventKinds', f.eventKinds], ['sources', f.sources], ['currencies', f.currencies]] as const) {
    const seen = new Set<string>();
    (items ?? []).forEach((x, i) => {
      if (seen.has(x.id)) out.push(`${list}.${i}.id: "${x.id}" is defined twice`);
      seen.add(x.id);
    });
  }
  return out;
}

/** A vocabulary file read from disk (`--vocabulary FILE`): see vocabularyFromFile. */
export function loadVocabulary(path: string): CompiledVocabulary {
  let json: unknown;
  try {
    // A byte order mark, as some editors write one, is not part of the JSON.
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (err) {
    throw new VocabularyError(`cannot read vocabulary ${printable(path)}: ${printable((err as Error).message)}`);
  }
  return vocabularyFromFile(json, `vocabulary ${printable(path)}`);
}
