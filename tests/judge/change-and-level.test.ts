import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// A change and a level of one quantity: "the headcount rose by more than 3 million" is the
// headcount's change, never its level, and a fall's bound turns with its sign.
const entities = [{ id: 'ostria', name: 'Ostria', kind: 'country' as const, aliases: ['Ostria'] }];
const level = { id: 'headcount', name: 'headcount', unit: 'person', subjects: ['person', 'people', 'resident'], actions: ['counted'], phrases: ['headcount'], subjectKinds: ['country' as const] };
const change = { id: 'headcount_change', name: 'change in the headcount', unit: 'person', subjects: ['person', 'people', 'resident'], actions: ['grew by', 'rose by', 'fell by'], phrases: ['headcount growth'], subjectKinds: ['country' as const], kind: 'change' as const };
const withChange = testBeat({ entities, measures: [level, change] });
const levelOnly = testBeat({ entities, measures: [level] });

const period = { from: '2011-03-27', to: '2021-03-21' };
const facts: ReferenceFact[] = [
  fact({ id: 'ostria-headcount-2021', measure: 'headcount', entities: ['ostria'], unit: 'person', period: { from: '2021-03-21', to: '2021-03-21' }, asOf: '2022-06-28', value: 59_597_300 }),
  fact({ id: 'ostria-headcount-growth', measure: 'headcount_change', entities: ['ostria'], unit: 'person', period, asOf: '2022-06-28', low: 3_500_000, high: 3_599_999 }),
];

const judge = async (text: string, vocabulary = withChange) => (await judgeOn(vocabulary, facts, { published: '2023-01-10' })(text)).find((c) => c.figure.text.includes('3.5 million'))!;

describe('a change stated of a level measure', () => {
  it('is the figure of that measure\'s change, where the vocabulary has one', async () => {
    const c = await judge('Ostria counted 59,597,300 people in its 2021 headcount, and its headcount rose by more than 3.5 million between 2011 and 2021.');
    expect(c.framing?.measure).toBe('headcount_change');
    expect(c.verdict).toBe('supported');
    expect(c.evidence.find((e) => e.role === 'main')?.factId).toBe('ostria-headcount-growth');
  });

  it('is not supported by the level it fits only by chance, where the vocabulary has no change measure', async () => {
    const c = await judge('On 21 March 2021 Ostria counted 59,597,300 people, more than 3.5 million up on the count a decade before.', levelOnly);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/states a change/);
  });

  it('a fall\'s bound turns with its sign: "fell by more than 3.5 million" is below −3.5 million, and the growth does not support it', async () => {
    const c = await judge('Ostria counted 59,597,300 people in its 2021 headcount, and its headcount fell by more than 3.5 million between 2011 and 2021.');
    expect(c.framing?.measure).toBe('headcount_change');
    expect(c.verdict).not.toBe('supported');
  });
});
