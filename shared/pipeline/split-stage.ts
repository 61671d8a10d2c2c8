import { extractClaims } from '../claims/extract-claims.ts';
import { ArticleReadError, DEFAULT_MAX_BYTES } from '../read/index.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { ObjectTooLargeError, type BlobStore } from './blob-store.ts';
import { claimsKeyFor, KeyError } from './keys.ts';
import { reject, type Outcome, type StageInput } from './outcome.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SplitDeps {
  blobs: BlobStore;
  maxBytes?: number;
  vocabulary?: CompiledVocabulary;
}

/** Split: an uploaded article → its claims document under claims/ (or an error report). */
export async function splitArticle(input: StageInput, deps: SplitDeps): Promise<Outcome> {
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  let target: string;
  try {
    target = claimsKeyFor(input.key);
  } catch (err) {
    if (err instanceof KeyError) return { status: 'rejected', key: '', code: 'BAD_KEY', message: err.message };
    throw err;
  }
  // The event tells the size: an oversize upload is refused without downloading it.
  if (input.size !== undefined && input.size > maxBytes) {
    return reject(deps.blobs, 'split', input, 'TOO_LARGE', `article is ${input.size} bytes, over the ${maxBytes}-byte limit`);
  }
  let object;
  try {
    object = await deps.blobs.get(input.key, maxBytes);
  } catch (err) {
    if (err instanceof ObjectTooLargeError) return reject(deps.blobs, 'split', input, 'TOO_LARGE', err.message);
    throw err;
  }
  if (!object) return { status: 'gone' };
  const published = object.metadata.published;
  try {
    const doc = extractClaims(object.bytes, {
      source: `s3://${input.bucket}/${input.key}`,
      name: input.key,
      contentType: object.contentType,
      maxBytes,
      ...(published && DATE.test(published) ? { published } : {}),
      ...(deps.vocabulary ? { vocabulary: deps.vocabulary } : {}),
    });
    await deps.blobs.put(target, JSON.stringify(doc), 'application/json');
    return { status: 'written', key: target, claims: doc.claims.length };
  } catch (err) {
    if (err instanceof ArticleReadError) return reject(deps.blobs, 'split', input, err.code, err.message);
    throw err;
  }
}
