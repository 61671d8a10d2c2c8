import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { run, type Io } from '../../cli/main.ts';

function capture(stdin = ''): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new TextEncoder().encode(stdin) };
}

describe('factcheck check', () => {
  it('judges against the shipped dataset and prints verdicts by default; exit 1 when something is contradicted', async () => {
    const io = capture();
    expect(await run(['check', 'examples/ceasefire-one-year-on.txt'], io)).toBe(1);
    const out = io.out.join('');
    expect(out).toMatch(/One year after the Karabakh ceasefire/);
    expect(out).toMatch(/published 10 November 2021 \(stated in the article/);
    expect(out).toMatch(/contradicted\s+"November 19"[\s\S]*?not November 19\./);
    expect(out).toMatch(/supported\s+"more than 6,600 soldiers"/);
    // Not a terminal here: plain text, no colour codes.
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toMatch(/source: Al Jazeera, 3 December 2020\n\s+https:\/\/www.aljazeera.com\//);
  });

  it('exits 0 when nothing is contradicted', async () => {
    const io = capture();
    expect(await run(['check', 'examples/military-spending.md'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/0 contradicted/);
  });

  it('prints the claims document with --claims-only, as a table or JSON', async () => {
    const table = capture();
    expect(await run(['check', 'examples/ceasefire-one-year-on.txt', '--claims-only'], table)).toBe(0);
    expect(table.out.join('')).toMatch(/more than 6,600 soldiers\s+6600 soldier\s+more_than\s+soldiers_killed/);
    const json = capture();
    expect(await run(['check', 'examples/military-spending.md', '--claims-only', '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out.join('')).schema).toBe('factcheck/claims');
  });

  it('prints the verdict report as JSON with --format json, one per input or an array', async () => {
    const one = capture();
    expect(await run(['check', 'examples/military-spending.md', '--format', 'json'], one)).toBe(0);
    expect(JSON.parse(one.out.join('')).schema).toBe('factcheck/report');
    const many = capture();
    expect(await run(['check', 'examples/', '--format', 'json'], many)).toBe(1);
    const docs = JSON.parse(many.out.join(''));
    expect(docs.map((d: { article: { source: string } }) => d.article.source)).toEqual([
      'examples/ceasefire-one-year-on.txt',
      'examples/military-spending.md',
      'examples/peacekeepers-leave.html',
    ]);
  });

  it('reads standard input with - and takes --published', async () => {
    const io = capture('Exercises took place last year with 3,000 troops.');
    expect(await run(['check', '-', '--published', '2021-08-16', '--format', 'json', '--claims-only'], io)).toBe(0);
    const doc = JSON.parse(io.out.join(''));
    expect(doc.article).toMatchObject({ source: '-', published: { date: '2021-08-16', how: 'given' } });
    // "last year" resolves to 2020 and scopes the figure of its clause.
    expect(doc.claims.find((c: { figure: { kind: string } }) => c.figure.kind === 'count').framing.time).toMatchObject({ from: '2020', basis: 'explicit' });
  });

  it('exits 2 with one clear line for bad input, and goes on with the other inputs', async () => {
    const io = capture('');
    expect(await run(['check', '-', 'examples/military-spending.md'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^factcheck: -: .*empty|no readable text/i);
    expect(io.err.join('').trim().split('\n')).toHaveLength(1);
    expect(io.out.join('')).toMatch(/South Caucasus arms bill/);
  });

  it.each([
    [['check', 'no-such-file.txt'], /no such file/],
    [['check', 'examples/', '--published', '16/08/2021'], /YYYY-MM-DD/],
    [['check', 'examples/', '--format', 'xml'], /Allowed choices are table, json/],
    [['check', 'examples/', '--max-bytes', 'lots'], /positive whole number/],
    [['check', 'examples/', '--vocabulary', 'nope.json'], /cannot read vocabulary/],
    [['check', 'examples/', '--reference', 'nope.json'], /cannot read reference file/],
    [['check', 'examples/', '--reference', 'x.json', '--table', 't'], /not both/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const io = capture();
    expect(await run(argv, io)).toBe(2);
    expect(io.err.join('')).toMatch(message);
  });

  it('has help with examples and a version', async () => {
    const help = capture();
    expect(await run(['check', '--help'], help)).toBe(0);
    expect(help.out.join('')).toMatch(/Examples:/);
    const version = capture();
    expect(await run(['--version'], version)).toBe(0);
    expect(version.out.join('')).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the installed command', () => {
  it('runs as a process through bin/factcheck.js', () => {
    if (!existsSync('dist/cli.js')) execFileSync('node', ['scripts/build.mjs']);
    const ok = spawnSync('node', ['bin/factcheck.js', 'check', 'examples/', '--format', 'json'], { encoding: 'utf8' });
    expect(ok.status).toBe(1);
    expect(JSON.parse(ok.stdout)).toHaveLength(3);
    const bad = spawnSync('node', ['bin/factcheck.js', 'check', '-'], { input: '%PDF-1.4 binary', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/PDF/);
  });
});
