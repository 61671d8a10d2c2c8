import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// A month beside figures is sometimes only their period ("the mills added 5,000 posts in January
// 2023"), and sometimes when something happened: when a count stood, when a source gave it, when
// the events it counts took place. Those are dates a reader can check, claims of their own as
// well as the figures' time. A beat written for these tests: millers drowned in floods, and the
// mills' monthly hiring.
const beat = testBeat({
  eventKinds: [{ id: 'flood', nouns: ['flood'] }],
  events: [{ id: 'vell-flood-2004', name: 'the 2004 Vell flood', kind: 'flood', start: '2004-08-02', end: '2004-08-09', entities: ['guild'], aliases: ['Vell flood'] }],
  entities: [
    { id: 'guild', name: 'the Millers\' Guild', kind: 'organisation', aliases: ['guild', 'Millers\' Guild'] },
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
  ],
  measures: [
    { id: 'millers_drowned', name: 'millers drowned', unit: 'person', subjects: ['miller'], actions: ['drowned'], eventKinds: ['flood'] },
    { id: 'posts_added', name: 'posts added', unit: 'post', subjects: ['post'], actions: ['added'] },
  ],
});
const valley = { published: '2015-03-14', heading: 'Notes from the valley' };
const read = extractOn(beat, valley);
const quotes = (text: string) => read(text).claims.map((c) => c.figure.text);

describe('a month that dates a happening is a claim of its own', () => {
  it('the month a count stood at ("by" a month)', () => {
    expect(quotes('By February 2009 the guild had lowered its count to 64 millers drowned.')).toEqual(['February 2009', '64 millers']);
  });

  it('heading its sentence, the month the events counted took place', () => {
    expect(quotes('In August 2004, six millers drowned in the flood.')).toEqual(['August 2004', 'six millers']);
  });

  it('right after a figure a source gave, the month it gave it', () => {
    expect(quotes('The guild arrived at 67 millers drowned in August 2009.')).toEqual(['67 millers', 'August 2009']);
    expect(quotes('The guild settled on 67 in August 2009, after two counts.')).toContain('August 2009');
  });

  it('not the period of figures of a period, nor a month after a figure of events with no source giving it', () => {
    expect(quotes('The mills added 5,000 posts in January 2009.')).toEqual(['5,000 posts']);
    expect(quotes('In January 2009 the mills added 5,000 posts.')).toEqual(['5,000 posts']);
    expect(quotes('The guild, which lost 365 millers in December 2004, rebuilt.')).toEqual(['365 millers']);
  });
});

describe('a day or a month within an event counts a part of it', () => {
  const lead = 'The Vell flood began on 2 August 2004 and ended a week later.';
  const framed = (text: string, figure: string) => read(`${lead} ${text}`).claims.find((c) => c.figure.text === figure)!;

  it('a day heading its clause is when the events its figures count happened', () => {
    expect(framed('On 4 August 2004, twelve millers drowned.', 'twelve millers').framing.time).toEqual({ from: '2004-08-04', to: '2004-08-04', basis: 'explicit' });
    expect(framed('On the night of 4 August 2004, twelve millers drowned.', 'twelve millers').framing.time).toEqual({ from: '2004-08-04', to: '2004-08-04', basis: 'explicit' });
  });

  it('not where the clause gives a count: the day is when it was given', () => {
    expect(framed('On 12 August 2004 the guild filed its first tally: 30 millers drowned.', '30 millers').framing.time.basis).not.toBe('explicit');
    expect(framed('On 12 August 2004 the guild said 30 millers had drowned.', '30 millers').framing.time.basis).toBe('as-of');
  });

  it('the event\'s total does not contradict the count of a part of its span', async () => {
    const facts = [fact({ id: 'vell-drowned', measure: 'millers_drowned', entities: ['valdonia'], unit: 'person', event: 'vell-flood-2004', period: { from: '2004-08-02', to: '2004-08-09' }, value: 40 })];
    const judgeText = judgeOn(beat, facts, valley);
    const verdict = async (text: string) => (await judgeText(`${lead} ${text}`)).find((c) => c.figure.text.endsWith('millers') && c.figure.kind === 'count')!;
    const part = await verdict('On 4 August 2004, twelve Valdonian millers drowned.');
    expect(part.verdict).toBe('unverifiable');
    expect(part.abstained?.slot).toBe('time');
    // (A month that takes in the whole flood, or no time at all: the flood's toll.)
    expect((await verdict('In August 2004, twelve Valdonian millers drowned in the flood.')).verdict).toBe('contradicted');
    expect((await verdict('In the flood, twelve Valdonian millers drowned.')).verdict).toBe('contradicted');
  });
});

describe('a month a source gave a figure in', () => {
  it('is no date of the event the figure is of, whichever event the clause names', async () => {
    const facts = [
      fact({ id: 'vell-dates', measure: 'event_date', entities: ['guild'], unit: 'date', event: 'vell-flood-2004', asOf: '2004-09-01', date: { start: '2004-08-02', end: '2004-08-09', precision: 'day' } } as never),
    ];
    const judge = judgeOn(beat, facts, valley);
    for (const text of ['The Vell flood was long. In December 2004, the guild put the flood\'s toll at 40 millers drowned.', 'In December 2004, the guild put the toll of the Vell flood at 40 millers drowned.']) {
      const month = (await judge(text)).find((c) => c.figure.text === 'December 2004')!;
      expect(month.verdict, text).toBe('unverifiable');
    }
    // (The month the event was in, in a clause that tells of it, is its date: "The Vell flood struck in December 2004" is wrong.)
    expect((await judge('The Vell flood struck in December 2004.')).find((c) => c.figure.text === 'December 2004')!.verdict).toBe('contradicted');
    // (So is the month of a saying that took place at the event.)
    expect((await judge('The guild\'s master said in December 2004 during the Vell flood that 40 millers had drowned.')).find((c) => c.figure.text === 'December 2004')!.verdict).toBe('contradicted');
  });
});
