import * as z from 'zod';

/**
 * The report an input gets when it cannot be processed: what was tried, and why it failed,
 * in words a user can act on. Written under errors/ with the input's relative key.
 */
export const ErrorReport = z.object({
  schema: z.literal('factcheck/error'),
  schemaVersion: z.literal('1.0'),
  stage: z.enum(['split', 'check']),
  /** The input's version: its version id in a versioned bucket, its ETag (unquoted) in any. */
  input: z.object({ bucket: z.string(), key: z.string(), versionId: z.string().optional(), etag: z.string().optional(), size: z.number().int().optional() }),
  error: z.object({
    /** EMPTY, TOO_LARGE, INVALID_UTF8, BINARY, UNSUPPORTED_ENCODING, TOO_MANY_CLAIMS, BAD_CLAIMS, BAD_KEY, ACCESS, ... */
    code: z.string(),
    message: z.string(),
  }),
  engine: z.object({ name: z.string(), version: z.string() }),
  at: z.string(),
});
export type ErrorReport = z.infer<typeof ErrorReport>;

/** The error report of an input, as written under errors/. */
export function errorReport(
  stage: ErrorReport['stage'],
  input: { bucket: string; key: string; versionId?: string | undefined; etag?: string | undefined; size?: number | undefined },
  code: string,
  message: string,
  engine: { name: string; version: string },
): ErrorReport {
  return {
    schema: 'factcheck/error',
    schemaVersion: '1.0',
    stage,
    input: { bucket: input.bucket, key: input.key, ...(input.versionId ? { versionId: input.versionId } : {}), ...(input.etag ? { etag: input.etag } : {}), ...(input.size !== undefined ? { size: input.size } : {}) },
    error: { code, message },
    engine,
    at: new Date().toISOString(),
  };
}
