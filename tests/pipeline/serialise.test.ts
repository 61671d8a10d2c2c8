import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonParts } from '../../shared/pipeline/serialise.ts';

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
    expect(parts).toHaveLength(5);
    expect(parts.join('')).toBe(JSON.stringify({ schema: 'x', claims: [{ a: 1 }, { b: '\u0001' }, null] }));
  });
});
