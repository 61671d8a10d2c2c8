import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { figuresOf } from '../helpers/figures.ts';

// Dates of spans and parts of periods, and the year they take. A day or month without its year
// takes the year of an earlier date of its sentence, where that
// date states the year for it: not across a table's cell, nor from a bare year that is another
// clause's period.
const dateOf = (text: string, figure: string, published = '2025-04-09') =>
  extractClaims(new TextEncoder().encode(text), { published }).claims.find((c) => c.figure.text === figure)?.figure.date;

describe('the year an earlier date of the sentence states', () => {
  it('carries to a day after it in the same clause', () => {
    expect(dateOf('The mills shut on 7 August 2008 and stayed shut until 12 August.', '12 August')).toMatchObject({ start: '2008-08-12', resolution: 'nearby' });
    expect(dateOf('In 2019 the river rose on 3 May.', '3 May')).toMatchObject({ start: '2019-05-03', resolution: 'nearby' });
  });

  it('from a span, the year of its end, the last the text states: "the year to March 2024 … in February"', () => {
    const month = (text: string, name: string) => figuresOf(text, '2024-04-17').find((f) => f.figure.text === name)?.figure.date;
    expect(month('In the year to March 2024 flour prices rose by 3.2%, down from 3.4% in February.', 'February')).toMatchObject({ start: '2024-02', resolution: 'nearby' });
    expect(month('In the twelve months to June 2023 the guild lost 40 mills, most of them in May.', 'May')).toMatchObject({ start: '2023-05', resolution: 'nearby' });
  });

  it('not from a bare year that is another clause\'s period', () => {
    expect(dateOf('Rye made up 21.3% of the harvest in 2024, according to the guild\'s bulletin of 27 March.', '27 March')).toMatchObject({ start: '2025-03-27', resolution: 'publication' });
  });

  it('still from a year a clause sets apart to say what happened in it', () => {
    expect(dateOf('The mills were busy in 2023, the year in which the last of them shut in April.', 'April')?.start).toBe('2023-04');
    // A clause on the year itself, after "when".
    expect(dateOf('Compare the start of 2023, when the last of the mills shut in April.', 'April')?.start).toBe('2023-04');
  });

  it('not across a table\'s cells', () => {
    expect(dateOf('| Claim | Where |\n|---|---|\n| "Mills shut in April 2022" | Rally in Port Vell, 6 February |', '6 February', '2025-02-18')).toMatchObject({ start: '2025-02-06' });
  });
});

describe('a span of months', () => {
  it('is one date with both ends ("April–June 2024", "from May to June 2023", "March through May")', () => {
    expect(dateOf('Rye output fell in April–June 2024.', 'April-June 2024') ?? dateOf('Rye output fell in April–June 2024.', 'April–June 2024')).toMatchObject({ start: '2024-04', end: '2024-06', precision: 'month' });
    expect(dateOf('Prices held from May to June 2023, then fell.', 'May to June 2023')).toMatchObject({ start: '2023-05', end: '2023-06' });
    expect(dateOf('From March through May, the mills were idle.', 'March through May', '2024-11-02')).toMatchObject({ start: '2024-03', end: '2024-05' });
  });

  it('not two months of two clauses', () => {
    const doc = extractClaims(new TextEncoder().encode('Rye fell in April and rose in June.'), { published: '2024-11-02' });
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['April', 'June']);
  });
});

describe('a part of a period', () => {
  it('joins its words to the date: a half of a year, a week of a month, a month\'s last day', () => {
    const dates = (text: string) => extractClaims(new TextEncoder().encode(text), { published: '2024-11-02' }).claims.map((c) => [c.figure.text, c.figure.date?.start, c.figure.date?.end]);
    expect(dates('Rye prices will ease in the first half of next year.')).toEqual([['the first half of next year', '2025-01', '2025-06']]);
    expect(dates('The mills reopened in the second half of 2023.')).toEqual([['the second half of 2023', '2023-07', '2023-12']]);
    expect(dates('The flood came in the first week of August 2008.')).toEqual([['the first week of August 2008', '2008-08-01', '2008-08-07']]);
    expect(dates('The last week of June 2024 was the wettest.')).toEqual([['The last week of June 2024', '2024-06-24', '2024-06-30']]);
    expect(dates('The last mill shut on the last day of September.')).toEqual([['the last day of September', '2024-09-30', undefined]]);
  });
});

