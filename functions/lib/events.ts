import * as z from 'zod';
import { JsonString, S3Notification, S3TestNotification, SqsRecord } from './notification.ts';
import { distinctVersionId, unquoteEtag } from '../../shared/pipeline/blob-store.ts';
import { decodeEventKey } from '../../shared/pipeline/keys.ts';
import type { StageInput } from '../../shared/pipeline/outcome.ts';
import { HANDOFF_KIND, HandoffMessage } from '../../shared/pipeline/handoff.ts';

/**
 * An SQS message, its body parsed as JSON once: an S3 event notification (keys URL-encoded as
 * S3 encodes them, '+' a space, decoded here), S3's test event, or split's claims handoff.
 */
const Envelope = SqsRecord.extend({ body: JsonString(z.unknown()) });

/** How a handed-over claims document's idempotency version starts: the article's version follows. */
export const ARTICLE_VERSION = 'article:';

export class EventParseError extends Error {
  override readonly name = 'EventParseError';
}

export interface ParsedRecord {
  inputs: StageInput[];
  /** The object version the idempotency key uses: the version id (unless "null"), else the ETag, else the sequencer. */
  versions: string[];
  test: boolean;
}

export function parseRecord(record: unknown): ParsedRecord {
  const envelope = Envelope.safeParse(record);
  if (!envelope.success) throw new EventParseError(`not an S3 notification (nor a claims handoff) in an SQS message: ${issues(envelope.error)}`);
  const body = envelope.data.body;
  // The message S3 sends once when a notification is configured: consumed, never processed.
  if (S3TestNotification.safeParse(body).success) return { inputs: [], versions: [], test: true };
  if ((body as { kind?: unknown } | null)?.kind === HANDOFF_KIND) {
    const handoff = HandoffMessage.safeParse(body);
    if (!handoff.success) throw new EventParseError(`not a valid claims handoff: ${issues(handoff.error, 'body')}`);
    const { bucket, key, document } = handoff.data;
    const v = articleVersionIn(document);
    return {
      inputs: [{ bucket, key, size: Buffer.byteLength((record as { body: string }).body), document }],
      // The article's version: a repeated message for it is not new work. A document that names
      // none is known by its message, which SQS redelivers under the same id.
      versions: [`${ARTICLE_VERSION}${distinctVersionId(v.versionId) ?? v.etag ?? `message:${envelope.data.messageId}`}`],
      test: false,
    };
  }
  const parsed = S3Notification.safeParse(body);
  if (!parsed.success) throw new EventParseError(`not an S3 notification (nor a claims handoff) in an SQS message: ${issues(parsed.error, 'body')}`);
  const inputs: StageInput[] = [];
  const versions: string[] = [];
  for (const r of parsed.data.Records) {
    if (!r.eventName.startsWith('ObjectCreated:')) continue;
    const o = r.s3.object;
    let key: string;
    try {
      key = decodeEventKey(o.key);
    } catch {
      throw new EventParseError(`object key ${JSON.stringify(o.key)} is not validly URL-encoded`);
    }
    inputs.push({ bucket: r.s3.bucket.name, key, size: o.size, versionId: o.versionId, etag: unquoteEtag(o.eTag) });
    // Version id "null" (an upload while versioning was off or suspended) names every such upload.
    versions.push(distinctVersionId(o.versionId) ?? o.eTag ?? o.sequencer ?? r.eventTime);
  }
  return { inputs, versions, test: false };
}

/** The article version a handed-over claims document names, read without trusting its shape. */
function articleVersionIn(document: unknown): { versionId?: string; etag?: string } {
  const version = (document as { article?: { version?: unknown } } | null)?.article?.version;
  if (!version || typeof version !== 'object') return {};
  const { versionId, etag } = version as Record<string, unknown>;
  return { ...(typeof versionId === 'string' ? { versionId } : {}), ...(typeof etag === 'string' && etag ? { etag } : {}) };
}

/** A schema's first three complaints, each with its path (under `prefix`). */
function issues(error: z.ZodError, prefix?: string): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${[...(prefix ? [prefix] : []), ...i.path.map(String)].join('.')}: ${i.message}`)
    .join('; ');
}
