import * as z from 'zod';

/** high: read from the figure's own clause; low: from further away or by a weak cue; none: not known. */
export const SlotConfidence = z.enum(['high', 'low', 'none']);
export type SlotConfidence = z.infer<typeof SlotConfidence>;

const slot = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    /** The words that decided it. */
    text: z.string().optional(),
    confidence: SlotConfidence,
    /** Why the slot is weak or empty, in words an editor reads ("its clause names no year"). */
    reason: z.string().optional(),
  });

export const ClaimFrame = z.object({
  subject: slot(z.array(z.string())).extend({
    /** one: a single subject; sum: several taken together ("A and B lost"); comparison: against a comparator; unknown. */
    combine: z.enum(['one', 'sum', 'comparison', 'unknown']),
    /**
     * Someone else than the measure's whole acts in the clause, and is named ("the PCE gauge rose
     * 2.3%") or the vocabulary lists who the whole is (`actors`): the figure is theirs, which the
     * whole's facts neither support nor contradict.
     */
    narrowed: z.literal(true).optional(),
  }),
  measure: slot(z.string().nullable()).extend({
    /** The vocabulary's kind of measure: a level, or a change between two times. */
    kind: z.enum(['level', 'change']).optional(),
    /**
     * The clause names another quantity than the measure's own: a kind of it ("the R-2 idle
     * rate"), a part of it ("milling power from rented wheels"), or more than it ("Including the missing, …").
     * Its facts fit such a figure only by chance: they neither support nor contradict it.
     */
    narrowed: z.literal(true).optional(),
  }),
  time: slot(z.object({ from: z.string().optional(), to: z.string().optional() }).nullable()),
  event: slot(z.string().nullable()),
  /** denied: the clause says it was not so ("was not 4.5% but 4.2%"). */
  status: slot(z.enum(['reported', 'forecast', 'target', 'plan', 'hypothetical', 'denied', 'question'])),
  change: slot(z.enum(['level', 'change', 'previous-level', 'revision'])),
  sign: slot(z.enum(['positive', 'negative'])),
  /**
   * Which release of a revised figure: the first ("first estimate"), or the one standing on `day`,
   * read from the date of the report that gave it ("raised to 159,000 in October"; a weak
   * reading); absent, as it stood at publication.
   */
  release: slot(z.enum(['first', 'as-of'])).extend({ day: z.string().optional() }).optional(),
});
export type ClaimFrame = z.infer<typeof ClaimFrame>;
