import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { fits } from '../../shared/judge/qualifiers.ts';
import { DEFAULT_TOLERANCES } from '../../shared/judge/tolerances.ts';
import { parseRows } from '../../shared/reference/rows.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { unrelatedFacts } from '../helpers/facts.ts';

const shipped = parseRows(readFileSync('reference/facts.json', 'utf8'), 'json').facts;
const docs = ['examples/ceasefire-one-year-on.txt', 'examples/military-spending.md', 'examples/peacekeepers-leave.html'].map((f) => extractClaims(readFileSync(f), { name: f }));
const verdicts = async (facts: typeof shipped) =>
  Promise.all(docs.map(async (d) => (await judgeClaims(d, new MemoryReferenceStore(facts))).claims.map((c) => [c.id, c.verdict, c.evidence.map((e) => e.factId)])));

describe('properties of the verdict engine', () => {
  it('a verdict never changes when unrelated facts are added to the table', async () => {
    const base = await verdicts(shipped);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 1_000_000 }), async (n, seed) => {
        expect(await verdicts([...shipped, ...unrelatedFacts(n, seed)])).toEqual(base);
      }),
      { numRuns: 25 },
    );
  });

  it('"at least X" supported implies "at least Y" supported for every Y below X', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, v, k) => {
        const y = x * k;
        const fact = { low: v, high: v };
        if (fits({ qualifier: 'at_least', value: x }, fact, DEFAULT_TOLERANCES)) {
          expect(fits({ qualifier: 'at_least', value: y }, fact, DEFAULT_TOLERANCES)).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it('the same holds end to end, through extraction and the reference table, while the bound is not far from the fact', async () => {
    const facts = shipped;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 9_000 }), fc.integer({ min: 0, max: 100 }), async (x, pct) => {
        const y = Math.max(1, Math.floor((x * pct) / 100));
        const say = (n: number) => `At least ${n.toLocaleString('en-US')} soldiers were killed in the Second Karabakh War.`;
        const judge = async (n: number) => (await judgeClaims(extractClaims(new TextEncoder().encode(say(n)), { published: '2021-08-16' }), new MemoryReferenceStore(facts))).claims[0]!;
        const first = await judge(x);
        if (first.verdict !== 'supported') return;
        const fact = first.evidence.find((e) => e.role === 'main')!.value!;
        // A bound more than twice below the fact it fits is too loose to support it, and never contradicts it.
        expect((await judge(y)).verdict).toBe(2 * y >= fact ? 'supported' : 'unverifiable');
      }),
      { numRuns: 60 },
    );
  });
});
