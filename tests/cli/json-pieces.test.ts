import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../cli/json-pieces.ts';

// `check --format json` writes a long report in pieces; joined, they must be exactly what
// JSON.stringify(value, null, 2) gives.
const joined = (v: unknown, longArray: number, pieceBytes: number) => [...jsonPieces(v, { longArray, pieceBytes })].join('');

describe('JSON written in pieces', () => {
  it('is JSON.stringify(value, null, 2), whatever the value and wherever its long arrays', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 64 }), (v, longArray, pieceBytes) => {
        expect(joined(v, longArray, pieceBytes)).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes null for it in an array', () => {
    const v = { a: undefined, b: [1, undefined, () => 0, { c: undefined, d: [] }], e: {}, f: [] };
    expect(joined(v, 1, 8)).toBe(JSON.stringify(v, null, 2));
  });

  it('cuts a report of many claims into pieces near the size asked for', () => {
    const report = { schema: 'r', counts: { claims: 3000 }, claims: Array.from({ length: 3000 }, (_, i) => ({ id: i, quote: `figure ${i}`, frame: { subject: { value: ['x'] } } })) };
    const parts = [...jsonPieces(report, { pieceBytes: 10_000 })];
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.slice(0, -1).every((p) => p.length >= 10_000 && p.length < 11_000)).toBe(true);
    expect(parts.join('')).toBe(JSON.stringify(report, null, 2));
  });
});
