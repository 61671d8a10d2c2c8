// One stage's work on one big article, run alone in a fresh process from a bundle, as a Lambda
// runs it: `split <article> <claims-out>` or `check <claims> <report-out>`. Prints its figures
// as JSON. The blob store is the file system here; everything else is the stage's own code.
import { readFileSync, writeFileSync } from 'node:fs';
import { ClaimsDocument } from '../shared/claims/document.ts';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { judgeClaims } from '../shared/judge/judge.ts';
import { fileReferenceStore } from '../shared/reference/file-store.ts';
import { renderHtml } from '../shared/render/html.ts';

const [stage, input, output] = process.argv.slice(2);
const store = stage === 'check' ? fileReferenceStore() : null;
const bytes = readFileSync(input!);
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
let claims = 0;
if (stage === 'split') {
  const doc = extractClaims(bytes, { maxBytes: 64 * 1024 * 1024, published: '2021-08-16' });
  claims = doc.claims.length;
  writeFileSync(output!, JSON.stringify(doc));
} else {
  const doc = ClaimsDocument.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  const report = await judgeClaims(doc, store!);
  claims = report.claims.length;
  writeFileSync(`${output}.html`, renderHtml(report, doc.text));
  writeFileSync(output!, JSON.stringify(report));
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ stage, ms, claims, maxRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb: before / 1024 }));
