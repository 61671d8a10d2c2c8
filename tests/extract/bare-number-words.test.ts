import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

// A number word standing for its count, its noun left to the reader: "the Greens won five.",
// "put the number at nine", "Only three of them met it". A count with no noun of its own, read
// from around it if at all.
const counts = (text: string) =>
  extractClaims(new TextEncoder().encode(text), { published: '2025-04-26' }).claims.filter((c) => c.figure.kind === 'count').map((c) => [c.figure.text, c.figure.value]);

describe('a number word standing alone for a count', () => {
  it('after a verb or a preposition, before the clause\'s end, a partitive or a year', () => {
    expect(counts('The Greens won five, on just over a million votes.')[0]).toEqual(['five', 5]);
    expect(counts('The league\'s estimate had put the number at nine.')).toEqual([['nine', 9]]);
    expect(counts('Only three of them met it that year.')).toEqual([['three', 3]]);
    expect(counts('So the tally has gone from three in 2014 to twenty this year.')).toEqual([['three', 3], ['twenty', 20]]);
  });

  it('at a sentence\'s start, before a partitive', () => {
    expect(counts('Three of the past year\'s biggest votes turned on rye.')).toEqual([['Three', 3]]);
  });

  it('not "one", not a reference ("the two of them"), not before a word of its own', () => {
    expect(counts('The mill is one of a kind.')).toEqual([]);
    expect(counts('The two of them met in Port Vell.')).toEqual([]);
    expect(counts('It was a game of two halves, and one of them was dull.')).toEqual([['two halves', 2]]);
  });
});

describe('an order of magnitude of a group named before', () => {
  const ranges = (text: string) =>
    extractClaims(new TextEncoder().encode(text), { published: '2025-04-26' }).claims.map((c) => [c.figure.text, c.figure.low, c.figure.high, c.figure.unit]);

  it('"dozens of them", "thousands of them", with no noun of its own', () => {
    expect(ranges('The river rose, and dozens of them fled.')).toEqual([['dozens', 24, 99, null]]);
    expect(ranges('Thousands of them went home.')).toEqual([['Thousands', 2000, 9999, null]]);
  });

  it('not a vague word before a noun that is no scale ("several towns", "raised several eyebrows")', () => {
    expect(ranges('Several clubs met the rule.')).toEqual([]);
  });

  it('a small count of the article\'s own words is no claim ("in three words")', () => {
    expect(ranges('The report, in three words: rye is back.')).toEqual([]);
  });
});

describe('a partitive of a group named before, anywhere in its sentence', () => {
  it('"ten of them", "ten of the dead"', () => {
    expect(counts('The mayor said ten of them were millers.')).toEqual([['ten', 10]]);
    expect(counts('The coroner named ten of the dead.')).toEqual([['ten', 10]]);
  });
});

describe('spans of days', () => {
  const spans = (text: string) =>
    extractClaims(new TextEncoder().encode(text), { published: '2025-04-26' }).claims.filter((c) => c.figure.kind === 'duration').map((c) => [c.figure.text, c.figure.value, c.figure.unit, c.figure.qualifier]);

  it('a fortnight is fourteen days; "over the past fortnight" is during it, no bound', () => {
    expect(spans('Within a fortnight the mills had reopened.')).toEqual([['a fortnight', 14, 'day', 'exact']]);
    expect(spans('Over the past fortnight we collected four rumours.')).toEqual([['fortnight', 14, 'day', 'exact']]);
    expect(spans('The fortnight\'s fair drew crowds.')).toEqual([]);
  });

  it('"a week before" is a span, as "a week later" is', () => {
    expect(spans('Shelling began a week before the flood.')).toEqual([['a week', 1, 'week', 'exact']]);
  });
});

describe('dozens in words', () => {
  it('"two dozen" is 24, "half a dozen" is six, "a dozen" twelve', () => {
    const one = (t: string) => extractClaims(new TextEncoder().encode(t), { published: '2025-01-01' }).claims.find((c) => c.figure.kind === 'count')!.figure;
    expect(one('More than two dozen mills flooded.')).toMatchObject({ value: 24, qualifier: 'more_than', unit: 'mill' });
    expect(one('Half a dozen mills shut.')).toMatchObject({ value: 6, unit: 'mill' });
    expect(one('A dozen mills shut.')).toMatchObject({ value: 12, unit: 'mill' });
  });
});
