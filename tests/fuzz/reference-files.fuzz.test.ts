import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { ReferenceFact } from '../../shared/reference/fact.ts';
import { CSV_COLUMNS, parseRows, ReferenceFileError, serialiseRows, type ParsedRows } from '../../shared/reference/rows.ts';
import { ENTITY_KINDS, VocabularyError, type CompiledVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { loadVocabulary, vocabularyFromFile } from '../../shared/vocabulary/file.ts';
import { fuzzer } from '../helpers/fuzz.ts';
import { factWithoutId, hostile, hostileNonEmpty, isoDate } from './arbitraries.ts';

/**
 * Loading reference rows (CSV) and vocabularies (JSON), fuzzed: headers and cells that try to
 * reach an object's prototype (`__proto__`, `constructor`), run as a spreadsheet formula, pass
 * for a number (`0x10`, `1e309`, digit runs), or break the quoting (quotes, a BOM, CRLF, line
 * breaks in a cell); vocabularies of every shape, with such keys inside. Each load ends in a
 * valid result or the typed error naming the row or field; no load changes Object.prototype;
 * and what export writes, load reads back as it was.
 */
const fuzz = fuzzer(import.meta.url);

const dir = mkdtempSync(join(tmpdir(), 'factcheck-files-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Nothing reached Object.prototype: no new key, and none of the names the inputs try. */
function expectNoPollution(context: string): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), context).toEqual(PROTOTYPE_KEYS);
  const probe = {} as Record<string, unknown>;
  for (const k of ['side', 'event', 'id', 'value', 'polluted', 'entities', 'aliases']) expect(probe[k], `${context}: ({}).${k}`).toBeUndefined();
}

/** Every object in a loaded value is a plain one with no own "__proto__" key. */
function expectPlain(x: unknown, context: string): void {
  if (Array.isArray(x)) return x.forEach((v) => expectPlain(v, context));
  if (x === null || typeof x !== 'object') return;
  expect(Object.getPrototypeOf(x), context).toBe(Object.prototype);
  expect(Object.hasOwn(x, '__proto__'), context).toBe(false);
  for (const v of Object.values(x)) expectPlain(v, context);
}

// ---------------------------------------------------------------------------------------------
// CSV

const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const NUMERIC = new Set(['value', 'low', 'high', 'precision']);

const hostileHeader = fc.constantFrom('__proto__', '__proto__.side', '__proto__.__proto__', 'constructor', 'constructor.prototype', 'constructor.prototype.side', 'prototype', 'toString', 'hasOwnProperty', 'source.__proto__', 'period.constructor', 'id.x', '', ' id ', 'ID', '\ufeffid', '=1+1', '"', 'side;event');
const header: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 3, arbitrary: fc.shuffledSubarray([...CSV_COLUMNS], { minLength: 1 }) },
  { weight: 2, arbitrary: fc.tuple(fc.shuffledSubarray([...CSV_COLUMNS], { minLength: 1 }), fc.array(hostileHeader, { minLength: 1, maxLength: 3 })).chain(([cols, bad]) => fc.shuffledSubarray([...cols, ...bad], { minLength: cols.length + bad.length })) },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileHeader, fc.constantFrom(...CSV_COLUMNS)), { minLength: 1, maxLength: 6 }) },
);

/** Cells that pose as numbers, formulas, lists or quoting, beside ones valid for their column. */
const oddCell = fc.constantFrom(
  '=HYPERLINK("http://evil.example","x")', "'=1+1", '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', "'", "''=x",
  '0x10', '0b11', '0o7', '1e309', '-1e309', '1e-400', '9'.repeat(400), '1,000', '1,0,0', '1_000', '.5', '5.', '-0', '--5', 'NaN', 'Infinity', ' 5 ', '٣', '５',
  '"', '""', 'a"b', 'line\nbreak', 'crlf\r\nx', '__proto__', 'constructor', ';', 'a;b', ';;armenia', '\ufeff', 'armenia; azerbaijan', '2020-02-31', '2024', 'https://example.org/x',
);
const validCell = fc.oneof(fc.constantFrom('armenia', 'azerbaijan;armenia', 'military_expenditure', 'killed', 'USD', 'person', 'year', 'day', 'A', 'B', 'https://example.org/b', '2', '2,906', '3.5', '100'), isoDate);
const cell = fc.oneof({ weight: 3, arbitrary: validCell }, { weight: 2, arbitrary: oddCell }, { weight: 1, arbitrary: hostile });

