// Takes the README's screenshot of the HTML report in headless Chromium (Debian's chromium
// package): the example article, with its contradicted figure clicked open.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { judgeClaims } from '../shared/judge/judge.ts';
import { fileReferenceStore } from '../shared/reference/file-store.ts';
import { renderHtml } from '../shared/render/index.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/browser.ts';

if (!CHROMIUM) {
  console.error('screenshot: Chromium not found (apt-get install chromium)');
  process.exit(2);
}
const source = 'examples/ceasefire-one-year-on.txt';
const doc = extractClaims(readFileSync(source), { source });
const report = await judgeClaims(doc, fileReferenceStore());
const file = join(mkdtempSync(join(tmpdir(), 'shot-')), 'report.html');
writeFileSync(file, renderHtml(report, doc.text));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(file).href);
const wrong = report.claims.find((c) => c.verdict === 'contradicted');
if (wrong) await page.locator(`mark[data-claim="${wrong.id}"]`).click();
await page.screenshot({ path: 'docs/images/report-page.png' });
await browser.close();
console.log('docs/images/report-page.png');
