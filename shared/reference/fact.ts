import * as z from 'zod';

/**
 * A ReferenceFact is one sourced figure: what a source said a quantity or a date was,
 * about which entities, for which period, as of which day. Several facts may describe the
 * same quantity (different sources, sides or revisions): all are kept, and the judge
 * decides between them.
 */

/** An ISO 8601 calendar date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const DatePrecision = z.enum(['year', 'month', 'day']);

export const Slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'a lower-case slug (a-z, 0-9, - and _)');

export const FactSource = z.strictObject({
  organisation: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  published: IsoDate.optional(),
  retrieved: IsoDate,
});

export const FactDate = z
  .strictObject({
    start: IsoDate,
    end: IsoDate.optional(),
    precision: DatePrecision,
  })
  .refine((d) => d.end === undefined || d.end >= d.start, { message: 'end is before start', path: ['end'] });

/** Unknown keys are errors: a misspelt field ("perod") would otherwise vanish without a word. */
export const ReferenceFact = z
  .strictObject({
    id: Slug,
    entities: z.array(Slug).min(1),
    measure: Slug,
    event: Slug.optional(),
    /** The period the figure covers (a year for annual figures, the war for war totals). */
    period: z.strictObject({ from: IsoDate, to: IsoDate }).optional(),
    /** The day the source published the figure: revisions are told apart by it. */
    asOf: IsoDate.optional(),
    value: z.number().finite().optional(),
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    unit: z.string().min(1),
    /** The step of the last stated digit: 1 for "2,906", 1000 for "2,000", 0.1 for "4.6". */
    precision: z.number().positive().optional(),
    date: FactDate.optional(),
    source: FactSource,
    /** Whose figure this is, where sides dispute it ("azerbaijan-mod", "armenia-health-ministry"). */
    side: z.string().min(1).optional(),
    notes: z.string().optional(),
  })
  .superRefine((f, ctx) => {
    const hasValue = f.value !== undefined;
    const hasRange = f.low !== undefined || f.high !== undefined;
    const hasDate = f.date !== undefined;
    if ([hasValue, hasRange, hasDate].filter(Boolean).length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'a fact holds exactly one of: value, low/high range, date', path: ['value'] });
    }
    if (hasRange && (f.low === undefined || f.high === undefined || f.low > f.high)) {
      ctx.addIssue({ code: 'custom', message: 'a range needs low <= high', path: ['low'] });
    }
    if (f.period && f.period.to < f.period.from) {
      ctx.addIssue({ code: 'custom', message: 'period ends before it starts', path: ['period', 'to'] });
    }
  });

export type ReferenceFact = z.infer<typeof ReferenceFact>;
export type FactSource = z.infer<typeof FactSource>;
