import * as z from 'zod';
import { Figure, FigureKind } from '../extract/figure.ts';
import { Framing } from '../frame/framing.ts';
import { ClaimFrame } from '../frame/claim-frame.ts';
import { ArticleMetadata, SentenceRef } from '../claims/document.ts';
import { FactDate, FactSource } from '../reference/fact.ts';
import { REPORT_SCHEMA_VERSION } from './schema-version.ts';

/**
 * The verdict report: the pipeline's product. Versioned; its JSON Schema is generated into
 * schemas/verdict-report.schema.json and documented in docs/report.md. Readers rely on
 * claims[].quote, claims[].figure, claims[].verdict, claims[].explanation and
 * claims[].evidence[] (factId, value, source.url).
 */

export { REPORT_SCHEMA_VERSION };

export const Verdict = z.enum(['supported', 'contradicted', 'disputed', 'unverifiable']);
export type Verdict = z.infer<typeof Verdict>;

/** A figure of the report: a figure of the text, or a consistency check the engine made. */
export const ReportFigure = Figure.extend({
  kind: z.union([FigureKind, z.literal('consistency')]),
  /** For consistency claims: weekday, list-count or repeated-quantity. */
  check: z.enum(['weekday', 'list-count', 'repeated-quantity']).optional(),
});

export const Evidence = z.object({
  factId: z.string(),
  /** main: the figure current at publication; later-revision: published after the article; other-source: shown for comparison. */
  role: z.enum(['main', 'later-revision', 'other-source']),
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  date: FactDate.optional(),
  unit: z.string(),
  asOf: z.string().optional(),
  side: z.string().optional(),
  /** Whether the claim, read by its qualifier, fits this fact. */
  fits: z.boolean(),
  source: FactSource,
});
export type Evidence = z.infer<typeof Evidence>;

export const Computation = z.object({
  /** The arithmetic written out: "2,991 / 795 = 3.76". */
  expression: z.string(),
  value: z.number(),
  unit: z.string(),
  factIds: z.array(z.string()),
});
export type Computation = z.infer<typeof Computation>;

export const RejectedCandidate = z.object({ factId: z.string(), reason: z.string() });

export const JudgedClaim = z.object({
  id: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Offsets into the claims document's readable text (renderers highlight with them). */
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  sentence: SentenceRef,
  figure: ReportFigure,
  framing: Framing.optional(),
  /** The claim's frame, slot by slot, with the words that decided each and how sure the reading is. */
  frame: ClaimFrame.optional(),
  verdict: Verdict,
  /** One plain sentence an editor can read. */
  explanation: z.string(),
  evidence: z.array(Evidence),
  computation: z.array(Computation).optional(),
  /** Close candidates that lost, and why. */
  rejected: z.array(RejectedCandidate).optional(),
  /** Whose figures disagree, for disputed claims. */
  sides: z.array(z.object({ side: z.string(), value: z.string(), fits: z.boolean() })).optional(),
  /**
   * Set when the figure, read as written, would be contradicted (or disputed: only another
   * source's figure fits it), but a slot it needs is unsure: the verdict is then unverifiable.
   */
  abstained: z
    .object({
      verdict: z.enum(['contradicted', 'disputed']),
      slot: z.enum(['subject', 'measure', 'time', 'event', 'status', 'change', 'sign', 'evidence']),
      reason: z.string(),
    })
    .optional(),
  confidence: z.number().min(0).max(1),
});
export type JudgedClaim = z.infer<typeof JudgedClaim>;

export const VerdictReport = z.object({
  schema: z.literal('factcheck/report'),
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  engine: z.object({ name: z.string(), version: z.string(), vocabulary: z.string() }),
  reference: z.object({ version: z.string(), facts: z.number().int(), source: z.string() }),
  article: ArticleMetadata,
  counts: z.object({
    claims: z.number().int(),
    supported: z.number().int(),
    contradicted: z.number().int(),
    disputed: z.number().int(),
    unverifiable: z.number().int(),
  }),
  claims: z.array(JudgedClaim),
});
export type VerdictReport = z.infer<typeof VerdictReport>;
