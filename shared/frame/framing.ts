import * as z from 'zod';

/**
 * Framing: what a figure is about, so the verdict engine can look it up by key — the
 * entities, the measure, the event and the time scope. Context may come from earlier
 * sentences of the same paragraph ("The strike ended ... At least 5,000 workers ...").
 */

export const FramedEntity = z.object({
  id: z.string(),
  /** subject: whose figure; comparator: "3.8 times that of Freedonia"; context: named nearby. */
  role: z.enum(['subject', 'comparator', 'context']),
  text: z.string(),
  /**
   * topic: not named in the sentence, taken from the article's main subject (a weak reading).
   * owner: not named, and the measure is only ever one entity's (its vocabulary entry's
   * `entity`), with nobody else named in the sentence and no other main subject in the article.
   * event: not named; the one entity of the figure's event of a kind the measure accepts.
   * referent: not named; the subject of the figure this one points back at ("the 412").
   * antecedent: not named; a possessive opening the sentence ("Its share", "the country's
   * total") points back at the one such entity the sentence before names (a weak reading).
   * party: not named; the source that gives the figure in its sentence gives its party's own
   * figures (the vocabulary's `party`: "the guild office announced 74 hurt"), a weak reading.
   */
  via: z.enum(['topic', 'owner', 'event', 'referent', 'antecedent', 'party']).optional(),
  /** With `topic`: the article names no other entity the measure could be about, so the reading is sure. */
  alone: z.literal(true).optional(),
  /**
   * Named only as the people of the entity, its adjective before a noun a measure counts
   * ("Valdonian millers", "Ostrian carters"), where the article names it nowhere else: its
   * people may be counted where they are, not in it (a weak reading).
   */
  people: z.literal(true).optional(),
});

export const Framing = z.object({
  entities: z.array(FramedEntity),
  measure: z.string().nullable(),
  event: z
    .object({
      id: z.string(),
      /**
       * alias: named in the sentence; cue: pointed at by its words; context: an earlier sentence;
       * relative: "last year's flood"; year: the one event of the earlier sentence's kind (or of
       * a kind its measure belongs to) in the year its own clause states ("28 seats in 2019");
       * pronoun: the event heading the sentence before, which an "it" opening its own stands for.
       */
      via: z.enum(['alias', 'cue', 'context', 'relative', 'year', 'pronoun']),
      /** The words that named it: the alias, or the cue's words joined by ' + '. */
      text: z.string().optional(),
      /** Taken from an earlier sentence, and the only event the article names. */
      sole: z.boolean().optional(),
      /** None of the event's parties is named anywhere in the article. */
      unanchored: z.boolean().optional(),
    })
    .nullable(),
  /**
   * context: no words of its own sentence named the measure; an earlier figure's was taken, from
   * near it in the paragraph or the one of its kind the article named. name: no phrase named it;
   * words of its name stand in the figure's clause (measure-name.ts). subject: no words named it;
   * it is the one measure of its unit whose figures can be about its subject's kind of entity
   * (`subjectKinds`). unit: no words named it; it is the vocabulary's one measure in the
   * figure's unit. elided: no noun says whom a count counts; an adjective standing alone ("74
   * dead") was read as counting people, and its action picked the measure. action: a bare count
   * right after a verb that is the action of one count measure ("counted 5,436,600"). All six
   * are weak readings. level: an earlier level set beside a figure of
   * its sentence that names the measure ("fell to 4.1% from 4.3%", "compares with 46.3% in
   * 2023"): that figure's measure, a certain reading.
   */
  measureVia: z.enum(['context', 'name', 'subject', 'level', 'unit', 'elided', 'action']).optional(),
  /** Read as the bar that a count before it clears, right after that count's action ("18 of 32 members spent at least 2%"): it states the bar, whatever the sentence forecasts of those who clear it. */
  clearedBar: z.literal(true).optional(),
  /**
   * The whole a count is a part of, where both count the same thing: "40 of the 170 drowned",
   * "Of the 170 drowned, 40 …". The part is a subset, never the quantity the whole's facts give.
   */
  partOf: z.string().optional(),
  /**
   * Which release of a revised figure. first: its first ("first estimate", "initially reported");
   * as-of: the one standing on `day`, read from the date of the report that gave it ("raised to
   * 159,000 in October", "the March report cut it to 229,000"). Absent: as it stood at publication.
   */
  release: z.object({ value: z.enum(['first', 'as-of']), text: z.string(), day: z.string().optional() }).optional(),
  /** The period the figure speaks of, and how it was known. */
  time: z.object({
    from: z.string().optional(),
    to: z.string().optional(),
    /** explicit: a period the text names; as-of: "by August": the figure as it stood then. */
    basis: z.enum(['explicit', 'as-of', 'event', 'publication', 'unknown']),
    /**
     * As of the day or month a source gave the figure ("On 3 June the office said …"), not a
     * period the text states for it: the table's figure of that day may be another source's or
     * a revision it lacks, so the reading may support the figure, never contradict it.
     */
    stated: z.literal(true).optional(),
  }),
});
export type Framing = z.infer<typeof Framing>;
export type FramedEntity = z.infer<typeof FramedEntity>;
