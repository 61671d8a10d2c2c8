import { readFileSync } from 'node:fs';
import * as z from 'zod';
import defaultVocabularyJson from './vocabulary.json' with { type: 'json' };

/**
 * The words the engine frames figures with: entities and their aliases, measures and the
 * nouns and verbs that signal them, events and their names. Data, not code: users extend it
 * with `--vocabulary FILE` (merged over the default by id).
 */

const Id = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);

export const VocabularyEntity = z.object({
  id: Id,
  name: z.string(),
  /** source: a body whose figures are about others (a statistics office, a think tank): never a subject. */
  kind: z.enum(['country', 'authority', 'organisation', 'armed-force', 'place', 'person', 'alliance', 'region', 'sector', 'group', 'party', 'company', 'index', 'source']),
  aliases: z.array(z.string().min(1)),
});

export const VocabularyMeasure = z.object({
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
  subjectKinds: z.array(z.enum(['country', 'authority', 'organisation', 'armed-force', 'place', 'alliance', 'region', 'sector', 'group', 'party', 'company', 'index'])).min(1).optional(),
  /**
   * A share in %, read from its two halves: the whole after "N% of" and the part its clause
   * names ("Wind accounted for 28.7% of generation", "puts renewables at 46.4% of UK
   * generation"). A clause naming the parts of two such measures names neither.
   */
  share: z
    .object({
      /** Words naming the part: "renewables", "wind". */
      parts: z.array(z.string().min(1)).min(1),
      /** Words naming the whole, after "of" and up to three modifiers: "generation", "electricity". */
      of: z.array(z.string().min(1)).min(1),
    })
    .optional(),
});

export const VocabularyEvent = z.object({
  id: Id,
  name: z.string(),
  kind: z.string(),
  start: z.string(),
  end: z.string().optional(),
  entities: z.array(Id),
  /** Names of the event, matched case-insensitively. */
  aliases: z.array(z.string()),
  /** Sets of words that together, in one sentence, point at the event; the first word of each is the most distinctive (it is the one looked for). */
  cues: z.array(z.array(z.string().min(1)).min(1)).optional(),
});

export const Vocabulary = z.object({
  version: z.string(),
  /** The entity a beat's articles are about when they name none (a national desk's country): a weak reading, never grounds a contradiction. */
  home: Id.optional(),
  entities: z.array(VocabularyEntity),
  measures: z.array(VocabularyMeasure),
  events: z.array(VocabularyEvent),
});
export type Vocabulary = z.infer<typeof Vocabulary>;
export type VocabularyEvent = z.infer<typeof VocabularyEvent>;
export type VocabularyMeasure = z.infer<typeof VocabularyMeasure>;

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
  entityOf: Map<string, string>;
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
}

function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/**
 * The forms an action word takes in running text: "reach" is also found as "reaches",
 * "reached" and "reaching"; "reached" as "reach". A vocabulary lists a verb once, in any form.
 * Phrases of several words are kept as written. English regular inflection only: an irregular
 * form ("met", "lost") is listed by the vocabulary itself.
 */
export function inflections(action: string): string[] {
  if (!/^[a-z]+$/.test(action) || action.length < 3) return [action];
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
    forms.add(e && b.length > 2 ? `${b.slice(0, -1)}ing` : `${b}ing`);
  }
  return [...forms];
}

export function compileVocabulary(v: Vocabulary): CompiledVocabulary {
  const entityOf = new Map<string, string>();
  for (const e of v.entities) for (const a of e.aliases) entityOf.set(a, e.id);
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
  return {
    source: v,
    // "US$795m" names a currency, not the United States.
    entityPattern: new RegExp(`(?<![\\w])(?:${alternation([...entityOf.keys()])})(?=[^\\w$]|$)`, 'g'),
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
  };
}

let defaultCompiled: CompiledVocabulary | undefined;

/** The shipped vocabulary, compiled once per process. */
export function defaultVocabulary(): CompiledVocabulary {
  defaultCompiled ??= compileVocabulary(Vocabulary.parse(defaultVocabularyJson));
  return defaultCompiled;
}

/** The shipped vocabulary extended by a user's file: entries with the same id replace the shipped ones. */
export function loadVocabulary(path: string): CompiledVocabulary {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new VocabularyError(`cannot read vocabulary ${path}: ${(err as Error).message}`);
  }
  const partial = Vocabulary.partial().safeParse(json);
  if (!partial.success) {
    throw new VocabularyError(`vocabulary ${path} is invalid: ${z.prettifyError(partial.error)}`);
  }
  const base = defaultVocabulary().source;
  const merge = <T extends { id: string }>(a: T[], b: T[] | undefined) => {
    const byId = new Map(a.map((x) => [x.id, x]));
    for (const x of b ?? []) byId.set(x.id, x);
    return [...byId.values()];
  };
  const home = partial.data.home ?? base.home;
  return compileVocabulary({
    version: partial.data.version ?? base.version,
    ...(home ? { home } : {}),
    entities: merge(base.entities, partial.data.entities),
    measures: merge(base.measures, partial.data.measures),
    events: merge(base.events, partial.data.events),
  });
}
