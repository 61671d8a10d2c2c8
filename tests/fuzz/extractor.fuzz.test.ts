import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimsOptions } from '../../shared/claims/extract-claims.ts';
import { ClaimsDocument } from '../../shared/claims/document.ts';
import { ArticleReadError, readArticle } from '../../shared/read/index.ts';
import { fuzzer } from '../helpers/fuzz.ts';
import { article, encodings, hostile, isoDate, soup } from './arbitraries.ts';

const fuzz = fuzzer(import.meta.url);

const EDTF = /^(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX))?)?$/;
const LENGTH_OF: Record<string, number> = { year: 4, month: 7, day: 10 };

/** Every number anywhere in a value, with where it was. */
function* numbersIn(x: unknown, path = '$'): Generator<[string, number]> {
  if (typeof x === 'number') yield [path, x];
  else if (Array.isArray(x)) for (const [i, v] of x.entries()) yield* numbersIn(v, `${path}[${i}]`);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) yield* numbersIn(v, `${path}.${k}`);
}

type Outcome = { doc: ClaimsDocument; original: string } | { error: ArticleReadError };

/** Runs the engine; anything thrown but the typed read error fails the property. */
function run(bytes: Uint8Array, options: ClaimsOptions): Outcome {
  try {
    const doc = extractClaims(bytes, options);
    return { doc, original: readArticle(bytes, { ...(options.name ? { name: options.name } : {}), ...(options.contentType ? { contentType: options.contentType } : {}) }).original };
  } catch (err) {
    if (!(err instanceof ArticleReadError)) throw err;
    expect(err.message).not.toBe('');
    return { error: err };
  }
}

/**
 * What a claims document promises beyond its schema's shapes. Faults are collected and asserted
 * once: an expectation per claim would cost more than the engine itself.
 */
function expectSound(doc: ClaimsDocument, original: string, bytes: Uint8Array): void {
  const parsed = ClaimsDocument.safeParse(doc);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  const faults: string[] = [];
  const check = (ok: boolean, fault: () => string) => {
    if (!ok) faults.push(fault());
  };
  for (const [path, n] of numbersIn(doc)) check(Number.isFinite(n), () => `${path} is ${n}`);

  const a = doc.article;
  check(a.sha256 === createHash('sha256').update(bytes).digest('hex') && a.id === a.sha256.slice(0, 16), () => 'sha256 or id is not of the bytes');
  check(a.bytes === bytes.length, () => `bytes ${a.bytes} of ${bytes.length}`);
  check(doc.counts.claims === doc.claims.length, () => `counts.claims ${doc.counts.claims} of ${doc.claims.length}`);
  for (const [kind, n] of Object.entries(doc.counts.byKind)) check(doc.claims.filter((c) => c.figure.kind === kind).length === n, () => `byKind.${kind}`);
  check(Object.values(doc.counts.byKind).reduce((x, y) => x + y, 0) === doc.claims.length, () => 'byKind does not add up');
  check(new Set(doc.claims.map((c) => c.id)).size === doc.claims.length, () => 'claim ids repeat');
  const p = a.published;
  check(p.date === null || EDTF.test(p.date), () => `published ${p.date}`);
  check((p.how === 'unknown') === (p.date === null), () => `published ${p.date} known ${p.how}`);

  for (const c of doc.claims) {
    const at = `claim ${JSON.stringify(c.figure.text)}:`;
    // The quote is the original's own text at its offsets; the span is the figure's in the readable text.
    check(0 <= c.start && c.start <= c.end && c.end <= original.length && original.slice(c.start, c.end) === c.quote, () => `${at} quote [${c.start}, ${c.end}) is not ${JSON.stringify(c.quote)}`);
    check(0 <= c.span.start && c.span.start < c.span.end && c.span.end <= doc.text.length && doc.text.slice(c.span.start, c.span.end) === c.figure.text, () => `${at} span [${c.span.start}, ${c.span.end})`);
    check(c.figure.text.trim() !== '', () => `${at} blank`);
    // The figure sits in its sentence, in the readable text and in the original alike.
    check(c.sentence.text.includes(c.figure.text), () => `${at} not in its sentence ${JSON.stringify(c.sentence.text)}`);
    check(c.sentence.start <= c.start && c.end <= c.sentence.end, () => `${at} quote [${c.start}, ${c.end}) outside its sentence [${c.sentence.start}, ${c.sentence.end})`);
    check(c.sentence.index < doc.counts.sentences && c.sentence.paragraph < doc.counts.paragraphs, () => `${at} sentence ${c.sentence.index} in paragraph ${c.sentence.paragraph}`);

    const f = c.figure;
    if (f.low !== undefined || f.high !== undefined) check(f.low !== undefined && f.high !== undefined && f.low <= f.high, () => `${at} range ${f.low} to ${f.high}`);
    // The step of the last digit; a 300-decimal figure's step underflows to 0, which is harmless.
    check(f.precision === undefined || f.precision >= 0, () => `${at} precision ${f.precision}`);
    if (f.kind === 'date') {
      const d = f.date;
      if (!d) {
        faults.push(`${at} a date figure without its date`);
        continue;
      }
      check(EDTF.test(d.start) && d.start.length === LENGTH_OF[d.precision], () => `${at} date ${d.start} at precision ${d.precision}`);
      check(d.end === undefined || (EDTF.test(d.end) && (d.start.startsWith('X') || d.end.startsWith('X') || d.end >= d.start)), () => `${at} date ${d.start} to ${d.end}`);
      check((d.resolution === 'unresolved') === d.start.startsWith('XXXX'), () => `${at} date ${d.start} ${d.resolution}`);
    }
  }
  expect(faults).toEqual([]);
}

