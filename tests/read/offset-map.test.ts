import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../shared/read/index.ts';
import { OffsetMap, OffsetMapBuilder } from '../../shared/read/offset-map.ts';

describe('OffsetMap', () => {
  it('holds plain text as one segment, however long', () => {
    const a = readArticle(new TextEncoder().encode('Troops: 1,960.\n\n'.repeat(50_000)));
    expect(a.map.segments).toBe(1);
    expect(a.map.at(123_457)).toBe(123_457);
    expect(a.map.endOf(123_457)).toBe(123_458);
    expect(a.map.at(a.text.length)).toBe(a.original.length);
  });

  it('holds an entity as one segment between the runs around it', () => {
    const a = readArticle(new TextEncoder().encode('<p>5&nbsp;000 troops</p>'), { name: 'a.html' });
    expect(a.text).toBe('5 000 troops');
    expect(a.map.segments).toBe(3);
    expect([a.map.at(1), a.map.endOf(1)]).toEqual([4, 10]);
    expect(a.map.at(2)).toBe(10);
  });

  it('answers exactly as the per-char arrays it was built from, whatever the order of lookups', () => {
    // Arrays as the readers make them: runs copied as they are, and groups standing for one unit.
    const piece = fc.oneof(
      fc.record({ kind: fc.constant('run' as const), gap: fc.nat(5), count: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('unit' as const), gap: fc.nat(5), width: fc.nat(6), count: fc.integer({ min: 1, max: 4 }) }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 50 }), (pieces, probes) => {
        const map: number[] = [];
        const ends: number[] = [];
        let src = 0;
        for (const p of pieces) {
          src += p.gap;
          if (p.kind === 'run') {
            for (let k = 0; k < p.count; k++) (map.push(src + k), ends.push(src + k + 1));
            src += p.count;
          } else {
            for (let k = 0; k < p.count; k++) (map.push(src), ends.push(src + p.width));
            src += p.width;
          }
        }
        const n = map.length;
        const m = OffsetMap.fromArrays([...map, src], n, ends);
        const back = m.toArrays();
        expect(Array.from(back.map)).toEqual([...map, src]);
        expect(Array.from(back.ends)).toEqual(ends);
        for (const p of probes) {
          if (n === 0) break;
          const i = p % n;
          expect([m.at(i), m.endOf(i)]).toEqual([map[i], ends[i]]);
        }
        // Copying any slice keeps each char's mapping.
        if (n > 0) {
          const from = (probes[0] ?? 0) % n;
          const to = from + ((probes[1] ?? 0) % (n - from + 1));
          const copy = new OffsetMapBuilder().copy(m, from, to).build(to - from);
          for (let i = from; i < to; i++) expect([copy.at(i - from), copy.endOf(i - from)]).toEqual([map[i], ends[i]]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
