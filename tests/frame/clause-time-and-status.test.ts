import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, reportOn, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: one country's monthly jobs figure and jobless rate, and a
// league whose members meet an export target or not.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'league', name: 'the Trade League', kind: 'alliance', aliases: ['Trade League'] },
  ],
  measures: [
    { id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['add', 'created'], actors: ['employer'], kind: 'change', entity: 'ruritania' },
    { id: 'jobless_rate', name: 'jobless rate', unit: '%', subjects: [], actions: [], phrases: ['jobless rate'], entity: 'ruritania' },
    { id: 'wage_growth', name: 'growth of hourly wages', unit: '%', subjects: [], actions: [], phrases: ['hourly wages'], kind: 'change', entity: 'ruritania' },
    { id: 'members_on_target', name: 'members meeting the export target', unit: 'member', subjects: ['member'], actions: ['meet', 'met'], entity: 'league' },
  ],
});

const jobs = (month: string, value: number): ReferenceFact =>
  fact({ id: `ru-${month}`, measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: `${month}-01`, to: `${month}-28` }, asOf: '2025-06-06', value, side: 'ruritania-statistics' });
const onTarget = (year: string, value: number): ReferenceFact =>
  fact({ id: `league-${year}`, measure: 'members_on_target', entities: ['league'], unit: 'member', period: { from: `${year}-01-01`, to: `${year}-12-31` }, asOf: `${year}-12-31`, value });
const rate = (month: string, value: number): ReferenceFact =>
  fact({ id: `rate-${month}`, measure: 'jobless_rate', entities: ['ruritania'], unit: '%', period: { from: `${month}-01`, to: `${month}-28` }, asOf: '2025-06-06', value });

const judge = (text: string, facts: ReferenceFact[]) => reportOn(beat, facts, { published: '2025-06-10' })(text);
const claim = (r: Awaited<ReturnType<typeof judge>>, text: string) => r.claims.find((c) => c.figure.text === text)!;

describe('"the number of <nouns>" names what a bare number counts', () => {
  it('"the number of members meeting the target rose from 11 to 23"', async () => {
    const r = await judge('The number of members meeting the export target rose from 11 in 2023 to 23 in 2024.', [onTarget('2023', 11), onTarget('2024', 23)]);
    expect(claim(r, '11').framing?.measure).toBe('members_on_target');
    expect(claim(r, '23').verdict).toBe('supported');
  });

  it('not across a break of clause', async () => {
    const r = await judge('The number of members is unknown, but 25 were expelled.', []);
    expect(claim(r, '25').framing?.measure).toBeNull();
  });
});

describe('a target reached is an outcome, not a target', () => {
  it('"members meeting the target" is reported; "the target is 3%" is a target', async () => {
    const r = await judge('Eleven members met the export target in 2024.', [onTarget('2024', 11)]);
    expect(claim(r, 'Eleven members').frame?.status.value).toBe('reported');
    expect(claim(r, 'Eleven members').verdict).toBe('supported');
    const t = await judge('The league\'s target is 3% of exports.', []);
    expect(t.claims[0]!.frame?.status.value).toBe('target');
  });
});

