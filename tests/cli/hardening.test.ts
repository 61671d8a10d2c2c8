import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBounded } from '../../cli/inputs.ts';
import { run, type Io } from '../../cli/main.ts';
import { isCalendarDay, printable } from '../../shared/calendar.ts';
import { parseRows, serialiseRows } from '../../shared/reference/rows.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';

// Findings of an adversarial review, each with the input that showed it (tests/fixtures/hostile).
const dir = mkdtempSync(join(tmpdir(), 'factcheck-hardening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const capture = (): Io & { out: string[]; err: string[] } => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin: () => new Uint8Array() };
};
const source = { organisation: 'A', title: 'B', url: 'https://example.org/b', retrieved: '2025-01-01' };

describe('dates a calendar does not have', () => {
  it('are refused as --published (and split, by the same check, takes none from object metadata)', async () => {
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2021-02-29')).toBe(false);
    expect(isCalendarDay('2020-02-31')).toBe(false);
    expect(isCalendarDay('2024-99-99')).toBe(false);
    const io = capture();
    expect(await run(['check', 'examples/military-spending.md', '--published', '2020-02-31'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/--published must be a date as YYYY-MM-DD, got "2020-02-31"/);
  });
});

describe('file names in error lines', () => {
  it('are printed with their control characters escaped', async () => {
    expect(printable('a\u001b[31mred\nline\u202e.txt')).toBe('a\\u001b[31mred\\u000aline\\u202e.txt');
    const name = join(dir, 'bad\u001b[2Jname.txt');
    writeFileSync(name, new Uint8Array([0, 1, 2, 3]));
    const io = capture();
    await run(['check', name], io);
    expect(io.err.join('')).not.toMatch(/\u001b/);
    expect(io.err.join('')).toMatch(/bad\\u001b\[2Jname\.txt/);
  });
});

describe('--out', () => {
  it('refuses to write through a symbolic link already in the folder', async () => {
    const out = join(dir, 'out');
    const target = join(dir, 'victim.txt');
    writeFileSync(target, 'keep me');
    await run(['check', 'examples/military-spending.md', '--format', 'json', '--out', out], capture());
    rmSync(join(out, 'military-spending.md.json'));
    symlinkSync(target, join(out, 'military-spending.md.json'));
    const io = capture();
    expect(await run(['check', 'examples/military-spending.md', '--format', 'json', '--out', out], io)).toBe(2);
    expect(io.err.join('')).toMatch(/it is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });
});

describe('CSV reference files', () => {
  const header = 'id,entities,measure,asOf,value,unit,source.organisation,source.title,source.url,source.retrieved,notes';
  it('read numbers as decimals only: "0x10" is no 16', () => {
    const { facts, errors } = parseRows(`${header}\nx,armenia,military_expenditure,2025-01-01,0x10,USD,A,B,https://example.org/b,2025-01-01,\n`, 'csv');
    expect(facts).toEqual([]);
    expect(errors[0]).toMatchObject({ row: 2, field: 'value' });
  });

  it('write a cell a spreadsheet would run as a formula with a leading apostrophe, and read it back whole', () => {
    const fact = { id: 'x', entities: ['armenia'], measure: 'military_expenditure', value: -5, unit: 'USD', source: { ...source, title: '=HYPERLINK("http://evil.example","click")' }, notes: '@SUM(A1)' };
    const csv = serialiseRows([fact as never], 'csv');
    expect(csv).toMatch(/,"'=HYPERLINK/);
    expect(csv).toMatch(/,'@SUM\(A1\)/);
    expect(csv).toMatch(/,-5,/);
    expect(parseRows(csv, 'csv').facts[0]).toMatchObject({ value: -5, source: { title: fact.source.title }, notes: '@SUM(A1)' });
  });
});

describe('vocabularies', () => {
  it('refuse an empty event alias, which would name every sentence', () => {
    expect(() => vocabularyFromFile({ extends: 'none', events: [{ id: 'e', name: 'E', kind: 'war', start: '2020', entities: [], aliases: ['  '] }] })).toThrow(/events\.0\.aliases\.0/);
  });

  it('hold a fact below its measure\'s minimum to be a slip: a negative military expenditure', async () => {
    const facts = join(dir, 'negative.json');
    const fact = (id: string, value: number) => ({ id, entities: ['armenia'], measure: 'military_expenditure', period: { from: '2022-01-01', to: '2022-12-31' }, value, unit: 'USD', source });
    writeFileSync(facts, JSON.stringify([fact('ok', 1_300_000_000), fact('slip', -1_300_000_000)]));
    const vocabulary = join(dir, 'beat.json');
    writeFileSync(vocabulary, JSON.stringify({ version: '1' }));
    const io = capture();
    expect(await run(['reference', 'validate', facts, '--vocabulary', vocabulary], io)).toBe(2);
    const err = io.err.join('');
    expect(err).toMatch(/row 2 \(slip\): value: -1300000000 is below 0, the least a fact of military_expenditure can hold/);
    expect(err).not.toMatch(/\(ok\)/);
    // A measure with no minimum (a balance, any change) takes negative values.
    writeFileSync(vocabulary, JSON.stringify({ version: '1', measures: [{ id: 'military_expenditure', name: 'military spending', unit: 'USD', subjects: [], actions: [], minimum: -1e12 }] }));
    expect(await run(['reference', 'validate', facts, '--vocabulary', vocabulary], capture())).toBe(0);
  });
});

describe('input larger than the limit', () => {
  it('is refused from its size, without reading a file of 10 GB', async () => {
    // A sparse file: reading it whole would take 10 GB of memory; its size alone refuses it.
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 10 * 1024 ** 3);
    const io = capture();
    expect(await run(['check', huge], io)).toBe(2);
    expect(io.err.join('')).toMatch(/article is 10240 MB, over the 5 MB limit \(--max-bytes\)/);
  });

  it('is read no further than the limit from a device that never ends', async () => {
    expect(() => readBounded('/dev/zero', 1000)).toThrow(/larger than the 1000 bytes limit/);
    const io = capture();
    expect(await run(['check', '/dev/zero', '--max-bytes', '4096'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/\/dev\/zero: article is larger than the 4 KB limit/);
  });

  it('is read no further than the limit from a pipe that never ends (yes | factcheck check -)', () => {
    if (!existsSync('dist/cli.js')) execFileSync('node', ['scripts/build.mjs']);
    const r = spawnSync('sh', ['-c', 'yes | node bin/factcheck.js check - --max-bytes 100000'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/-: article is larger than the 97.7 KB limit/);
  });

  it('reads an article within the limit whole, from a file or a pipe', () => {
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'Armenia lost 3,825 soldiers.');
    expect(Buffer.from(readBounded(ok, 28)).toString()).toBe('Armenia lost 3,825 soldiers.');
    expect(() => readBounded(ok, 27)).toThrow(/article is 28 bytes, over the 27 bytes limit/);
  });
});
