import * as z from 'zod';

/** How a figure is hedged in the text. Each has its own rule in the judge (docs/qualifiers.md). */
export const Qualifier = z.enum([
  'exact',
  'at_least', // at least, no fewer than, or more
  'more_than', // more than, over, in excess of, -plus
  'at_most', // at most, up to, no more than
  'less_than', // fewer than, less than, under
  'nearly', // nearly, almost, close to
  'approximately', // about, around, roughly, some, an estimated
  'between', // between X and Y, X-Y
  'order_of_magnitude', // dozens, hundreds, tens of thousands
]);
export type Qualifier = z.infer<typeof Qualifier>;

export const FigureKind = z.enum(['count', 'money', 'percent', 'ratio', 'duration', 'measure', 'date', 'ordinal']);
export type FigureKind = z.infer<typeof FigureKind>;

export const DatePrecision = z.enum(['year', 'month', 'day']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * A date at its precision. `start`/`end` are EDTF (ISO 8601-2) strings: "2020", "2020-07",
 * "2020-07-12", or "XXXX-07-28" while the year is unknown.
 */
export const FigureDate = z.object({
  start: z.string(),
  end: z.string().optional(),
  precision: DatePrecision,
  /** The weekday the text gives beside the date ("Monday, November 25"), kept for checking. */
  weekday: z.string().optional(),
  /** early / mid / late / end / beginning of the period. */
  part: z.enum(['early', 'mid', 'late', 'end', 'beginning']).optional(),
  /**
   * Where the year came from: the text, the publication date, a relative phrase, a week the text
   * does not state (context), an earlier date of the same sentence ("7 August 2008 … the
   * agreement of 12 August": nearby), the article's last date that states its year, for a day
   * in a past sentence of an article looking back (article), or nowhere yet.
   */
  resolution: z.enum(['explicit', 'publication', 'relative', 'context', 'nearby', 'article', 'unresolved']),
});
export type FigureDate = z.infer<typeof FigureDate>;

export const Figure = z.object({
  kind: FigureKind,
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  /** Canonical unit: "USD", "%", "times", "day", "km", the counted noun ("worker"), "date", or null. */
  unit: z.string().nullable(),
  qualifier: Qualifier,
  /** The step of the last stated digit: 1 for "2,437", 1000 for "2,000", 0.1 for "3.8". */
  precision: z.number().optional(),
  date: FigureDate.optional(),
  /** The figure as read after normalisation ("at least 5,000 workers"). */
  text: z.string(),
});
export type Figure = z.infer<typeof Figure>;
