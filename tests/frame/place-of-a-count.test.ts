import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: the guild's count of the millers of each valley, and how the
// count changed between two counts.
const beat = testBeat({
  entities: [
    { id: 'upper-vale', name: 'Upper Vale', kind: 'region', aliases: ['Upper Vale'] },
    { id: 'port-vell', name: 'Port Vell', kind: 'place', aliases: ['Port Vell'] },
  ],
  measures: [
    { id: 'millers', name: 'millers counted', unit: 'person', subjects: ['miller'], actions: ['counted', 'found', 'listed'] },
    { id: 'millers_change', name: 'change in the millers counted', unit: 'person', kind: 'change', subjects: ['miller'], actions: ['fell', 'rose', 'grew'], phrases: ['number of millers fell', 'number of millers rose'] },
  ],
});
const facts = [
  fact({ id: 'vale-2024', measure: 'millers', entities: ['upper-vale'], unit: 'person', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-31', value: 4200 }),
  fact({ id: 'vale-change', measure: 'millers_change', entities: ['upper-vale'], unit: 'person', period: { from: '2014-01-01', to: '2024-12-31' }, asOf: '2025-01-31', value: -300 }),
];
const judgeText = judgeOn(beat, facts, { published: '2025-06-10' });
const judge = async (text: string) => (await judgeText(text)).filter(ofKind('count'));

describe('the place a count is of', () => {
  it('"the guild counted 4,200 millers in Upper Vale": named right after the count, with nobody before it', async () => {
    for (const text of ['In 2024 the guild counted 4,200 millers in Upper Vale.', 'In 2024 the guild found 4,200 millers living in Upper Vale.']) {
      const [c] = await judge(text);
      expect(c!.framing?.entities.find((e) => e.role === 'subject')?.id, text).toBe('upper-vale');
      expect(c!.verdict, text).toBe('supported');
    }
  });

  it('but not over a subject named before the count', async () => {
    const [c] = await judge('In 2024 Upper Vale employed 4,200 millers in Port Vell.');
    expect(c!.framing?.entities.find((e) => e.role === 'subject')?.id).toBe('upper-vale');
  });
});

describe('a later clause with a figure of its own', () => {
  it('keeps its verb to itself: "counted 4,200 millers in Upper Vale, and the number there fell by 300"', async () => {
    const [first, second] = await judge('In 2024 the guild counted 4,200 millers in Upper Vale, and their number fell by 300 in a decade.');
    expect(first!.framing?.measure).toBe('millers');
    expect(first!.verdict).toBe('supported');
    expect(second!.framing?.measure).toBe('millers_change');
  });
});

describe('a participle set off by commas', () => {
  it('is an aside: a place named in it is not whose figure it is ("Upper Vale\'s count, sent to Port Vell, was 4,200 millers")', async () => {
    for (const text of ['In 2024 Upper Vale\'s count, sent to the guild in Port Vell, was 4,200 millers.', 'In 2024 Upper Vale\'s count, given to Port Vell\'s office, was 4,200 millers.']) {
      const [c] = await judge(text);
      expect(c!.framing?.entities.find((e) => e.role === 'subject')?.id, text).toBe('upper-vale');
      expect(c!.verdict, text).toBe('supported');
    }
  });
});

describe('a place after the figure of a subject that is no place', () => {
  // A beat written for this case: seats a guild party wins at the valley's council vote, in all
  // and by district.
  const vote = testBeat({
    eventKinds: [{ id: 'council-vote', nouns: ['council vote'] }],
    events: [{ id: 'vale-vote-2024', name: 'the 2024 council vote', kind: 'council-vote', start: '2024-05-02', entities: ['upper-vale', 'millers-party'], aliases: ['2024 council vote'] }],
    entities: [
      { id: 'upper-vale', name: 'Upper Vale', kind: 'region', aliases: ['Upper Vale'] },
      { id: 'port-vell', name: 'Port Vell', kind: 'place', aliases: ['Port Vell'] },
      { id: 'millers-party', name: 'the Millers\' Party', kind: 'party', aliases: ['Millers\' Party'] },
    ],
    measures: [{ id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won'], eventKinds: ['council-vote'] }],
  });
  const seats = [fact({ id: 'party-seats', measure: 'seats', entities: ['millers-party'], unit: 'seat', event: 'vale-vote-2024', asOf: '2024-05-04', value: 41 })];
  const judgeText = judgeOn(vote, seats, { published: '2024-06-01', heading: 'Council notes' });
  const verdictOf = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;

  it('gives its figure there, a part of its whole: not contradicted by the whole', async () => {
    const c = await verdictOf('The Millers\' Party won 12 seats in Port Vell at the 2024 council vote.');
    expect(c.verdict).toBe('unverifiable');
    expect(c.abstained?.slot).toBe('subject');
  });

  it('not a place its event is of, nor where no place follows', async () => {
    expect((await verdictOf('The Millers\' Party won 12 seats across Upper Vale at the 2024 council vote.')).verdict).toBe('contradicted');
    expect((await verdictOf('The Millers\' Party won 12 seats at the 2024 council vote.')).verdict).toBe('contradicted');
  });
});

describe('a place right after a count, and one before it that is only where something was', () => {
  it('"crews in Port Vell searched … after the guild counted 4,200 millers in Upper Vale": the place after the count is its own', async () => {
    const [c] = await judge('In 2024 crews in Port Vell searched the banks after the guild counted 4,200 millers in Upper Vale.');
    expect(c!.framing?.entities.find((e) => e.role === 'subject')?.id).toBe('upper-vale');
    expect(c!.verdict).toBe('supported');
  });

  it('"4,200 millers were found in Upper Vale": a verb of up to three words before "in", with nobody named before', async () => {
    const [c] = await judge('In 2024, 4,200 millers were found in Upper Vale.');
    expect(c!.framing?.entities.find((e) => e.role === 'subject')?.id).toBe('upper-vale');
  });
});

describe('a phrase inside another figure\'s own words', () => {
  const graded = testBeat({
    entities: [{ id: 'upper-vale', name: 'Upper Vale', kind: 'region', aliases: ['Upper Vale'] }],
    measures: [
      { id: 'millers', name: 'millers counted', unit: 'person', subjects: ['miller'], actions: ['counted'], phrases: ['millers counted'] },
      { id: 'flood_grade', name: 'grade of a flood', unit: 'grade', subjects: ['grade'], actions: [], phrases: ['grade'] },
    ],
  });
  const measureOf = (text: string, figure: string) => extractOn(graded, { published: '2025-06-10' })(text).claims.find((c) => c.figure.text === figure)?.framing?.measure;

  it('is that figure\'s, not a bare count\'s beside it: "4,200 … after a 4.5-grade flood" is no grade', () => {
    expect(measureOf('Upper Vale lost 4,200 after a 4.5-grade flood.', '4,200')).not.toBe('flood_grade');
    expect(measureOf('Upper Vale lost 4,200 after a 4.5-grade flood.', '4.5-grade')).toBe('flood_grade');
  });
});

describe('the place right after a percentage', () => {
  const rates = testBeat({
    entities: [
      { id: 'upper-vale', name: 'Upper Vale', kind: 'region', aliases: ['Upper Vale'] },
      { id: 'port-vell', name: 'Port Vell', kind: 'place', aliases: ['Port Vell'] },
    ],
    measures: [{ id: 'idle_rate', name: 'idle rate', unit: '%', subjects: [], actions: [], phrases: ['idle rate'] }],
  });
  const subjects = (text: string) => extractOn(rates, { published: '2025-06-10' })(text).claims.filter((c) => c.figure.kind === 'percent').map((c) => c.framing.entities.find((e) => e.role === 'subject')?.id ?? null);

  it('"… 5.7% in Upper Vale and 6.1% in Port Vell": the place after the second, not the one before it', () => {
    expect(subjects('The idle rate fell to 5.7% in Upper Vale and 6.1% in Port Vell in May 2025.')[1]).toBe('port-vell');
  });
});
