import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The built CLI runs `check`'s common path (shipped reference and vocabulary, table or JSON)
// from dist/engine/check.cjs with V8's code cache (cli/engine.ts, ADR 0012), every other option
// from the ES module chunks. Both must give the same reports.
const ENGINE = 'dist/engine/check.cjs';
const run = (args: string[], env: Record<string, string> = {}, cwd = process.cwd(), bin = 'bin/factcheck.js') =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, ...env } });

const temp: string[] = [];
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('the common-path engine', () => {
  it('is built beside the CLI, with its code cache', () => {
    expect(existsSync(ENGINE)).toBe(true);
    expect(existsSync(ENGINE.replace(/\.cjs$/, '.cache'))).toBe(true);
  });

  it('reads standard input as the chunks do, a pipe past the limit included', () => {
    const over = spawnSync('sh', ['-c', 'yes | node bin/factcheck.js check - --max-bytes 100000'], { encoding: 'utf8', timeout: 60_000 });
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/-: article is larger than the 97.7 KB limit/);
    const ok = run(['check', '-', '--published', '2021-11-10'], {});
    expect(ok.status).toBe(2);
  });

  it('gives the reports the module chunks give, in table and JSON output, and the same exit code', () => {
    for (const format of ['table', 'json']) {
      const args = ['check', 'examples/', '--format', format, '--published', '2021-11-10'];
      const cached = run(args);
      const modules = run(args, { FACTCHECK_ENGINE: 'modules' });
      expect(cached.status, cached.stderr).toBe(modules.status);
      expect(cached.stdout).toBe(modules.stdout);
      expect(cached.stdout.length).toBeGreaterThan(200);
    }
  });

  it('holds neither the AWS SDK, nor zod, nor a CSV parser, nor another format\'s renderer', () => {
    // (The file's names are kept: its functions are found by them.)
    const source = readFileSync(ENGINE, 'utf8');
    expect(source).toContain('function frameFigures(');
    expect(source).toContain('function renderTerminal(');
    for (const absent of ['ZodError', 'CsvError', 'function renderHtml(', 'function renderMarkdown(', 'function renderClaimReviewJson(', 'function loadVocabulary(', 'function dynamoReferenceStore(', 'require("@aws-sdk']) expect(source).not.toContain(absent);
  });

  it('leaves other options to the chunks: another format, a beat', () => {
    const md = run(['check', 'examples/military-spending.md', '--format', 'md']);
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toContain('|');
    const beat = run(['check', '--beat', 'examples/labour-statistics', '--format', 'json']);
    expect([0, 1]).toContain(beat.status);
    expect(JSON.parse(beat.stdout)).toBeTruthy();
  });

  it('runs, compiled as it loads, when its cache is another build\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-cache-'));
    temp.push(dir);
    cpSync('dist', join(dir, 'dist'), { recursive: true });
    cpSync('bin', join(dir, 'bin'), { recursive: true });
    cpSync('reference', join(dir, 'reference'), { recursive: true });
    writeFileSync(join(dir, ENGINE.replace(/\.cjs$/, '.cache')), Buffer.from('not a code cache'));
    const r = run(['check', join(process.cwd(), 'examples/military-spending.md')], {}, dir, join(dir, 'bin/factcheck.js'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('supported');
  });
});