describe('the time of a figure from its own clause', () => {
  it('"last year" scopes its clause with no preposition before it', async () => {
    const r = await judge('Ten members met the export target last year, and only three in 2014.', [onTarget('2024', 12), onTarget('2014', 3)]);
    expect(claim(r, 'Ten members').framing?.time).toMatchObject({ from: '2024', basis: 'explicit' });
    expect(claim(r, 'Ten members').verdict).toBe('contradicted');
    expect(claim(r, 'three').framing?.time).toMatchObject({ from: '2014' });
  });

  it('at the head of a sentence, "Last year," is no scope for a figure in a later clause', async () => {
    const r = await judge('Last year, the league published a report, which said that 12 members met the export target.', [onTarget('2024', 11)]);
    expect(claim(r, '12 members').framing?.time.from).not.toBe('2024');
    expect(claim(r, '12 members').verdict).not.toBe('contradicted');
  });

  it('a date after a verb of saying is the statement\'s, not what was said', async () => {
    const r = await judge('The office said earlier this month that employers added 12,000 jobs last month.', [jobs('2025-05', 12000)]);
    expect(claim(r, '12,000 jobs').framing?.time).toMatchObject({ from: '2025-05' });
    expect(claim(r, '12,000 jobs').verdict).toBe('supported');
  });

  it('"added" after what was added is no verb of saying: the date is the period of the figure', async () => {
    const passive = await judge('Only 12,000 jobs were added last month.', [jobs('2025-05', 12000)]);
    expect(claim(passive, '12,000 jobs').framing?.time).toMatchObject({ from: '2025-05' });
    expect(passive.claims.map((c) => c.quote)).toEqual(['12,000 jobs']);
    const participle = await judge('A reporter asked whether "only 12,000 jobs added last month" meant weakness.', [jobs('2025-05', 12000)]);
    expect(participle.claims.map((c) => c.quote)).toEqual(['12,000 jobs']);
    // Said by a speaker, it is the statement's day.
    const said = await judge('Employers took on 12,000 more staff, the minister added last month.', [jobs('2025-05', 12000)]);
    expect(said.claims.map((c) => c.quote)).toContain('last month');
  });

  it('a date after a level set against another is that level\'s alone', async () => {
    const r = await judge('Employers will add 20,000 jobs, against 12,000 jobs in May.', [jobs('2025-05', 12000)]);
    expect(claim(r, '20,000 jobs').framing?.time.from).not.toBe('2025-05');
    expect(claim(r, '12,000 jobs').framing?.time).toMatchObject({ from: '2025-05' });
  });

  it('"compares with", "contrasted with": the date after the level set beside it is that level\'s alone', async () => {
    for (const text of ['A jobless rate of 5.1% compares with 6.3% in April.', 'The jobless rate, at 5.1%, contrasted with 6.3% in April.']) {
      const r = await judge(text, [rate('2025-04', 6.3)]);
      expect(claim(r, '5.1%').framing?.time.from, text).not.toBe('2025-04');
      expect(claim(r, '6.3%').framing?.time, text).toMatchObject({ from: '2025-04' });
      expect(claim(r, '5.1%').verdict, text).not.toBe('contradicted');
    }
  });

  it('an earlier level set beside a figure that names the measure is that measure\'s, for sure', async () => {
    for (const text of ['Ruritanian employers added 20,000 jobs in May, the jobless rate fell to 5.1% from 6.3% in April, and hourly wages were up 3.0% on a year earlier.', 'In Ruritania the jobless rate, at 5.1%, compares with 6.3% in April.']) {
      const r = await judge(text, [rate('2025-04', 6.0)]);
      expect(claim(r, '6.3%').frame?.measure, text).toMatchObject({ value: 'jobless_rate', confidence: 'high' });
      expect(claim(r, '6.3%').verdict, text).toBe('contradicted');
    }
    // Set beside a figure of another sentence, it is only a weak reading.
    const apart = await judge('In Ruritania the jobless rate fell to 5.1% in May. In April it had been 6.3%.', [rate('2025-04', 6.0)]);
    expect(claim(apart, '6.3%').frame?.measure.confidence).toBe('low');
    expect(claim(apart, '6.3%').verdict).toBe('unverifiable');
  });

  it('"the same pace as in April", "lower than in April": the date is what the figure is compared with, not its own', async () => {
    for (const text of ['In Ruritania the jobless rate was 6.3%, the same as in April.', 'In Ruritania the jobless rate was 6.3%, lower than in April.']) {
      const r = await judge(text, [rate('2025-04', 6.0)]);
      expect(r.claims.map((c) => c.figure.text), text).not.toContain('April');
      expect(claim(r, '6.3%').framing?.time.from, text).not.toBe('2025-04');
      expect(claim(r, '6.3%').verdict, text).not.toBe('contradicted');
    }
  });

  it('"below the 6.3% reached in April": the date after a level and its participle is that level\'s alone', async () => {
    const r = await judge('In Ruritania the jobless rate held at 5.1%, below the 6.3% reached in April.', [rate('2025-04', 6.3)]);
    expect(claim(r, '5.1%').framing?.time.from).not.toBe('2025-04');
    expect(claim(r, '6.3%').framing?.time).toMatchObject({ from: '2025-04' });
  });

  it('a level set beside another is read as its measure, though its subject\'s kind alone would name one too', async () => {
    const kinds = testBeat({
      entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
      measures: [{ id: 'vacancy_rate', name: 'vacancy rate', unit: '%', subjects: [], actions: [], phrases: ['vacancy rate'], subjectKinds: ['country'] }],
    });
    const doc = extractOn(kinds, { published: '2025-07-10' })("Ruritania's vacancy rate slipped to 4.2%, after touching 4.3% in June.");
    expect(doc.claims.find((c) => c.figure.text === '4.3%')?.framing).toMatchObject({ measure: 'vacancy_rate', measureVia: 'level' });
  });

  it('"from 9 in 2022 to 14 in 2023": each figure takes the date right after it', async () => {
    const r = await judge('The number of members meeting the target rose from 9 in 2022 to 14 in 2023.', [onTarget('2022', 9), onTarget('2023', 14)]);
    expect(claim(r, '9').framing?.time).toMatchObject({ from: '2022', basis: 'explicit' });
    expect(claim(r, '14').framing?.time).toMatchObject({ from: '2023', basis: 'explicit' });
    expect(claim(r, '14').verdict).toBe('supported');
  });
});

