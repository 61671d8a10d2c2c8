import { ClaimsDocument } from '../claims/document.ts';
import { judgeClaims } from '../judge/judge.ts';
import type { ReferenceStore } from '../reference/store.ts';
import { renderHtml } from '../render/html.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import type { BlobStore } from './blob-store.ts';
import { KeyError, reportKeyFor } from './keys.ts';
import { reject, type Outcome, type StageInput } from './outcome.ts';

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