describe('a span of days across months', () => {
  it('is one date with both ends; a year after the second end is both ends\' year', () => {
    expect(dateOf('Hatched band: the walkout, Sept. 13 to Nov. 4.', 'Sept. 13 to Nov. 4', '2024-12-11')).toMatchObject({ start: '2024-09-13', end: '2024-11-04' });
    expect(dateOf('The walkout ran from 13 September to 4 November 2024.', '13 September to 4 November 2024')).toMatchObject({ start: '2024-09-13', end: '2024-11-04', resolution: 'explicit' });
  });
});

describe('a date of a clause of its own after ", and"', () => {
  it('is no period of the figure before it ("is 36,000, and a final revision arrives in January")', () => {
    const doc = extractClaims(new TextEncoder().encode('The revised figure for the mills is 36,000, and a final revision arrives in January.'), { published: '2024-12-11' });
    expect(doc.claims.find((c) => c.figure.text === '36,000')?.framing.time.from).toBeUndefined();
  });
});

describe('a year set as a deadline', () => {
  it('is a claim of its own, and the time its figures are read as of ("5% of output by 2035")', () => {
    const doc = extractClaims(new TextEncoder().encode('The guild promised to lift rye to 5% of output by 2035.'), { published: '2025-06-27' });
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['5%', '2035']);
    expect(doc.claims[0]!.framing.time).toMatchObject({ to: '2035-12-31', basis: 'as-of' });
  });

  it('a year not ahead of the article is no deadline, only the day its figures are read as of ("By 2024 the guild counted 23 mills")', () => {
    const doc = extractClaims(new TextEncoder().encode('By 2024, the guild counted 23 mills at or above the bar.'), { published: '2025-06-27' });
    expect(doc.claims.map((c) => c.figure.text)).not.toContain('2024');
    expect(doc.claims.find((c) => c.figure.text.startsWith('23'))!.framing.time).toMatchObject({ to: '2024-12-31', basis: 'as-of' });
  });

  it('a year after "in" still only scopes its figures', () => {
    const doc = extractClaims(new TextEncoder().encode('Rye made up 5% of output in 2024.'), { published: '2025-06-27' });
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['5%']);
  });
});

describe('a season counted from the publication date', () => {
  const season = (text: string, published: string) => extractClaims(new TextEncoder().encode(text), { published }).claims.find((c) => c.figure.kind === 'date')?.figure.date;
  it('"this summer" is the publication year\'s; "last autumn" the latest that had ended; "next spring" the first to begin', () => {
    expect(season('The mill reopened this summer.', '2024-10-15')).toMatchObject({ start: '2024-06', end: '2024-08', resolution: 'relative' });
    expect(season('The mill reopened last summer.', '2024-10-15')).toMatchObject({ start: '2024-06', end: '2024-08' });
    expect(season('The mill reopened last autumn.', '2024-10-15')).toMatchObject({ start: '2023-09', end: '2023-11' });
    expect(season('The mill opens next spring.', '2024-10-15')).toMatchObject({ start: '2025-03', end: '2025-05' });
    expect(season('The mill opens next summer.', '2024-03-02')).toMatchObject({ start: '2024-06', end: '2024-08' });
  });
});

describe('a period naming which data, beside figures', () => {
  it('is no claim of its own ("its count for March had been 818 mills too high", "the count for the year to March")', () => {
    const claims = (text: string) => extractClaims(new TextEncoder().encode(text), { published: '2024-09-06' }).claims.map((c) => c.figure.text);
    expect(claims('The guild said its count for March had been 818 mills too high.')).not.toContain('March');
    expect(claims('The review added 818 mills to the count for the year to March.')).not.toContain('March');
    // A month that dates what happened stays a claim.
    expect(claims('The guild shut 818 mills in March.')).toEqual(expect.arrayContaining(['818 mills']));
  });
});

