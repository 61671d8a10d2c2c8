import { describe, expect, it } from 'vitest';
import { measureByName, stem } from '../../shared/frame/measure-name.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A public-health beat, written for these tests: three shares, a count and a money measure.
const health = testBeat({
  entities: [{ id: 'norway', name: 'Norway', kind: 'country', aliases: ['Norway'] }],
  measures: [
    { id: 'measles_children', name: 'share of children vaccinated against measles', unit: '%', subjects: [], actions: [] },
    { id: 'measles_adults', name: 'share of adults vaccinated against measles', unit: '%', subjects: [], actions: [] },
    { id: 'smoking_adults', name: 'share of adults who smoke daily', unit: '%', subjects: [], actions: [] },
    { id: 'hospital_beds', name: 'hospital beds', unit: 'bed', subjects: ['bed'], actions: [] },
    { id: 'health_spending', name: 'public health spending', unit: 'USD', subjects: [], actions: [] },
  ],
});
const share = (u: string) => u === '%';

describe('a measure read from the words of its name', () => {
  it.each([
    ['some 96% of children had been vaccinated', 'measles_children'],
    ['adults vaccinated against the disease reached 81%', 'measles_adults'],
    ['daily smoking among adults fell to 9%', 'smoking_adults'],
  ])('%s', (clause, id) => {
    expect(measureByName(health, clause, share)).toBe(id);
  });

  it('needs two words of a name, and no tie', () => {
    // One word only: "children" alone could be any measure of children.
    expect(measureByName(health, 'children made up 12% of the town', share)).toBeNull();
    // "adults" and "measles": both adult shares hold one, the measles one two: it wins; with
    // only "adults" and "share", the two adult measures tie.
    expect(measureByName(health, 'the share of adults was 40%', share)).toBeNull();
  });

  it('only among measures of the figure\'s unit', () => {
    expect(measureByName(health, 'public health spending reached 7%', share)).toBeNull();
    expect(measureByName(health, 'public health spending reached $7 billion', (u) => u === 'USD')).toBe('health_spending');
  });

  it('stems plurals and possessives', () => {
    expect(['children', 'allies', 'renewables', "Norway's", 'loss'].map(stem)).toEqual(['children', 'ally', 'renewable', 'norway', 'loss']);
  });
});

describe('in a judged article', () => {
  const norway = (value: number) =>
    fact({ id: `no-measles-${value}`, measure: 'measles_children', entities: ['norway'], unit: '%', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-03-01', value, side: 'who' });

  it('supports a fitting figure, and never contradicts one: the reading is weak', async () => {
    const judgeText = judgeOn(health, [norway(96)], { published: '2024-06-01' });
    const judge = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;
    const right = await judge('In Norway, 96% of children had been vaccinated in 2023.');
    expect(right.framing).toMatchObject({ measure: 'measles_children', measureVia: 'name' });
    expect(right.verdict).toBe('supported');
    const wrong = await judge('In Norway, 71% of children had been vaccinated in 2023.');
    expect(wrong.frame?.measure.confidence).toBe('low');
    expect(wrong.verdict).toBe('unverifiable');
  });
});
