import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import { renderHtml } from '../../shared/render/index.ts';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../helpers/browser.ts';

const available = chromiumAvailable();
let browser: Browser | undefined;

beforeAll(async () => {
  if (available) browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available)('the HTML report in a browser', () => {
  it('shows a figure’s explanation, computation and sources when it is clicked', async () => {
    const doc = extractClaims(readFileSync('examples/ceasefire-one-year-on.txt'), { source: 'examples/ceasefire-one-year-on.txt' });
    const report = await judgeClaims(doc, fileReferenceStore());
    const file = join(mkdtempSync(join(tmpdir(), 'page-')), 'report.html');
    writeFileSync(file, renderHtml(report, doc.text));
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);

    const wrong = report.claims.find((c) => c.verdict === 'contradicted')!;
    const mark = page.locator(`mark[data-claim="${wrong.id}"]`);
    await expect(mark.getAttribute('aria-expanded')).resolves.toBe('false');
    await mark.click();
    const panel = page.locator('#fc-panel-body');
    await expect(panel.innerText()).resolves.toContain(wrong.explanation);
    await expect(mark.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(panel.locator('a[href^="https://"]').count()).resolves.toBeGreaterThan(0);

    // A derived figure shows its arithmetic.
    const derived = report.claims.find((c) => c.computation?.length)!;
    await page.locator(`mark[data-claim="${derived.id}"]`).click();
    await expect(panel.innerText()).resolves.toContain(derived.computation![0]!.expression);

    // The keyboard works too, and the page loaded nothing but itself.
    await page.locator(`mark[data-claim="${wrong.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(panel.innerText()).resolves.toContain(wrong.explanation);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await page.close();
  }, 60_000);
});
