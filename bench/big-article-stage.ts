// One stage's work on one big article, run alone in a fresh process from a bundle, as a Lambda
// runs it: `split <article> <claims-out>` or `check <claims> <report-out>`. Prints its figures
// as JSON. The blob store is the file system here; everything else is the stage's own code.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { DEFAULT_MAX_CLAIMS, TooManyClaimsError } from '../shared/claims/limits.ts';
import { collectBetweenPhases } from '../shared/memory.ts';
import { judgeClaims } from '../shared/judge/judge.ts';
import { fileReferenceStore } from '../shared/reference/file-store.ts';
import { renderHtmlParts } from '../shared/render/html.ts';
import { parseClaimsDocument } from '../shared/pipeline/check-stage.ts';
import { jsonParts, utf8Chunks, utf8Length } from '../shared/pipeline/serialise.ts';

/** Parts counted, then encoded chunk by chunk as they are written, as the S3 adapter streams a body. */
function writeParts(file: string, parts: Iterable<string>): void {
  const bytes = utf8Length(parts);
  const fd = openSync(file, 'w');
  let written = 0;
  try {
    for (const c of utf8Chunks(parts)) written += writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
  if (written !== bytes) throw new Error(`${file}: counted ${bytes} bytes, wrote ${written}`);
}

const [stage, input, output] = process.argv.slice(2);
// The deployed function's own modules (the AWS SDK, Powertools, its clients), loaded as its
// handler loads them, so that this process starts as large as a deployed one. The bundle is
// built for one stage (BIG_ARTICLE_HANDLER is defined at build time): only its handler is in it.
if (process.env.BIG_ARTICLE_HANDLER === 'split') await import('../functions/split.ts');
else if (process.env.BIG_ARTICLE_HANDLER === 'check') await import('../functions/check.ts');
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
let refused: string | undefined;
if (stage === 'split') {
  const bytes = readFileSync(input!);
  let doc;
  try {
    // With the split stage's cap on claims, as deployed: a figure-dense article past it ends here.
    doc = extractClaims(bytes, { maxBytes: 64 * 1024 * 1024, maxClaims: DEFAULT_MAX_CLAIMS, published: '2021-08-16' });
  } catch (err) {
    if (!(err instanceof TooManyClaimsError)) throw err;
    refused = err.code;
  }
  if (doc) {
    claims = doc.claims.length;
    // As the split stage does between extraction and serialising.
    collectBetweenPhases(bytes.length);
    writeParts(output!, jsonParts(doc, 'claims'));
  }
} else {
  // Parsed as the check stage parses, which lets the bytes, the text and the raw JSON go, and
  // judged in a function of its own, as there, so that only the report and the text outlive it.
  const judged = async () => {
    const parsed = parseClaimsDocument({ bytes: readFileSync(input!) });
    if (!parsed.success) throw new Error(parsed.message);
    // As the check stage does: after validating, and again after judging.
    collectBetweenPhases(parsed.data.text.length);
    return { report: await judgeClaims(parsed.data, store!), text: parsed.data.text };
  };
  const { report, text } = await judged();
  collectBetweenPhases(text.length);
  claims = report.claims.length;
  writeParts(`${output}.html`, renderHtmlParts(report, text));
  writeParts(output!, jsonParts(report, 'claims'));
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ stage, ms, claims, maxRssMb: peakKb() / 1024, baselineRssMb: before / 1024, ...(refused ? { refused } : {}) }));
