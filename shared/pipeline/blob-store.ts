import { createHash } from 'node:crypto';

/**
 * The port the pipeline's stages read and write objects through: S3 in the cloud and the
 * local stack, a Map in tests.
 */

/**
 * Which version of an object: S3's version id in a versioned bucket, and the ETag (without its
 * quotes). A bucket that is not versioned has ETags only; then the ETag tells versions apart,
 * except a re-upload of identical bytes, which is the same content anyway.
 */
export interface ObjectVersion {
  versionId?: string | undefined;
  etag?: string | undefined;
}

export interface StoredObject extends ObjectVersion {
  bytes: Uint8Array;
  contentType?: string | undefined;
  /** User metadata, lower-case names without the x-amz-meta- prefix ("published"). */
  metadata: Record<string, string>;
}

export interface GetOptions {
  /** Refuse larger objects (ObjectTooLargeError) without reading the body. */
  maxBytes?: number | undefined;
  /** Read this version rather than the latest (versioned buckets). */
  versionId?: string | undefined;
}

/**
 * What a stage writes: one string, or its parts in order, made as they are read. Big outputs
 * (a report on a 5 MB article runs to tens of MB) go as parts, so that no stage holds the whole
 * text as one string beside its bytes (BENCHMARKS.md, section 4). A store may iterate the parts
 * twice, to count the bytes and then to send them: pass an iterable that starts afresh each
 * time (jsonParts, renderHtmlParts), or the store must hold the whole encoding.
 */
export type Body = string | Iterable<string>;

export interface BlobStore {
  /** The object's bytes, or null when it (or the version asked for) is gone. Throws ObjectTooLargeError past maxBytes, without reading the body. */
  get(key: string, options?: GetOptions): Promise<StoredObject | null>;
  /** The key's latest version, or null when the key is gone (deleted, or a delete marker). */
  head(key: string): Promise<ObjectVersion | null>;
  /** Writes the whole object in one request, with user metadata (S3's x-amz-meta-*, 2 KB at most). */
  put(key: string, body: Body, contentType: string, metadata?: Record<string, string>): Promise<void>;
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

/** An ETag as events carry it: S3 quotes it in HTTP headers, not in notifications. */
export const unquoteEtag = (etag: string | undefined): string | undefined => (etag ? etag.replace(/"/g, '') : undefined);

/**
 * A version id that tells versions apart. "null" is the id of an object stored while the bucket
 * was not versioned (or versioning was suspended): every such upload replaces the last under
 * the same id, so only the ETag tells them apart.
 */
export const distinctVersionId = (versionId: string | undefined): string | undefined => (versionId && versionId !== 'null' ? versionId : undefined);

/**
 * Whether `a` and `b` are known to be different versions: by version id when both have one,
 * else by ETag. When neither tells (no identity recorded), they are not known to differ.
 *
 * @example isOtherVersion({ etag: 'abc' }, { etag: '"abc"' }) // false
 */
export function isOtherVersion(a: ObjectVersion, b: ObjectVersion): boolean {
  const [va, vb] = [distinctVersionId(a.versionId), distinctVersionId(b.versionId)];
  if (va && vb) return va !== vb;
  const ea = unquoteEtag(a.etag);
  const eb = unquoteEtag(b.etag);
  if (ea && eb) return ea !== eb;
  return false;
}

/** Only the identity fields, without undefined ones: for documents and logs. */
export function versionOf(o: ObjectVersion): ObjectVersion {
  const etag = unquoteEtag(o.etag);
  return { ...(o.versionId ? { versionId: o.versionId } : {}), ...(etag ? { etag } : {}) };
}

export interface MemoryBlobStoreOptions {
  /** Keep every version with a version id, as a versioned S3 bucket does; otherwise ETags only. */
  versioned?: boolean;
}

/** A blob store in memory, for tests: S3's version semantics, and a log of its writes. */
export class MemoryBlobStore implements BlobStore {
  /** Each key's versions, oldest first; the last one is the latest. */
  private readonly versions = new Map<string, StoredObject[]>();
  /** Every key written through put(), in order. */
  readonly writes: string[] = [];
  private counter = 0;

  constructor(private readonly options: MemoryBlobStoreOptions = {}) {}

  /** Stores a new version of `key`, as an upload does, and returns its identity. */
  upload(key: string, body: Uint8Array | string, options: { contentType?: string; metadata?: Record<string, string> } = {}): ObjectVersion {
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    const version: ObjectVersion = {
      ...(this.options.versioned ? { versionId: `v${++this.counter}` } : {}),
      etag: createHash('md5').update(bytes).digest('hex'),
    };
    const list = this.versions.get(key) ?? [];
    list.push({ bytes, contentType: options.contentType, metadata: options.metadata ?? {}, ...version });
    this.versions.set(key, list);
    return version;
  }

  /** Removes the key, as a delete without a version id does (older versions stay readable by id when versioned). */
  delete(key: string): void {
    if (!this.options.versioned) this.versions.delete(key);
    else this.versions.set(key, [...(this.versions.get(key) ?? []), DELETE_MARKER]);
  }

  /** The latest bytes of `key` as text, or undefined. */
  text(key: string): string | undefined {
    const o = this.latest(key);
    return o ? new TextDecoder().decode(o.bytes) : undefined;
  }

  async get(key: string, options: GetOptions = {}): Promise<StoredObject | null> {
    const o = options.versionId === undefined ? this.latest(key) : (this.versions.get(key) ?? []).find((v) => v !== DELETE_MARKER && v.versionId === options.versionId);
    if (!o) return null;
    if (options.maxBytes !== undefined && o.bytes.length > options.maxBytes) throw new ObjectTooLargeError(key, o.bytes.length, options.maxBytes);
    return o;
  }

  async head(key: string): Promise<ObjectVersion | null> {
    const o = this.latest(key);
    return o ? versionOf(o) : null;
  }

  async put(key: string, body: Body, contentType: string, metadata?: Record<string, string>): Promise<void> {
    this.upload(key, typeof body === 'string' ? body : [...body].join(''), { contentType, ...(metadata ? { metadata } : {}) });
    this.writes.push(key);
  }

  private latest(key: string): StoredObject | undefined {
    const o = this.versions.get(key)?.at(-1);
    return o === DELETE_MARKER ? undefined : o;
  }
}

const DELETE_MARKER: StoredObject = { bytes: new Uint8Array(), metadata: {} };
