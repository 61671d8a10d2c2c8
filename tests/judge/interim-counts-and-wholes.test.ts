import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// A figure taken part way through a count. A beat written for these tests: the share of Valdonia's
// mills that voted in a guild ballot, first put at 61.2% and, with every mill in, 61.4%.
const beat = testBeat({
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
  measures: [{ id: 'ballot_turnout', name: 'ballot turnout', unit: '%', subjects: [], actions: [], phrases: ['turnout'], subjectKinds: ['country'] }],
});
const period = { from: '2025-05-01', to: '2025-05-31' };
const first = fact({ id: 'turnout-first', measure: 'ballot_turnout', entities: ['valdonia'], unit: '%', period, asOf: '2025-05-02', value: 61.2, precision: 0.1 });
const final = fact({ id: 'turnout-final', measure: 'ballot_turnout', entities: ['valdonia'], unit: '%', period, asOf: '2025-05-03', value: 61.4, precision: 0.1 });

const judgeText = judgeOn(beat, [first, final], { published: '2025-05-04' });
const verdictOf = async (text: string) => (await judgeText(text)).find((c) => c.figure.text === '61.2%')!;

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
  // A beat of its own: seats in Valdonia's chamber won at its 2025 election.
  const seats = testBeat({
    eventKinds: [{ id: 'election', nouns: ['election'] }],
    events: [{ id: 'valdonia-2025', name: 'the 2025 Valdonian election', kind: 'election', start: '2025-05-04', entities: ['valdonia'], aliases: ['Valdonian election'] }],
    entities: [
      { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
      { id: 'greens', name: 'the Green Alliance', kind: 'party', aliases: ['Green Alliance', 'Greens'] },
      { id: 'reds', name: 'the Red League', kind: 'party', aliases: ['Red League', 'Reds'] },
    ],
    measures: [{ id: 'seats_won', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['took', 'won'], subjectKinds: ['party'], eventKinds: ['election'] }],
  });
  const won = fact({ id: 'greens-reds-seats', measure: 'seats_won', entities: ['greens', 'reds'], unit: 'seat', event: 'valdonia-2025', period: { from: '2025-05-04', to: '2025-05-04' }, asOf: '2025-05-05', value: 208 });
  const judgeText = judgeOn(seats, [won], { published: '2025-05-06' });
  const verdictOf = async (text: string, figure: string) => (await judgeText(text)).find((c) => c.figure.text === figure)!;
  const lead = 'The Valdonian election ended the Greens\' long wait. ';

  it('is not its owners\' count ("the Greens and the Reds … took 208 of the 630 seats")', async () => {
    const c = await verdictOf(`${lead}The Greens and their sister, the Reds, which sit together in the chamber, took 208 of the 630 seats.`, '630 seats');
    expect(c.verdict).toBe('unverifiable');
    expect(c.abstained?.slot).toBe('subject');
    expect((await verdictOf(`${lead}The Greens and their sister, the Reds, which sit together in the chamber, took 208 of the 630 seats.`, '208 of the')).verdict).toBe('supported');
  });

  it('their own count is still checked', async () => {
    expect((await verdictOf(`${lead}The Greens and their sister, the Reds, which sit together in the chamber, took 630 seats.`, '630 seats')).verdict).toBe('contradicted');
  });
});