describe('a sum is not the owner\'s figure for sure', () => {
  it('"combined the numbers to say the region added 30,000 jobs" is not contradicted by the owner\'s row', async () => {
    const r = await judge('One columnist combined the headline numbers to say the region added 30,000 jobs in May.', [jobs('2025-05', 12000)]);
    expect(claim(r, '30,000 jobs').frame?.subject.confidence).not.toBe('high');
    expect(claim(r, '30,000 jobs').verdict).toBe('unverifiable');
  });
});

describe('a figure its own noun names takes no measure from context', () => {
  it('"inflation of 5%" after the jobless rate is not the jobless rate', async () => {
    const r = await judge('The jobless rate was 5% in May. The plan assumes inflation of 5% in May.', [rate('2025-05', 5)]);
    const [first, second] = r.claims.filter((c) => c.figure.kind === 'percent');
    expect(first!.framing?.measure).toBe('jobless_rate');
    expect(second!.framing?.measure).toBeNull();
    expect(second!.verdict).toBe('unverifiable');
  });

  it('"a share of 4%" refers back, and takes it', async () => {
    const r = await judge('The jobless rate was 5% in May. In April the figure of 4% was lower.', [rate('2025-05', 5)]);
    const second = r.claims.filter((c) => c.figure.kind === 'percent')[1]!;
    expect(second.framing?.measure).toBe('jobless_rate');
  });
});

describe('a target word used as a statistics term', () => {
  it('"the benchmark revision" is no target; "the benchmark of 2%" is one', async () => {
    const r = await judge('The annual benchmark revision lowered Ruritania\'s payrolls by 81,000 jobs. The league\'s benchmark of 40% was met by 12 members.', []);
    expect(claim(r, '81,000 jobs').frame?.status.value).toBe('reported');
    expect(claim(r, '40%').frame?.status.value).toBe('target');
  });
});

describe('an earlier level with a past time of its own is reported, whatever the sentence forecasts', () => {
  it('"set to add 20,000, down from the 12,000 they added in April"', async () => {
    const r = await judge('Employers are set to add 20,000 jobs this month, down from the 12,000 they added in April.', [jobs('2025-04', 12000)]);
    expect(claim(r, '12,000').frame?.status).toMatchObject({ value: 'reported' });
    expect(claim(r, '12,000').framing?.time).toMatchObject({ from: '2025-04' });
    expect(claim(r, '12,000').verdict).toBe('supported');
    expect(claim(r, '20,000 jobs').frame?.status.value).toBe('forecast');
  });

  it('an earlier level with no time of its own keeps the sentence\'s status', async () => {
    const r = await judge('The economy is expected to add 20,000 jobs this month, down from 30,000.', []);
    expect(claim(r, '30,000').frame?.status.value).toBe('forecast');
  });
});

describe('a month before a noun of data names which data', () => {
  it('"a weak April report, in which employers added 12,000 jobs": the figures are April\'s', async () => {
    const r = await judge('Markets slid after a weak April report, in which employers added 12,000 jobs.', [jobs('2025-04', 12000), jobs('2025-05', 30000)]);
    expect(claim(r, '12,000 jobs').framing?.time).toMatchObject({ from: '2025-04', basis: 'explicit' });
    expect(claim(r, '12,000 jobs').verdict).toBe('supported');
    expect(r.claims.some((c) => c.figure.kind === 'date')).toBe(false);
  });

  it('with no figure to scope, it is no claim; a month alone is none either', async () => {
    expect((await judge('All eyes are on the April jobs figures due on Friday.', [])).claims.filter((c) => c.figure.kind === 'date').map((c) => c.figure.text)).not.toContain('April');
  });
});

