/**
 * The port the pipeline's stages read and write objects through: S3 in the cloud and the
 * local stack, a Map in tests.
 */
export interface StoredObject {
  bytes: Uint8Array;
  contentType?: string | undefined;
  /** User metadata, lower-case names without the x-amz-meta- prefix ("published"). */
  metadata: Record<string, string>;
}

export interface BlobStore {
  /** The object's bytes, or null when it is gone. Throws ObjectTooLargeError past maxBytes, without reading the body. */
  get(key: string, maxBytes?: number): Promise<StoredObject | null>;
  /** Writes the whole object in one request. */
  put(key: string, body: string, contentType: string): Promise<void>;
}

export class ObjectTooLargeError extends Error {
  override readonly name = 'ObjectTooLargeError';
  constructor(
    readonly key: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`object ${key} is ${size} bytes, over the ${maxBytes}-byte limit`);
  }
}

/** A blob store in memory, for tests. */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, StoredObject>();
  async get(key: string, maxBytes?: number): Promise<StoredObject | null> {
    const o = this.objects.get(key);
    if (!o) return null;
    if (maxBytes !== undefined && o.bytes.length > maxBytes) throw new ObjectTooLargeError(key, o.bytes.length, maxBytes);
    return o;
  }
  async put(key: string, body: string, contentType: string): Promise<void> {
    this.objects.set(key, { bytes: new TextEncoder().encode(body), contentType, metadata: {} });
  }
}
