import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { figuresOf } from '../helpers/figures.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// "1.4 deaths per 100,000 people" is a rate: its base in figures counts nothing, and the rate is
// no count of deaths, which a year's toll could contradict. A beat written for these tests: the
// people who die in Ruritania's mills each year.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'mill_deaths', name: 'people killed in mill accidents in a year', unit: 'person', subjects: ['death', 'miller'], actions: ['died', 'killed'], phrases: ['mill deaths'] }],
});
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const facts = [
  fact({ id: 'deaths-2023', measure: 'mill_deaths', entities: ['ruritania'], unit: 'person', period: year(2023), asOf: '2024-03-01', value: 960 }),
  fact({ id: 'deaths-2024', measure: 'mill_deaths', entities: ['ruritania'], unit: 'person', period: year(2024), asOf: '2025-03-01', value: 900 }),
];
const judge = judgeOn(beat, facts, { published: '2025-04-01', heading: 'Safety in the mills' });

describe('a rate with a base in figures', () => {
  it('the base after "per" is no figure of its own', () => {
    expect(figuresOf('Mill deaths fell to 1.4 per 100,000 workers.').map((f) => f.figure.text)).toEqual(['1.4']);
    expect(figuresOf('There were 5.2 deaths per 1,000 millers and 3 per 10 million sacks.').map((f) => f.figure.value)).toEqual([5.2, 3]);
  });

  it('the rate is not judged as a count of the whole', async () => {
    const [rate] = await judge('In Ruritania 1.4 millers per 100,000 died in 2024.');
    expect(rate!.framing?.measure).toBe('mill_deaths');
    expect(rate!.verdict).toBe('unverifiable');
    expect(rate!.explanation).toMatch(/a rate.*'per 100,000'/);
    expect((await judge('In Ruritania 14 millers died in 2024.'))[0]!.verdict).toBe('contradicted');
    const claims = await judge('Mill deaths in Ruritania fell to 1.4 deaths per 100,000 people in 2024, down from 1.6 deaths per 100,000 people in 2023.');
    expect(claims.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable']);
  });

  it('each rate keeps its own year, the base between it and the date', async () => {
    const claims = await judge('Mill deaths in Ruritania fell to 1.4 deaths per 100,000 people in 2024, down from 1.6 deaths per 100,000 in 2023.');
    expect(claims.map((c) => c.framing?.time.from)).toEqual(['2024', '2023']);
  });
});

describe('a measure that is itself a rate', () => {
  const rates = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'mill_death_rate', name: 'mill deaths per 100,000 millers', unit: 'death per 100,000 millers', subjects: [], actions: [], phrases: ['mill death rate'] }],
  });
  const row = fact({ id: 'rate-2024', measure: 'mill_death_rate', entities: ['ruritania'], unit: 'death per 100,000 millers', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-03-01', value: 1.4, precision: 0.1 });
  const rate = async (text: string) => (await judgeOn(rates, [row], { published: '2025-04-01', heading: 'Safety in the mills' })(text))[0]!;

  it('judges a rate stated on its base', async () => {
    expect((await rate("Ruritania's mill death rate was 1.4 per 100,000 millers in 2024.")).verdict).toBe('supported');
    expect((await rate("Ruritania's mill death rate was 1.9 per 100,000 millers in 2024.")).verdict).toBe('contradicted');
  });

  it('but not one stated on another base', async () => {
    const c = await rate("Ruritania's mill death rate was 1.9 per 1,000 millers in 2024.");
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/'per 1,000'/);
  });
});