describe('the date a release came out is not the period its figures are of', () => {
  const facts = [jobs('2025-03', 120_000), jobs('2025-04', 95_000)];

  it('"March\'s estimate, published in early April, showed …" speaks of March', async () => {
    const r = await judge("March's first estimate, published in early April, showed 120,000 jobs added in Ruritania.", facts);
    const c = claim(r, '120,000 jobs');
    expect(c.framing!.time).toMatchObject({ from: '2025-03', basis: 'explicit' });
    expect(c.verdict).toBe('supported');
  });

  it('so does a release date set off by commas before the figure', async () => {
    const r = await judge('The figures for March, released in April, show that Ruritanian employers created 95,000 jobs.', facts);
    expect(claim(r, '95,000 jobs').framing!.time).toMatchObject({ from: '2025-03' });
  });

  it('nor is the date of a statement or a decision: "the 95,000 the agency gave in May", "agreed in Oslo in 2019"', async () => {
    const r = await judge('Ruritania has added 95,000 jobs, the figure its statistics office gave in May.', facts);
    expect(claim(r, 'May').figure.kind).toBe('date');
    expect(claim(r, '95,000 jobs').framing!.time).not.toMatchObject({ from: '2025-05' });
    const pledge = await judge('League members first agreed in Oslo in 2019 that 40% of output should be exported.', []);
    expect(claim(pledge, '2019').figure.kind).toBe('date');
    expect(claim(pledge, '40%').framing!.time).not.toMatchObject({ from: '2019' });
    // With no such verb, the year is the figure's period.
    const plain = await judge('In 2019, 40% of league output was exported.', []);
    expect(plain.claims.map((c) => c.figure.text)).not.toContain('2019');
  });

  it('a month after a verb that takes it as an object is still the period: "revised April down to 95,000"', async () => {
    const r = await judge('Ruritania revised April down to 95,000 jobs added.', facts);
    expect(claim(r, '95,000 jobs').framing!.time).toMatchObject({ from: '2025-04' });
  });
});

describe('"on course for", "on track to", "heading for": a forecast', () => {
  it('a figure the sentence says something is on its way to is not a reported outcome', async () => {
    for (const text of ['The jobless rate, at 4.1% in April, is on course for about 4.4% this month.', 'The jobless rate is on track to reach 4.4% this month.', 'The jobless rate is heading for 4.4% this month.', 'The jobless rate rose, as some analysts were predicting it to reach 4.4% this month.', 'Analysts are expecting the jobless rate at 4.4% this month.']) {
      const r = await judge(text, [rate('2025-06', 4.4)]);
      const c = r.claims.find((x) => x.figure.text.includes('4.4%'))!;
      expect(c.frame?.status.value, text).toBe('forecast');
      expect(c.verdict, text).toBe('unverifiable');
    }
  });
});

describe('"floated", "mooted", "called for": a proposal', () => {
  it('a figure someone proposed is a plan, not a reported outcome', async () => {
    for (const text of ['The minister has floated a jobless rate of 4.4% as the point to act.', 'Unions called for wage growth of 4.4% this year.', 'Officials have mooted a jobless rate of 4.4% as the trigger.']) {
      const r = await judge(text, [rate('2025-05', 4.4), rate('2025-06', 4.4)]);
      const c = r.claims.find((x) => x.figure.text.includes('4.4%'))!;
      expect(c.frame?.status.value, text).toBe('plan');
    }
  });
});

