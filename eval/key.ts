import * as z from 'zod';

/**
 * The answer key of one beat of the evaluation corpus: for every article, each checkable
 * figure with its value and the verdict a careful fact-checker gives it from the beat's facts
 * file alone, and the figures that are not claims (bylines, captions, reading times, years
 * inside names). Written before the engine is run on the article. The same shape as the key of
 * the real pages (../shared/real-pages), so one scorer reads both.
 */

/** The failure classes of issue 13, numbered as there. */
export const FAILURE_CLASSES = {
  1: 'who',
  2: 'what',
  3: 'when',
  4: 'which event',
  5: 'bounds',
  6: 'evidence time',
  7: 'consistency',
  8: 'page furniture',
  9: 'sign and direction',
  10: 'missed figures',
} as const;
export const FailureClass = z.union([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => z.literal(n)) as unknown as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]]);

const IsoValue = z.string().regex(/^\d{4}(-\d{2}){0,2}(\.\.\d{4}(-\d{2}){0,2})?$/, 'YYYY[-MM[-DD]] or a range A..B');
export const KeyValue = z.union([
  z.number(),
  IsoValue,
  z.object({ low: z.number(), high: z.number() }).strict(),
  z.object({ within: z.tuple([z.number(), z.number()]) }).strict(),
]);

const Verdict = z.enum(['S', 'C', 'D', 'U']);

/** Where a figure stands: its exact text, the n-th occurrence or a short unique string around it. */
const Anchor = {
  anchor: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  context: z.string().min(1).optional(),
};

export const KeyClaim = z
  .object({
    id: z.string().min(1),
    ...Anchor,
    /** Further mentions of the same claim. */
    more: z.array(z.object(Anchor).strict()).optional(),
    value: KeyValue,
    unit: z.string().optional(),
    expect: Verdict,
    accept: z.array(Verdict).default([]),
    /** The failure classes this claim exercises (planted errors and traps). */
    classes: z.array(FailureClass).default([]),
    /** A planted error (the text is wrong) or a trap (a correct figure that looks wrong). */
    plant: z.enum(['error', 'trap']).optional(),
    note: z.string().optional(),
  })
  .strict();

export const NonClaim = z
  .object({
    anchor: z.string().min(1).optional(),
    occurrence: z.number().int().positive().optional(),
    context: z.string().min(1).optional(),
    pattern: z.string().min(1).optional(),
    classes: z.array(FailureClass).default([]),
    note: z.string().optional(),
  })
  .strict()
  .refine((n) => n.anchor !== undefined || n.pattern !== undefined, 'a non-claim needs an anchor or a pattern');

export const KeyArticle = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The article's file, relative to the beat's folder. */
    file: z.string().min(1),
    /** Passed as --published; null: the engine is left to find the date itself. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    /** dev: looked at while improving the engine; holdout: only ever measured. */
    split: z.enum(['dev', 'holdout']),
    /** What the article is about, in a line. */
    about: z.string().min(1),
    classes: z.array(FailureClass).default([]),
    claims: z.array(KeyClaim),
    nonClaims: z.array(NonClaim).default([]),
  })
  .strict();

export const BeatKey = z
  .object({
    beat: z.string().regex(/^[a-z0-9-]+$/),
    about: z.string().min(1),
    articles: z.array(KeyArticle).min(1),
  })
  .strict();
export type BeatKey = z.infer<typeof BeatKey>;
export type KeyArticle = z.infer<typeof KeyArticle>;
export type KeyClaim = z.infer<typeof KeyClaim>;
