import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

// A month or a weekday written without its year or week, in a clause that reads as one to come
// without saying "will": a modal or a word of schedule before it, or a present-tense sentence
// with no figure it could be the period of. Each such reading is weak ('context'): it may
// support a date, never contradict one.
const datesOf = (text: string, published: string) =>
  extractClaims(new TextEncoder().encode(text), { published }).claims.filter((c) => c.figure.kind === 'date').map((c) => [c.figure.text, c.figure.date?.start, c.figure.date?.resolution]);

describe('a month alone, to come', () => {
  it('later in the year, in a present sentence of what is planned', () => {
    expect(datesOf('Club owners gather in Port Vell in June to vote on the new rules.', '2026-03-07')).toEqual([['June', '2026-06', 'context']]);
    expect(datesOf('The league publishes its own audit in September, and the clubs are nervous.', '2026-02-18')).toEqual([['September', '2026-09', 'context']]);
  });

  it('later in the year, after a modal or a word of schedule', () => {
    expect(datesOf('The picture should be clearer before the assembly in July.', '2026-04-16')).toEqual([['July', '2026-07', 'context']]);
    expect(datesOf('The mills could restart as early as October.', '2026-05-02')).toEqual([['October', '2026-10', 'context']]);
  });

  it('next year, earlier in the year, after a modal or a word of schedule', () => {
    expect(datesOf('The final rye tally is expected in February.', '2026-09-09')).toEqual([['February', '2027-02', 'context']]);
    expect(datesOf('The revised count will be out in March.', '2026-10-01')).toEqual([['March', '2027-03', 'context']]);
  });

  it('stays in the past where the clause is past, the modal comes after it, or a figure is dated by it', () => {
    // The month is when the forecast was made.
    expect(datesOf('In February the league forecast that 20 clubs would meet the rule.', '2026-07-18')[0]).toEqual(['February', '2026-02', 'publication']);
    // A past verb in the clause.
    expect(datesOf('The mills reopened in October after the flood.', '2026-05-02')).toEqual([['October', '2025-10', 'publication']]);
    // A figure the month is the period of.
    const doc = extractClaims(new TextEncoder().encode('Rye output stands at 4.1 million tonnes in October.'), { published: '2026-05-02' });
    expect(doc.claims.map((c) => [c.figure.text, c.framing.time.from])).toEqual([['4.1 million tonnes', '2025-10']]);
  });

  it('a heading of a couple of words is no sentence about the future', () => {
    expect(datesOf('Early October', '2026-05-02')[0]?.slice(1)).toEqual(['2025-10', 'publication']);
  });
});

describe('a weekday alone, to come', () => {
  // 31 October 2024 was a Thursday.
  it('the next one, in a present sentence with no figure', () => {
    expect(datesOf('Voters go to the polls on Tuesday, and the count starts at once.', '2024-10-31')).toEqual([['Tuesday', '2024-11-05', 'context']]);
    expect(datesOf('With Freedonians voting on Sunday, rye prices are on every candidate\'s lips.', '2024-10-31')).toEqual([['Sunday', '2024-11-03', 'context']]);
  });

  it('the next one after a modal, though the sentence goes on in the past', () => {
    expect(datesOf('Millers could be back at work as early as Wednesday, although the owners cautioned that restarting takes time.', '2024-10-31')[0]).toEqual(['Wednesday', '2024-11-06', 'context']);
  });

  it('the last one, where the sentence tells of the past', () => {
    expect(datesOf('The owners spoke to us by video link on Friday.', '2024-10-31')).toEqual([['Friday', '2024-10-25', 'context']]);
    expect(datesOf('Monday\'s audit of the league led the sports pages.', '2024-10-31')).toEqual([['Monday', '2024-10-28', 'context']]);
  });
});

describe('a day without its year, to come', () => {
  it('some months on, after a modal or a word of schedule ("due Nov. 1", "could strike as soon as Sept. 13")', () => {
    expect(datesOf('The guild\'s August report is due Nov. 1.', '2026-09-09')).toEqual([['Nov. 1', '2026-11-01', 'publication']]);
    expect(datesOf('The millers have said they could walk out as soon as Sept. 13 if the offer fails.', '2026-09-06')).toEqual([['Sept. 13', '2026-09-13', 'publication']]);
    // Past, it is last year's.
    expect(datesOf('The mill closed on Nov. 1.', '2026-09-09')).toEqual([['Nov. 1', '2025-11-01', 'publication']]);
  });

  it('early next year, in the weeks after an article of December, in a sentence of what is to come', () => {
    expect(datesOf('Prediction: the January 10 report lifts the rye tally again.', '2026-12-29')).toEqual([['January 10', '2027-01-10', 'context']]);
    expect(datesOf('The mill closed on January 10.', '2026-12-29')).toEqual([['January 10', '2026-01-10', 'publication']]);
  });
});

describe('a day and its month, then "last year", "this year" or "next year"', () => {
  // One date: the relative phrase gives the day its year, counted from the article's date.
  it('is one day of the year the phrase names', () => {
    expect(datesOf('The last mill shut on 30 September last year, ending a century of milling.', '2026-05-16')).toEqual([['30 September last year', '2025-09-30', 'relative']]);
    expect(datesOf('The fair opened on the 3rd of May this year.', '2026-08-01')).toEqual([['3rd of May this year', '2026-05-03', 'relative']]);
    expect(datesOf('The guild votes on March 2 next year.', '2026-11-20')).toEqual([['March 2 next year', '2027-03-02', 'relative']]);
  });

  it('but not before "last year\'s", which names another thing', () => {
    expect(datesOf('On 30 September last year\'s champions milled again.', '2026-05-16')[0]?.[0]).toBe('30 September');
  });
});