describe('status words that are not the figure\'s', () => {
  it('an aside describing the subject: "Ruritania, long the region\'s benchmark, is put at 4.4%"', async () => {
    const r = await judge('Ruritania, long the region\'s benchmark, is put at 4.4% this month.', [rate('2025-06', 4.4)]);
    expect(r.claims.find((c) => c.figure.text === '4.4%')?.frame?.status.value).toBe('reported');
    // Outside an aside the word still counts: "the region's benchmark of 4.4%".
    const t = await judge('The region\'s benchmark is 4.4% this month.', [rate('2025-06', 4.4)]);
    expect(t.claims.find((c) => c.figure.text === '4.4%')?.frame?.status.value).toBe('target');
  });

  it('a past perfect is no hypothetical: "had first been put at 12,000"; "had the rule been applied" is', async () => {
    const r = await judge('April\'s figure had first been put at 12,000 jobs.', [jobs('2025-04', 12000)]);
    expect(r.claims.find((c) => c.figure.text.startsWith('12,000'))?.frame?.status.value).not.toBe('hypothetical');
    const h = await judge('Had the old rule been applied, employers would have added 12,000 jobs.', [jobs('2025-04', 12000)]);
    expect(h.claims.find((c) => c.figure.text.startsWith('12,000'))?.frame?.status.value).not.toBe('reported');
  });

  it('what ought to have happened, or was due to, is no outcome: "should have been", "was due to"', async () => {
    for (const text of ['In April employers should have added 12,000 jobs, the minister said.', 'In April employers were due to add 12,000 jobs.']) {
      const r = await judge(text, [jobs('2025-04', 12000)]);
      const c = r.claims.find((x) => x.figure.text.startsWith('12,000'))!;
      expect(c.frame?.status.value, text).not.toBe('reported');
      expect(c.verdict, text).toBe('unverifiable');
    }
  });
});

describe('a date after a semicolon', () => {
  it('scopes its own clause, never the one before it', async () => {
    const r = await judge('Hiring picked up in April. The first estimate was 41,000 jobs; the May report lowered it to 30,000, and the June report raised it to 52,000.', [jobs('2025-04', 41000), jobs('2025-05', 90000)]);
    const first = claim(r, '41,000 jobs');
    expect(first.framing?.time.basis).not.toBe('explicit');
    expect(first.verdict).not.toBe('contradicted');
  });

  it('still scopes the clauses after it', async () => {
    const r = await judge('Ruritania added 90,000 jobs in May; the jobless rate held at 4.1%.', [jobs('2025-05', 90000), rate('2025-05', 4.1)]);
    expect(claim(r, '4.1%').framing?.time).toMatchObject({ from: '2025-05' });
  });
});

describe("a date that is another figure's own", () => {
  it('scopes no figure of an earlier clause ("…, which leaves a sector that shed 12,000 jobs in 2024")', async () => {
    const r = await judge('Ruritania added 41,000 jobs, which leaves a sector that shed 12,000 jobs in 2024 still short of its peak.', [jobs('2025-05', 41000)]);
    expect(claim(r, '41,000 jobs').framing?.time).not.toMatchObject({ from: '2024' });
    expect(claim(r, '12,000 jobs').framing?.time).toMatchObject({ from: '2024' });
  });

  it('still scopes a list it closes in one clause ("41,000 and 12,000 jobs in 2024")', async () => {
    const r = await judge('Ruritania added 41,000 jobs in the first half and 12,000 jobs in 2024 as a whole.', []);
    expect(claim(r, '12,000 jobs').framing?.time).toMatchObject({ from: '2024' });
  });
});

describe('the level a change started from, after the new level and its date', () => {
  it('"rose to 4.4% in May from 4.1%": the earlier level is not May\'s', async () => {
    const r = await judge('The jobless rate rose to 4.4% in May from 4.1%.', [rate('2025-05', 4.4)]);
    expect(claim(r, '4.1%').framing?.time).not.toMatchObject({ from: '2025-05' });
    expect(claim(r, '4.1%').verdict).not.toBe('contradicted');
    expect(claim(r, '4.4%').verdict).toBe('supported');
  });

  it('"against the 52,000 it added in April": the date is the level set against, not the figure\'s', async () => {
    const r = await judge('Ruritania added 30,000 jobs, well short of the 41,000 forecast, against the 52,000 it added in April.', [jobs('2025-04', 52000)]);
    expect(claim(r, '30,000 jobs').framing?.time).not.toMatchObject({ from: '2025-04' });
    expect(claim(r, '30,000 jobs').verdict).not.toBe('contradicted');
  });
});

