import { describe, expect, it } from 'vitest';
import { addedToAnother } from '../../shared/judge/derive/sum-of-sides.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A count that names no side may be every side's together ("the flood left 90 people missing"),
// but not one added to a figure stated before it ("30 other residents", "another 12", "40
// more"): that count is the earlier figure's subject's, and a sum of every side would fit a
// bound such as "at least 30" whoever the 30 are. A beat written for these tests.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
  ],
  events: [{ id: 'delta-flood', name: 'the Delta flood of 2019', kind: 'flood', start: '2019-05-02', end: '2019-05-20', entities: ['ruritania', 'freedonia'], aliases: ['Delta flood'] }],
  measures: [
    { id: 'residents_missing', name: 'residents missing', unit: 'person', subjects: ['resident', 'people', 'person'], actions: ['missing', 'unaccounted for'], phrases: [] },
    { id: 'residents_drowned', name: 'residents drowned', unit: 'person', subjects: ['resident', 'people', 'person'], actions: ['drowned'], phrases: [] },
  ],
});

const missing = (id: string, entity: string, value: number): ReferenceFact =>
  ({ id, entities: [entity], measure: 'residents_missing', event: 'delta-flood', unit: 'person', value, precision: 1, asOf: '2019-06-01', source: { organisation: 'River Authority', title: 'A test page', url: 'https://example.org/flood', published: '2019-06-01', retrieved: '2026-12-01' } }) as ReferenceFact;
const facts = [missing('ru-missing', 'ruritania', 25), missing('fr-missing', 'freedonia', 20)];

async function claimsOf(text: string) {
  const doc = extractOn(beat, { published: '2019-09-01' })(text);
  const report = await judgeClaims(doc, new MemoryReferenceStore(facts), { vocabulary: beat });
  return { doc, report };
}

describe('a count added to another', () => {
  it('is told by "other", "more", "further" after the number, or "another" before it', async () => {
    const cases: Array<[string, number, boolean]> = [
      ['In the Delta flood 140 Ruritanians drowned. At least 30 other residents remain unaccounted for.', 30, true],
      ['In the Delta flood 140 Ruritanians drowned, and another 12 people are missing.', 12, true],
      ['In the Delta flood 140 Ruritanians drowned, and 40 more residents are missing.', 40, true],
      ['In the Delta flood 140 Ruritanians drowned, and a further 15 people are missing.', 15, true],
      ['At least 30 residents remain unaccounted for after the Delta flood.', 30, false],
      ['After the Delta flood 45 people were missing, more than the river authority feared.', 45, false],
    ];
    for (const [text, figure, added] of cases) {
      const { doc } = await claimsOf(text);
      const c = doc.claims.find((x) => x.figure.value === figure);
      expect(c, text).toBeDefined();
      expect(addedToAnother(c!), text).toBe(added);
    }
  });

  it('is not judged against the sum of every side', async () => {
    const { report } = await claimsOf('In the Delta flood 140 Ruritanians drowned. At least 30 other residents remain unaccounted for.');
    const c = report.claims.find((x) => x.figure.text.includes('30'))!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).not.toMatch(/sum of the sides/);
  });

  it('a count naming no side, and added to nothing, still is', async () => {
    const { report } = await claimsOf('At least 30 residents remain unaccounted for after the Delta flood.');
    const c = report.claims.find((x) => x.figure.text.includes('30'))!;
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toMatch(/45, the sum of the sides/);
  });
});
