import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventParseError, parseRecord } from '../../functions/lib/events.ts';
import { KeyError, KeyTooLongError, MAX_KEY_BYTES, PREFIX, REFUSED_KEYS, articleKeyFor, claimsKeyFor, decodeEventKey, encodeEventKey, errorKeyFor, refusedKeyErrorKey, reportKeyFor } from '../../shared/pipeline/keys.ts';
import { fuzzer } from '../helpers/fuzz.ts';

const fuzz = fuzzer(import.meta.url);

/** The SQS records of the event fixtures: real shapes to mutate. */
const EVENTS_DIR = new URL('../../events/', import.meta.url);
const RECORDS: unknown[] = readdirSync(EVENTS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, EVENTS_DIR), 'utf8')) as { Records: unknown[] }).Records);

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');

/** Runs the parser; anything thrown but the typed parse error fails the property. */
function parse(record: unknown): ReturnType<typeof parseRecord> | EventParseError {
  try {
    return parseRecord(record);
  } catch (err) {
    if (err instanceof EventParseError) return err;
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations of real records

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into a JSON value, the root included. */
function paths(x: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(x)) x.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) out.push(...paths(v, [...at, k]));
  return out;
}

function setAt(x: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [head, ...rest] = path;
  const copy: any = Array.isArray(x) ? [...x] : { ...(x as object) };
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

/** Values that stress the fields a notification carries. */
const fieldValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined), // the field removed
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', 'ObjectCreated:Put', 'ObjectCreated:Copy', 'ObjectRemoved:Delete', 's3:TestEvent', 'aws:sqs', 'aws:s3', 'null', '%', '%E0%A4%A', '%ZZ', '%2B', '+', 'a%2Fb', '%C0%AF', '%00', '%ED%A0%80', -1, 0, 1.5, 2 ** 53, 1e308, [], {}, '{}', '[]', '{"Records":[]}', '{"Records":"x"}', 'Infinity'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A real record with a few fields of it, or of the S3 event inside its body, replaced or removed. */
const mutatedRecord: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...RECORDS), fc.array(fc.tuple(fc.boolean(), fc.nat(), fieldValue), { minLength: 1, maxLength: 3 }))
  .map(([record, edits]) => {
    let r = record as { [k: string]: Json };
    for (const [inBody, n, value] of edits) {
      if (inBody && typeof r.body === 'string') {
        let body: Json;
        try {
          body = JSON.parse(r.body) as Json;
        } catch {
          continue;
        }
        const all = paths(body);
        const edited = setAt(body, all[n % all.length]!, value);
        r = { ...r, body: edited === undefined ? '' : JSON.stringify(edited) };
      } else {
        const all = paths(r);
        const edited = setAt(r, all[n % all.length]!, value);
        if (edited && typeof edited === 'object' && !Array.isArray(edited)) r = edited;
        else return edited;
      }
    }
    return r;
  });

// ---------------------------------------------------------------------------------------------
// Keys

/** Segments that stress keys: dots, empties, escapes, spaces, '+', '%', non-ASCII, separators. */
const segment = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('..', '.', '', '...', '..a', '%2e%2e', '%2E%2E', 'a b', 'a+b', '+', '%', '%25', '%2F', 'ü', 'Şuşa', '😀', 'e\u0301', '\\', '..\\..', '\u0000', '\u202e', '\t', '?', '#', '&', '=', '~', "'", '"', '<>', 'a.json', '.json') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
/** A key below a prefix as S3 allows it: any Unicode, at most 1,024 bytes of UTF-8 with the prefix. */
const relativeKey = (prefix: string) =>
  fc
    .oneof(fc.array(segment, { minLength: 1, maxLength: 10 }).map((s) => s.join('/')), fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }))
    .filter((k) => k.length > 0 && utf8Length(prefix + k) <= MAX_KEY_BYTES);
