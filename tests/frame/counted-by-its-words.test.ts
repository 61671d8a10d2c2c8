import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// What a count with no noun of its own counts, read from the words around it: "the number of
// <nouns>", an adjective standing for people ("12 missing"), and an earlier count of the
// paragraph that an adjective named. A beat written for these tests: a flood's toll among
// millers (counted as people) and firemen.
const beat = testBeat({
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
  measures: [
    { id: 'millers_drowned', name: 'millers drowned', unit: 'person', subjects: ['miller', 'people'], actions: ['drowned', 'dead'] },
    { id: 'firemen_hurt', name: 'firemen hurt', unit: 'person', subjects: ['fireman'], actions: ['hurt', 'injured'] },
    { id: 'millers_missing', name: 'millers missing', unit: 'person', subjects: ['miller', 'people'], actions: ['missing'] },
  ],
});
const read = extractOn(beat, { published: '2025-03-10', heading: 'Notes from the valley' });
const measureOf = (text: string, figure: string) => {
  const c = read(text).claims.find((x) => x.figure.text === figure)!;
  return [c.framing.measure, c.framing.measureVia ?? null];
};

describe('"the number of <nouns>" names what a bare count counts', () => {
  it('a plural of its own kind ("firemen"), and two words before the noun', () => {
    expect(measureOf('The number of Valdonian firemen injured was 28.', '28')).toEqual(['firemen_hurt', null]);
    expect(measureOf('The number of injured Valdonian firemen was 28.', '28')).toEqual(['firemen_hurt', null]);
  });

  it('an adjective standing for people after a determiner ("the count of the missing")', () => {
    expect(measureOf('Valdonia\'s count of the missing was later put at 3.', '3')).toEqual(['millers_missing', 'elided']);
  });
});

describe('an adjective standing alone', () => {
  it('names what the bare counts after it in its paragraph count', () => {
    expect(measureOf('Valdonia announced 74 dead. The figure later fell to 64.', '64')).toEqual(['millers_drowned', 'context']);
  });
});

describe('an action joined to one of another measure', () => {
  it('counts the two together, which is neither measure\'s figure ("28 firemen injured or drowned", "412 dead and injured")', async () => {
    const both = testBeat({
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
      measures: [
        { id: 'firemen_drowned', name: 'firemen drowned', unit: 'person', subjects: ['fireman', 'people'], actions: ['drowned', 'dead'] },
        { id: 'firemen_hurt', name: 'firemen hurt', unit: 'person', subjects: ['fireman', 'people'], actions: ['hurt', 'injured'] },
      ],
    });
    const on = { published: '2025-03-10', heading: 'Valley notes' };
    const measure = (text: string, figure: string) => extractOn(both, on)(text).claims.find((c) => c.figure.text === figure)!.framing.measure;
    const whyNot = async (text: string) => (await judgeOn(both, [], on)(text))[0]!.explanation;
    expect(measure('Valdonia had 28 firemen injured or drowned.', '28 firemen')).toBeNull();
    await expect(whyNot('Valdonia had 28 firemen injured or drowned.')).resolves.toContain('injured or drowned together');
    expect(measure('Valdonia counted 412 dead and injured.', '412 dead')).toBeNull();
    // (Two counts, each with its own action, are each their measure's.)
    expect(measure('Valdonia had 28 firemen drowned and 40 injured.', '28 firemen')).toBe('firemen_drowned');
  });

  it('so too where the other action\'s own words stand between ("people hurt in the mills and drowned")', () => {
    const both = testBeat({
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
      measures: [
        { id: 'firemen_drowned', name: 'firemen drowned', unit: 'person', subjects: ['fireman', 'people'], actions: ['drowned', 'dead'] },
        { id: 'firemen_hurt', name: 'firemen hurt', unit: 'person', subjects: ['fireman', 'people'], actions: ['hurt', 'injured'] },
      ],
    });
    const claims = extractOn(both, { published: '2025-03-10', heading: 'Valley notes' })('The tally of firemen hurt at the weir and drowned was 28, the office said.').claims;
    expect(claims.find((c) => c.figure.text === '28')?.framing.measure ?? null).toBeNull();
  });
});

describe('a bare number whose measure only another clause names', () => {
  it('is a weak reading: "the guild grew by 1,600 to 44,900 members, its flour yield steady"', async () => {
    const v = testBeat({
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
      measures: [{ id: 'flour_yield', name: 'flour yield per miller', unit: 'sack per miller', subjects: [], actions: [], phrases: ['flour yield'] }],
    });
    const rows = [fact({ id: 'yield-2024', measure: 'flour_yield', entities: ['valdonia'], unit: 'sack per miller', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 3.2, precision: 0.1 })];
    const judge = judgeOn(v, rows, { published: '2025-03-10', heading: 'Valley notes' });
    const other = (await judge("Despite a good harvest, Valdonia's guild grew by 1,600 to 44,900 members in 2024, its flour yield steady.")).find((c) => c.figure.text === '1,600')!;
    expect(other.frame?.measure).toMatchObject({ confidence: 'low', reason: expect.stringContaining('another clause') });
    expect(other.verdict).not.toBe('contradicted');
    expect((await judge("Valdonia's flour yield fell to a low of 3.2 per miller in 2024."))[0]!.verdict).toBe('supported');
  });
});
