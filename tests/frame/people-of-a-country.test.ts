import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// "Valdonian visitors" are the people of Valdonia, who may be counted wherever they travel: in an
// article that names Valdonia nowhere else, their figure is no sure figure of Valdonia's own. A
// beat written for these tests: the visitors each country welcomes in a year.
const beat = testBeat({
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
  ],
  measures: [{ id: 'visitors', name: 'visitors welcomed in a year', unit: 'person', subjects: ['visitor'], actions: ['welcomed'] }],
});
const year2024 = { from: '2024-01-01', to: '2024-12-31' };
const facts = [fact({ id: 'valdonia-2024', measure: 'visitors', entities: ['valdonia'], unit: 'person', period: year2024, asOf: '2025-02-01', value: 5000 })];
const judge = judgeOn(beat, facts, { published: '2025-03-01', heading: 'Travel notes' });
const count = async (text: string, quote: string) => (await judge(text)).filter(ofKind('count')).find((c) => c.figure.text.includes(quote))!;

describe('the people of a country named only by its adjective', () => {
  it('are no sure subject where the article names the country nowhere else', async () => {
    const c = await count('Ruritania welcomed 40,000 visitors in 2024, among them 9,000 Valdonian visitors.', '9,000');
    expect(c.frame?.subject).toMatchObject({ value: ['valdonia'], confidence: 'low' });
    expect(c.verdict).toBe('unverifiable');
    const after = await count('Ruritania welcomed 40,000 visitors in 2024, with Valdonian visitors 9,000 of them.', '9,000');
    expect(after.verdict).not.toBe('contradicted');
  });

  it('are the country\'s where the article names it otherwise', async () => {
    const c = await count('In 2024 Valdonia welcomed 9,000 Valdonian visitors home from abroad.', '9,000');
    expect(c.frame?.subject).toMatchObject({ value: ['valdonia'], confidence: 'high' });
    expect(c.verdict).toBe('contradicted');
  });
});
