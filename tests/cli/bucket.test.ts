import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { run, type Io } from '../../cli/main.ts';
import { relativeKey } from '../../cli/bucket.ts';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ visibilityTimeoutMs: 200 });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

function capture(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new Uint8Array() };
}
const at = () => ['--bucket', stack.bucket, '--endpoint', stack.s3Endpoint];

describe('bucket commands against the local stack', () => {
  it('uploads a folder, waits for the reports and prints their summary', async () => {
    const io = capture();
    const code = await run(['upload', 'examples/', ...at(), '--wait', '--timeout', '60'], io);
    const out = io.out.join('');
    expect(out).toMatch(/^! articles\/ceasefire-one-year-on.txt: 19 claims: \d+ supported, 1 contradicted/m);
    // The table's year headers label its cells: they are not claims of their own.
    expect(out).toMatch(/^✓ articles\/military-spending.md: 13 claims/m);
    expect(out).toMatch(/^✓ articles\/peacekeepers-leave.html: \d+ claims/m);
    expect(code).toBe(1); // one claim is contradicted
    expect(io.err.join('')).toMatch(/uploaded s3:\/\/factcheck-local\/articles\/military-spending.md/);
  });

  it('reports an error report as the outcome of a bad upload', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'up-'));
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    const io = capture();
    expect(await run(['upload', join(dir, 'empty.txt'), ...at(), '--wait', '--timeout', '30'], io)).toBe(2);
    expect(io.out.join('')).toMatch(/^✗ articles\/empty.txt: EMPTY: /m);
  });

  it('fetches and renders one report, in every format', async () => {
    const table = capture();
    expect(await run(['report', 'articles/military-spending.md', ...at()], table)).toBe(0);
    expect(table.out.join('')).toMatch(/about 2\.7 times/);
    const json = capture();
    expect(await run(['report', 'military-spending.md', ...at(), '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out.join('')).article.source).toBe('s3://factcheck-local/articles/military-spending.md');
    const html = capture();
    expect(await run(['report', 'reports/military-spending.md.json', ...at(), '--format', 'html'], html)).toBe(0);
    expect(html.out.join('')).toMatch(/^<!doctype html>/i);
    expect(html.out.join('')).toMatch(/Azerbaijan spent/);
    const md = capture();
    expect(await run(['report', 'military-spending.md', ...at(), '--format', 'md'], md)).toBe(0);
    expect(md.out.join('')).toMatch(/\|/);
    const missing = capture();
    expect(await run(['report', 'nope.txt', ...at()], missing)).toBe(2);
    expect(missing.err.join('')).toMatch(/no report for articles\/nope.txt/);
  });

  it('the pipeline writes the HTML page beside the JSON report', async () => {
    const html = capture();
    await run(['report', 'ceasefire-one-year-on.txt', ...at(), '--format', 'json'], html);
    const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
    const s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const page = await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: 'reports/ceasefire-one-year-on.txt.html' }))).Body!.transformToString();
    s3.destroy();
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toMatch(/contradicted/);
  });

  it('watches for new reports as they arrive', async () => {
    const io = capture();
    const watching = run(['watch', ...at(), '--interval', '0.2', '--count', '1'], io);
    await new Promise((r) => setTimeout(r, 500));
    const up = capture();
    await run(['upload', 'examples/peacekeepers-leave.html', ...at(), '--prefix', 'articles/late/'], up);
    expect(await watching).toBe(0);
    expect(io.out.join('')).toMatch(/^✓ articles\/late\/peacekeepers-leave.html: \d+ claims/m);
    // It says what it watches when it starts, before any report arrives.
    expect(io.err.join('')).toMatch(/^watching s3:\/\/factcheck-local\/reports\/ and errors\/ every 0\.2 s for new reports, until 1; Ctrl-C stops/);
  });

  it('lists what was unverifiable across the bucket, grouped by entity and measure', async () => {
    const io = capture();
    expect(await run(['coverage', '--bucket', stack.bucket, '--endpoint', stack.s3Endpoint, '--format', 'json'], io)).toBe(0);
    const c = JSON.parse(io.out.join(''));
    expect(c.reports).toBeGreaterThanOrEqual(3);
    expect(c.unverifiable).toBeGreaterThan(0);
    expect(c.rows[0]).toMatchObject({ claims: expect.any(Number), examples: expect.any(Array) });
  });
});

describe('coverage over a folder, and --out', () => {
  it('writes one file per article inside the folder, and coverage reads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'out-'));
    const io = capture();
    expect(await run(['check', 'examples/', '--format', 'json', '--out', dir], io)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['ceasefire-one-year-on.txt.json', 'military-spending.md.json', 'peacekeepers-leave.html.json']);
    const cov = capture();
    expect(await run(['coverage', dir], cov)).toBe(0);
    expect(cov.out.join('')).toMatch(/^3 report\(s\), \d+ claim\(s\), \d+ unverifiable/);
    expect(cov.out.join('')).toMatch(/measure\s+entity\s+event/);
  });

  it('never writes outside the chosen folder, whatever the input is called', async () => {
    const root = mkdtempSync(join(tmpdir(), 'safe-'));
    mkdirSync(join(root, 'in'), { recursive: true });
    const input = join(root, 'in', '..%2F..%2Fescape.txt');
    writeFileSync(input, 'At least 5,000 soldiers died.');
    const out = join(root, 'out');
    const io = capture();
    expect(await run(['check', input, '--format', 'md', '--out', out], io)).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['in', 'out']);
    expect(readdirSync(out)).toEqual(['_2F.._2Fescape.txt.md']);
  });

  it('reads keys in every form', () => {
    expect(relativeKey('articles/a b.txt')).toBe('a b.txt');
    expect(relativeKey('reports/x/y.md.json')).toBe('x/y.md');
    expect(relativeKey('y.md')).toBe('y.md');
  });
});
