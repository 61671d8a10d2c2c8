import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// A part of a count the sentence names ("Forty of the 170 millers drowned were apprentices") is
// a subset of what the measure counts, never the figure its facts give. A beat written for these
// tests: millers drowned in Valdonia's flood, and seats a party wins at the valley council.
const beat = testBeat({
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
    { id: 'millers-party', name: 'the Millers\' Party', kind: 'party', aliases: ['Millers\' Party'] },
  ],
  measures: [
    { id: 'millers_drowned', name: 'millers drowned', unit: 'person', subjects: ['miller'], actions: ['drowned', 'died'] },
    { id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won'] },
    { id: 'mill_power', name: 'milling power installed', unit: 'MW', subjects: [], actions: [], phrases: ['milling power'] },
  ],
});
const facts = [
  fact({ id: 'drowned', measure: 'millers_drowned', entities: ['valdonia'], unit: 'person', asOf: '2024-09-01', value: 170 }),
  fact({ id: 'party-seats', measure: 'seats', entities: ['millers-party'], unit: 'seat', asOf: '2024-05-04', value: 41 }),
  fact({ id: 'power', measure: 'mill_power', entities: ['valdonia'], unit: 'MW', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-02-10', value: 90 }),
];
const judgeText = judgeOn(beat, facts, { published: '2024-10-01', heading: 'Valley notes' });
const verdicts = async (text: string) => (await judgeText(text)).map((c) => `${c.figure.text}: ${c.verdict}`);

describe('a part of a count its sentence names', () => {
  it('is no figure of the whole\'s measure: neither contradicted nor counted as the same quantity', async () => {
    for (const text of [
      'Forty of Valdonia\'s 170 millers drowned died at the weir.',
      'Of Valdonia\'s 170 millers drowned, 40 died at the weir.',
    ]) {
      const v = await verdicts(text);
      expect(v.filter((x) => x.startsWith('170')), text).toEqual(['170 millers: supported']);
      expect(v.some((x) => x.endsWith('contradicted')), `${text}: ${v.join('; ')}`).toBe(false);
    }
  });

  it('but a part the measure counts, out of all there are, is its figure: "won 41 of the 60 seats"', async () => {
    expect(await verdicts('The Millers\' Party won 41 of the 60 seats.')).toContain('41 of the: supported');
    expect(await verdicts('The Millers\' Party won 45 of the 60 seats.')).toContain('45 of the: contradicted');
  });

  it('an amount of a definite whole the measure names is a part of it ("7 MW of the milling power"), not the amount itself ("7 MW of milling power")', async () => {
    const part = await verdicts('Valdonian water wheels made up 7 MW of the milling power in 2023.');
    expect(part).toContain('7 MW: unverifiable');
    expect(await verdicts('Valdonia had 7 MW of milling power in 2023.')).toContain('7 MW: contradicted');
  });
});

describe('a whole heading its sentence ("Of its 60 members, 41 …")', () => {
  const club = testBeat({
    entities: [{ id: 'guild', name: 'the Millers\' Guild', kind: 'organisation', aliases: ['Millers\' Guild', 'guild'] }],
    measures: [
      { id: 'members', name: 'members of the guild', unit: 'member', subjects: ['member'], actions: ['joined'] },
      { id: 'members_on_quota', name: 'members meeting the flour quota', unit: 'member', subjects: ['member'], actions: ['met', 'meet'] },
    ],
  });
  const facts = [
    fact({ id: 'guild-members', measure: 'members', entities: ['guild'], unit: 'member', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-03-01', value: 60 }),
    fact({ id: 'guild-quota', measure: 'members_on_quota', entities: ['guild'], unit: 'member', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2024-06-01', value: 41 }),
  ];
  const judged = judgeOn(club, facts, { published: '2024-10-01', heading: 'Guild notes' });

  it('is not what the part after the comma does: not contradicted as the part\'s measure, nor one quantity with the part', async () => {
    const claims = await judged('Of the Millers\' Guild\'s 60 members, 41 met the flour quota in 2024.');
    expect(claims.find((c) => c.figure.text.startsWith('60'))!.framing?.measure).not.toBe('members_on_quota');
    expect(claims.filter((c) => c.verdict === 'contradicted')).toEqual([]);
  });

  it('but its own words up to the comma are its own', async () => {
    const claims = await judged('Of the 60 members the guild said had met the flour quota in 2024, 12 were millers.');
    expect(claims.find((c) => c.figure.text.startsWith('60'))!.framing?.measure).toBe('members_on_quota');
  });
});
