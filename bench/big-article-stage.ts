// One stage's work on one big article, run alone in a fresh process from a bundle, as a Lambda
// runs it: `split <article> <claims-out>` or `check <claims> <report-out>`. Prints its figures
// as JSON. The blob store is the file system here; everything else is the stage's own code.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { ClaimsDocument } from '../shared/claims/document.ts';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { judgeClaims } from '../shared/judge/judge.ts';
import { fileReferenceStore } from '../shared/reference/file-store.ts';
import { renderHtmlParts } from '../shared/render/html.ts';
import { jsonParts } from '../shared/pipeline/serialise.ts';

/** Parts encoded as they are made and then written, as the S3 adapter sends them. */
function writeParts(file: string, parts: Iterable<string>): void {
  const chunks: Buffer[] = [];
  for (const p of parts) chunks.push(Buffer.from(p, 'utf8'));
  const fd = openSync(file, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
}

const [stage, input, output] = process.argv.slice(2);
const store = stage === 'check' ? fileReferenceStore() : null;
/**
 * Peak resident memory in KB. On Linux from /proc (VmHWM), this process's own: getrusage's
 * maxRSS survives exec, so it would report the spawning process's size if that was larger.
 */
function peakKb(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

const before = peakKb();
const t0 = performance.now();
let claims = 0;
if (stage === 'split') {
  const doc = extractClaims(readFileSync(input!), { maxBytes: 64 * 1024 * 1024, published: '2021-08-16' });
  claims = doc.claims.length;
  writeParts(output!, jsonParts(doc, 'claims'));
} else {
  // Read in a function of its own, as the check stage does, so the bytes and raw JSON can go.
  const load = () => ClaimsDocument.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(input!))));
  const doc = load();
  const report = await judgeClaims(doc, store!);
  claims = report.claims.length;
  writeParts(`${output}.html`, renderHtmlParts(report, doc.text));
  writeParts(output!, jsonParts(report, 'claims'));
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ stage, ms, claims, maxRssMb: peakKb() / 1024, baselineRssMb: before / 1024 }));
