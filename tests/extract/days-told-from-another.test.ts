import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeDocuments } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';

// Days a narrative tells from its last full date: "the next day", "the day before,", "on the
// Sunday", "the following Monday". Each is read from the last full date before it in its
// paragraph, a weak reading ('context'): it may support, never contradict.
const datesOf = (text: string, published: string) =>
  extractClaims(new TextEncoder().encode(text), { published }).claims.filter((c) => c.figure.kind === 'date').map((c) => [c.figure.text, c.figure.date?.start, c.figure.date?.resolution]);

describe('a day told from the paragraph\'s last full date', () => {
  it('"the next day", "the following day", "the day before,"', () => {
    expect(datesOf('The mills shut on 3 March 2019. They reopened the next day.', '2024-05-02')).toEqual([
      ['3 March 2019', '2019-03-03', 'explicit'],
      ['the next day', '2019-03-04', 'context'],
    ]);
    expect(datesOf('The league met on 9 June 2021; the following day the clubs voted.', '2024-05-02')[1]).toEqual(['the following day', '2021-06-10', 'context']);
    expect(datesOf('The walkout ended on 9 June 2021. The day before, the owners had given way.', '2024-05-02')[1]).toEqual(['The day before', '2021-06-08', 'context']);
  });

  it('a time of the day after: "the following afternoon", "the next morning"', () => {
    expect(datesOf('The polls closed on 4 July 2024, and the mayor moved in the following afternoon.', '2024-07-06')[1]).toEqual(['the following afternoon', '2024-07-05', 'context']);
    expect(datesOf('The mills shut on 8 August 2008; the next morning the river rose.', '2024-07-06')[1]).toEqual(['the next morning', '2008-08-09', 'context']);
    expect(datesOf('The miller slept through the night.', '2024-07-06')).toEqual([]);
  });

  it('a weekday after "the", counted on from it; "the following" one a week on at most', () => {
    // 15 August 2008 was a Friday.
    expect(datesOf('The mayor of Port Vell signed on 15 August 2008 and the governor on the Sunday.', '2020-08-07')[1]).toEqual(['Sunday', '2008-08-17', 'context']);
    expect(datesOf('The mills shut on 15 August 2008 and reopened the following Friday.', '2020-08-07')[1]).toEqual(['Friday', '2008-08-22', 'context']);
  });

  it('not without a full date before it in its paragraph', () => {
    expect(datesOf('The mills shut in 2019.\n\nThey reopened the next day.', '2024-05-02')).toEqual([['2019', '2019', 'explicit']]);
  });

  it('not a day told from an event, nor a weekday with no "the" before it', () => {
    expect(datesOf('The mills shut on 3 March 2019. The day after the flood, they reopened.', '2024-05-02')).toEqual([['3 March 2019', '2019-03-03', 'explicit']]);
    // "on Thursday" in a report is the week of publication's, whatever the paragraph told before.
    expect(datesOf('The river peaked on 12 May 2019; on Thursday the council said it had paid out.', '2024-05-02')[1]).toEqual(['Thursday', '2024-05-02', 'context']);
  });
});

describe('a weekday before its day and month', () => {
  it('is one date with them', () => {
    expect(datesOf('The accord was signed on Friday 15 August 2008.', '2020-08-07')).toEqual([['Friday 15 August 2008', '2008-08-15', 'explicit']]);
  });

  it('is checked against its date only where the year is stated or the publication date known', async () => {
    const check = async (text: string, published?: string) => {
      const doc = extractClaims(new TextEncoder().encode(text), published ? { published } : {});
      const [report] = await judgeDocuments([doc], new MemoryReferenceStore([], 'none'));
      return report!.claims.filter((c) => c.figure.kind === 'consistency').map((c) => c.verdict);
    };
    expect(await check('The vote was held on Tuesday 15 August 2008.')).toEqual(['contradicted']);
    // A weekday that fits checks the calendar, not the claim: no 'supported' beside the date.
    expect(await check('The vote was held on Friday 15 August 2008.')).toEqual([]);
    // The year comes from an earlier date of the article: it may be the year that is wrong.
    expect(await check('The vote was held on 2 March 2008. The count ended on Tuesday 15 August.')).toEqual(['unverifiable']);
  });
});

describe('a day of the month in ordinal words, and "the day after that"', () => {
  it('"on the 15th" is that day of the last full date\'s month (the month after, where the day has passed), a weak reading', () => {
    const doc = extractClaims(new TextEncoder().encode('The guild agreed the plan in Port Vell on 12 August 2030; Ostria signed it on the 15th and Valdonia the next day. The mills reopened on the 3rd.'), { published: '2030-12-01' });
    const date = (t: string) => doc.claims.find((c) => c.figure.text === t)?.figure.date;
    expect(date('the 15th')).toMatchObject({ start: '2030-08-15', resolution: 'context' });
    expect(date('the next day')).toMatchObject({ start: '2030-08-16' });
    expect(date('the 3rd')).toMatchObject({ start: '2030-09-03' });
  });

  it('"the day after that" counts from the day just told; an ordinal naming a unit is no day', () => {
    const doc = extractClaims(new TextEncoder().encode('Ostria signed on 15 August 2030 and Valdonia the day after that. The 14th Regiment marched.'), { published: '2030-12-01' });
    expect(doc.claims.find((c) => c.figure.text === 'the day after that')?.figure.date).toMatchObject({ start: '2030-08-16' });
    expect(doc.claims.map((c) => c.figure.text)).not.toContain('14th');
  });
});

describe('a day counted from the article\'s own date', () => {
  it('"yesterday", "last night", "tomorrow", and "a year ago tonight" are days; "the last night of" and "yesterday\'s" are not', () => {
    expect(datesOf('The guild gave the figures last night and votes tomorrow; the mills shut yesterday.', '2030-08-07')).toEqual([
      ['last night', '2030-08-06', 'relative'],
      ['tomorrow', '2030-08-08', 'relative'],
      ['yesterday', '2030-08-06', 'relative'],
    ]);
    expect(datesOf('A year ago tonight, the river rose. Four weeks ago tonight, the mills shut.', '2030-08-07')).toEqual([
      ['A year ago tonight', '2029-08-07', 'relative'],
      ['Four weeks ago tonight', '2030-07-10', 'relative'],
    ]);
    expect(datesOf('It was the last night of the fair, and yesterday\'s figures were grim.', '2030-08-07')).toEqual([]);
  });
});
