import { isCalendarDay } from '../calendar.ts';
import { extractClaims } from '../claims/extract-claims.ts';
import { DEFAULT_MAX_CLAIMS, TooManyClaimsError } from '../claims/limits.ts';
import { collectBetweenPhases } from '../memory.ts';
import { ArticleReadError, DEFAULT_MAX_BYTES } from '../read/index.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { isOtherVersion, ObjectTooLargeError, versionOf, type BlobStore } from './blob-store.ts';
import { jsonParts } from './serialise.ts';
import { handoffMessage, type ClaimsHandoff } from './handoff.ts';
import { claimsKeyFor, KeyError, KeyTooLongError } from './keys.ts';
import { eventVersion, folderMarker, refuseKey, reject, staleness, type Basis, type Outcome, type StageInput } from './outcome.ts';


export interface SplitDeps {
  blobs: BlobStore;
  maxBytes?: number;
  /** The most claims one article may hold (default DEFAULT_MAX_CLAIMS); more ends in TOO_MANY_CLAIMS. */
  maxClaims?: number;
  vocabulary?: CompiledVocabulary;
  /** Hand small claims documents to check in its queue message instead of writing them under claims/. */
  handoff?: ClaimsHandoff;
}

/**
 * Split: an uploaded article → its claims document under claims/, or handed to check in a
 * queue message when it is small and a handoff is configured (or an error report).
 *
 * It reads the version the event names, records that version in the document, and writes
 * only while it is still the key's latest: a late or replayed event for a replaced article
 * ends 'superseded', since the newer version's own event produces the claims.
 */
export async function splitArticle(input: StageInput, deps: SplitDeps): Promise<Outcome> {
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const marker = folderMarker(input);
  if (marker) return marker;
  let target: string;
  try {
    target = claimsKeyFor(input.key);
  } catch (err) {
    // A key S3 would refuse for the outputs still gets an error report, under a shortened key.
    if (err instanceof KeyTooLongError) return reject(deps.blobs, 'split', input, 'KEY_TOO_LONG', err.message, { key: input.key, version: eventVersion(input) });
    if (err instanceof KeyError) return refuseKey(deps.blobs, 'split', input, err);
    throw err;
  }
  const named: Basis = { key: input.key, version: eventVersion(input) };
  // The event tells the size: an oversize upload is refused without downloading it.
  if (input.size !== undefined && input.size > maxBytes) {
    return reject(deps.blobs, 'split', input, 'TOO_LARGE', `article is ${input.size} bytes, over the ${maxBytes}-byte limit`, named);
  }
  let object;
  try {
    object = await deps.blobs.get(input.key, { maxBytes, versionId: input.versionId });
  } catch (err) {
    if (err instanceof ObjectTooLargeError) return reject(deps.blobs, 'split', input, 'TOO_LARGE', err.message, named);
    throw err;
  }
  if (!object) return { status: 'gone' };
  const read: Basis = { key: input.key, version: versionOf({ versionId: object.versionId ?? input.versionId, etag: object.etag ?? input.etag }) };
  // Without a version id the read returns the latest object: when that is not the version the
  // event names, the article was replaced since, and the replacement has its own event.
  if (isOtherVersion(named.version, read.version)) return { status: 'superseded', key: input.key, version: named.version, latest: read.version };
  const published = object.metadata.published;
  let doc;
  try {
    doc = extractClaims(object.bytes, {
      source: `s3://${input.bucket}/${input.key}`,
      name: input.key,
      contentType: object.contentType,
      maxBytes,
      maxClaims: deps.maxClaims ?? DEFAULT_MAX_CLAIMS,
      ...(published && isCalendarDay(published) ? { published } : {}),
      ...(deps.vocabulary ? { vocabulary: deps.vocabulary } : {}),
    });
  } catch (err) {
    if (err instanceof ArticleReadError || err instanceof TooManyClaimsError) return reject(deps.blobs, 'split', input, err.code, err.message, read);
    throw err;
  }
  if (Object.keys(read.version).length) doc = { ...doc, article: { ...doc.article, version: read.version } };
  // Extraction's working data is garbage before the document is serialised.
  collectBetweenPhases(object.bytes.length);
  const stop = await staleness(deps.blobs, read);
  if (stop) return stop;
  const parts = jsonParts(doc, 'claims');
  const message = deps.handoff ? handoffMessage(input.bucket, target, parts, deps.handoff.maxBytes) : null;
  if (message !== null) {
    await deps.handoff!.send(message);
    return { status: 'handed-off', key: target, claims: doc.claims.length };
  }
  await deps.blobs.put(target, parts, 'application/json');
  return { status: 'written', key: target, claims: doc.claims.length };
}