/** Long keys, near S3's limit. */
const longKey = (prefix: string) =>
  fc.tuple(fc.constantFrom('a', 'ü', '😀', '+', '%', ' ', '../'), fc.integer({ min: 1, max: MAX_KEY_BYTES })).map(([unit, n]) => {
    let k = unit.repeat(Math.ceil(n / utf8Length(unit)));
    while (utf8Length(prefix + k) > MAX_KEY_BYTES) k = k.slice(0, -unit.length);
    return k || 'a';
  });
const anyRelativeKey = (prefix: string) => fc.oneof({ weight: 4, arbitrary: relativeKey(prefix) }, { weight: 1, arbitrary: longKey(prefix) });

/** A key with its "." and ".." segments resolved, as URL parsing resolves them (empty segments kept). */
function resolveDots(key: string): string {
  const out: string[] = [];
  for (const s of key.split('/')) {
    if (s === '..') out.pop();
    else if (s !== '.') out.push(s);
  }
  return out.join('/');
}

/** Under its prefix even where a client or a file store resolves "." and ".." segments. */
function expectUnder(key: string, prefix: string): void {
  expect(key.startsWith(prefix), `${JSON.stringify(key)} is not under ${prefix}`).toBe(true);
  const resolved = resolveDots(key);
  expect(resolved.startsWith(prefix) && resolved.length > prefix.length, `${JSON.stringify(key)} resolves to ${JSON.stringify(resolved)}, outside ${prefix}`).toBe(true);
}

/** Runs a key function; a KeyError is a refusal, anything else thrown fails the property. */
function derive(f: (k: string) => string, k: string): string | null {
  try {
    return f(k);
  } catch (err) {
    if (err instanceof KeyError) return null;
    throw err;
  }
}

/** The record of a real upload, with its key replaced. */
const uploadOf = (encodedKey: string) => {
  const record = structuredClone(RECORDS[0]) as { body: string };
  const body = JSON.parse(record.body) as { Records: Array<{ s3: { object: { key: string } } }> };
  body.Records[0]!.s3.object.key = encodedKey;
  return { ...record, body: JSON.stringify(body) };
};

describe('fuzzing the event parser', () => {
  it('any JSON or value as a record: a parsed record or the typed parse error', () => {
    fuzz.check(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true })), (record) => {
        parse(record);
      }),
      2_000,
    );
  }, fuzz.timeout);

  it('real records with fields replaced or removed: a parsed record true to its body, or the typed parse error', () => {
    let parsed = 0;
    fuzz.check(
      fc.property(mutatedRecord, (record) => {
        const out = parse(record);
        if (out instanceof EventParseError) {
          expect(out.message).not.toBe('');
          return;
        }
        parsed++;
        expect(out.inputs).toHaveLength(out.versions.length);
        if (out.test) {
          expect(out.inputs).toEqual([]);
          return;
        }
        const raw = JSON.parse((record as { body: string }).body) as Record<string, unknown>;
        if (raw.kind === 'factcheck/claims-handoff') {
          // Split's handoff: one input, the document in it, the key as sent (never URL-encoded).
          expect(out.inputs).toEqual([expect.objectContaining({ bucket: raw.bucket, key: raw.key, document: raw.document })]);
          expect(out.versions[0]).toMatch(/^article:/);
          return;
        }
        // One input per ObjectCreated record, in order, with its key decoded.
        const body = raw as { Records: Array<{ eventName: string; s3: { bucket: { name: string }; object: { key: string } } }> };
        const created = body.Records.filter((r) => r.eventName.startsWith('ObjectCreated:'));
        expect(out.inputs.map((i) => [i.bucket, i.key])).toEqual(created.map((r) => [r.s3.bucket.name, decodeEventKey(r.s3.object.key)]));
        for (const v of out.versions) expect(typeof v).toBe('string');
      }),
      2_000,
    );
    // Mutations that always break the record would test only the refusal.
    if (fuzz.runs(2_000) >= 100) expect(parsed).toBeGreaterThan(fuzz.runs(2_000) / 10);
  }, fuzz.timeout);

  it('keys decode from any text to text, or fail as malformed URI encoding', () => {
    fuzz.check(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fieldValue.filter((v): v is string => typeof v === 'string'), { maxLength: 5 }).map((s) => s.join(''))), (raw) => {
        try {
          expect(typeof decodeEventKey(raw)).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(URIError);
          expect(() => parseRecord(uploadOf(raw))).toThrow(EventParseError);
        }
      }),
      1_000,
    );
  }, fuzz.timeout);

  it('any key S3 allows arrives intact: encoded as S3 encodes it, decoded by the parser', () => {
    fuzz.check(
      fc.property(anyRelativeKey(PREFIX.articles).map((k) => PREFIX.articles + k), (key) => {
        const encoded = encodeEventKey(key);
        expect(encoded).toMatch(/^[A-Za-z0-9.\-*_/+%]*$/);
        expect(decodeEventKey(encoded)).toBe(key);
        const out = parseRecord(uploadOf(encoded));
        expect(out.inputs.map((i) => i.key)).toEqual([key]);
      }),
      2_000,
    );
  }, fuzz.timeout);
});

