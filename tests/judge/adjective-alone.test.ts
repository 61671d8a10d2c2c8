import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// "The flood left 74 dead": an adjective standing alone counts people, but which people is read,
// not said. A beat written for these tests: a flood's dead, counted as people, as millers and as
// guards, each a measure of its own.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
  measures: [
    { id: 'people_dead', name: 'people dead', unit: 'person', subjects: ['people', 'person'], actions: ['died', 'dead'] },
    { id: 'millers_dead', name: 'millers dead', unit: 'person', subjects: ['miller'], actions: ['died', 'dead'] },
    { id: 'guards_dead', name: 'guards dead', unit: 'person', subjects: ['guard'], actions: ['died', 'dead'] },
  ],
});
const year = { from: '2024-01-01', to: '2024-12-31' };
const dead = (measure: string, value: number) => fact({ id: `${measure}-${value}`, measure, entities: ['ruritania'], unit: 'person', period: year, asOf: '2024-12-01', value });

const verdict = async (text: string, facts: ReferenceFact[]) => (await judgeOn(beat, facts, { published: '2025-01-15' })(text)).find((c) => /dead/.test(c.figure.text))!;

describe('an adjective standing alone ("74 dead")', () => {
  it('is supported by the one other measure it may count whose fact it fits, saying which', async () => {
    const v = await verdict('In 2024 the Ruritanian guild reported 74 dead.', [dead('people_dead', 300), dead('millers_dead', 74), dead('guards_dead', 12)]);
    expect(v.verdict).toBe('supported');
    expect(v.explanation).toMatch(/^Read as millers dead, the one measure 'dead' may count/);
  });

  it('is not where two of them fit, nor contradicted by any', async () => {
    expect((await verdict('In 2024 the Ruritanian guild reported 74 dead.', [dead('people_dead', 300), dead('millers_dead', 74), dead('guards_dead', 74)])).verdict).toBe('unverifiable');
    expect((await verdict('In 2024 the Ruritanian guild reported 74 dead.', [dead('people_dead', 300), dead('millers_dead', 70), dead('guards_dead', 12)])).verdict).toBe('unverifiable');
  });
});