interface CsvCase {
  text: string;
  header: string[];
  records: string[][];
  /** Every cell in quotes: the reader keeps a quoted cell's whitespace, and trims the others. */
  quoted: boolean;
}

/**
 * A CSV file: valid rows as export writes them, then cells replaced, hostile columns added and
 * columns dropped or reordered, written with or without quotes, a BOM, CRLF and blank lines.
 */
const csvCase: fc.Arbitrary<CsvCase> = fc
  .record({
    facts: fc.array(factWithoutId, { maxLength: 5 }),
    columns: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: header }),
    edits: fc.array(fc.tuple(fc.nat(), fc.nat(), cell), { maxLength: 4 }),
    extra: fc.array(fc.tuple(hostileHeader, fc.array(cell, { minLength: 6, maxLength: 6 })), { maxLength: 2 }),
    bom: fc.boolean(),
    crlf: fc.boolean(),
    quoted: fc.boolean(),
    blankLines: fc.boolean(),
  })
  .map(({ facts, columns, edits, extra, bom, crlf, quoted, blankLines }) => {
    const exported = parse(serialiseRows(facts.map((f, i) => ({ id: `row-${i}`, ...f }) as ReferenceFact), 'csv'), { bom: true }) as string[][];
    const [all, ...rows] = exported as [string[], ...string[][]];
    // Columns kept, in the order drawn (all of them when none is drawn), then the hostile ones.
    const picked = columns ?? all;
    let h = [...picked, ...extra.map(([name]) => name)];
    let records = rows.map((r, n) => [...picked.map((c) => (all.includes(c) ? r[all.indexOf(c)]! : '')), ...extra.map(([, cells]) => cells[n % cells.length]!)]);
    for (const [r, c, value] of edits) if (records.length) records[r % records.length]![c % h.length] = value;
    // A header of blank names is a blank line, which the reader skips: no header at all.
    if (!h.some((c) => c.trim() !== '')) h = ['id', ...h];
    records = records.map((r) => (r.length < h.length ? [...Array(h.length - r.length).fill(''), ...r] : r));
    const eol = crlf ? '\r\n' : '\n';
    let text = stringify([h, ...records], { quoted, record_delimiter: crlf ? 'windows' : 'unix' });
    if (blankLines) text = text.split(eol).join(`${eol}${eol}`);
    return { text: `${bom ? '\ufeff' : ''}${text}`, header: h, records, quoted };
  });

/** Text that is hardly CSV at all: unbalanced quotes, ragged rows, stray bytes. */
const brokenCsv = fc.array(fc.oneof(fc.constantFrom('"', ',', '\n', '\r\n', '\r', '""', '\ufeff', 'id', 'value', '__proto__.side', ' '), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));

function parsed(text: string, format: 'csv' | 'json'): ParsedRows | ReferenceFileError {
  try {
    return parseRows(text, format);
  } catch (err) {
    if (err instanceof ReferenceFileError) return err;
    throw err;
  }
}

/** What every load must hold, whatever the text. */
function expectSound(out: ParsedRows | ReferenceFileError, context: string): void {
  expectNoPollution(context);
  if (out instanceof ReferenceFileError) {
    expect(out.message, context).toMatch(/^not a readable (CSV|JSON) file: |^a JSON reference file holds/);
    return;
  }
  expect(out.facts.length + new Set(out.errors.map((e) => e.row)).size, context).toBeLessThanOrEqual(Math.max(out.rows, 1));
  for (const e of out.errors) {
    expect(Number.isInteger(e.row) && e.row >= 1, context).toBe(true);
    expect(typeof e.field === 'string' && e.field.length > 0, context).toBe(true);
    expect(e.message.length, context).toBeGreaterThan(0);
  }
  expect(out.factRows, context).toHaveLength(out.facts.length);
  expect(new Set(out.facts.map((f) => f.id)).size, context).toBe(out.facts.length);
  for (const f of out.facts) expect(ReferenceFact.safeParse(f).success, context).toBe(true);
  expectPlain(out.facts, context);
}

