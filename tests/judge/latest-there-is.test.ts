import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A figure stated with no period of its own ("Ruritania has 4.2 million residents"), where the
// table's latest fact is a count of long before (a census years back): that count may support
// it, never contradict it; a newer fact, where there is one, is the figure to compare.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'residents', name: 'residents counted', unit: 'person', subjects: ['resident'], actions: ['has', 'counted'] }],
});
const census = fact({ id: 'census-2011', measure: 'residents', entities: ['ruritania'], unit: 'person', period: { from: '2011-03-27', to: '2011-03-27' }, asOf: '2012-06-01', value: 4_200_000, precision: 100_000 });
const estimate = fact({ id: 'estimate-2024', measure: 'residents', entities: ['ruritania'], unit: 'person', period: { from: '2024-06-30', to: '2024-06-30' }, asOf: '2025-01-10', value: 4_600_000, precision: 100_000 });

const judged = async (text: string, facts: ReferenceFact[]) => (await judgeOn(beat, facts, { published: '2025-06-01' })(text)).find(ofKind('count'))!;

describe('the latest fact there is, of long before the article', () => {
  it('supports a figure it fits', async () => {
    expect((await judged('Ruritania has 4.2 million residents.', [census])).verdict).toBe('supported');
  });

  it('never contradicts one it does not fit', async () => {
    const c = await judged('Ruritania has 5.0 million residents.', [census]);
    expect(c.verdict).toBe('unverifiable');
    expect(c.abstained).toMatchObject({ verdict: 'contradicted', slot: 'time' });
  });

  it('gives way to a newer fact, which is the figure compared', async () => {
    // The old count no longer supports it (and a period-less figure is not contradicted either).
    expect((await judged('Ruritania has 4.2 million residents.', [census, estimate])).verdict).not.toBe('supported');
    expect((await judged('Ruritania has 4.6 million residents.', [census, estimate])).verdict).toBe('supported');
  });
});

// A fact whose period is a span of days that is no calendar month or quarter (a vote held over
// six weeks) is no release of a monthly series: a figure stated with no period of its own, a year
// on, may still be judged against it.
describe('a fact of an event\'s span of weeks', () => {
  const votes = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'guild_seats', name: 'seats the guild won', unit: 'seat', subjects: ['seat'], actions: ['won', 'holds'] }],
  });
  const won = fact({ id: 'seats-2024', measure: 'guild_seats', entities: ['ruritania'], unit: 'seat', period: { from: '2024-04-19', to: '2024-06-04' }, asOf: '2024-06-05', value: 240 });
  it('is not set aside as two periods of a series behind the article', async () => {
    const c = (await judgeOn(votes, [won], { published: '2025-03-20' })('In Ruritania the guild holds 240 seats.')).find(ofKind('count'))!;
    expect(c.rejected ?? []).toEqual([]);
    expect(c.verdict).toBe('supported');
  });
});
