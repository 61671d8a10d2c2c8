import { ClaimsDocument } from '../claims/document.ts';
import { extractClaims } from '../claims/extract-claims.ts';
import { judgeClaims } from '../judge/judge.ts';
import { ArticleReadError, DEFAULT_MAX_BYTES } from '../read/index.ts';
import type { ReferenceStore } from '../reference/store.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { ENGINE } from '../version.ts';
import { renderHtml } from '../render/index.ts';
import { ObjectTooLargeError, type BlobStore } from './blob-store.ts';
import { errorReport, type ErrorReport } from './error-report.ts';
import { claimsKeyFor, errorKeyFor, KeyError, reportKeyFor } from './keys.ts';

/**
 * The pipeline's two stages as plain functions over ports: the Lambda handlers, the local
 * stack and the tests call them with their own adapters.
 */

export interface StageInput {
  bucket: string;
  key: string;
  size?: number | undefined;
  versionId?: string | undefined;
}

export type Outcome =
  | { status: 'written'; key: string; claims: number; verdicts?: Record<string, number> }
  | { status: 'rejected'; key: string; code: string; message: string }
  | { status: 'gone' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

async function reject(blobs: BlobStore, stage: ErrorReport['stage'], input: StageInput, code: string, message: string): Promise<Outcome> {
  const key = errorKeyFor(input.key);
  const report = errorReport(stage, input, code, message, { name: ENGINE.name, version: ENGINE.version });
  await blobs.put(key, `${JSON.stringify(report, null, 2)}\n`, 'application/json');
  return { status: 'rejected', key, code, message };
}

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

export interface CheckDeps {
  blobs: BlobStore;
  reference: ReferenceStore;
  vocabulary?: CompiledVocabulary;
}

/** Check: a claims document → its verdict report under reports/ (or an error report). */
export async function checkClaims(input: StageInput, deps: CheckDeps): Promise<Outcome> {
  let target: string;
  try {
    target = reportKeyFor(input.key);
  } catch (err) {
    if (err instanceof KeyError) return { status: 'rejected', key: '', code: 'BAD_KEY', message: err.message };
    throw err;
  }
  const object = await deps.blobs.get(input.key);
  if (!object) return { status: 'gone' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(object.bytes));
  } catch (err) {
    return reject(deps.blobs, 'check', input, 'BAD_CLAIMS', `claims document is not readable JSON: ${(err as Error).message}`);
  }
  const parsed = ClaimsDocument.safeParse(json);
  if (!parsed.success) {
    return reject(deps.blobs, 'check', input, 'BAD_CLAIMS', `claims document does not match its schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const report = await judgeClaims(parsed.data, deps.reference, deps.vocabulary ? { vocabulary: deps.vocabulary } : {});
  // The page for editors first, then the JSON report in one PutObject: its presence is the
  // signal that the article is done.
  await deps.blobs.put(target.replace(/\.json$/, '.html'), renderHtml(report, parsed.data.text), 'text/html; charset=utf-8');
  await deps.blobs.put(target, JSON.stringify(report), 'application/json');
  const { claims, ...verdicts } = report.counts;
  return { status: 'written', key: target, claims, verdicts };
}
