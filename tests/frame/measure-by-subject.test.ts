import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A share whose sentence names no measure, of a subject of a kind only one measure in % accepts
// (`subjectKinds`): "the Green Alliance, with 28.5%, keeps its seats" is the party's vote share.
// A weak reading: it may support, never contradict. A beat written for these tests.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'greens', name: 'the Green Alliance', kind: 'party', aliases: ['Green Alliance'] },
  ],
  measures: [
    { id: 'vote_share', name: 'share of the vote', unit: '%', subjects: [], actions: [], phrases: ['of the vote'], subjectKinds: ['party'] },
    { id: 'turnout', name: 'turnout', unit: '%', subjects: [], actions: [], phrases: ['turnout'], subjectKinds: ['country'] },
  ],
});
const facts: ReferenceFact[] = [fact({ id: 'greens-2025', measure: 'vote_share', entities: ['greens'], unit: '%', period: { from: '2025-01-01', to: '2025-12-31' }, asOf: '2025-03-01', value: 28.5 })];
const judgeText = judgeOn(beat, facts, { published: '2025-03-10' });
const judged = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;

describe('a share read by its subject\'s kind', () => {
  it('is the one measure in % that accepts the subject\'s kind, a weak reading', async () => {
    const c = await judged('In 2025 the Green Alliance, with 28.5%, kept its place.');
    expect(c.framing?.measure).toBe('vote_share');
    expect(c.framing?.measureVia).toBe('subject');
    expect(c.frame?.measure.confidence).toBe('low');
    expect(c.verdict).toBe('supported');
    // Weak: a figure that does not fit is not contradicted.
    expect((await judged('In 2025 the Green Alliance, with 31.5%, kept its place.')).verdict).toBe('unverifiable');
  });

  it('not where two measures accept the kind, nor where the subject is of no accepted kind', async () => {
    const two = testBeat({ ...beat.source, measures: [...beat.source.measures, { id: 'seat_share', name: 'share of seats', unit: '%', subjects: [], actions: [], phrases: ['of the seats'], subjectKinds: ['party'] }] });
    const doc = extractOn(two, { published: '2025-03-10' })('In 2025 the Green Alliance, with 28.5%, kept its place.');
    expect(doc.claims.find((c) => c.figure.kind === 'percent')?.framing.measure).toBeFalsy();
    expect((await judged('In 2025 Ruritania, with 28.5%, kept its place.')).framing?.measure).not.toBe('vote_share');
  });
});
