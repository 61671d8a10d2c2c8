import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A rate for a group of the whole is that group's figure: "the idle rate for weavers", "those
// under 25", "young people". A beat written for these tests: Valdonia's monthly idle rate, and
// the rate of its young, a measure of its own.
const beat = testBeat({
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
    { id: 'weavers', name: 'weavers', kind: 'group', aliases: ['weavers'] },
  ],
  measures: [
    { id: 'idle_rate', name: 'idle rate', unit: '%', subjects: [], actions: [], phrases: ['idle rate'] },
    { id: 'young_idle_rate', name: 'idle rate of the young', unit: '%', subjects: [], actions: [], phrases: ['idle rate for those under 25'] },
  ],
});
const august = { from: '2024-08-01', to: '2024-08-31' };
const facts = [
  fact({ id: 'idle-2024-08', measure: 'idle_rate', entities: ['valdonia'], unit: '%', period: august, asOf: '2024-10-01', value: 6.4 }),
  fact({ id: 'young-idle-2024-08', measure: 'young_idle_rate', entities: ['valdonia'], unit: '%', period: august, asOf: '2024-10-01', value: 13.8 }),
];
const judgeText = judgeOn(beat, facts, { published: '2024-10-02', heading: 'Notes from the valley' });
const judged = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;

describe('a group the figure is narrowed to', () => {
  it('a group the vocabulary names as one, after "for": "the idle rate for weavers"', async () => {
    const c = await judged('The idle rate for weavers in Valdonia stood at 6.1% in August 2024.');
    expect(c.verdict).toBe('unverifiable');
    expect(c.frame?.subject.reason).toMatch(/for weavers/);
  });

  it('an age group in the clause or heading the sentence: "those under 25 years of age", "young people"', async () => {
    expect((await judged('In the case of those under 25 years of age, the idle rate in Valdonia rose to 11.2% in August 2024.')).verdict).toBe('unverifiable');
    expect((await judged('The idle rate among young people in Valdonia was 11.2% in August 2024.')).verdict).toBe('unverifiable');
    expect((await judged('The idle rate in Valdonia was 11.2% in August 2024.')).verdict).toBe('contradicted');
  });

  it('an age band heading a line ("- Ages 15-17: …") narrows it, and a group\'s figure equal to the whole\'s is not supported by it', async () => {
    const labelled = await judged('- Ages 15-17: the idle rate in Valdonia was 6.4% in August 2024.');
    expect(labelled.frame?.subject.reason).toMatch(/Ages 15-17/);
    expect(labelled.verdict).toBe('unverifiable');
    expect((await judged('The idle rate among young people in Valdonia was 6.4% in August 2024.')).verdict).toBe('unverifiable');
    expect((await judged('The idle rate in Valdonia was 6.4% in August 2024.')).verdict).toBe('supported');
  });

  it('not where the group is in the measure\'s own phrase: "the idle rate for those under 25" is the young\'s rate', async () => {
    const c = await judged('The idle rate for those under 25 in Valdonia was 13.8% in August 2024.');
    expect(c.framing?.measure).toBe('young_idle_rate');
    expect(c.verdict).toBe('supported');
  });
});

describe('a level said to have stayed over a span', () => {
  it('"remained at 6.1% for the five months to August" is no one month\'s figure', async () => {
    const c = await judged('Valdonia\'s idle rate remained at 6.1% for the five months to August 2024.');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/held over a span/);
  });
});