describe('fuzzing reference rows in CSV', () => {
  it('any header and cells: valid facts or errors naming row and field, and no prototype reached', () => {
    let loaded = 0;
    fuzz.check(
      fc.property(csvCase, ({ text, header: h, records, quoted }) => {
        const context = JSON.stringify(text);
        const out = parsed(text, 'csv');
        expectSound(out, context);
        if (out instanceof ReferenceFileError) return;
        // Header cells are read as every cell is: trimmed, unless quoted.
        const names = quoted ? h : h.map((c) => c.trim());
        const known = (c: string) => (CSV_COLUMNS as readonly string[]).includes(c);
        const unknown = [...new Set(names.filter((c) => !known(c)).map((c) => c || '(unnamed column)'))];
        const twice = [...new Set(names.filter((c, i) => known(c) && names.indexOf(c) !== i))];
        if (unknown.length || twice.length) {
          // A column that is not documented, or one named twice, is refused before any row is read.
          expect(out.facts, context).toEqual([]);
          expect(out.errors.filter((e) => e.row === 1).map((e) => e.field).sort(), context).toEqual([...unknown, ...twice].sort());
          return;
        }
        loaded += out.facts.length;
        // A number is a decimal as written: no hex, no exponent past a double, no digit groups but commas.
        for (const [i, f] of out.facts.entries()) {
          const record = records[out.factRows[i]! - 2]!;
          for (const col of NUMERIC) {
            if (h.filter((c) => c === col).length !== 1) continue;
            const raw = quoted ? record[h.indexOf(col)]! : record[h.indexOf(col)]!.trim();
            const v = (f as Record<string, unknown>)[col];
            if (raw === '') expect(v, context).toBeUndefined();
            else {
              expect(raw.replace(/,/g, ''), context).toMatch(DECIMAL);
              expect(v, context).toBe(Number(raw.replace(/,/g, '')));
            }
          }
        }
      }),
      800,
    );
    // Rows that load at all, or the property would test only refusals.
    if (fuzz.runs(800) >= 200) expect(loaded).toBeGreaterThan(0);
  }, fuzz.timeout);

  it('text that is hardly CSV: the typed error or a sound result', () => {
    fuzz.check(
      fc.property(brokenCsv, (text) => {
        expectSound(parsed(text, 'csv'), JSON.stringify(text));
      }),
      1_000,
    );
  }, fuzz.timeout);

  it('JSON rows with hostile keys: the typed error or a sound result', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'side', 'value', 'source', 'facts'), fc.string({ maxLength: 6 }));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
      object: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }),
    }));
    // Written out by hand, so that "__proto__" is a key of the text as a file would have it.
    const text = (v: unknown): string =>
      Array.isArray(v) && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string')
        ? `{${(v as [string, unknown][]).map(([k, x]) => `${JSON.stringify(k)}:${text(x)}`).join(',')}}`
        : Array.isArray(v)
          ? `[${v.map(text).join(',')}]`
          : JSON.stringify(v) ?? 'null';
    fuzz.check(
      fc.property(fc.array(json.object, { maxLength: 4 }), fc.boolean(), (rows, wrapped) => {
        const body = `[${rows.map(text).join(',')}]`;
        const file = wrapped ? `{"facts":${body}}` : body;
        expectSound(parsed(file, 'json'), file);
      }),
      600,
    );
  }, fuzz.timeout);
});

describe('fuzzing export and load', () => {
  const table = fc.array(factWithoutId, { maxLength: 8 }).map((rows) => rows.map((r, i) => ({ id: `row-${i}`, ...r }) as ReferenceFact).filter((f) => ReferenceFact.safeParse(f).success));
  // An empty note is no note, and -0 is 0: a CSV cell cannot tell them apart. A lone surrogate,
  // which no UTF-8 file can hold, is read back as U+FFFD.
  const wellFormed = (x: unknown): unknown =>
    typeof x === 'string' ? x.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : Array.isArray(x) ? x.map(wellFormed) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, wellFormed(v)])) : x;
  const normal = (facts: readonly ReferenceFact[], format: 'csv' | 'json') => {
    const plain = JSON.parse(JSON.stringify([...facts].sort((a, b) => (a.id < b.id ? -1 : 1)).map((f) => (f.notes === '' ? (({ notes: _, ...rest }) => rest)(f) : f)))) as unknown;
    return format === 'csv' ? wellFormed(plain) : plain;
  };

  it('reads back every valid row as it was written, in CSV and in JSON', () => {
    fuzz.check(
      fc.property(table, (facts) => {
        for (const format of ['csv', 'json'] as const) {
          const text = serialiseRows(facts, format);
          const out = parseRows(text, format);
          const context = `${format}: ${JSON.stringify(text)}`;
          expect(out.errors, context).toEqual([]);
          expect(normal(out.facts, format), context).toEqual(normal(facts, format));
          // No text cell starts as a spreadsheet formula would (a number may be negative).
          if (format === 'csv') {
            const [h, ...rows] = parse(text) as string[][];
            for (const r of rows) for (const [i, c] of r.entries()) if (!NUMERIC.has(h![i]!)) expect(c, context).not.toMatch(/^[=+\-@\t\r]/);
          }
        }
        expectNoPollution(JSON.stringify(facts));
      }),
      500,
    );
  }, fuzz.timeout);
});