describe('a figure with no period of its own, against a series released month by month', () => {
  const wages = (month: string, asOf: string, value: number): ReferenceFact =>
    fact({ id: `wages-${month}`, measure: 'wage_growth', entities: ['ruritania'], unit: '%', period: { from: `${month}-01`, to: `${month}-28` }, asOf, value });

  it('is not supported by a month two or more releases old ("hourly wages were 4.0% higher")', async () => {
    const r = await judge('Hourly wages in Ruritania were 4.0% higher than a year earlier.', [wages('2025-03', '2025-04-04', 4.0)]);
    expect(claim(r, '4.0%').verdict).toBe('unverifiable');
  });

  it('is read against the latest month when it is the one just released', async () => {
    const r = await judge('Hourly wages in Ruritania were 4.0% higher than a year earlier.', [wages('2025-03', '2025-04-04', 3.1), wages('2025-05', '2025-06-06', 4.0)]);
    expect(claim(r, '4.0%').verdict).toBe('supported');
  });
});

describe('a year a change is counted from, with no figure of its own', () => {
  it('"doubled its hiring from 2023" is no period of the figure after it', async () => {
    const r = await judge('Ruritania has nearly doubled its hiring from 2023, adding 41,000 jobs in the spring.', [jobs('2023-05', 41000)]);
    expect(claim(r, '41,000 jobs').framing?.time).not.toMatchObject({ from: '2023' });
  });

  it('a span "from 2023 to 2024" stays a period', async () => {
    const r = await judge('Ruritania steadily grew its payrolls from 2023 to 2024, adding 41,000 jobs.', []);
    expect(claim(r, '41,000 jobs').framing?.time.basis).toBe('explicit');
  });
});

describe('a time naming which event', () => {
  it('"by last month\'s storm" is no as-of day of the figures before it', async () => {
    const r = await judge('Ruritania added 30,000 jobs, held back by last month\'s storm.', []);
    expect(claim(r, '30,000 jobs').framing?.time.basis).toBe('publication');
  });

  it('before a figure of its own ("last year\'s 44-day walkout") it is that figure\'s, and no claim', async () => {
    const r = await judge('Ruritania added 30,000 jobs, after last year\'s 44-day walkout.', []);
    expect(r.claims.map((c) => c.figure.text)).not.toContain('last year');
  });
});

// A figure its clause denies states what was not so: set against the table, a true denial
// ("was not 4.5%, but 4.2%") was contradicted.
describe('a figure its clause denies', () => {
  const facts = [rate('2025-04', 4.2), jobs('2025-04', 61_000)];
  it.each([
    ["Ruritania's jobless rate was not 4.5% in April 2025 but 4.2%.", '4.5%'],
    ['Ruritanian employers did not add 90,000 jobs in April 2025, as one minister claimed.', '90,000 jobs'],
    ["Ruritania's jobless rate has never been above 4.5% this spring.", 'above 4.5%'],
  ])('%s', async (text, figure) => {
    const c = claim(await judge(text, facts), figure);
    expect(c.verdict).toBe('unverifiable');
    expect(c.frame?.status).toMatchObject({ value: 'denied' });
  });

  it('a denial that fits is no support either ("was not 4.2%")', async () => {
    const c = claim(await judge("Ruritania's jobless rate was not 4.2% in April 2025, whatever the minister said.", facts), '4.2%');
    expect(c.verdict).toBe('unverifiable');
  });

  it('not the figure after "but", nor the object of another verb, nor "not until"', async () => {
    const r = await judge("Ruritania's jobless rate was not 4.5% in April 2025 but 4.2%.", facts);
    expect(claim(r, '4.2%').verdict).toBe('supported');
    expect(claim(await judge('The minister never stopped asking about the 61,000 jobs Ruritanian employers added in April 2025.', facts), '61,000 jobs').frame?.status.value).toBe('reported');
    expect(claim(await judge('It was not until April 2025 that Ruritanian employers added 61,000 jobs.', facts), '61,000 jobs').frame?.status.value).toBe('reported');
  });
});

// "…, economists had guessed": a closing clause saying whose expectation the sentence states.
describe('a sentence closed by whose expectation it states', () => {
  const facts = [jobs('2025-04', 61_000)];
  it('is a forecast: "Ruritanian employers added between 50,000 and 70,000 jobs in April 2025, economists had guessed"', async () => {
    const r = await judge('Ruritanian employers added between 50,000 and 70,000 jobs in April 2025, economists had guessed.', facts);
    expect(r.claims.find((c) => c.figure.kind === 'count')?.frame?.status).toMatchObject({ value: 'forecast', text: 'had guessed' });
  });

  it('not where the outcome is compared with it: "…, more than economists had expected"', async () => {
    const c = claim(await judge('Ruritanian employers added 61,000 jobs in April 2025, more than economists had expected.', facts), '61,000 jobs');
    expect(c.verdict).toBe('supported');
  });
});

