import * as z from 'zod';
import { Figure, FigureKind } from '../extract/figure.ts';
import { Framing } from '../frame/framing.ts';
import { CLAIMS_SCHEMA_VERSION } from './schema-version.ts';

/**
 * The claims document: the pipeline's first product. Versioned; its JSON Schema is generated
 * from this file into schemas/claims-document.schema.json (npm run schemas).
 */

export { CLAIMS_SCHEMA_VERSION };

export const PublishedDate = z.object({
  /** YYYY-MM-DD (or YYYY, YYYY-MM at a coarser precision); null when unknown. */
  date: z.string().nullable(),
  /** stated: in the text; given: by the caller; inferred: from the text's own dates; unknown. */
  how: z.enum(['stated', 'given', 'inferred', 'unknown']),
  /** The text it was read from, when stated or inferred. */
  quote: z.string().optional(),
});
export type PublishedDate = z.infer<typeof PublishedDate>;

/**
 * Which version of the stored article the document was made from: the S3 version id in a
 * versioned bucket, and the ETag (unquoted). The pipeline compares it with the key's latest
 * version before writing, so that a late event never overwrites a newer version's output.
 */
export const ArticleVersion = z.object({
  versionId: z.string().optional(),
  etag: z.string().optional(),
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

export const ArticleMetadata = z.object({
  /** sha256 of the bytes, shortened: the same article always has the same id. */
  id: z.string(),
  /** Where the article came from: a path, an S3 URI, or "-" for standard input. */
  source: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  format: z.enum(['text', 'markdown', 'html']),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: PublishedDate,
  /** Set by the pipeline for stored articles; absent for files read from disk and in older documents. */
  version: ArticleVersion.optional(),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const SentenceRef = z.object({
  index: z.number().int(),
  paragraph: z.number().int(),
  /** Offsets into the original text (UTF-16 code units of the decoded file). */
  start: z.number().int(),
  end: z.number().int(),
  /** The sentence as read (markup removed, typography normalised). */
  text: z.string(),
});

export const Claim = z.object({
  /** Stable: the same article and the same text give the same id. */
  id: z.string(),
  /** The figure's exact text in the original, qualifier and counted noun included. */
  quote: z.string(),
  /** Offsets of the quote into the original text: original.slice(start, end) === quote. */
  start: z.number().int(),
  end: z.number().int(),
  /** Offsets of the figure into the document's readable `text`, for renderers. */
  span: z.object({ start: z.number().int(), end: z.number().int() }),
  sentence: SentenceRef,
  figure: Figure,
  framing: Framing,
  /** How sure the engine is that it read the figure and its framing right, 0..1. */
  confidence: z.number().min(0).max(1),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimsDocument = z.object({
  schema: z.literal('factcheck/claims'),
  schemaVersion: z.literal(CLAIMS_SCHEMA_VERSION),
  engine: z.object({ name: z.string(), version: z.string(), vocabulary: z.string() }),
  article: ArticleMetadata,
  /** The article as the engine read it: markup removed, typography normalised. */
  text: z.string(),
  counts: z.object({
    paragraphs: z.number().int(),
    sentences: z.number().int(),
    claims: z.number().int(),
    byKind: z.partialRecord(FigureKind, z.number().int()),
  }),
  claims: z.array(Claim),
});
export type ClaimsDocument = z.infer<typeof ClaimsDocument>;