const options = fc.record(
  { contentType: fc.constantFrom('text/plain', 'text/html', 'text/markdown', 'application/octet-stream', 'text/plain; charset=iso-8859-1', 'text/html; charset="utf-8"'), published: isoDate },
  { requiredKeys: [] },
);

describe('fuzzing the claims engine', () => {
  it('article soups in any format and encoding: a sound document or the typed read error', () => {
    fuzz.check(
      fc.property(
        article.chain((a) => fc.tuple(fc.constant(a), encodings(a.text), options)),
        ([a, encoded, opts]) => {
          const out = run(encoded.bytes, { ...opts, ...(a.name ? { name: a.name } : {}) });
          if ('error' in out) {
            // Intact UTF-8 without NUL can only be refused for having nothing to read.
            if (encoded.text !== null && !encoded.text.includes('\u0000')) expect(out.error.code).toBe('EMPTY');
            return;
          }
          if (encoded.text !== null) expect(out.original).toBe(encoded.text);
          expectSound(out.doc, out.original, encoded.bytes);
          if (opts.published) expect(out.doc.article.published).toEqual({ date: opts.published, how: 'given' });
        },
      ),
      2_000,
    );
  }, fuzz.timeout);

  it('plain-text soups: the engine finds figures, and the same bytes always give the same document', () => {
    let withClaims = 0;
    fuzz.check(
      fc.property(soup, fc.constantFrom('a.txt', undefined), (text, name) => {
        const bytes = new TextEncoder().encode(text);
        const first = run(bytes, name ? { name } : {});
        if ('error' in first) return;
        expectSound(first.doc, first.original, bytes);
        if (first.doc.claims.length) withClaims++;
        const second = run(bytes, name ? { name } : {});
        expect('doc' in second && second.doc).toEqual(first.doc);
      }),
      1_000,
    );
    // A soup of the engine's own words that never yields a figure means the generator went stale.
    if (fuzz.runs(1_000) >= 100) expect(withClaims).toBeGreaterThan(fuzz.runs(1_000) / 4);
  }, fuzz.timeout);

  it('any Unicode, hostile strings and raw bytes: a sound document or the typed read error', () => {
    fuzz.check(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
          fc.array(hostile, { maxLength: 20 }).map((s) => new TextEncoder().encode(s.join(' '))),
          fc.uint8Array({ maxLength: 300 }),
        ),
        fc.constantFrom('a.txt', 'a.md', 'a.html', undefined),
        (bytes, name) => {
          const out = run(bytes, name ? { name } : {});
          if ('doc' in out) expectSound(out.doc, out.original, bytes);
        },
      ),
      1_000,
    );
  }, fuzz.timeout);
});
