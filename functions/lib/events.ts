import { JsonString, S3Notification, S3TestNotification, SqsRecord } from './notification.ts';
import { distinctVersionId, unquoteEtag } from '../../shared/pipeline/blob-store.ts';
import { decodeEventKey } from '../../shared/pipeline/keys.ts';
import type { StageInput } from '../../shared/pipeline/outcome.ts';
import { HANDOFF_KIND, HandoffMessage } from '../../shared/pipeline/handoff.ts';

/**
 * An SQS message carrying an S3 event notification. Keys arrive URL-encoded as S3 encodes them
 * ('+' is a space) and are decoded here.
 */
export const S3InSqsRecord = SqsRecord.extend({ body: JsonString(S3Notification) });

/** The message S3 sends once when a notification is configured: consumed, never processed. */
const S3TestEvent = SqsRecord.extend({ body: JsonString(S3TestNotification) });

/** An SQS message from split carrying a small claims document (shared/pipeline/handoff.ts). */
const HandoffRecord = SqsRecord.extend({ body: JsonString(HandoffMessage) });

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
  if (S3TestEvent.safeParse(record).success) return { inputs: [], versions: [], test: true };
  const handoff = HandoffRecord.safeParse(record);
  if (!handoff.success && isHandoffBody(record)) {
    throw new EventParseError(`not a valid claims handoff: ${handoff.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  if (handoff.success) {
    const { bucket, key, document } = handoff.data.body;
    const v = articleVersionIn(document);
    return {
      inputs: [{ bucket, key, size: Buffer.byteLength((record as { body: string }).body), document }],
      // The article's version: a repeated message for it is not new work. A document that names
      // none is known by its message, which SQS redelivers under the same id.
      versions: [`article:${distinctVersionId(v.versionId) ?? v.etag ?? `message:${handoff.data.messageId}`}`],
      test: false,
    };
  }
  const parsed = S3InSqsRecord.safeParse(record);
  if (!parsed.success) {
    throw new EventParseError(`not an S3 notification (nor a claims handoff) in an SQS message: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const inputs: StageInput[] = [];
  const versions: string[] = [];
  for (const r of parsed.data.body.Records) {
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

/** Whether a record's body says it is a claims handoff, however broken the rest of it is. */
function isHandoffBody(record: unknown): boolean {
  const body = (record as { body?: unknown } | null)?.body;
  if (typeof body !== 'string' || !body.includes(HANDOFF_KIND)) return false;
  try {
    return (JSON.parse(body) as { kind?: unknown } | null)?.kind === HANDOFF_KIND;
  } catch {
    return false;
  }
}