// "On windy days", "at times", "at its peak": some part of the period, whose figure is not the
// period's; the period's fact would contradict a true one, and two such figures are no quantity
// stated twice.
describe('a clause that narrows the time to some part of the period', () => {
  const facts = [rate('2025-04', 4.2)];
  it.each([
    "On some days in April 2025 Ruritania's jobless rate reached 6%, by the ministry's daily count.",
    "At its peak in April 2025 Ruritania's jobless rate touched 6%.",
    "For a few weeks in April 2025 Ruritania's jobless rate stood near 6%.",
  ])('%s', async (text) => {
    const r = await judge(text, facts);
    const c = r.claims.find((x) => x.figure.kind === 'percent')!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.frame?.time).toMatchObject({ confidence: 'low' });
  });

  it('the period itself is still checked', async () => {
    const r = await judge("Ruritania's jobless rate reached 6% in April 2025.", facts);
    expect(r.claims.find((x) => x.figure.kind === 'percent')!.verdict).toBe('contradicted');
  });
});

describe('a figure the text itself calls false, or passes on unconfirmed', () => {
  const facts = [rate('2025-05', 4.2)];
  it('is denied: "some wrongly claimed that the jobless rate hit 5%", "rumours that it hit 5% proved false"', async () => {
    for (const text of [
      'Some commentators wrongly claimed that the Ruritanian jobless rate hit 5% in May.',
      'The false claim that the Ruritanian jobless rate hit 5% in May spread fast.',
      'Reports that the Ruritanian jobless rate hit 5% in May proved false.',
      'The story that the Ruritanian jobless rate hit 5% in May has been debunked.',
    ]) {
      const c = claim(await judge(text, facts), '5%');
      expect(c.frame?.status.value, text).toBe('denied');
      expect(c.verdict, text).toBe('unverifiable');
    }
  });

  it('is no outcome the article asserts: "reportedly", "rumours that …"', async () => {
    for (const text of ['The Ruritanian jobless rate reportedly hit 5% in May.', 'Rumours that the Ruritanian jobless rate hit 5% in May spread fast.']) {
      const c = claim(await judge(text, facts), '5%');
      expect(c.frame?.status.confidence, text).toBe('low');
      expect(c.verdict, text).toBe('unverifiable');
    }
  });

  it('but the article\'s own figure beside it, and a figure near "were wrong" said of someone, are still checked', async () => {
    const r = await judge('The Ruritanian jobless rate was 5% in May, and those who feared worse were wrong.', facts);
    expect(claim(r, '5%').verdict).toBe('contradicted');
  });
});

describe('a question that asks whether', () => {
  const facts = [rate('2025-05', 4.2)];
  it('asserts none of its figures: neither supported nor contradicted', async () => {
    for (const [text, figure] of [
      ['Did the Ruritanian jobless rate reach 5% in May?', '5%'],
      ['Could the Ruritanian jobless rate have been 4.2% in May?', '4.2%'],
      ['"Was the jobless rate really 5% in May?"', '5%'],
    ] as const) {
      const c = claim(await judge(text, facts), figure);
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.frame?.status.value, text).toBe('question');
    }
  });

  it('but a question of what or why takes its figure as given, and a figure naming a noun in a question is named, not asked', async () => {
    expect(claim(await judge('Why did the Ruritanian jobless rate reach 5% in May?', facts), '5%').verdict).toBe('contradicted');
    const named = await judge('Is the 5% jobless rate of May the peak?', facts);
    expect(claim(named, '5%').frame?.status.value).not.toBe('question');
  });
});

describe('"the 9,000 economists expected": a clause of foreseeing about the number before it', () => {
  it('is a forecast, and its subject is no noun the number counts', async () => {
    const r = await judge('Ruritanian employers created 12,000 jobs in May, more than the 9,000 economists expected.', [jobs('2025-05', 12000)]);
    const c = claim(r, '9,000');
    expect(c.figure.unit).not.toBe('economist');
    expect(c.frame?.status.value).toBe('forecast');
    expect(c.verdict).toBe('unverifiable');
  });

  it('but a count of those who foresaw, with an object of their own, counts them', async () => {
    const r = await judge('Some 200 economists expected a rise in May.', [jobs('2025-05', 12000)]);
    expect(r.claims.find((c) => c.figure.kind === 'count')!.figure.unit).toBe('economist');
  });
});