// ---------------------------------------------------------------------------------------------
// Vocabularies

const slug = fc.stringMatching(/^[a-z0-9]{1,6}(?:[-_][a-z0-9]{1,4}){0,1}$/);
const id = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('armenia', 'azerbaijan', 'russia', 'killed', 'x', 'second-karabakh-war') }, { weight: 2, arbitrary: slug }, { weight: 1, arbitrary: hostile });
const words = fc.array(fc.oneof(fc.constantFrom('troops', 'killed', 'Baku', 'war', 'spending'), hostile), { maxLength: 3 });
const entity = fc.record(
  { id, name: hostile, kind: fc.oneof(fc.constantFrom(...ENTITY_KINDS), hostile), aliases: fc.array(hostileNonEmpty, { maxLength: 3 }), caseSensitive: fc.boolean(), replace: fc.boolean() },
  { requiredKeys: ['id', 'name', 'kind', 'aliases'] },
);
const measure = fc.record(
  {
    id,
    name: hostile,
    unit: fc.constantFrom('person', 'USD', '%'),
    subjects: words,
    actions: words,
    phrases: words,
    implied: words,
    kind: fc.constantFrom('level', 'change', 'other'),
    eventKinds: words,
    entity: id,
    subjectKinds: fc.array(fc.constantFrom('country', 'region', 'person', 'source'), { maxLength: 2 }),
    share: fc.record({ parts: words, of: words }),
    replace: fc.boolean(),
  },
  { requiredKeys: ['id', 'name', 'unit', 'subjects', 'actions'] },
);
const event = fc.record(
  { id, name: hostile, kind: fc.constantFrom('war', 'clash'), start: isoDate, end: isoDate, entities: fc.array(id, { maxLength: 2 }), aliases: fc.array(fc.oneof(hostile, fc.constantFrom('', '  ')), { maxLength: 2 }), cues: fc.array(words, { maxLength: 2 }), replace: fc.boolean() },
  { requiredKeys: ['id', 'name', 'kind', 'start', 'entities', 'aliases'] },
);
const vocabularyFile = fc.record(
  { $schema: fc.constant('../schemas/vocabulary.schema.json'), version: hostile, extends: fc.constantFrom('shipped', 'none', 'other'), home: id, entities: fc.array(entity, { maxLength: 3 }), measures: fc.array(measure, { maxLength: 2 }), events: fc.array(event, { maxLength: 2 }) },
  { requiredKeys: [] },
);

/** Keys that try an object's prototype, and values for them, put into the n-th object of the file. */
const injection = fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'polluted'), fc.constantFrom('{"side": "x", "polluted": true}', '{"prototype": {"side": "x"}}', '"x"', '1', 'null', '[]'));

