import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A target that matches a fact is no claim that the target was met; but where the measure is
// itself a target, named by the word that made the status ("the guild's goal of 5%"), the fact
// is the target, and the figure states it. A beat written for these tests: a millers' guild's
// goal for the share of flour it exports, and the share it reached.
const beat = testBeat({
  entities: [{ id: 'guild', name: 'the Millers\' Guild', kind: 'alliance', aliases: ['Millers\' Guild', 'guild'] }],
  measures: [
    { id: 'export_goal', name: 'export goal (share of flour)', unit: '%', entity: 'guild', subjects: [], actions: ['goal', 'target'], phrases: ['export goal'] },
    { id: 'export_share', name: 'share of flour exported', unit: '%', entity: 'guild', subjects: [], actions: [], phrases: ['of its flour abroad', 'flour exported'] },
  ],
});
const span = { from: '2024-01-01', to: '2030-12-31' };
const goal = fact({ id: 'goal-5', measure: 'export_goal', entities: ['guild'], unit: '%', period: span, asOf: '2024-03-01', value: 5, precision: 1 });
const reached = fact({ id: 'share-2024', measure: 'export_share', entities: ['guild'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-10', value: 5, precision: 1 });

const verdictOf = async (text: string, facts: ReferenceFact[]) => (await judgeOn(beat, facts, { published: '2025-02-01' })(text)).find(ofKind('percent'))!;

describe('a target stated as a target', () => {
  it('is supported by the target\'s own fact, when the word that made it a target names the measure', async () => {
    const v = await verdictOf('The Millers\' Guild has set a goal of 5% for its exports.', [goal]);
    expect(v.frame?.status.value).toBe('target');
    expect(v.verdict).toBe('supported');
  });

  it('is still no support for an outcome: a share the guild hopes to reach is not the share it reached', async () => {
    const v = await verdictOf('The Millers\' Guild has a target of selling 5% of its flour abroad.', [reached]);
    expect(v.frame?.status.value).toBe('target');
    expect(v.verdict).toBe('unverifiable');
  });
});