describe('a sentence that tells of a revision', () => {
  const april = [
    fact({ id: 'ru-apr-1', measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-04-01', to: '2025-04-30' }, asOf: '2025-05-02', value: 15000, side: 'ruritania-statistics' }),
    fact({ id: 'ru-apr-2', measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-04-01', to: '2025-04-30' }, asOf: '2025-06-06', value: 12000, side: 'ruritania-statistics' }),
    fact({ id: 'ru-apr-3', measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-04-01', to: '2025-04-30' }, asOf: '2025-07-04', value: 9000, side: 'ruritania-statistics' }),
  ];
  const judgeJuly = reportOn(beat, april, { published: '2025-07-10' });

  it('reports a release: a level some revision gave is not contradicted by the latest', async () => {
    expect(claim(await judgeJuly('Ruritanian employers created 12,000 jobs in April, revised down by 3,000.'), '12,000 jobs').verdict).not.toBe('contradicted');
    // (Stated as the level, with no revision told of, the latest release contradicts it.)
    expect(claim(await judgeJuly('Ruritanian employers created 12,000 jobs in April.'), '12,000 jobs').verdict).toBe('contradicted');
  });

  it('"revised to 12,000, up by 3,000": the change after the revised level is the revision\'s size', async () => {
    const r = await judgeJuly('Ruritanian employers\' April count was revised to 12,000 jobs, up by 3,000.');
    const c = r.claims.find((x) => x.figure.text.startsWith('3,000'))!;
    expect(c.frame?.change.value).toBe('revision');
    expect(c.verdict).toBe('unverifiable');
  });
});

describe('a date after an earlier figure of the sentence is that figure\'s', () => {
  const time = (r: Awaited<ReturnType<typeof judge>>, text: string) => claim(r, text).framing?.time;

  it('through a clause of the figure\'s own ("the 303 seats it had won in 2019"), not the figure before', async () => {
    const r = await judge('The league met its goal with 24 members on target, a far cry from the 11 members it had counted in 2023.', [onTarget('2023', 11)]);
    expect(time(r, '24 members')?.basis).not.toBe('explicit');
    expect(time(r, '11 members')).toEqual({ from: '2023', to: '2023', basis: 'explicit' });
  });

  it('joined figures before joined dates are dated in order ("303 and 282 … in 2019 and 2014")', async () => {
    const r = await judge('Some 24 members met the export target, a far cry from the 11 and 9 members it counted in 2023 and 2022.', []);
    expect(time(r, 'Some 24 members')?.basis).not.toBe('explicit');
    expect(time(r, '11')).toEqual({ from: '2023', to: '2023', basis: 'explicit' });
    expect(time(r, '9 members')).toEqual({ from: '2022', to: '2022', basis: 'explicit' });
  });

  it('a figure in brackets goes with the figure before it ("from 4.1% (3,200 people) in 2023")', async () => {
    const r = await judge('The jobless rate rose to 4.6% (3,900 people), up from 4.1% (3,200 people) in 2024.', [rate('2024-12', 4.1)]);
    expect(time(r, '4.6%')?.basis).not.toBe('explicit');
    expect(time(r, '4.1%')).toEqual({ from: '2024', to: '2024', basis: 'explicit' });
  });
});

describe('a figure naming a threshold states the bar', () => {
  it('"missed the 5% hurdle", "passed 12,000 jobs, the line for a good month": neither is anyone\'s figure', async () => {
    const r = await judge('In May the jobless rate stayed under the 5% hurdle.', [rate('2025-05', 4.98)]);
    expect(claim(r, '5%').frame?.status.value).toBe('target');
    expect(claim(r, '5%').verdict).toBe('unverifiable');
    const j = await judge('In May Ruritanian employers created more than 12,000 jobs, the line for a good month.', [jobs('2025-05', 30_000)]);
    expect(claim(j, 'more than 12,000 jobs').verdict).toBe('unverifiable');
    // (A figure with no threshold beside it is the measure's.)
    expect(claim(await judge('In May the jobless rate was 5%.', [rate('2025-05', 4.98)]), '5%').verdict).toBe('supported');
  });
});
