import * as z from 'zod';

/**
 * The port through which split hands a small claims document straight to check, in the queue
 * message that starts check, instead of writing it under claims/ for S3 to announce. For the
 * 5 KB article a newsroom uploads, that saves a PutObject, a GetObject and a HeadObject per
 * article, a third of what the pipeline costs (docs/cost.md). A claims document larger than
 * `maxBytes` still goes under claims/, as every document did before: a queue message holds
 * 256 KiB at most.
 */
export interface ClaimsHandoff {
  /** The largest claims document, in bytes of JSON, that travels in a message. */
  readonly maxBytes: number;
  /** Sends one message (a HandoffMessage as JSON) to the check stage's queue. */
  send(body: string): Promise<void>;
}

/** A queue message holds 256 KiB; this leaves room for the envelope and the SQS attributes. */
export const DEFAULT_HANDOFF_BYTES = 200 * 1024;

/** The largest limit a deployment may set: the envelope around the document needs the rest. */
export const MAX_HANDOFF_BYTES = 250 * 1024;

export const HANDOFF_KIND = 'factcheck/claims-handoff';

/**
 * What the message carries: where the claims document would have been stored (its key names
 * the report's key), and the document itself, which names the article version it was made from.
 */
export const HandoffMessage = z.object({
  kind: z.literal(HANDOFF_KIND),
  bucket: z.string().min(1),
  key: z.string().min(1),
  /** Checked against the claims document's schema by check, which gives a bad one an error report. */
  document: z.custom<unknown>((v) => v !== undefined && v !== null, 'the claims document is missing'),
});
export type HandoffMessage = z.infer<typeof HandoffMessage>;

/**
 * The message for `document` under `key`, or null when its JSON is over `maxBytes`. `parts` is
 * the document's JSON in parts (jsonParts), so that a big document is never joined only to be
 * found too big: counting stops at the limit.
 */
export function handoffMessage(bucket: string, key: string, parts: Iterable<string>, maxBytes: number): string | null {
  const chunks: string[] = [];
  let bytes = 0;
  for (const p of parts) {
    bytes += Buffer.byteLength(p, 'utf8');
    if (bytes > maxBytes) return null;
    chunks.push(p);
  }
  const envelope = JSON.stringify({ kind: HANDOFF_KIND, bucket, key, document: null });
  // The document's JSON goes in as it was serialised, in place of the null.
  return `${envelope.slice(0, -'null}'.length)}${chunks.join('')}}`;
}
