import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A measure that counts what was added ("mills added in a year") states its level with a verb
// of change: "adding 40 mills" is the year's additions, not a change in them. The verb is read
// in any of its forms, however the vocabulary lists it. A beat written for these tests.
const beat = (actions: string[]) =>
  testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'mills_added', name: 'mills added in a year', unit: 'mill', subjects: ['mill'], actions, phrases: ['new mills'] }],
  });
const facts = [fact({ id: 'added-2024', measure: 'mills_added', entities: ['ruritania'], unit: 'mill', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 40 })];
const claim = async (actions: string[], text: string) => (await judgeOn(beat(actions), facts, { published: '2025-03-01', heading: 'Notes from the guild' })(text)).find(ofKind('count'))!;

describe("a verb of change that is the measure's own action", () => {
  it('in any form: "adding", "adds" and "added" where the vocabulary lists "add"', async () => {
    for (const text of ['Ruritania set a record in 2024 by adding 40 new mills.', 'Ruritania added 40 new mills in 2024.', 'In 2024 Ruritania adds 40 new mills, the guild says.']) {
      const c = await claim(['add'], text);
      expect(c.frame?.change.value, text).toBe('level');
      expect(c.verdict, text).toBe('supported');
    }
  });

  it('where the vocabulary lists "added" only, "adding" is still its own', async () => {
    expect((await claim(['added'], 'Ruritania set a record in 2024 by adding 40 new mills.')).verdict).toBe('supported');
  });

  it('a verb of change the measure does not own is still a change', async () => {
    expect((await claim(['add'], 'In 2024 the number of new mills in Ruritania rose by 40 mills.')).frame?.change.value).toBe('change');
  });
});
