import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ObjectTooLargeError, type BlobStore, type StoredObject } from '../../shared/pipeline/blob-store.ts';

/** The blob store on one S3 bucket. */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async get(key: string, maxBytes?: number): Promise<StoredObject | null> {
    let out;
    try {
      out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      if (err instanceof NoSuchKey || (err as Error).name === 'NoSuchKey' || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw err;
    }
    const body = out.Body;
    // A body is always consumed or destroyed, so that no socket is left open.
    if (maxBytes !== undefined && out.ContentLength !== undefined && out.ContentLength > maxBytes) {
      destroy(body);
      throw new ObjectTooLargeError(key, out.ContentLength, maxBytes);
    }
    if (!body) return { bytes: new Uint8Array(), contentType: out.ContentType, metadata: out.Metadata ?? {} };
    const bytes = await body.transformToByteArray();
    if (maxBytes !== undefined && bytes.length > maxBytes) throw new ObjectTooLargeError(key, bytes.length, maxBytes);
    return { bytes, contentType: out.ContentType, metadata: lowerKeys(out.Metadata ?? {}) };
  }

  async put(key: string, body: string, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }
}

function destroy(body: unknown): void {
  const b = body as { destroy?: () => void; cancel?: () => Promise<void> } | undefined;
  if (typeof b?.destroy === 'function') b.destroy();
  else if (typeof b?.cancel === 'function') void b.cancel();
}

function lowerKeys(m: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k.toLowerCase(), v]));
}
