import { spawnSync } from 'node:child_process';
import { fmt } from './stats.ts';

/**
 * One 10 MB article, extracted and judged in a fresh process: wall time and peak resident
 * memory (what a Lambda's memory setting must hold).
 */
export interface BigArticleResult {
  bytes: number;
  ms: number;
  claims: number;
  maxRssMb: number;
  baselineRssMb: number;
}

const CHILD = `
import { singleArticle } from './bench/corpus.ts';
import { extractClaims } from './shared/claims/extract-claims.ts';
import { judgeClaims } from './shared/judge/judge.ts';
import { fileReferenceStore } from './shared/reference/file-store.ts';
const store = fileReferenceStore();
const bytes = singleArticle(10 * 1024 * 1024);
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
const doc = extractClaims(bytes, { maxBytes: 64 * 1024 * 1024, published: '2021-08-16' });
const report = await judgeClaims(doc, store);
const ms = performance.now() - t0;
console.log(JSON.stringify({ bytes: bytes.length, ms, claims: report.claims.length, maxRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb: before / 1024 }));
`;

export function benchBigArticle(): BigArticleResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`10 MB article run failed: ${r.stderr.slice(0, 800)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

export function bigArticleMarkdown(r: BigArticleResult): string {
  return [
    '## 4. One 10 MB article',
    '',
    `One article of ${fmt(r.bytes / 1024 / 1024, 1)} MB (the sample articles' paragraphs repeated), read, extracted and judged in a fresh process (the shipped reference in memory): **${fmt(r.ms / 1000, 2)} s**, ${r.claims.toLocaleString('en-US')} claims; peak resident memory **${fmt(r.maxRssMb, 0)} MB** (the process with its modules and the reference loaded: ${fmt(r.baselineRssMb, 0)} MB). The pipeline refuses articles over 5 MB by default (\`MAX_ARTICLE_BYTES\`).`,
  ].join('\n');
}