describe('fuzzing the output keys', () => {
  it('every key derived from an upload stays under its prefix, or the upload is refused', () => {
    fuzz.check(
      fc.property(anyRelativeKey(PREFIX.articles), (rel) => {
        const article = PREFIX.articles + rel;
        const claims = derive(claimsKeyFor, article);
        const error = derive(errorKeyFor, article);
        const tooLong = claims === null && (() => {
          try {
            claimsKeyFor(article);
            return false;
          } catch (err) {
            return err instanceof KeyTooLongError;
          }
        })();
        // The error report is where a refusal is written: a key that has one has the other,
        // except a key whose outputs S3 would refuse, which gets an error report under a shortened key.
        expect(claims === null && !tooLong).toBe(error === null);
        if (error !== null) {
          expectUnder(error, PREFIX.errors);
          expect(new TextEncoder().encode(error).length).toBeLessThanOrEqual(MAX_KEY_BYTES);
        }
        if (claims === null) return;
        expectUnder(claims, PREFIX.claims);
        expectUnder(error!, PREFIX.errors);
        expect(articleKeyFor(claims)).toBe(article);
        const report = reportKeyFor(claims);
        expectUnder(report, PREFIX.reports);
        expectUnder(errorKeyFor(claims), PREFIX.errors);
      }),
      2_000,
    );
  }, fuzz.timeout);

  it('every key derived from a claims document stays under its prefix, or the document is refused', () => {
    fuzz.check(
      fc.property(anyRelativeKey(PREFIX.claims), (rel) => {
        const claims = PREFIX.claims + rel;
        const report = derive(reportKeyFor, claims);
        if (report !== null) expectUnder(report, PREFIX.reports);
        const error = derive(errorKeyFor, claims);
        if (error !== null) expectUnder(error, PREFIX.errors);
        const article = derive(articleKeyFor, claims);
        if (article !== null) expectUnder(article, PREFIX.articles);
      }),
      1_000,
    );
  }, fuzz.timeout);

  it('a refused key’s error report goes to one safe segment under errors/refused-keys/, distinct per key', () => {
    const seen = new Map<string, string>();
    fuzz.check(
      fc.property(fc.oneof(anyRelativeKey(PREFIX.articles).map((k) => PREFIX.articles + k), anyRelativeKey(PREFIX.claims).map((k) => PREFIX.claims + k), fc.string({ unit: 'binary', maxLength: 300 })), (key) => {
        const error = refusedKeyErrorKey(key);
        expectUnder(error, REFUSED_KEYS);
        expect(error.slice(REFUSED_KEYS.length)).toMatch(/^[A-Za-z0-9._%~-]*\.json$/);
        expect(utf8Length(error)).toBeLessThanOrEqual(MAX_KEY_BYTES);
        // Two refused keys never share an error report (lone surrogates aside, which UTF-8 cannot hold).
        if (Buffer.from(key, 'utf8').toString('utf8') !== key) return;
        const other = seen.get(error);
        if (other !== undefined) expect(other).toBe(key);
        seen.set(error, key);
      }),
      2_000,
    );
  }, fuzz.timeout);
});
