import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { fact } from '../helpers/facts.ts';

// A figure taken part way through a count. A beat written for these tests: the share of Valdonia's
// mills that voted in a guild ballot, first put at 61.2% and, with every mill in, 61.4%.
const beat = compileVocabulary(
  Vocabulary.parse({
    version: 'interim-counts-test',
    events: [],
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
    measures: [{ id: 'ballot_turnout', name: 'ballot turnout', unit: '%', subjects: [], actions: [], phrases: ['turnout'], subjectKinds: ['country'] }],
  }),
);
const period = { from: '2025-05-01', to: '2025-05-31' };
const first = fact({ id: 'turnout-first', measure: 'ballot_turnout', entities: ['valdonia'], unit: '%', period, asOf: '2025-05-02', value: 61.2, precision: 0.1 });
const final = fact({ id: 'turnout-final', measure: 'ballot_turnout', entities: ['valdonia'], unit: '%', period, asOf: '2025-05-03', value: 61.4, precision: 0.1 });

async function verdictOf(text: string) {
  const doc = extractClaims(new TextEncoder().encode(text), { published: '2025-05-04', vocabulary: beat });
  const r = await judgeClaims(doc, new MemoryReferenceStore([first, final]), { vocabulary: beat });
  return r.claims.find((c) => c.figure.text === '61.2%')!;
}

describe('a figure taken part way through a count', () => {
  it('is not contradicted by the final figure ("with 630 of the 650 mills declared", "so far")', async () => {
    for (const text of [
      'With 630 of the 650 mills declared, Valdonia\'s ballot turnout in May 2025 stood at 61.2%.',
      'With 80% of the ballots counted, Valdonia\'s ballot turnout in May 2025 was 61.2%.',
      'Valdonia\'s ballot turnout in May 2025 is 61.2% so far.',
    ]) {
      const c = await verdictOf(text);
      expect(c.verdict, text).not.toBe('contradicted');
      expect(c.abstained?.slot, text).toBe('status');
    }
  });

  it('a figure with every result in is still checked', async () => {
    expect((await verdictOf('With every mill declared, Valdonia\'s ballot turnout in May 2025 was 61.2%.')).verdict).toBe('contradicted');
  });
});

describe('the whole a part is counted in', () => {
  // A beat of its own: seats in Valdonia's chamber, won by a party.
  const seats = compileVocabulary(
    Vocabulary.parse({
      version: 'partitive-whole-test',
      events: [],
      entities: [
        { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
        { id: 'greens', name: 'the Green Alliance', kind: 'party', aliases: ['Green Alliance', 'Greens'] },
      ],
      measures: [{ id: 'seats_won', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['took', 'won'], subjectKinds: ['party'] }],
    }),
  );
  const won = fact({ id: 'greens-seats', measure: 'seats_won', entities: ['greens'], unit: 'seat', period: { from: '2025-05-01', to: '2025-05-31' }, asOf: '2025-05-03', value: 208 });
  const verdicts = async (text: string) => {
    const doc = extractClaims(new TextEncoder().encode(text), { published: '2025-05-04', vocabulary: seats });
    return (await judgeClaims(doc, new MemoryReferenceStore([won]), { vocabulary: seats })).claims.map((c) => [c.figure.text, c.verdict]);
  };

  it('is not the owner\'s count ("the Greens took 208 of the 630 seats")', async () => {
    expect(await verdicts('In May 2025 the Greens took 208 of the 630 seats.')).toEqual([['208 of the', 'supported'], ['630 seats', 'unverifiable']]);
  });

  it('the owner\'s own count is still checked', async () => {
    expect(await verdicts('In May 2025 the Greens took 630 seats.')).toEqual([['630 seats', 'contradicted']]);
  });
});