/** A value as JSON text, with the injected entries added to the objects they name (in document order). */
function withInjections(value: unknown, injections: [number, string, string][]): string {
  let seen = 0;
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
    const n = seen++;
    const own = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`);
    const added = injections.filter(([at]) => at % Math.max(seen, 1) === n).map(([, k, x]) => `${JSON.stringify(k)}:${x}`);
    return `{${[...own, ...added].join(',')}}`;
  };
  return write(value);
}

function loadedVocabulary(json: unknown): CompiledVocabulary | VocabularyError {
  try {
    return vocabularyFromFile(json, 'vocabulary fuzz.json');
  } catch (err) {
    if (err instanceof VocabularyError) return err;
    throw err;
  }
}

/** A vocabulary error: its first line names the file, each further line one field and what is wrong. */
function expectVocabularyError(err: VocabularyError, context: string): void {
  const [first, ...lines] = err.message.split('\n');
  expect(first, context).toMatch(/^(vocabulary .* is invalid:|cannot read vocabulary .*)$/);
  for (const line of lines) expect(line, context).toMatch(/^ {2}\S[^\n]*: \S/);
  if (first!.endsWith('is invalid:')) expect(lines.length, context).toBeGreaterThan(0);
}

describe('fuzzing vocabulary files', () => {
  it('any vocabulary, with keys that try the prototype: a valid vocabulary or the typed error naming each field', () => {
    let valid = 0;
    fuzz.check(
      fc.property(vocabularyFile, fc.array(injection, { maxLength: 3 }), (file, injections) => {
        const text = withInjections(file, injections);
        const context = text;
        const out = loadedVocabulary(JSON.parse(text));
        expectNoPollution(context);
        if (out instanceof VocabularyError) return expectVocabularyError(out, context);
        valid++;
        // What loads is a whole vocabulary by its schema, every id a file named among it.
        expect(Vocabulary.safeParse(out.source).success, context).toBe(true);
        expectPlain(out.source, context);
        for (const e of (file as { entities?: { id: string }[] }).entities ?? []) expect(out.source.entities.some((x) => x.id === e.id), context).toBe(true);
      }),
      1_000,
    );
    if (fuzz.runs(1_000) >= 300) expect(valid).toBeGreaterThan(0);
  }, fuzz.timeout);

  it('any file on disk (a BOM, bytes that are not JSON): a valid vocabulary or the typed error', () => {
    const path = join(dir, 'vocabulary.json');
    fuzz.check(
      fc.property(fc.oneof(vocabularyFile.map((v) => JSON.stringify(v)), fc.string({ maxLength: 40 }), fc.constantFrom('', '{', '[]', 'null', '{"extends": "none"}', '{"__proto__": {"polluted": true}}')), fc.boolean(), (text, bom) => {
        writeFileSync(path, `${bom ? '\ufeff' : ''}${text}`);
        let out: CompiledVocabulary | VocabularyError;
        try {
          out = loadVocabulary(path);
        } catch (err) {
          if (!(err instanceof VocabularyError)) throw err;
          out = err;
        }
        expectNoPollution(text);
        if (out instanceof VocabularyError) expectVocabularyError(out, text);
        // A BOM, as editors on Windows write one, is no reason to refuse a file.
        else expect(text === '' || bom === false || Vocabulary.safeParse(out.source).success, text).toBe(true);
        if (bom && text === '{"extends": "none"}') expect(out, text).not.toBeInstanceOf(VocabularyError);
      }),
      400,
    );
  }, fuzz.timeout);
});

// What the fuzzing found, kept as cases of their own: each failed before its fix, but the first,
// which guards what finding 3 of the review fixed.
describe('reference files: cases the fuzzing found', () => {
  const source = { organisation: 'A', title: 'B', url: 'https://example.org/b', retrieved: '2025-01-01' };
  const fact = (over: Partial<ReferenceFact>) => ({ id: 'x', entities: ['armenia'], measure: 'military_expenditure', value: 5, unit: 'USD', source, ...over }) as ReferenceFact;

  it('a header "__proto__" is an unknown column, as "__proto__.side" is, and reaches no prototype', () => {
    const out = parseRows('id,__proto__\nx,y\n', 'csv');
    expect(out.errors).toEqual([expect.objectContaining({ row: 1, field: '__proto__' })]);
    expectNoPollution('__proto__ header');
  });

  it('a column named twice is refused, not read from the last of them', () => {
    expect(parseRows('id,value,value\nx,1,2\n', 'csv').errors).toEqual([expect.objectContaining({ row: 1, field: 'value', message: expect.stringMatching(/named twice/) })]);
  });

  it('a text starting with an apostrophe and a formula character, or with whitespace, reads back as written', () => {
    const facts = [fact({ notes: "'=1+1" }), fact({ id: 'y', source: { ...source, title: ' ' }, notes: "''@x" })];
    expect(parseRows(serialiseRows(facts, 'csv'), 'csv').facts).toEqual(facts);
  });

  it('a byte order mark before JSON is no reason to refuse a vocabulary or a reference file', () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\ufeff{"extends": "none"}');
    expect(loadVocabulary(path).source.entities).toEqual([]);
    expect(parseRows(`\ufeff${JSON.stringify([fact({})])}`, 'json').facts).toHaveLength(1);
  });
});
