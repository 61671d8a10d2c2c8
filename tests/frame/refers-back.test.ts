import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// A figure the article gave before and points back at ("the 412", "its figure of 412") is that
// figure, framed as it was; a number that only looks alike, or was never given, is not.
const beat = testBeat({
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
    { id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria'] },
  ],
  measures: [
    { id: 'evacuated', name: 'people evacuated', unit: 'person', subjects: ['people', 'resident'], actions: ['evacuated'] },
    { id: 'flood_share', name: 'share of land flooded', unit: '%', subjects: [], actions: [], phrases: ['of its land flooded'] },
  ],
});
const facts: ReferenceFact[] = [
  fact({ id: 'va-ev', measure: 'evacuated', entities: ['valdonia'], unit: 'person', value: 412, asOf: '2025-04-01' }),
  fact({ id: 'os-ev', measure: 'evacuated', entities: ['ostria'], unit: 'person', value: 95, asOf: '2025-04-01' }),
];

const judgeText = judgeOn(beat, facts, { published: '2025-04-10' });
const claims = async (text: string) => (await judgeText(text)).filter((c) => c.figure.kind !== 'consistency');

describe('a figure referred back to', () => {
  it('is framed as the figure it points at', async () => {
    const all = await claims('Valdonia evacuated 412 residents on Monday.\n\nOfficials in the capital said the 412 would be housed in schools. The mayor defended her figure of 412 again.');
    const later = all.filter((c) => c.figure.text === '412');
    expect(later).toHaveLength(2);
    for (const c of later) {
      expect(c.frame?.measure.value).toBe('evacuated');
      expect(c.frame?.subject.value).toEqual(['valdonia']);
      expect(c.verdict).toBe('supported');
    }
  });

  it('is not a figure the article never gave, nor one of another kind', async () => {
    const all = await claims('Valdonia evacuated 412 residents on Monday, with 12% of its land flooded.\n\nOfficials said the 95 would follow, and the 12 would not.');
    // At most the weak reading of the one measure of its kind the article named: never for sure.
    expect(all.find((c) => c.figure.text === '95')?.frame?.measure.confidence).not.toBe('high');
    expect(all.find((c) => c.figure.text === '12')?.frame?.measure.confidence).not.toBe('high');
  });

  it('needs a word that points back', async () => {
    const all = await claims('Valdonia evacuated 412 residents on Monday.\n\nBy Friday, 412 had returned.');
    expect(all.find((c) => c.figure.text === '412' && c.start > 50)?.frame?.measure.confidence).not.toBe('high');
  });
});

describe('a figure referred back to names the measure for the figures after it', () => {
  it('"Valdonia\'s figure of 412 …. The first count had been 380": the count takes its measure', async () => {
    // Two measures count people: a bare number is read from context only after a figure of its
    // paragraph named the measure, and a figure referred back to names it as its referent did.
    const twoCounts = testBeat({
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
      measures: [
        { id: 'evacuated', name: 'people evacuated', unit: 'person', subjects: ['people', 'resident'], actions: ['evacuated'] },
        { id: 'rescued', name: 'people rescued', unit: 'person', subjects: ['people', 'swimmer'], actions: ['rescued'] },
      ],
    });
    const text = 'Valdonia evacuated 412 residents on Monday. Crews rescued 30 people.\n\nValdonia\'s figure of 412 matches the mayor\'s. The first count, given on Sunday, had been 380.';
    const doc = extractOn(twoCounts, { published: '2025-04-10' })(text);
    expect(doc.claims.find((x) => x.figure.text === '380')?.framing.measure).toBe('evacuated');
  });
});