// A part of a year, or a span that ends with a month, is that span: read as the year or the
// month, a quarter's figure was set against the year's, a year's revision against a month's.
describe('a part of a year, and a span that ends with a month', () => {
  const period = (text: string, published = '2025-03-10') => {
    const doc = extractClaims(new TextEncoder().encode(text), { published });
    return doc.claims.find((c) => c.figure.kind !== 'date')?.framing.time ?? doc.claims.find((c) => c.figure.kind === 'date')?.figure.date;
  };
  it.each([
    ['The mills milled 4,000 tonnes in the third quarter of 2024.', '2024-07', '2024-09'],
    ['In the first half of 2024 the mills milled 4,000 tonnes.', '2024-01', '2024-06'],
    ['Output reached 4,000 tonnes in Q4 2024.', '2024-10', '2024-12'],
    ['In H2 2024 the mills milled 4,000 tonnes.', '2024-07', '2024-12'],
    ['In the first nine months of 2024 the mills milled 4,000 tonnes.', '2024-01', '2024-09'],
    ['The mills milled 40,000 tonnes in the year to March 2024.', '2023-04', '2024-03'],
    ['The mills milled 9,000 tonnes in the quarter ending June 2024.', '2024-04', '2024-06'],
  ])('%s', (text, from, to) => {
    expect(period(text)).toMatchObject({ from, to });
  });

  it('no ordinal or length of its own ("first nine months", "third quarter")', () => {
    const kinds = extractClaims(new TextEncoder().encode('In the first nine months of 2024 the mills milled 4,000 tonnes, and in the third quarter of 2024 1,000.'), { published: '2025-03-10' }).claims.map((c) => `${c.figure.kind}:${c.figure.text}`);
    expect(kinds.filter((k) => /^(?:ordinal|duration)/.test(k))).toEqual([]);
  });
});

describe('the length of a span closed by a month, and a part of a year with no year', () => {
  it('"the twelve months through March" is a period, no length of its own; "the third quarter" no rank', () => {
    const doc = extractClaims(new TextEncoder().encode('The guild said the twelve months through March had 800 fewer mills than first counted, and output for the third quarter fell 2%.'), { published: '2024-09-10' });
    expect(doc.claims.map((c) => c.figure.kind)).not.toContain('duration');
    expect(doc.claims.map((c) => c.figure.kind)).not.toContain('ordinal');
    expect(doc.claims.find((c) => c.figure.kind === 'count')?.framing.time).toMatchObject({ from: '2023-04', to: '2024-03' });
  });
});

describe('a split year', () => {
  it('"2024-25", "2023/24", "2024–25": a crop\'s, a budget\'s or a season\'s year, no reference code', () => {
    const date = (text: string) => figuresOf(text, '2025-06-01').find((f) => f.figure.kind === 'date')?.figure.date;
    for (const text of ['The harvest in 2024-25 was the largest yet.', 'The 2023/24 budget was cut.', 'Output in 2024–25 rose.']) {
      const d = date(text);
      expect(d?.end, text).toBe(String(Number(d?.start) + 1));
    }
    expect(figuresOf('Case No. 3317-09 was heard.')).toEqual([]);
  });
});

describe('a span of months to a month', () => {
  it('"the nine months to December 2024" is April to December, as "the year to" is twelve months', () => {
    const date = (text: string) => figuresOf(text, '2025-01-22').find((f) => f.figure.kind === 'date')?.figure.date;
    expect(date('Borrowing in the nine months to December 2024 was £129 million.')).toMatchObject({ start: '2024-04', end: '2024-12' });
    expect(date('Output in the 18 months through June 2024 rose.')).toMatchObject({ start: '2023-01', end: '2024-06' });
  });
});
