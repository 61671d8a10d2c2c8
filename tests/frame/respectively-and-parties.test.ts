import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: Ruritania's election, with two parties, and Freedonia's, with one.
const beat = testBeat({
  eventKinds: [{ id: 'election', nouns: ['election', 'vote'] }],
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
    { id: 'greens', name: 'the Green Party', kind: 'party', aliases: ['Green Party', 'Greens'] },
    { id: 'reds', name: 'the Red Party', kind: 'party', aliases: ['Red Party', 'Reds'] },
    { id: 'blues', name: 'the Blue Party', kind: 'party', aliases: ['Blue Party', 'Blues'] },
  ],
  measures: [{ id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won', 'took'], eventKinds: ['election'] }],
  events: [
    { id: 'ruritania-2024', name: 'Ruritanian election of 2024', kind: 'election', start: '2024-05-12', entities: ['ruritania', 'greens', 'reds'], aliases: ['Ruritanian election'] },
    { id: 'freedonia-2024', name: 'Freedonian election of 2024', kind: 'election', start: '2024-03-03', entities: ['freedonia', 'blues'], aliases: ['Freedonian election'] },
  ],
});
const facts = [
  fact({ id: 'greens', measure: 'seats', entities: ['greens'], event: 'ruritania-2024', unit: 'seat', period: { from: '2024-05-12', to: '2024-05-12' }, asOf: '2024-05-13', value: 40 }),
  fact({ id: 'reds', measure: 'seats', entities: ['reds'], event: 'ruritania-2024', unit: 'seat', period: { from: '2024-05-12', to: '2024-05-12' }, asOf: '2024-05-13', value: 31 }),
  fact({ id: 'blues', measure: 'seats', entities: ['blues'], event: 'freedonia-2024', unit: 'seat', period: { from: '2024-03-03', to: '2024-03-03' }, asOf: '2024-03-04', value: 55 }),
];
const judge = judgeOn(beat, facts, { published: '2024-06-01' });
const subjectsOf = (c: { framing?: { entities: Array<{ id: string; role: string }> } }) => c.framing!.entities.filter((e) => e.role === 'subject').map((e) => e.id);

describe('a list of figures read "respectively"', () => {
  it('gives each figure the subject in its place, for sure', async () => {
    const [greens, reds] = (await judge('After the Ruritanian election, the Greens and the Reds won 40 seats and 31 seats respectively.')).filter((c) => c.figure.kind === 'count');
    expect(subjectsOf(greens!)).toEqual(['greens']);
    expect(subjectsOf(reds!)).toEqual(['reds']);
    expect(greens!.frame?.subject).toMatchObject({ value: ['greens'], confidence: 'high' });
    expect([greens!.verdict, reds!.verdict]).toEqual(['supported', 'supported']);
  });

  it('is never supported by the other subject\'s figure when the list is swapped', async () => {
    const claims = (await judge('After the Ruritanian election, the Greens and the Reds won 31 seats and 40 seats respectively.')).filter((c) => c.figure.kind === 'count');
    expect(claims.map((c) => c.verdict)).not.toContain('supported');
  });

  it('without "respectively", two subjects stay joined', async () => {
    const [first] = (await judge('After the Ruritanian election, the Greens and the Reds won 71 seats.')).filter((c) => c.figure.kind === 'count');
    expect(first!.frame?.subject.combine).toBe('sum');
  });
});

describe('an event an earlier sentence named', () => {
  it('is not the event of a subject of its parties\' kind that is none of them', async () => {
    const claims = await judge('The Ruritanian election left the Greens on 40 seats.\n\nNext door, the Blues took 55 seats.');
    const blues = claims.find((c) => c.figure.text === '55 seats')!;
    expect(blues.framing?.event ?? null).toBeNull();
    expect(claims.find((c) => c.figure.text === '40 seats')!.framing?.event?.id).toBe('ruritania-2024');
  });
});

describe('a measure of events of some kinds', () => {
  it('takes no event of another kind named beside it', async () => {
    const v = testBeat({
      eventKinds: [{ id: 'election', nouns: ['election'] }, { id: 'census', nouns: ['census'] }],
      entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
      measures: [{ id: 'turnout', name: 'turnout', unit: '%', subjects: [], actions: [], phrases: ['turnout'], eventKinds: ['election'] }],
      events: [{ id: 'ruritania-census-2022', name: 'Ruritanian census of 2022', kind: 'census', start: '2022-04-01', entities: ['ruritania'], aliases: ['2022 census'] }],
    });
    const doc = extractOn(v, { published: '2024-06-01' })('Turnout of 61% was a record in Ruritania, a country the 2022 census put at four million people.');
    expect(doc.claims.find((c) => c.figure.text === '61%')!.framing.event ?? null).toBeNull();
  });
});
