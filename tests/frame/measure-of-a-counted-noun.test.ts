import { describe, expect, it } from 'vitest';
import { extractOn, ofKind, testBeat } from '../helpers/judge.ts';

// Which measure a count with a noun of its own takes. A beat written for these tests: jobs in
// a league of mills, counted overall and for private mills alone.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [
    { id: 'mill_jobs_change', name: 'change in mill jobs', unit: 'job', subjects: ['job', 'worker'], actions: ['added', 'cut', 'hiring'], phrases: ['mill payrolls', 'hiring'], kind: 'change', entity: 'ruritania' },
    { id: 'private_mill_jobs_change', name: 'change in private mill jobs', unit: 'job', subjects: ['private-mill job'], actions: ['added', 'cut'], phrases: ['private mills', 'private millers'], kind: 'change', entity: 'ruritania' },
  ],
});
const measures = (text: string) => extractOn(beat, { published: '2025-03-10' })(text).claims.map((c) => [c.figure.text, c.framing.measure]);

describe('a count with a noun of its own', () => {
  it('takes the measure a phrase beside it names, where noun and verb fit a wider one too', () => {
    expect(measures('The guild said private millers added 2,300 jobs in February.')[0]).toEqual(['2,300 jobs', 'private_mill_jobs_change']);
  });

  it('keeps the noun\'s measure where the phrase may be another count\'s', () => {
    expect(measures('The private mills shut, and the guild says 1,200 jobs were added and 300 workers cut.').map((m) => m[1])).toEqual(['mill_jobs_change', 'mill_jobs_change']);
  });

  it('takes no measure from a phrase where no measure counts its noun ("two storms held hiring down")', () => {
    expect(measures('The strike and two coastal storms held hiring down.')).toEqual([['two coastal storms', null]]);
  });

  it('a bare count still takes the phrase beside it ("hiring slowed to 4,000")', () => {
    expect(measures('Hiring slowed to 4,000 in February.')[0]).toEqual(['4,000', 'mill_jobs_change']);
  });
});

describe('a count its own noun names before it', () => {
  it('takes no measure from a phrase beside it where no measure counts that noun ("an electorate of some 59 million")', () => {
    expect(measures('The vote drew on an electorate of some 59 million, out of a mill payrolls total of 60 million.')[0]).toEqual(['some 59 million', null]);
  });

  it('a noun a measure counts keeps it ("a workforce of 2,300 jobs" is no such case; "mill payrolls of 2,300" are)', () => {
    expect(measures('The guild reported mill payrolls of 2,300 in February.')[0]).toEqual(['2,300', 'mill_jobs_change']);
  });
});

// Two measures count one noun (a guild's mills, and its mills meeting a quota); the verb of the
// second names it. A verb past the next count is this count's only where the two share it.
describe('an action past the next count of the sentence', () => {
  const guild = testBeat({
    entities: [{ id: 'guild', name: 'the Millers\' Guild', kind: 'alliance', aliases: ['the guild', 'Millers\' Guild'] }],
    measures: [
      { id: 'guild_mills', name: 'mills in the guild', unit: 'mill', subjects: ['mill', 'member'], actions: ['joined'], entity: 'guild' },
      { id: 'mills_meeting_quota', name: 'mills meeting the quota', unit: 'mill', subjects: ['mill', 'member'], actions: ['met', 'meet', 'reached'], entity: 'guild' },
    ],
  });
  const read = (text: string) => extractOn(guild, { published: '2025-03-10' })(text).claims.filter((c) => c.figure.kind === 'count').map((c) => [c.figure.text, c.framing.measure]);

  it('is not a count\'s that another clause holds ("when the guild had 30 mills, only eight met the quota")', () => {
    expect(read('When the guild had 30 mills, in 2021, only eight met the quota.')).toEqual([
      ['30 mills', null],
      ['eight', 'mills_meeting_quota'],
    ]);
  });

  it('is shared by counts coordinated before it ("40 mills and 12 members met the quota")', () => {
    expect(read('In 2024, 40 mills and 12 members met the quota.').map((r) => r[1])).toEqual(['mills_meeting_quota', 'mills_meeting_quota']);
  });

  it('gives way to an action between the count\'s number and its noun ("40 joined mills")', () => {
    expect(read('The guild listed 40 joined mills; the auditor found 38; a rival said that only 12 mills met the quota.')[0]).toEqual(['40 joined mills', 'guild_mills']);
  });

  it('is a part\'s, past its whole ("23 of its 32 members met the quota", "23 of 32 mills reached it")', () => {
    expect(read('In 2024, 23 of its 32 members met the quota.')[0]).toEqual(['23 of its', 'mills_meeting_quota']);
    expect(read('23 of 32 mills reached the quota in 2024.')[0]?.[1]).toBe('mills_meeting_quota');
  });
});

describe('a describing word and its noun that the vocabulary counts together', () => {
  // A beat written for this case: carts a guild sends to a fair, and armoured carts among them.
  const carts = testBeat({
    entities: [],
    modifiers: ['armoured'],
    measures: [
      { id: 'carts_sent', name: 'carts sent', unit: 'cart', subjects: ['cart'], implied: ['cart'], actions: [] },
      { id: 'armoured_carts_sent', name: 'armoured carts sent', unit: 'cart', subjects: ['armoured cart'], actions: ['sent'] },
    ],
  });
  const measureOf = (text: string) => extractOn(carts, { published: '2025-03-10' })(text).claims[0]!.framing.measure;

  it('count what the two words name, not what the noun alone names ("90 armoured carts")', () => {
    expect(measureOf('The guild sent 90 armoured carts to the fair.')).toBe('armoured_carts_sent');
    expect(measureOf('The guild sent 380 carts to the fair.')).toBe('carts_sent');
  });
});

describe('"people" and "person"', () => {
  it('a measure that counts "person" counts "people", and one that counts "people" a person', () => {
    for (const subject of ['person', 'people']) {
      const v = testBeat({
        entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
        measures: [{ id: 'drowned', name: 'people drowned', unit: 'person', subjects: [subject], actions: ['drowned'] }],
      });
      const read = (text: string) => extractOn(v, { published: '2025-03-10' })(text).claims.find(ofKind('count'))?.framing.measure;
      expect(read('In 2024, 1,711 people drowned in Ruritania.'), subject).toBe('drowned');
      expect(read('In 2024, 12 persons drowned in Ruritania.'), subject).toBe('drowned');
    }
  });
});
