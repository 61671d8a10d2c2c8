import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counted, isReiterable, jsonParts, STRING_PART, utf8Chunks, utf8Length } from '../../shared/pipeline/serialise.ts';

describe('jsonParts', () => {
  it('concatenates to exactly JSON.stringify, whatever the values and the key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), fc.nat(5), (rest, list, at) => {
        const keys = Object.keys(rest);
        const value: Record<string, unknown> = {};
        keys.forEach((k, i) => {
          if (i === at) value.claims = list;
          value[k] = rest[k];
        });
        if (!('claims' in value)) value.claims = list;
        expect([...jsonParts(value, 'claims')].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives one part per element, so no part is bigger than one claim', () => {
    const parts = [...jsonParts({ schema: 'x', claims: [{ a: 1 }, { b: '\u0001' }, null] }, 'claims')];
    expect(parts.filter((p) => p.includes('{'))).toHaveLength(3);
    expect(parts.join('')).toBe(JSON.stringify({ schema: 'x', claims: [{ a: 1 }, { b: '\u0001' }, null] }));
  });

  it('cuts a long top-level string into parts, never inside a surrogate pair', () => {
    // Pairs, lone surrogates, quotes and control characters across every cut.
    const unit = 'a\ud83d\ude00"\n\u0001\ud800b\udc00\u2028é';
    const text = unit.repeat(Math.ceil((3 * STRING_PART) / unit.length) + 7);
    for (const shift of [0, 1, 2, 3]) {
      const value = { schema: 'x', text: text.slice(shift), counts: { claims: 1 }, claims: [{ quote: 'q' }] };
      const parts = [...jsonParts(value, 'claims')];
      expect(parts.join('')).toBe(JSON.stringify(value));
      expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(6 * STRING_PART);
      expect(parts.length).toBeGreaterThan(3);
    }
  });

  it('cuts long strings whether or not the array is there', () => {
    const value = { text: 'x'.repeat(STRING_PART * 2 + 1), other: 'y'.repeat(STRING_PART + 1), claims: [] };
    const parts = [...jsonParts(value, 'claims')];
    expect(parts.join('')).toBe(JSON.stringify(value));
    expect(parts.every((p) => p.length <= STRING_PART + 2)).toBe(true);
  });

  it('can be iterated again, giving the same parts', () => {
    const parts = jsonParts({ text: 'é'.repeat(STRING_PART + 3), claims: [1, 2, 3] }, 'claims');
    expect(isReiterable(parts)).toBe(true);
    expect([...parts]).toEqual([...parts]);
  });
});

describe('utf8Length and utf8Chunks', () => {
  it('encode the concatenated parts exactly, in chunks of at most the size unless a part is bigger', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 })), fc.integer({ min: 8, max: 64 }), (parts, size) => {
        const chunks = [...utf8Chunks(parts, size)];
        const whole = Buffer.from(parts.join(''), 'utf8');
        expect(Buffer.concat(chunks).equals(whole)).toBe(true);
        expect(utf8Length(parts)).toBe(whole.length);
        for (const c of chunks) expect(c.length <= size || parts.some((p) => Buffer.byteLength(p) === c.length)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('tells a one-shot generator from an iterable that starts afresh', () => {
    function* gen() {
      yield 'a';
    }
    expect(isReiterable(gen())).toBe(false);
    expect(isReiterable(['a'])).toBe(true);
  });
});

describe('counted', () => {
  it('counts parts once: the blob store asking their length again gets it without a pass', () => {
    let passes = 0;
    const parts = { *[Symbol.iterator]() { passes++; yield 'Şuşa '; yield '2,000'; } };
    expect(counted(parts)).toBe(Buffer.byteLength('Şuşa 2,000'));
    expect(utf8Length(parts)).toBe(Buffer.byteLength('Şuşa 2,000'));
    expect(passes).toBe(1);
    // Parts not counted before are counted as ever.
    expect(utf8Length(jsonParts({ a: 1 }, 'claims'))).toBe(7);
  });
});
