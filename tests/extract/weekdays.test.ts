import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

/** A weekday alone names the day of that name nearest the publication date: a weak reading. */
const dateOf = (text: string, published: string) => {
  const doc = extractClaims(new TextEncoder().encode(text), { published });
  return doc.claims.filter((c) => c.figure.kind === 'date').map((c) => [c.figure.text, c.figure.date?.start, c.figure.date?.resolution]);
};

describe('weekdays alone', () => {
  // 14 February 2024 was a Wednesday.
  it('the same day, or the last one before, in a report of the past', () => {
    expect(dateOf('The minister said on Wednesday that talks had failed.', '2024-02-14')).toEqual([['Wednesday', '2024-02-14', 'context']]);
    expect(dateOf('The minister said on Monday that talks had failed.', '2024-02-14')).toEqual([['Monday', '2024-02-12', 'context']]);
    expect(dateOf('The minister spoke last Wednesday.', '2024-02-14')).toEqual([['Wednesday', '2024-02-07', 'context']]);
  });

  it('the next one, where the sentence speaks of the future', () => {
    expect(dateOf('The ministers will meet next Monday.', '2024-02-14')).toEqual([['Monday', '2024-02-19', 'context']]);
  });

  it('in the past after a verb in the past, whatever the sentence says of the future', () => {
    expect(dateOf('The country will spend more, the minister said on Monday.', '2024-02-14')).toEqual([['Monday', '2024-02-12', 'context']]);
    expect(dateOf('Budgets will rise, the cabinet announced on Tuesday.', '2024-02-14')).toEqual([['Tuesday', '2024-02-13', 'context']]);
  });

  it('unresolved without a publication date', () => {
    const doc = extractClaims(new TextEncoder().encode('The minister said on Wednesday that talks had failed.'));
    expect(doc.claims.filter((c) => c.figure.kind === 'date').map((c) => c.figure.date?.resolution)).toEqual(['unresolved']);
  });
});

describe('vague and fractional amounts', () => {
  const figures = (text: string) =>
    extractClaims(new TextEncoder().encode(text), { published: '2024-02-14' }).claims.map((c) => [c.figure.text, c.figure.kind, c.figure.value ?? [c.figure.low, c.figure.high]]);

  it('"several", "a few", "a couple of" before a scale, a unit or a span of time', () => {
    expect(figures('Several hundred vehicles crossed.')).toEqual([['Several hundred vehicles', 'count', [300, 900]]]);
    expect(figures('Output fell by a few million tonnes.')).toEqual([['a few million tonnes', 'measure', [2_000_000, 9_000_000]]]);
    expect(figures('A couple of dozen observers stayed.')).toEqual([['A couple of dozen observers', 'count', [24, 36]]]);
    expect(figures('It took several years.')).toEqual([['several years', 'duration', [3, 9]]]);
  });

  it('"half a million", "a quarter of a million" are counts', () => {
    expect(figures('Half a million people voted.')).toEqual([['Half a million people', 'count', 500_000]]);
    expect(figures('About a quarter of a million residents left.')).toEqual([['a quarter of a million residents', 'count', 250_000]]);
  });

  it('a part of a whole named with a possessive: "18 of NATO\'s 32 members"', () => {
    expect(figures("Eighteen of NATO's 32 members met it.").map((f) => f[0])).toEqual(["Eighteen of NATO's", '32 members']);
  });

  it('not a vague word alone, nor "a few" before a noun that is no scale', () => {
    expect(figures('Several members left, and a few others stayed.')).toEqual([]);
  });
});

describe('ratio words and day ranges', () => {
  const figures = (text: string) =>
    extractClaims(new TextEncoder().encode(text), { published: '2024-07-01' }).claims.map((c) => [c.figure.text, c.figure.kind, c.figure.value ?? c.figure.date?.start]);

  it('"nearly double what was expected" and "a tripling" are ratios; "to double the output" is not', () => {
    expect(figures('Hiring came in at nearly double what economists expected.')).toEqual([['nearly double', 'ratio', 2]]);
    expect(figures('The plan means a tripling of capacity.')).toEqual([['tripling', 'ratio', 3]]);
    expect(figures('The ministry seeks to double the output of its plants.')).toEqual([]);
  });

  it('"24 and 25 June" is a range of days', () => {
    const doc = extractClaims(new TextEncoder().encode('Leaders met on 24 and 25 June in The Hague.'), { published: '2025-07-01' });
    expect(doc.claims.map((c) => [c.figure.text, c.figure.date?.start, c.figure.date?.end])).toEqual([['24 and 25 June', '2025-06-24', '2025-06-25']]);
  });
});

describe('a day and month without a year', () => {
  const dates = (text: string) => extractClaims(new TextEncoder().encode(text), { published: '2024-08-28' }).claims.filter((c) => c.figure.kind === 'date').map((c) => [c.figure.text, c.figure.date?.start]);

  it('comes next where the sentence sets a duty or a deadline', () => {
    expect(dates('The draft must reach parliament by Sept. 30.')).toEqual([['Sept. 30', '2024-09-30']]);
    expect(dates('Bids have to be in by 3 October.')).toEqual([['3 October', '2024-10-03']]);
  });

  it('is a first name where a capitalised word follows its short form', () => {
    expect(dates('(Reporting by Jan Kowalczyk; editing by Ruth Evans)')).toEqual([]);
    expect(dates('Prices fell in Jan, the office said.')).toEqual([['Jan', '2024-01']]);
  });
});
