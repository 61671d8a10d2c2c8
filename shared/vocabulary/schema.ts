import * as z from 'zod';
import { ENTITY_KINDS, MEASURE_SUBJECT_KINDS } from './kinds.ts';

/** The vocabulary's schema: the file a user writes, and the vocabulary the engine compiles. */

const Id = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);

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
  /**
   * For a source: the party (an entity id) whose own figures it gives, as a guild's office counts
   * the guild's own members. A figure it gives with no subject named ("the office announced 74
   * hurt") is read as that party's, a weak reading: it may support, never contradict.
   */
  party: Id.optional(),
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
   * Nouns that stand for the measure's whole when they act ("millers" and "the guild" for the
   * guild's posts: "Millers added 800 posts"). Anyone else acting in a figure's clause ("Carters
   * added 80", "the storm cut 40") gives a part's figure, or a cause's, and is never judged as
   * the whole's. A measure's own words, names the vocabulary knows and pronouns need no listing.
   */
  actors: z.array(z.string().min(1)).optional(),
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
   * For a change in % (kind `change`): the level measure it is the change of ("change in
   * the flood-defence budget" of "flood-defence budget"). A percentage of change in a sentence
   * that names only the level ("its flood budget rose 28%") is this measure's.
   */
  changeOf: Id.optional(),
  /**
   * For a change (kind `change`): the span its facts' changes are measured over, a year for an
   * annual rate ("flour prices rose 3.2% from a year earlier"), a month for a monthly one ("rose 0.4%
   * on the month"). A figure whose words state another span is not compared with them; one whose
   * words state a span the measure does not declare is never contradicted by them.
   */
  span: z.enum(['month', 'quarter', 'year']).optional(),
  /**
   * For a count of those who clear a bar ("members meeting the spending target"): the measure
   * whose figure is the bar. "14 clubs at or above 5%", "the 5% club": the 5% is that measure's.
   */
  bar: Id.optional(),
  /**
   * The kinds of entity whose figure it can be ("country", "region" for a turnout; "party" for
   * seats won): a party named beside a turnout is not whose turnout it is. Any subject kind when
   * absent. "person" only where listed ("a contestant's share of the points").
   */
  subjectKinds: z.array(z.enum(MEASURE_SUBJECT_KINDS as ['country'])).min(1).optional(),
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
