// What section 1 of the benchmark runs, bundled as the CLI is (bench/engine.ts).
export { extractClaims } from '../shared/claims/extract-claims.ts';
export { judgeClaims, judgeDocuments, JUDGE_BATCH } from '../shared/judge/judge.ts';
export { fileReferenceStore } from '../shared/reference/file-store.ts';
export { segment } from '../shared/split/segment.ts';
