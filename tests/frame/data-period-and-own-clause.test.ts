import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: a guild's count of mills and its annual review.
const beat = testBeat({
  eventKinds: [{ id: 'review', nouns: ['review'] }],
  entities: [{ id: 'guild', name: 'the Millers Guild', kind: 'organisation', aliases: ['Millers Guild'] }],
  measures: [{ id: 'mill_revision', name: 'revision to the mill count', unit: 'mill', subjects: ['mill'], actions: ['added', 'removed'], eventKinds: ['review'] }],
  events: [{ id: 'mill-review-2024', name: 'the 2024 annual mill review', kind: 'review', start: '2024-08-21', entities: ['guild'], aliases: ['annual mill review'] }],
});
const claims = (text: string) => extractOn(beat, { published: '2024-09-06' })(text).claims;

describe('a period naming which data, beside figures', () => {
  it('is no claim of its own even where an event is named ("the annual mill review added 818 mills to the count for the year to March")', () => {
    expect(claims('The annual mill review added 818 mills to the count for the year to March.').map((c) => c.figure.text)).toEqual(['818 mills']);
    expect(claims('The annual mill review found that its count for March had been 818 mills too low.').map((c) => c.figure.text)).toEqual(['818 mills']);
  });
});

describe('a date in a clause of its own after a comma', () => {
  it('dates that clause, not the figures before it ("818 mills too high, a finding it will confirm in February")', () => {
    const time = (text: string) => claims(text).find((c) => c.figure.text === '818 mills')!.framing.time;
    expect(time('The Millers Guild said its count had been 818 mills too high, a finding it will confirm in February.').from).toBeUndefined();
    expect(time('The Millers Guild said its count had been 818 mills too high, which it will confirm in February.').from).toBeUndefined();
    // The figure's own clause still dates it, and a figure inside the clause takes its date.
    expect(time('The Millers Guild counted 818 mills in March, a rise it will confirm in February.').from).toBe('2024-03');
    expect(time('The Millers Guild, which counted 818 mills in March, will confirm it in February.').from).toBe('2024-03');
  });
});
