import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from '../helpers/figures.ts';
import { segment } from '../../shared/split/segment.ts';
import { extractFigures } from '../../shared/extract/extract.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';

describe('counts', () => {
  it.each([
    ['Officials said 5,000 soldiers died.', 5000, 'soldier', 1000],
    ['Officials said 5 000 soldiers died.', 5000, 'soldier', 1000],
    ['Officials said 5.000 soldiers died.', 5000, 'soldier', 1],
    ['Officials said 2,437 soldiers died.', 2437, 'soldier', 1],
    ['Officials said three Armenian soldiers died.', 3, 'soldier', 1],
    ['Officials counted forty-four villages.', 44, 'village', 1],
    ['They freed two hundred and fifty prisoners.', 250, 'prisoner', 1],
    ['Moscow has deployed 2,000 peacekeepers.', 2000, 'peacekeeper', 1000],
    ['The party was left with nine MPs.', 9, 'MP', 1],
  ])('%s', (text, value, unit, precision) => {
    const f = onlyFigure(text).figure;
    expect(f).toMatchObject({ kind: 'count', value, unit, qualifier: 'exact', precision });
  });

  it('reads a number word before a word every object inherits as the number alone', () => {
    // "constructor" and "toString" are not number words: a lookup with `in` once took them for ones.
    for (const text of ['Two constructor firms built 40 bridges.', 'Two toString calls ran.']) {
      for (const f of figuresOf(text)) {
        for (const n of [f.figure.value, f.figure.low, f.figure.high]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
      }
    }
    expect(onlyFigure('Two constructor firms built bridges.').figure).toMatchObject({ kind: 'count', value: 2, unit: 'firm' });
  });

  it('reads "a dozen" as about twelve', () => {
    expect(onlyFigure('A dozen villages were shelled.').figure).toMatchObject({ kind: 'count', value: 12, unit: 'village', qualifier: 'approximately' });
  });

  it.each([
    ['Dozens of homes burned.', 24, 99, 'home'],
    ['Hundreds of soldiers died.', 200, 999, 'soldier'],
    ['The fighting displaced tens of thousands of people.', 10_000, 99_999, 'people'],
    ['Hundreds of thousands of people fled.', 100_000, 999_999, 'people'],
  ])('%s is an interval by order of magnitude', (text, low, high, unit) => {
    expect(onlyFigure(text).figure).toMatchObject({ kind: 'count', low, high, unit, qualifier: 'order_of_magnitude' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['At least 5,000 soldiers died.', 'at_least'],
    ['No fewer than 5,000 soldiers died.', 'at_least'],
    ['Some 5,000 soldiers died.', 'approximately'],
    ['More than 140 civilians died.', 'more_than'],
    ['Over 140 civilians died.', 'more_than'],
    ['In excess of 140 civilians died.', 'more_than'],
    ['A 140-plus civilians toll was reported.', 'more_than'],
    ['At most 140 civilians died.', 'at_most'],
    ['Up to 140 civilians died.', 'at_most'],
    ['Fewer than 140 civilians died.', 'less_than'],
    ['Less than 140 civilians died.', 'less_than'],
    ['Nearly 300 settlements were taken.', 'nearly'],
    ['Almost 300 settlements were taken.', 'nearly'],
    ['Approximately 300 settlements were taken.', 'approximately'],
    ['About 300 settlements were taken.', 'approximately'],
    ['Around 300 settlements were taken.', 'approximately'],
    ['Roughly 300 settlements were taken.', 'approximately'],
    ['Some 300 settlements were taken.', 'approximately'],
    ['An estimated 300 settlements were taken.', 'approximately'],
    ['They took 300 settlements or more.', 'at_least'],
    ['Inflation held at or above 3% all year.', 'at_least'],
    ['Inflation held at or below 3% all year.', 'at_most'],
    // A level gone beyond is a bound: "passed 100 MW", "topped the 40% mark".
    ['The wind fleet has passed 100 MW.', 'more_than'],
    ['Turnout topped the 40% mark.', 'more_than'],
    ['Ticket sales surpassed 2 million.', 'more_than'],
    ['Spending exceeded $5 billion.', 'more_than'],
  ])('%s → %s', (text, qualifier) => {
    expect(onlyFigure(text).figure.qualifier).toBe(qualifier);
  });

  it('keeps the qualifier inside the quote', () => {
    expect(onlyFigure('At least 5,000 soldiers died.').figure.text).toBe('At least 5,000 soldiers');
  });
});

describe('a headline in title case', () => {
  it('reads "Million", "Billion", "Percent" and a currency\'s word capitalised as in running text', () => {
    const read = (text: string) => figuresOf(text).map((f) => [f.figure.kind, f.figure.value, f.figure.unit]);
    expect(read('Valdonia Welcomes 100 Million Visitors')).toEqual([['count', 100e6, 'visitor']]);
    expect(read('Mill Exports Hit 2.5 Billion Dollars')).toEqual([['money', 2.5e9, 'USD']]);
    expect(read('Flour Prices Rise 12 Percent')).toEqual([['percent', 12, '%']]);
    expect(read('THE GUILD COUNTED 3 MILLION SACKS')[0]?.slice(0, 2)).toEqual(['count', 3e6]);
  });
});

describe('money', () => {
  it.each([
    ['It spent $3.1 billion last decade.', 3.1e9, 'USD', 1e8],
    ['It spent US$795m on arms.', 795e6, 'USD', 1e6],
    ['The budget is 506bn drams.', 506e9, 'AMD', 1e9],
    ['It spent €2.5 million.', 2.5e6, 'EUR', 1e5],
    ['It spent USD 3.1 billion.', 3.1e9, 'USD', 1e8],
    ['A 3 billion manat budget passed.', 3e9, 'AZN', 1e9],
  ])('%s', (text, value, unit, precision) => {
    const f = figuresOf(text).find((x) => x.figure.kind === 'money')!;
    expect(f.figure).toMatchObject({ kind: 'money', value, unit });
    expect(f.figure.precision).toBeCloseTo(precision);
  });

  it('reads a money range with a shared scale', () => {
    expect(onlyFigure('It costs between $2 and $3 billion.').figure).toMatchObject({ kind: 'money', low: 2e9, high: 3e9, qualifier: 'between' });
  });
});

describe('percentages and ratios', () => {
  it.each([
    ['Spending took 4.6% of GDP.', 'percent', 4.6, '%'],
    ['Spending rose 60 percent.', 'percent', 60, '%'],
    ['Spending rose by 12 per cent.', 'percent', 12, '%'],
    ['Its spending was 3.8 times that of Armenia.', 'ratio', 3.8, 'times'],
    ['Its spending was twice as much as Armenia.', 'ratio', 2, 'times'],
    ['The budget doubled.', 'ratio', 2, 'times'],
    ['Half of the villages were empty.', 'ratio', 0.5, 'fraction'],
    ['One in five soldiers was a conscript.', 'ratio', 0.2, 'share'],
    ['A third of the budget went on drones.', 'ratio', 1 / 3, 'fraction'],
    ['Two-thirds of the budget went on drones.', 'ratio', 2 / 3, 'fraction'],
  ])('%s', (text, kind, value, unit) => {
    const f = onlyFigure(text).figure;
    expect(f.kind).toBe(kind);
    expect(f.value).toBeCloseTo(value);
    expect(f.unit).toBe(unit);
  });

  it('keeps "approximately" on a ratio', () => {
    expect(onlyFigure('It was approximately 3.8 times that of Armenia.').figure).toMatchObject({ kind: 'ratio', value: 3.8, qualifier: 'approximately', precision: 0.1 });
  });
});

describe('durations and measures', () => {
  it.each([
    ['The six-week conflict ended.', 6, 'week', 'exact'],
    ['The 44-day war ended.', 44, 'day', 'exact'],
    // (A headline's capitals: the same duration.)
    ['The 44-Day War ended.', 44, 'day', 'exact'],
    ['Twelve-Month Revisions were large.', 12, 'month', 'exact'],
    ['The drill will last four days.', 4, 'day', 'exact'],
    ['The claim spanned nearly three decades.', 3, 'decade', 'nearly'],
    ['A feud dating back a century goes on.', 1, 'century', 'exact'],
    ['A feud of half a century goes on.', 0.5, 'century', 'exact'],
    ['The talks took 10 hours.', 10, 'hour', 'exact'],
    // A duration and its next smaller part are one duration in the smaller unit.
    ['The convoy took 1 week and 2 days to arrive.', 9, 'day', 'exact'],
    ['The siege lasted two years, three months.', 27, 'month', 'exact'],
    ['The vote count took about 3 hours and 20 minutes.', 200, 'minute', 'approximately'],
    ['The crossing took one day and six hours.', 30, 'hour', 'exact'],
  ])('%s', (text, value, unit, qualifier) => {
    expect(onlyFigure(text).figure).toMatchObject({ kind: 'duration', value, unit, qualifier });
  });

  it('a unit joined to its number by a hyphen is the same measure: "a 2.4-gigawatt plant", "a 5-km stretch"', () => {
    expect(onlyFigure('The 2.4-gigawatt plant closed.').figure).toMatchObject({ kind: 'measure', value: 2.4, unit: 'GW' });
    expect(onlyFigure('A 500-megawatt line opened.').figure).toMatchObject({ kind: 'measure', value: 500, unit: 'MW' });
    expect(onlyFigure('A 5-km stretch flooded.').figure).toMatchObject({ kind: 'measure', value: 5, unit: 'km' });
    // (An hour of a unit of power, written as two words: energy, not power.)
    expect(onlyFigure('The wheels made 254.9 terawatt hours.').figure).toMatchObject({ kind: 'measure', value: 254.9, unit: 'TWh' });
    expect(onlyFigure('The wheels made 175.1 billion kilowatt hours.').figure).toMatchObject({ kind: 'measure', value: 175.1e9, unit: 'kWh' });
  });

  it('tonnes by the million or the billion are tonnes: "649 Mt", "1.2 gigatonnes"', () => {
    expect(onlyFigure('The mills emitted 649 Mt of soot.').figure).toMatchObject({ kind: 'measure', value: 649_000_000, unit: 't', precision: 1_000_000 });
    expect(onlyFigure('The valley stores 1.2 gigatonnes of rye.').figure).toMatchObject({ kind: 'measure', value: 1_200_000_000, unit: 't' });
    // (Metric tons are tonnes; "mmt" is a million of them.)
    expect(onlyFigure('The valley grew 706.5 million metric tons of rye.').figure).toMatchObject({ kind: 'measure', value: 706_500_000, unit: 't' });
    expect(onlyFigure('The valley grew 6.1 mmt of rye.').figure).toMatchObject({ kind: 'measure', value: 6_100_000, unit: 't' });
    expect(onlyFigure('The valley grew 700 MMT of rye.').figure).toMatchObject({ kind: 'measure', value: 700_000_000, unit: 't' });
    expect(onlyFigure('The mills emitted 649 million tonnes of soot.').figure).toMatchObject({ kind: 'measure', value: 649_000_000, unit: 't' });
  });

  it('keeps apart what does not add up: a part that is not the next unit down, or is more than one of the larger', () => {
    expect(figuresOf('He served 2 years and 14 months.').map((f) => f.figure.text)).toEqual(['2 years', '14 months']);
    expect(figuresOf('The strike lasted 2 months and 3 days.').map((f) => f.figure.text)).toEqual(['2 months', '3 days']);
    expect(figuresOf('Talks lasted two days and 40 people came.').map((f) => f.figure.text)).toEqual(['two days', '40 people']);
  });

  it.each([
    ['The base is 10 kilometers from the border.', 10, 'km'],
    ['The base is 10 km from the border.', 10, 'km'],
    ['The base is 6 miles from the border.', 6, 'mi'],
    ['The region covers 4,400 square kilometres.', 4400, 'km2'],
  ])('%s', (text, value, unit) => {
    expect(onlyFigure(text).figure).toMatchObject({ kind: 'measure', value, unit });
  });
});

describe('dates', () => {
  it('a month the sentence speaks of: a possessive, a sentence\'s subject, or after "for"', () => {
    const months = (text: string) => figuresOf(text, '2024-12-10').filter((f) => f.figure.kind === 'date').map((f) => f.figure.date!.start);
    expect(months("October's count was cut to 31,000.")).toEqual(['2024-10']);
    expect(months('November is now put at 84,000.')).toEqual(['2024-11']);
    expect(months('The bureau raised its estimate for September to 52,000.')).toEqual(['2024-09']);
    // A name, a verb, or a word that only looks like a month.
    expect(months("May's cabinet met 14 times.")).toEqual([]);
    expect(months('Protesters march on, said 300 witnesses.')).toEqual([]);
    expect(months('August institutions reported 300 cases.')).toEqual([]);
  });

  it('a month and day without a year take the year an earlier date of the same sentence states', () => {
    const fs = figuresOf('The strike began on 3 March 2019 and ended with a deal on 17 April.', '2023-06-01');
    expect(fs.map((f) => f.figure.date)).toMatchObject([{ start: '2019-03-03', resolution: 'explicit' }, { start: '2019-04-17', resolution: 'nearby' }]);
    // Only within its sentence: the next one takes the publication year as before.
    const two = figuresOf('The strike began in 2019. A deal came on 17 April.', '2023-06-01');
    expect(two[1]!.figure.date).toMatchObject({ start: '2023-04-17', resolution: 'publication' });
  });

  it.each([
    ['Baku declared independence in 1991.', undefined, { start: '1991', precision: 'year', resolution: 'explicit' }],
    ['The pact was signed on July 28.', '2021-08-16', { start: '2021-07-28', precision: 'day', resolution: 'publication' }],
    ['The pact was signed on 22 September 2020.', undefined, { start: '2020-09-22', precision: 'day', resolution: 'explicit' }],
    ['The pact was signed on July 2, 2024.', undefined, { start: '2024-07-02', precision: 'day', resolution: 'explicit' }],
    ['It was signed on 23.09.2020 in Baku.', undefined, { start: '2020-09-23', precision: 'day' }],
    ['It was signed on 2020-09-23 in Baku.', undefined, { start: '2020-09-23', precision: 'day' }],
    ['It was signed in July.', '2021-08-16', { start: '2021-07', precision: 'month' }],
    ['It was signed in July 2021.', undefined, { start: '2021-07', precision: 'month', resolution: 'explicit' }],
    ['Troops left in June this year.', '2024-07-10', { start: '2024-06', precision: 'month', resolution: 'relative' }],
    ['Exercises took place last year.', '2021-08-16', { start: '2020', precision: 'year', resolution: 'relative' }],
    ['Clashes broke out in early August.', '2021-08-16', { start: '2021-08', precision: 'month', part: 'early' }],
    ['The base was built in mid-2020.', undefined, { start: '2020', precision: 'year', part: 'mid' }],
    ['Borders were drawn in the 1990s.', undefined, { start: '1990', end: '1999', precision: 'year' }],
    // A decade's early, middle or late years: its thirds, as a reader takes them.
    ['Borders were drawn in the early 1990s.', undefined, { start: '1990', end: '1993', precision: 'year', part: 'early' }],
    ['Borders were drawn in the late 1980s.', undefined, { start: '1986', end: '1989', precision: 'year', part: 'late' }],
    // A year written with leading zeros stays four digits: "12-03-05" is no ISO date.
    ['It was signed on 5 March 0012.', undefined, { start: '0012-03-05', precision: 'day', resolution: 'explicit' }],
    ['It was signed in January 0000.', undefined, { start: '0000-01', precision: 'month', resolution: 'explicit' }],
  ])('%s', (text, published, date) => {
    const f = onlyFigure(text, published).figure;
    expect(f.kind).toBe('date');
    expect(f.date).toMatchObject(date);
  });

  it('keeps the weekday beside a date for a later check', () => {
    const f = onlyFigure('On Monday, November 25, the drill began.', '2024-11-26').figure;
    expect(f.date).toMatchObject({ start: '2024-11-25', weekday: 'Monday', precision: 'day' });
    expect(f.text).toBe('Monday, November 25');
  });

  it('reads a day range with an en dash', () => {
    const f = onlyFigure('Attacks (July 12 – 15) hit Tovuz.'.replace('–', '-'), '2020-09-23').figure;
    expect(f.date).toMatchObject({ start: '2020-07-12', end: '2020-07-15', precision: 'day' });
  });

  it('puts a month-day after the publication date in the previous year', () => {
    expect(onlyFigure('It happened on November 25.', '2025-01-10').figure.date?.start).toBe('2024-11-25');
  });

  it('leaves the year open without a publication date', () => {
    expect(onlyFigure('It happened on July 28.').figure.date).toMatchObject({ start: 'XXXX-07-28', resolution: 'unresolved' });
  });

  it('does not take "may" or "march" as months', () => {
    expect(figuresOf('Troops may march on the capital.')).toHaveLength(0);
  });

  it('a day run into its month\'s full name, as markup stripped from a page leaves it ("9November 2020")', () => {
    expect(onlyFigure('The accord was signed on 9November 2020.').figure.date).toMatchObject({ start: '2020-11-09' });
    expect(onlyFigure('Troops were to leave by 1December 2020.').figure.date).toMatchObject({ start: '2020-12-01' });
    // Not an abbreviation: "3Mar" may be anything.
    expect(figuresOf('Unit 3Mar left.').some((f) => f.figure.kind === 'date')).toBe(false);
  });

  it('a month ends its word: an ordinal before "Separate" or "Decade" is no date', () => {
    expect(figuresOf('Units of the 15th Separate Rifle Brigade moved north.')).toEqual([]);
    expect(figuresOf('The 3rd Decade of the festival opened.')).toEqual([]);
    expect(figuresOf('The 2nd Augusta Regiment marched.')).toEqual([]);
    expect(onlyFigure('The bridge reopened on 15 Sep.').figure.date).toMatchObject({ start: 'XXXX-09-15' });
    expect(onlyFigure('The bridge reopened on the 3rd Dec 2020.').figure.date).toMatchObject({ start: '2020-12-03' });
  });
});

describe('a season of a year', () => {
  it('is its three months, as the northern hemisphere has them, quoted with the season', () => {
    expect(onlyFigure('Fighting resumed in the autumn of 2020.').figure).toMatchObject({ kind: 'date', text: 'autumn of 2020', date: { start: '2020-09', end: '2020-11', precision: 'month' } });
    expect(onlyFigure('The law passed in spring 2021.').figure).toMatchObject({ text: 'spring 2021', date: { start: '2021-03', end: '2021-05' } });
    expect(onlyFigure('By the summer of 1999 the camps were empty.').figure).toMatchObject({ date: { start: '1999-06', end: '1999-08' } });
  });

  it('not winter, which straddles two years, nor "the fall of", which names a fall as often', () => {
    expect(onlyFigure('The city held out through the winter of 1942.').figure.date).toMatchObject({ start: '1942', precision: 'year' });
    expect(onlyFigure('After the fall of 1989 the border opened.').figure.date).toMatchObject({ start: '1989', precision: 'year' });
  });
});

describe('ranges', () => {
  it.each([
    ['Between 2,000 and 3,000 soldiers died.', 2000, 3000],
    ['Some 2,000-3,000 soldiers died.', 2000, 3000],
    ['From 2,000 to 3,000 soldiers died.', 2000, 3000],
  ])('%s', (text, low, high) => {
    expect(onlyFigure(text).figure).toMatchObject({ kind: 'count', low, high, unit: 'soldier', qualifier: 'between' });
  });

  // A change and the level it led to, or a level before and after: two figures, not one range.
  it.each([
    ['The tally was revised down by 4,000 to 61,000.', [4000, 61000]],
    ['Enrolment grew by 300 to 2,450 students.', [300, 2450]],
    ['The count rose from 1,200 to 1,500.', [1200, 1500]],
    ['The estimate was lowered from 90,000 to 75,000.', [90000, 75000]],
    ['Entries moved the other way, rising from 229 to 256.', [229, 256]],
    ['The harvest slid from 4,100 to 3,900 tonnes.', [4100, 3900]],
    ['Attendance is edging from 12,000 to 12,400 a week.', [12000, 12400]],
    ['Births in the valley increased slightly once more from 591 to 594.', [591, 594]],
  ])('%s', (text, values) => {
    expect(figuresOf(text).map((f) => f.figure.value)).toEqual(values);
  });

  // So too after a change set off by a bracket or a comma: the levels it went between.
  it.each([
    ['Mill deaths increased by 8 percent (from 3,096 to 3,344) over the decade.', [8, 3096, 3344]],
    ['The guild saw a rise of 12%, from 1,250 to 1,400 members.', [12, 1250, 1400]],
    ['Flour output grew sharply (from 900 to 1,100 tonnes).', [900, 1100]],
  ])('%s', (text, values) => {
    expect(figuresOf(text).map((f) => f.figure.value)).toEqual(values);
  });

  it('a range in brackets with no change before it stays a range', () => {
    expect(figuresOf('The toll (from 2,000 to 3,000 millers) is disputed.').map((f) => [f.figure.low, f.figure.high])).toEqual([[2000, 3000]]);
  });
});

describe('a year-like number counts only the word right after it', () => {
  it('with words between, the number is a year and the words are the sentence\'s', () => {
    expect(figuresOf('The bridge from 1998 still stands.').map((f) => [f.figure.kind, f.figure.text])).toEqual([['date', '1998']]);
    expect(figuresOf('In 1998 Valdonian troops crossed the river.').map((f) => [f.figure.kind, f.figure.text])).toEqual([['date', '1998']]);
    expect(figuresOf('The region\'s 2030 plan aims high.').filter((f) => f.figure.kind === 'count')).toEqual([]);
  });

  it('after a preposition of time it is a year, whatever noun follows ("In 2024 mills cut 300 jobs")', () => {
    expect(figuresOf('In 2024 mills cut 300 jobs.').map((f) => [f.figure.kind, f.figure.text])).toEqual([['date', '2024'], ['count', '300 jobs']]);
    expect(figuresOf('By 2030 turbines will supply half.').map((f) => f.figure.kind)).toContain('date');
    expect(figuresOf('Since 2011 rye growers have lost ground.').map((f) => [f.figure.kind, f.figure.text])).toEqual([['date', '2011']]);
  });

  it('a noun right after it is counted', () => {
    expect(onlyFigure('Some 2000 troops arrived.').figure).toMatchObject({ kind: 'count', value: 2000, unit: 'troop' });
    expect(onlyFigure('The guild counted 2024 mills.').figure).toMatchObject({ kind: 'count', value: 2024, unit: 'mill' });
  });

  it('a singular noun ending in -s is no plural: "the 2011 census" is a year, not 2011 censuses', () => {
    const kinds = (t: string) => figuresOf(t).map((f) => [f.figure.kind, f.figure.text]);
    expect(kinds('The 2011 census was the last one taken.')).toEqual([['date', '2011']]);
    expect(kinds('Since the 2008 crisis, lending has been tight.')).toEqual([['date', '2008']]);
    expect(kinds('The 1997 bonus was never paid.')).toEqual([['date', '1997']]);
  });
});

describe('nouns whose singular ends in -s', () => {
  it('are counted by their singular, and compounds take their head', () => {
    expect(onlyFigure('The bank paid 40 bonuses.').figure).toMatchObject({ kind: 'count', unit: 'bonus' });
    expect(onlyFigure('Inspectors found 12 viruses.').figure).toMatchObject({ kind: 'count', unit: 'virus' });
    expect(onlyFigure('Some 300 census tracts were redrawn.').figure).toMatchObject({ kind: 'count', unit: 'tract' });
    expect(onlyFigure('The café changed its 3 menus.').figure).toMatchObject({ kind: 'count', unit: 'menu' });
  });
});

describe('no counted noun where the words after a number are not one', () => {
  it('an adverb, or a verb before its object', () => {
    expect(onlyFigure('Inspectors say the 212 probably includes trucks.').figure.unit).toBeNull();
    expect(onlyFigure('The tally of 48 matches the census.').figure.unit).toBeNull();
    // A noun before a relative clause keeps its noun.
    expect(onlyFigure('Some 300 nurses the hospital hired stayed.').figure.unit).toBe('nurse');
  });

  it('a number word after a number starts a figure of its own', () => {
    const figures = figuresOf('The league now has 40 clubs, up from 30 five years earlier.').map((f) => f.figure);
    expect(figures.find((f) => f.value === 30)).toMatchObject({ text: '30', unit: null });
  });
});

describe('a set named by rank', () => {
  it('"the top 15", "the 10 largest" count nothing; the figures beside them are read', () => {
    expect(figuresOf('The top 15 leagues took 81% of the prize money.').map((f) => f.figure.text)).toEqual(['81%']);
    expect(figuresOf('The 10 largest clubs grew.')).toEqual([]);
    expect(figuresOf('The 5 most crowded wards were shut.')).toEqual([]);
    expect(figuresOf('The club finished in the top 3.')).toEqual([]);
    expect(figuresOf('The fund has 12 most-wanted names.').map((f) => f.figure.value)).toEqual([12]);
    expect(figuresOf('Attendance topped 40,000 fans.').map((f) => [f.figure.value, f.figure.qualifier])).toEqual([[40000, 'more_than']]);
  });

  it('"top" after "to", a modal or "not" is the verb: the figure after it is a bound, not a rank', () => {
    const read = (s: string) => figuresOf(s).map((f) => [f.figure.value, f.figure.qualifier]);
    expect(read("The guild expects this year's share to top 2.3% of output.")).toContainEqual([2.3, 'more_than']);
    expect(read('Sales of flour could top 40,000 sacks by spring.')).toEqual([[40000, 'more_than']]);
    expect(read('The idle rate will not top 6% this winter.')).toContainEqual([6, 'at_most']);
    expect(read('Output may never exceed 900 sacks.')).toContainEqual([900, 'at_most']);
    expect(figuresOf('Only the top 2% of millers sold abroad.')).toEqual([]);
  });
});

describe('numbers inside names', () => {
  it('"a six-point plan" and "the 58th Army" are names; "a 10-point lead" and "the 32nd member" are figures', () => {
    expect(figuresOf('Both sides signed a six-point peace plan and a 12-point roadmap.')).toEqual([]);
    expect(figuresOf('Units of the 41st Brigade moved north.')).toEqual([]);
    expect(figuresOf('The party held a 10-point lead.').map((f) => f.figure.text)).toEqual(['10-point']);
    expect(figuresOf('Finland became the 31st member.').map((f) => f.figure.kind)).toEqual(['ordinal']);
  });
});

describe('a number word after a dateline', () => {
  it('opens the sentence after the dash', () => {
    expect(figuresOf('LISBON, May 2 (Tagus Wire) – Twelve ports reopened on Friday.').map((f) => f.figure.text)).toContain('Twelve ports');
    expect(figuresOf('The headline read: Seven Seas Cruises cut fares.').map((f) => f.figure.text)).toEqual([]);
  });
});

describe('a number word whose noun is left out', () => {
  it.each([
    ['Fourteen clinics opened in 2022, up from six a year earlier.', 6, 'clinic'],
    ['The survey found 40 vacancies last spring and only nine this autumn.', 9, 'vacancy'],
    ['Inspectors closed 12 mines, compared with three the year before.', 3, 'mine'],
  ])('%s', (text, value, unit) => {
    expect(figuresOf(text).find((f) => f.figure.value === value)?.figure).toMatchObject({ kind: 'count', value, unit });
  });

  it('without a count of its noun before it in the sentence, takes no noun of it', () => {
    // ("just two." still stands for a count: one with no noun, bare-number-words.test.ts.)
    expect(figuresOf('The committee met only three times, and then just two.').map((f) => [f.figure.text, f.figure.unit])).toEqual([['three times', 'times'], ['two', null]]);
    expect(figuresOf('Their plan was backed by five, and opposed by none.')).toEqual([]);
  });

  // Its count may stand in the sentence before, in the same paragraph, where a verb, a relative
  // clause or a time follows the number; and "than the nine" is set against it, not a reference.
  it.each([
    ['Planners expect 30 clinics to open this year. Only seven managed it in 2022.', 7, 'clinic'],
    ['Planners expect 30 clinics to open this year. Last year just four opened.', 4, 'clinic'],
    // (A verb in the past of its own form: "made", "met", "won".)
    ['Planners expect 30 clinics to open this year. In 2022 just four made the grade.', 4, 'clinic'],
    // A number word ending its clause after a verb of getting, beside a count of its sentence.
    ['The Greens won 72 seats with a smaller share than the Reds, who got five.', 5, 'seat'],
    ['Twelve clinics opened, rather than the nine the ministry had promised.', 9, 'clinic'],
    ['Twelve clinics opened in 2023. That is double the six that opened in 2019.', 6, 'clinic'],
  ])('%s', (text, value, unit) => {
    expect(figuresOf(text).find((f) => f.figure.value === value)?.figure).toMatchObject({ kind: 'count', value, unit });
  });

  it('is no figure across a paragraph, before a noun of its own, or as a reference', () => {
    expect(figuresOf('Planners expect 30 clinics to open this year.\n\nOnly seven managed it in 2022.').map((f) => f.figure.value)).not.toContain(7);
    expect(figuresOf('Thirty clinics opened. Of the three reports, none agreed.').map((f) => f.figure.value)).not.toContain(3);
    expect(figuresOf('Thirty clinics opened. The three were built by one firm.').map((f) => f.figure.value)).not.toContain(3);
  });
});

describe('a change by a fraction', () => {
  it.each([
    ['Fossil output shrank by about a fifth in 2023.', 0.2],
    ['Coal fell by a third.', 1 / 3],
    ['Output rose by half.', 0.5],
    ['Prices rose by a quarter.', 0.25],
    ['Imports were cut by a tenth.', 0.1],
    // Its object between the verb and "by", or "up"/"down" for the verb.
    ['The clubs raised their spending by about a fifth.', 0.2],
    ['Applications to the mills are up by a third since the summer.', 1 / 3],
  ])('%s', (text, value) => {
    expect(figuresOf(text).find((f) => f.figure.kind === 'ratio')?.figure).toMatchObject({ unit: 'fraction', value });
  });

  it('is no change without a verb of change before "by" (a level at most), nor "a fifth time"', () => {
    expect(onlyFigure('The share was a third.').figure).toMatchObject({ kind: 'ratio', value: 1 / 3 });
    expect(figuresOf('He came back a fifth time.').map((f) => f.figure.kind)).toEqual(['ordinal']);
  });
});

describe('"N in YYYY" is a number and a year, not a ratio', () => {
  it('reads a four-digit year after "in" as a date', () => {
    const fs = figuresOf('The club had 30 members in 2010 and only eight in 2019.');
    expect(fs.map((f) => f.figure.kind)).toEqual(['count', 'date', 'count', 'date']);
  });
  it('keeps "one in 1000", "one in 2,000" and "two in five" as ratios', () => {
    expect(figuresOf('One in 1000 cases, one in 2,000 births and two in five adults.').map((f) => f.figure.value)).toEqual([0.001, 0.0005, 0.4]);
  });
});

describe('not figures', () => {
  it.each([
    'Ankara supplied Bayraktar TB2 drones.',
    'The alliance, known as "Three Brothers", met again.',
    'They share the motto one nation, two states.',
    'They share the motto of a nation, two states.',
    'Call +994 12 345 67 89 for details.',
    'Call (012) 345-6789 for details.',
    'The war was devastating.[12] It ended.',
    'The S-400 system and Su-30 jets arrived.',
    'See https://example.org/2020/10/report-5000 for more.',
    'The ceasefire took effect at 00:00 Moscow time.',
    'Resolution 884 was adopted.',
    'The two countries signed it.',
    'One of the officers spoke.',
    'The Second Nagorno-Karabakh War changed the region.',
  ])('%s', (text) => {
    expect(figuresOf(text).map((f) => f.figure.text)).toEqual([]);
  });

  it('makes no figure of a number too large for a double', () => {
    // Such a number reads as Infinity, which the claims document's schema and JSON cannot hold.
    expect(figuresOf(`Officials said ${'9'.repeat(400)} soldiers died.`)).toEqual([]);
    expect(figuresOf(`The budget was $${'9'.repeat(400)}.`)).toEqual([]);
    expect(figuresOf(`The budget was $1${'0'.repeat(300)} billion.`)).toEqual([]);
  });

  it('keeps ordinals as their own kind, never as counts', () => {
    expect(figuresOf('Aliyev met Putin for the second time this year.', '2021-08-16').map((x) => x.figure.kind)).toEqual(['ordinal', 'date']);
  });

  it('reads a year before a noun of a kind of event as the year, never a count of them ("the 2011 floods")', () => {
    const beat = compileVocabulary(Vocabulary.parse({ version: 'flood-years', eventKinds: [{ id: 'flood', nouns: ['flood', 'spring flood'] }], entities: [], measures: [], events: [{ id: 'flood-2011', name: 'the 2011 flood', kind: 'flood', start: '2011-04-02', entities: [], aliases: [] }] }));
    const kinds = (text: string) => extractFigures(text, segment(text).sentences, { vocabulary: beat }).map((f) => `${f.figure.kind}:${f.figure.text}`);
    expect(kinds('Since the 2011 floods, 2,000 homes were rebuilt.')).toEqual(['date:2011', 'count:2,000 homes']);
    expect(kinds('The 1998 spring floods were worse.')).toEqual(['date:1998']);
    // A noun no kind of event names is still counted, as before.
    expect(kinds('The 2000 millers went home.')).toEqual(['count:2000 millers']);
  });

  it('makes no ordinal of the release of a figure an ordinal picks out ("the first estimate", "its second reading")', () => {
    for (const text of ['The first estimate was 353 sacks.', 'Its second reading cut the tally to 229 sacks.', 'The mill\'s third report of the year lifted it again.', 'On the guild\'s first count, 40 mills were idle.']) {
      expect(figuresOf(text).map((x) => x.figure.kind), text).not.toContain('ordinal');
    }
    // A rank of a thing is still an ordinal.
    expect(figuresOf('Valdonia became the guild\'s 32nd member.').map((x) => x.figure.kind)).toEqual(['ordinal']);
  });
});

describe('numbers joined to a word', () => {
  it.each([
    ['Turkey hinted at a new six-state platform.', { kind: 'count', value: 6, unit: 'state' }],
    ['A 2,000-strong force arrived.', { kind: 'count', value: 2000, unit: 'force' }],
    ['Spending rose three-fold.', { kind: 'ratio', value: 3, unit: 'times' }],
    ['Some 20-odd villages emptied.', { kind: 'count', value: 20, qualifier: 'approximately' }],
  ])('%s', (text, figure) => {
    expect(onlyFigure(text).figure).toMatchObject(figure);
  });
});

describe('"a third" before a noun is an ordinal, before "of" a fraction', () => {
  it('"a third term", "a third of voters", and "only a third did" neither', () => {
    expect(onlyFigure('She was sworn in for a third term in office.').figure).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(onlyFigure('A third of voters stayed home.').figure).toMatchObject({ kind: 'ratio' });
    expect(figuresOf('Only a third did.')).toEqual([]);
    // "a third state" is another one, not a rank.
    expect(figuresOf('The pact binds both against a third state.')).toEqual([]);
  });

  it('"a fifth of" and "a tenth of" are fractions too; "the fifth election" an ordinal', () => {
    expect(onlyFigure('Solar reached a fifth of generation.').figure).toMatchObject({ kind: 'ratio', value: 0.2 });
    expect(onlyFigure('Coal fell below a tenth of the mix.').figure).toMatchObject({ kind: 'ratio', value: 0.1, qualifier: 'less_than' });
    expect(onlyFigure('It was the fifth election in a row.').figure).toMatchObject({ kind: 'ordinal', value: 5 });
  });

  it('a data box\'s heading number counts the noun after its colon ("Seven: allies that met …")', () => {
    expect(figuresOf('Seven: clubs that met the home-grown rule in 2022.', '2024-01-01')[0]!.figure).toMatchObject({ kind: 'count', value: 7, unit: 'club' });
    expect(figuresOf('Seven: that is how many.')).toEqual([]);
    expect(figuresOf('The score was seven: clubs rarely manage it.')).toEqual([]);
  });

  it('"a quarter-point cut", "a half-point rise": a quarter or a half of a percentage point', () => {
    expect(figuresOf('The bank made a quarter-point cut.')[0]!.figure).toMatchObject({ kind: 'percent', value: 0.25, unit: 'pp' });
    expect(figuresOf('Rates rose by a half point.')[0]!.figure).toMatchObject({ kind: 'percent', value: 0.5, unit: 'pp' });
    expect(onlyFigure('A quarter of voters stayed home.').figure).toMatchObject({ kind: 'ratio', value: 0.25 });
  });

  it('a fraction standing as a level, its whole left to the sentence ("fell to roughly a quarter in 2023")', () => {
    expect(onlyFigure('The rye harvest fell to roughly a quarter.').figure).toMatchObject({ kind: 'ratio', value: 0.25, qualifier: 'approximately' });
    expect(figuresOf('Its share shrank from about a third in 2022 to roughly a quarter in 2023.').filter((f) => f.figure.kind === 'ratio').map((f) => f.figure.value)).toEqual([1 / 3, 0.25]);
    expect(onlyFigure('Just over half: what the new figures say').figure).toMatchObject({ kind: 'ratio', value: 0.5, qualifier: 'more_than' });
    expect(figuresOf('The share passed half in 2024.')[0]!.figure).toMatchObject({ kind: 'ratio', value: 0.5, qualifier: 'more_than' });
    // After any verb of passing or nearing, and before a span or a moment of its clause.
    expect(figuresOf('It is the first time the rye share has passed half over a whole season.').find((f) => f.figure.kind === 'ratio')!.figure).toMatchObject({ value: 0.5, qualifier: 'more_than' });
    expect(onlyFigure('Millers expect the share to clear half when the guild reports.').figure).toMatchObject({ kind: 'ratio', value: 0.5, qualifier: 'more_than' });
    expect(onlyFigure('The guild sees the share edging towards a third this winter.').figure).toMatchObject({ kind: 'ratio', value: 1 / 3, qualifier: 'nearly' });
    expect(onlyFigure('Rye has crossed a quarter since spring.').figure).toMatchObject({ kind: 'ratio', value: 0.25, qualifier: 'more_than' });
    // A third, a fifth or a tenth as a level, with no "of" after it; a verb of taking with a bound before it.
    expect(figuresOf('Wheat stood at 47% and rye at less than a tenth.').find((f) => f.figure.kind === 'ratio')!.figure).toMatchObject({ value: 0.1, qualifier: 'less_than' });
    expect(onlyFigure('On that count the guild took less than a third.').figure).toMatchObject({ kind: 'ratio', value: 1 / 3, qualifier: 'less_than' });
    expect(onlyFigure('The guild won nearly half.').figure).toMatchObject({ kind: 'ratio', value: 0.5, qualifier: 'nearly' });
    // Not a fraction: part of a noun, or no word of level before it.
    expect(figuresOf('We waited half an hour.').map((f) => f.figure.kind)).toEqual(['duration']);
    expect(figuresOf('Only a third did.')).toEqual([]);
    expect(figuresOf('They won half.')).toEqual([]);
    expect(figuresOf('A quarter century later the mill closed.')).toEqual([]);
  });

  it('a bound set by a verb of passing or nearing: "expected to clear 2%", "crossed 4 metres", "nearing 60%"', () => {
    expect(onlyFigure('Millers want to clear 2% by spring.').figure).toMatchObject({ value: 2, qualifier: 'more_than' });
    expect(onlyFigure('The river crossed 4 metres.').figure).toMatchObject({ value: 4, qualifier: 'more_than' });
    expect(onlyFigure('The rye share is nearing 60%.').figure).toMatchObject({ value: 60, qualifier: 'nearly' });
    // "a clear 52%" is an adjective, no bound.
    expect(onlyFigure('The guild won a clear 52% of the vote.').figure).toMatchObject({ value: 52, qualifier: 'exact' });
  });
});

describe('number words with a fraction after them', () => {
  it('"and a half" or "and a quarter" adds to the last word, before a scale word that follows', () => {
    const read = (t: string) => onlyFigure(t).figure;
    expect(read('The siege lasted two and a half years.')).toMatchObject({ kind: 'duration', value: 2.5, unit: 'year' });
    expect(read('Some one and a half million people voted.')).toMatchObject({ kind: 'count', value: 1_500_000, unit: 'people' });
    expect(read('The share rose about three and a half points.')).toMatchObject({ value: 3.5, qualifier: 'approximately' });
    expect(read('The route is twenty-one and a quarter miles long.')).toMatchObject({ value: 21.25 });
  });

  it('after a scale word or with no unit word before it, it adds nothing', () => {
    // "two hundred and a half" is no English number; "a year and a half" is read as a span already.
    expect(figuresOf('Nearly two hundred and a half dozen came.').map((f) => f.figure.value)).not.toContain(200.5);
    expect(onlyFigure('It took a year and a half.').figure).toMatchObject({ value: 1.5, unit: 'year' });
  });
});

describe('a bound or an estimate in number words, its noun left out', () => {
  it('after a verb it completes, an amount of hundreds or more is a figure', () => {
    expect(onlyFigure('The toll in the valley was well above a thousand.').figure).toMatchObject({ kind: 'count', value: 1000, qualifier: 'more_than' });
    expect(onlyFigure('The crowd stood at about a million, organisers said.').figure).toMatchObject({ value: 1_000_000, qualifier: 'approximately' });
  });

  it('a small number word, or one with no verb before it, is not', () => {
    expect(figuresOf('She was about one of the first to leave.')).toEqual([]);
    expect(figuresOf('About a thousand, perhaps.')).toEqual([]);
  });
});

describe('a span of one unit named by its article', () => {
  it.each([
    ['The vote was put off by a year.', 'a year', 1, 'year'],
    ['The results came a year and a half after the count.', 'a year and a half', 1.5, 'year'],
    ['Both offices published within an hour of each other.', 'an hour', 1, 'hour'],
    ['The dam was finished a week early.', 'a week', 1, 'week'],
    ['It was the largest monthly gain in a year.', 'a year', 1, 'year'],
  ])('%s', (text, quote, value, unit) => {
    const f = onlyFigure(text);
    expect(f.figure).toMatchObject({ kind: 'duration', value, unit });
    expect(text.slice(f.start, f.end)).toBe(quote);
  });

  it.each([
    ['Membership costs £4 a month.'],
    ['The council meets twice a year.'],
    ['Wages rose 4% on a year earlier.'],
    ['Pay was 4.0% higher than a year earlier.'],
    // (So for a decade or a century: the base of a comparison.)
    ['The valley had 3.5 million more people than a decade earlier.'],
    ['Rye is dearer than a century ago.'],
    ['It was a day of mourning in the capital.'],
    ['The year ended quietly.'],
  ])('%s has no span', (text) => {
    expect(figuresOf(text).filter((f) => f.figure.kind === 'duration')).toEqual([]);
  });
});

describe('a difference a number word states alone', () => {
  it.each([
    ['The count fell to 64, ten fewer, within a week.', 'ten', 10],
    ['It rose to 69, an increase of five, the committee said.', 'five', 5],
  ])('%s', (text, quote, value) => {
    const f = figuresOf(text).find((x) => text.slice(x.start, x.end) === quote);
    expect(f?.figure).toMatchObject({ kind: 'count', value });
  });

  it('is no figure where the word is a determiner or a comparison', () => {
    expect(figuresOf('Five more would come later.').map((f) => f.figure.value)).toEqual([]);
    expect(figuresOf('He has two more than her.').map((f) => f.figure.value)).toEqual([]);
  });
});

describe('"up to" after a verb of moving', () => {
  it('is the level reached, not a bound', () => {
    expect(figuresOf('The jobless rate edged up to 4.2% in October.').find((f) => f.figure.kind === 'percent')?.figure.qualifier).toBe('exact');
    expect(figuresOf('Turnout climbed up to 71% in the second round.').find((f) => f.figure.kind === 'percent')?.figure.qualifier).toBe('exact');
  });

  it('with the verb\'s object between: "nudged it up to", "revised the tally up to"', () => {
    expect(figuresOf("April's report nudged it up to 104,000.").find((f) => f.figure.kind === 'count')?.figure).toMatchObject({ text: '104,000', qualifier: 'exact' });
    expect(figuresOf('The guild revised the tally up to 312 mills.').find((f) => f.figure.kind === 'count')?.figure.qualifier).toBe('exact');
  });

  it('is a bound elsewhere', () => {
    expect(figuresOf('Up to 300 people fled the town.')[0]?.figure.qualifier).toBe('at_most');
    expect(figuresOf('Prices may fall by up to 5% this year.').find((f) => f.figure.kind === 'percent')?.figure.qualifier).toBe('at_most');
  });
});

describe('what a rule skips ends with its sentence', () => {
  it('a number closing a table row does not swallow the date opening the next line', () => {
    const text = '| Year | 1900\n23.09.2020 The fighting began.';
    expect(figuresOf(text).map((f) => f.figure.text)).toContain('23.09.2020');
  });
});

describe('an order of magnitude with its noun left out, and people named by a capitalised plural', () => {
  it('"Tens of thousands went home": a figure of its own; "hundreds" alone is none', () => {
    expect(figuresOf('Tens of thousands went home within weeks.').map((f) => f.figure)).toEqual([expect.objectContaining({ kind: 'count', low: 10_000, high: 99_999, unit: null, qualifier: 'order_of_magnitude' })]);
    expect(figuresOf('Hundreds went home within weeks.')).toEqual([]);
  });

  it('"40 Freedonians living abroad": the people, before a word that is no noun of theirs', () => {
    expect(onlyFigure('Some 40 Freedonians living abroad voted by post.').figure).toMatchObject({ value: 40, unit: 'freedonian' });
    expect(onlyFigure('Tens of thousands of Freedonians living abroad stayed at home.').figure).toMatchObject({ low: 10_000, unit: 'freedonian' });
    // A demonym before its noun is an adjective: the noun is what was counted.
    expect(onlyFigure('Three Freedonian workers died.').figure).toMatchObject({ value: 3, unit: 'worker' });
  });
});

describe('a span back from the publication date', () => {
  it('"Two years ago today" is that day; "Five years ago" heading its clause is that year; "18 months ago" that month', () => {
    expect(onlyFigure('Two years ago today, the weir gave way.', '2025-04-15').figure).toMatchObject({ kind: 'date', text: 'Two years ago today', date: { start: '2023-04-15', precision: 'day', resolution: 'relative' } });
    expect(figuresOf('Five years ago the league had 14 clubs.', '2024-06-12')[0]!.figure).toMatchObject({ kind: 'date', date: { start: '2019', precision: 'year' } });
    expect(figuresOf('18 months ago the weir gave way.', '2025-04-15')[0]!.figure).toMatchObject({ kind: 'date', date: { start: '2023-10', precision: 'month' } });
    // After a verb in the past: when that happened.
    expect(onlyFigure('The weir gave way two years ago.', '2025-04-15').figure).toMatchObject({ kind: 'date', date: { start: '2023', precision: 'year' } });
    expect(onlyFigure('Recall how the harvest looked a month ago.', '2025-04-15').figure).toMatchObject({ kind: 'date', date: { start: '2025-03', precision: 'month' } });
  });

  it('stays a span after a noun it is compared with, or in weeks and days without "today"', () => {
    expect(figuresOf('Turnout was three points below the same round five years ago.', '2024-06-12').map((f) => f.figure.kind)).not.toContain('date');
    expect(onlyFigure('Two weeks ago the weir gave way.', '2025-04-15').figure.kind).toBe('duration');
  });
});

describe('"the number of <nouns>" names what a bare number of its clause counts', () => {
  it('with an adjective before the noun ("the number of idle mills", "of unemployed people")', () => {
    expect(figuresOf('The number of idle mills rose by 40 to 310.').map((f) => f.figure.unit)).toEqual(['mill', 'mill']);
    expect(onlyFigure('The number of unemployed people rose by 352,000.').figure.unit).toMatch(/^(?:people|person)$/);
  });
});

describe('a number heading a line, and after a dash what it counts', () => {
  it('"56 — mills still idle" counts mills; not mid-sentence, nor a span of days', () => {
    expect(figuresOf('Nine numbers.\n\n56 — mills still idle after the flood').find((f) => f.figure.value === 56)?.figure.unit).toBe('mill');
    expect(figuresOf('The guild counted 56 — a lot — in May.').find((f) => f.figure.value === 56)?.figure.unit).toBeNull();
    expect(figuresOf('Nine numbers.\n\n5 — days the mills stood idle').find((f) => f.figure.value === 5)?.figure.unit).not.toBe('day');
  });
});

describe('an age', () => {
  it('of one person is a figure in years ("a miller aged 34", "died in Port Vell aged 67")', () => {
    expect(figuresOf('The guild\'s secretary, a miller aged 34 from Port Vell, was called up.').map((f) => [f.figure.kind, f.figure.value, f.figure.unit])).toEqual([['duration', 34, 'year']]);
    expect(figuresOf('Anna Kova, who has died in Port Vell aged 67, ran the mill.').map((f) => [f.figure.kind, f.figure.value, f.figure.unit])).toEqual([['duration', 67, 'year']]);
  });

  it('that defines a group, a bound or a band, is no figure ("millers aged 65 and over", "voters aged 18 to 24")', () => {
    expect(figuresOf('Millers aged 65 and over make up a fifth of the guild.').map((f) => f.figure.text)).toEqual(['a fifth']);
    expect(figuresOf('Voters aged 18 to 24 stayed home.')).toEqual([]);
    expect(figuresOf('Children aged 5 were sent home.')).toEqual([]);
  });
});
