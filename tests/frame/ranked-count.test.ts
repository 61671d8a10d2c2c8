import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// "Freedonia became the league's 21st member": the rank of a joiner is the league's count of
// members once it joined. A beat written for these tests: a league and its members.
const beat = testBeat({
  entities: [
    { id: 'league', name: 'the Coastal League', kind: 'alliance', aliases: ['Coastal League', 'the league'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
  ],
  measures: [
    { id: 'league_members', name: 'members of the league', unit: 'member', subjects: ['member'], actions: ['joined'], entity: 'league' },
    { id: 'members_on_target', name: 'members meeting the target', unit: 'member', subjects: ['member'], actions: ['met', 'meet'] },
  ],
});
const members = fact({ id: 'members-21', measure: 'league_members', entities: ['league'], unit: 'member', period: { from: '2024-03-01', to: '2026-12-31' }, asOf: '2024-03-01', value: 21, precision: 1 });

const judgeText = judgeOn(beat, [members], { published: '2024-09-01' });
const claimOf = async (text: string) => (await judgeText(text)).find((c) => /\d(?:st|nd|rd|th)$/.test(c.figure.text))!;

describe('the rank of a joiner', () => {
  it('is the count of the whole it joined, the owner\'s', async () => {
    const right = await claimOf('Freedonia became the 21st member in March 2024.');
    expect(right.figure).toMatchObject({ kind: 'count', value: 21, unit: 'member' });
    expect(right.frame?.subject.value).toEqual(['league']);
    expect(right.verdict).toBe('supported');
    expect((await claimOf('Freedonia became the 20th member in March 2024.')).verdict).toBe('contradicted');
    // The date is the joining's, a claim of its own, as well as the count's time.
    const doc = extractOn(beat, { published: '2024-09-01' })('Freedonia became the 21st member in March 2024.');
    expect(doc.claims.map((c) => c.figure.text)).toContain('March 2024');
  });

  it('is no count without joining, or as a rank among those who did more', async () => {
    expect((await claimOf('Freedonia is the 20th member by size.')).figure.kind).toBe('ordinal');
    expect((await claimOf('Freedonia became the 20th member to meet the target in 2024.')).figure.kind).toBe('ordinal');
  });
});
