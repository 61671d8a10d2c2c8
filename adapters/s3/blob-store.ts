import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { isReiterable, utf8Chunks, utf8Length } from '../../shared/pipeline/serialise.ts';
import { ObjectTooLargeError, unquoteEtag, type BlobStore, type Body, type GetOptions, type ObjectVersion, type StoredObject } from '../../shared/pipeline/blob-store.ts';

/** The blob store on one S3 bucket. */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async get(key: string, options: GetOptions = {}): Promise<StoredObject | null> {
    const { maxBytes, versionId } = options;
    let out;
    try {
      out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
    } catch (err) {
      // NoSuchVersion: the version the event named was deleted since.
      if (isNotFound(err)) return null;
      throw err;
    }
    const body = out.Body;
    const version = { versionId: out.VersionId, etag: unquoteEtag(out.ETag) };
    // A body is always consumed or destroyed, so that no socket is left open.
    if (maxBytes !== undefined && out.ContentLength !== undefined && out.ContentLength > maxBytes) {
      destroy(body);
      throw new ObjectTooLargeError(key, out.ContentLength, maxBytes);
    }
    const metadata = lowerKeys(out.Metadata ?? {});
    if (!body) return { bytes: new Uint8Array(), contentType: out.ContentType, metadata, ...version };
    const bytes = await body.transformToByteArray();
    if (maxBytes !== undefined && bytes.length > maxBytes) throw new ObjectTooLargeError(key, bytes.length, maxBytes);
    return { bytes, contentType: out.ContentType, metadata, ...version };
  }

  async head(key: string): Promise<ObjectVersion | null> {
    let out;
    try {
      out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      // A HEAD error has no body: a missing key (or a delete marker) is a bare 404 "NotFound".
      if (isNotFound(err)) return null;
      throw err;
    }
    return { versionId: out.VersionId, etag: unquoteEtag(out.ETag) };
  }

  async put(key: string, body: Body, contentType: string, metadata?: Record<string, string>): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ...(metadata ? { Metadata: metadata } : {}), ...bodyOf(body) }));
  }
}

/**
 * Parts are encoded to UTF-8 as they are sent, mostly one byte a char where a JS string may take
 * two. Bodies past STREAM_FROM bytes are streamed with their length: a body that can be iterated
 * twice (jsonParts, renderHtmlParts) is counted first and then encoded chunk by chunk as the
 * request reads it, so the function never holds the whole encoding beside the report it was
 * made from; a one-shot iterable is encoded whole first. Smaller bodies are sent whole.
 */
const STREAM_FROM = 1024 * 1024;

function bodyOf(body: Body): { Body: string | Buffer | Readable; ContentLength?: number } {
  if (typeof body === 'string') return { Body: body };
  if (!isReiterable(body)) {
    const chunks = [...utf8Chunks(body)];
    const bytes = chunks.reduce((n, c) => n + c.length, 0);
    if (bytes <= STREAM_FROM) return { Body: Buffer.concat(chunks, bytes) };
    return { Body: Readable.from(chunks, { objectMode: false }), ContentLength: bytes };
  }
  const bytes = utf8Length(body);
  if (bytes <= STREAM_FROM) return { Body: Buffer.concat([...utf8Chunks(body)], bytes) };
  return { Body: Readable.from(utf8Chunks(body), { objectMode: false }), ContentLength: bytes };
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NoSuchVersion' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

function destroy(body: unknown): void {
  const b = body as { destroy?: () => void; cancel?: () => Promise<void> } | undefined;
  if (typeof b?.destroy === 'function') b.destroy();
  else if (typeof b?.cancel === 'function') void b.cancel();
}

function lowerKeys(m: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v]));
}
