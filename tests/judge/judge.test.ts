import { describe, expect, it } from 'vitest';
import { fact, judgeText, onlyVerdict } from '../helpers/facts.ts';
import { VerdictReport } from '../../shared/report/report.ts';

const WAR = '2020-nagorno-karabakh-war';
const warPeriod = { from: '2020-09-27', to: '2020-11-10' };

describe('matching', () => {
  it('finds the fact by entity, measure and event, and shows its source', async () => {
    const v = await onlyVerdict('Armenia said 3,773 Armenian soldiers were killed in the Second Karabakh War.', [
      fact({ id: 'am-killed', measure: 'soldiers_killed', entities: ['armenia', 'artsakh'], event: WAR, period: warPeriod, asOf: '2021-08-24', value: 3773, side: 'armenia-government' }),
      fact({ id: 'az-killed', measure: 'soldiers_killed', entities: ['azerbaijan'], event: WAR, period: warPeriod, asOf: '2021-06-02', value: 2900, side: 'azerbaijan-defence-ministry' }),
    ], '2021-09-01');
    expect(v.verdict).toBe('supported');
    expect(v.evidence[0]).toMatchObject({ factId: 'am-killed', value: 3773, role: 'main', source: { url: 'https://example.org/page' } });
  });

  it('is unverifiable, not forced, when only a loosely related fact exists', async () => {
    const v = await onlyVerdict('Armenia lost 120 tanks in the Second Karabakh War.', [
      fact({ id: 'am-killed', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, value: 120 }),
    ], '2021-01-01');
    expect(v.verdict).toBe('unverifiable');
    expect(v.evidence).toEqual([]);
  });

  it('says why close candidates lost', async () => {
    const v = await onlyVerdict('Azerbaijan spent $3.6 billion on its armed forces in 2023.', [
      fact({ id: 'az-2022', measure: 'military_expenditure', unit: 'USD', period: { from: '2022-01-01', to: '2022-12-31' }, asOf: '2023-04-24', value: 2.991e9, side: 'sipri' }),
      fact({ id: 'am-2023', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: { from: '2023-01-01', to: '2023-12-31' }, asOf: '2024-04-22', value: 1.33e9, side: 'sipri' }),
    ], '2024-05-01');
    expect(v.verdict).toBe('unverifiable');
    expect(v.rejected).toEqual(expect.arrayContaining([{ factId: 'az-2022', reason: expect.stringMatching(/covers 2022-01-01..2022-12-31, the claim speaks of 2023/) }]));
  });

  it('is unverifiable for ordinals and for figures whose measure is unknown', async () => {
    expect((await onlyVerdict('It was the first meeting of its kind.', [])).verdict).toBe('unverifiable');
    expect((await onlyVerdict('They counted 17 doors.', [])).explanation).toMatch(/could not tell what/);
  });
});

describe('time: the revision current at publication is the main evidence', () => {
  const revisions = [
    fact({ id: 'az-1', measure: 'soldiers_killed', event: WAR, period: warPeriod, asOf: '2020-12-03', value: 2783, side: 'azerbaijan-defence-ministry' }),
    fact({ id: 'az-2', measure: 'soldiers_killed', event: WAR, period: warPeriod, asOf: '2021-06-02', value: 2900, side: 'azerbaijan-defence-ministry' }),
  ];

  it('uses the figure of the article’s day, and shows later ones beside it', async () => {
    const v = await onlyVerdict('Azerbaijan says 2,783 Azerbaijani soldiers died in the Second Karabakh War.', revisions, '2020-12-10');
    expect(v.verdict).toBe('supported');
    expect(v.evidence.find((e) => e.role === 'main')?.factId).toBe('az-1');
    expect(v.evidence.find((e) => e.role === 'later-revision')).toMatchObject({ factId: 'az-2', fits: false });
    expect(v.explanation).toMatch(/Later figures: 2,900 \(2 June 2021\), which it doesn't fit/);
  });

  it('judges the same words later against the later figure', async () => {
    const v = await onlyVerdict('Azerbaijan says 2,783 Azerbaijani soldiers died in the Second Karabakh War.', revisions, '2021-07-01');
    expect(v.verdict).toBe('contradicted');
    expect(v.evidence.find((e) => e.role === 'main')?.factId).toBe('az-2');
  });

  it('reads "by August" as the figure as it stood then', async () => {
    const r = await judgeText('By January 2021, 2,783 Azerbaijani soldiers had been killed in the Second Karabakh War.', revisions, '2021-07-01');
    const v = r.claims.find((c) => c.figure.kind === 'count')!;
    expect(v.framing?.time.basis).toBe('as-of');
    expect(v.verdict).toBe('supported');
    // The month is when the count stood so: a claim of its own.
    expect(r.claims.map((c) => c.figure.text)).toContain('January 2021');
  });

  it('"at least 5,000" in December 2020 is supported by that month’s sides, and still by the final ones', async () => {
    const v = await onlyVerdict('At least 5,000 soldiers were killed in the Second Karabakh War.', [
      ...revisions,
      fact({ id: 'am-1', measure: 'soldiers_killed', entities: ['armenia', 'artsakh'], event: WAR, period: warPeriod, asOf: '2020-12-02', value: 2718, side: 'armenia-health-ministry' }),
      fact({ id: 'am-final', measure: 'soldiers_killed', entities: ['armenia', 'artsakh'], event: WAR, period: warPeriod, value: 3825, side: 'armenia-government' }),
    ], '2020-12-15');
    expect(v.verdict).toBe('supported');
    expect(v.computation?.[0]).toMatchObject({ expression: '2,718 (Test Source, 2 December 2020) + 2,783 (Test Source, 3 December 2020) = 5,501', value: 5501 });
    expect(v.computation?.[1]?.value).toBe(2900 + 3825);
  });
});

describe('derived figures, with the computation written out', () => {
  const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
  const spending = [
    fact({ id: 'az-2022', measure: 'military_expenditure', unit: 'USD', period: year(2022), asOf: '2024-04-22', value: 2.991e9, side: 'sipri' }),
    fact({ id: 'am-2022', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2022), asOf: '2024-04-22', value: 795e6, side: 'sipri' }),
    fact({ id: 'am-2021', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2021), asOf: '2024-04-22', value: 619e6, side: 'sipri' }),
  ];

  it('a ratio between entities: 2,991 / 795 = 3.76', async () => {
    const v = await onlyVerdict('In 2022 Azerbaijan’s military spending was approximately 3.8 times that of Armenia.', spending, '2024-07-10');
    expect(v.verdict).toBe('supported');
    expect(v.computation?.[0]).toMatchObject({ value: 3.76, expression: expect.stringMatching(/^2,991 million \/ 795 million = 3.76/) });
  });

  it('a ratio that does not hold', async () => {
    const v = await onlyVerdict('In 2022 Azerbaijan’s military spending was five times that of Armenia.', spending, '2024-07-10');
    expect(v.verdict).toBe('contradicted');
  });

  it('the best-ranked source is the main evidence: SIPRI over a national budget', async () => {
    const year2022 = { from: '2022-01-01', to: '2022-12-31' };
    const facts = [
      fact({ id: 'am-2022-sipri', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year2022, asOf: '2023-04-24', value: 1.36e9, side: 'sipri' }),
      fact({ id: 'am-2022-budget', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year2022, asOf: '2022-12-01', value: 0.9e9, side: 'national-budget' }),
    ];
    const v = await onlyVerdict('In 2022 Armenia spent $1.36 billion on its armed forces.', facts, '2023-06-01');
    expect(v.evidence[0]).toMatchObject({ factId: 'am-2022-sipri', role: 'main' });
    expect(v.verdict).toBe('supported');
  });

  it('a percentage change over a year', async () => {
    const v = await onlyVerdict('In 2022 Armenia raised its military spending by 28 percent.', spending, '2024-07-10');
    expect(v.computation?.[0]).toMatchObject({ value: 28.4, unit: '%' });
    expect(v.verdict).toBe('supported');
  });

  it('a duration from start and end dates, converted to weeks', async () => {
    const dates = [fact({ id: 'war-dates', measure: 'event_date', entities: ['azerbaijan', 'armenia'], event: WAR, unit: 'date', date: { start: '2020-09-27', end: '2020-11-10', precision: 'day' } })];
    const weeks = await onlyVerdict('Azerbaijan won the six-week conflict.', dates, '2021-08-16');
    expect(weeks.computation?.[0]).toMatchObject({ expression: '27 September 2020 → 10 November 2020 = 44 days = 6.29 weeks', value: 6.29 });
    expect(weeks.verdict).toBe('supported');
    const days = await onlyVerdict('Azerbaijan won the 40-day Patriotic War.', dates, '2021-08-16');
    expect(days.verdict).toBe('contradicted');
  });

  it('a duration fact in another unit is converted', async () => {
    const v = await onlyVerdict('Azerbaijan won the 44-day war.', [fact({ id: 'war-weeks', measure: 'duration', entities: ['azerbaijan', 'armenia'], event: WAR, unit: 'week', value: 6.3, precision: 0.1 })], '2021-08-16');
    expect(v.verdict).toBe('supported');
  });

  it('distances convert between kilometres and miles', async () => {
    const v = await onlyVerdict('Gyumri lies 10 kilometers away from the Turkish border.', [fact({ id: 'gyumri', measure: 'distance', entities: ['gyumri'], unit: 'mi', value: 6.2, precision: 0.1 })]);
    expect(v.verdict).toBe('supported');
  });

  it('money in another currency stays unverifiable without a rate in the table', async () => {
    const v = await onlyVerdict('In 2022 Armenia’s defence budget was 506bn drams.', spending, '2024-07-10');
    expect(v.verdict).toBe('unverifiable');
    expect(v.rejected?.some((r) => /in USD/.test(r.reason))).toBe(true);
  });

  it('million and billion compare as numbers', async () => {
    const v = await onlyVerdict('In 2022 Azerbaijan spent US$2,991m on its military.', spending, '2024-07-10');
    expect(v.verdict).toBe('supported');
  });

  it('computes nothing from a row of 0 as divisor', async () => {
    // 2,991 / 0 and (795 − 0) / 0 gave Infinity: a "contradicted" verdict on "Infinity times", and a report its schema refused.
    const zero = [...spending.filter((f) => f.id !== 'am-2021'), fact({ id: 'am-2021', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2021), asOf: '2024-04-22', value: 0, side: 'sipri' })];
    const zeroArmenia = [spending[0]!, { ...spending[1]!, value: 0 }];
    for (const [text, table] of [
      ['In 2022 Azerbaijan’s military spending was approximately 3.8 times that of Armenia.', zeroArmenia],
      ['In 2022 Armenia raised its military spending by 28 percent.', zero],
    ] as const) {
      const r = await judgeText(text, [...table], '2024-07-10');
      expect(VerdictReport.safeParse(r).success).toBe(true);
      expect(r.claims[0]!.computation).toBeUndefined();
      expect(r.claims[0]!.explanation).not.toMatch(/Infinity|NaN/);
    }
  });
});

describe('disputed figures', () => {
  const sides = [
    fact({ id: 'az-says', measure: 'civilians_killed', entities: ['azerbaijan'], event: WAR, asOf: '2020-12-01', value: 100, side: 'azerbaijan-prosecutor-general' }),
    fact({ id: 'ngo-says', measure: 'civilians_killed', entities: ['azerbaijan'], event: WAR, asOf: '2020-12-01', value: 60, side: 'independent-monitor' }),
  ];

  it('is disputed when the claim fits one source and not another, and lists each', async () => {
    const v = await onlyVerdict('Some 100 Azerbaijani civilians were killed in the Second Karabakh War.', sides, '2020-12-10');
    expect(v.verdict).toBe('disputed');
    expect(v.sides).toEqual(expect.arrayContaining([expect.objectContaining({ side: 'azerbaijan', fits: true }), expect.objectContaining({ side: 'independent', fits: false })]));
  });

  it('is supported when every source fits', async () => {
    const v = await onlyVerdict('Up to 100 Azerbaijani civilians were killed in the Second Karabakh War.', sides, '2020-12-10');
    expect(v.verdict).toBe('supported');
  });
});

describe('dates', () => {
  const signed = fact({ id: 'signed', measure: 'event_date', entities: ['turkey', 'azerbaijan'], event: '2021-shusha-declaration', unit: 'date', date: { start: '2021-06-15', precision: 'day' } });

  it('a wrong month is contradicted, the right one supported', async () => {
    expect((await onlyVerdict('Turkey and Azerbaijan signed the Shusha Declaration in July.', [signed], '2021-08-16')).verdict).toBe('contradicted');
    expect((await onlyVerdict('Turkey and Azerbaijan signed the Shusha Declaration in June.', [signed], '2021-08-16')).verdict).toBe('supported');
    expect((await onlyVerdict('Turkey and Azerbaijan signed the Shusha Declaration in 2021.', [signed], '2021-08-16')).verdict).toBe('supported');
  });

  it('a wrong day is contradicted', async () => {
    const v = await onlyVerdict('Turkey and Azerbaijan signed the Shusha Declaration on June 16.', [signed], '2021-08-16');
    expect(v.verdict).toBe('contradicted');
    expect(v.explanation).toBe('Shusha Declaration took place on 15 June 2021 (Test Source), not June 16.');
  });

  it('a start date is compared with the start of a range', async () => {
    const range = fact({ id: 'drill', measure: 'event_date', entities: ['iran', 'azerbaijan'], event: '2024-aras-exercise', unit: 'date', date: { start: '2024-11-24', end: '2024-11-28', precision: 'day' } });
    expect((await onlyVerdict('On November 25, the IRGC and Azerbaijani forces began the exercise.', [range], '2024-11-26')).verdict).toBe('contradicted');
    expect((await onlyVerdict('On November 26, the IRGC and Azerbaijani forces held the exercise.', [range], '2024-11-27')).verdict).toBe('supported');
  });

  it('a date whose year is unknown stays unverifiable', async () => {
    expect((await onlyVerdict('Turkey and Azerbaijan signed the Shusha Declaration on June 15.', [signed])).verdict).toBe('unverifiable');
  });
});

describe('consistency checks', () => {
  it('a weekday that does not match its date', async () => {
    const r = await judgeText('On Tuesday, November 25, the drill began.', [], '2024-11-26');
    const c = r.claims.find((x) => x.figure.kind === 'consistency')!;
    expect(c).toMatchObject({ verdict: 'contradicted', figure: { check: 'weekday' }, explanation: '2024-11-25 was a Monday, not a Tuesday.' });
  });

  it('a count followed by a list of another length', async () => {
    const r = await judgeText('Turkey proposed a six-state platform, which would include Turkey, Azerbaijan, Russia, Iran and Georgia.', []);
    const c = r.claims.find((x) => x.figure.kind === 'consistency')!;
    expect(c).toMatchObject({ verdict: 'contradicted', figure: { check: 'list-count' } });
    expect(c.explanation).toMatch(/list of 5/);
    const ok = await judgeText('Turkey proposed a six-state platform, which would include Turkey, Azerbaijan, Russia, Iran, Georgia and Armenia.', []);
    expect(ok.claims.find((x) => x.figure.kind === 'consistency')?.verdict).toBe('supported');
  });

  it('the same quantity stated twice with different values', async () => {
    const r = await judgeText('In 2021 Moscow deployed 2,000 peacekeepers. In 2021 Moscow deployed 1,200 peacekeepers.', []);
    const c = r.claims.filter((x) => x.figure.kind === 'consistency');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ verdict: 'contradicted', figure: { check: 'repeated-quantity' } });
    const same = await judgeText('In 2021 Moscow deployed 2,000 peacekeepers. In 2021 Moscow deployed nearly 2,000 peacekeepers.', []);
    expect(same.claims.filter((x) => x.figure.kind === 'consistency')).toHaveLength(0);
  });

  it('is not the same quantity at two times, before and after a revision, or as a plan', async () => {
    for (const text of [
      'Moscow deployed 2,000 peacekeepers. Later, Moscow deployed 1,200 peacekeepers.',
      'In 2021 Moscow deployed 2,000 peacekeepers. In 2022 Moscow deployed 1,200 peacekeepers.',
      'In 2021 Moscow deployed 2,000 peacekeepers. The count was revised: in 2021 Moscow deployed 1,200 peacekeepers.',
      'In 2021 Moscow deployed 2,000 peacekeepers. In 2021 Moscow planned to deploy 1,200 peacekeepers.',
      // (Two values of one sentence: a list or a flattened table's row tells them apart.)
      'In 2021 Moscow deployed 2,000 peacekeepers in the north 1,200 peacekeepers in the south.',
    ]) {
      const r = await judgeText(text, []);
      expect(r.claims.filter((x) => x.figure.kind === 'consistency'), text).toHaveLength(0);
    }
  });
});

describe('the report', () => {
  it('counts verdicts by label and carries the reference version', async () => {
    const r = await judgeText('Turkey and Azerbaijan signed the Shusha Declaration in July.', [fact({ id: 's', measure: 'event_date', event: '2021-shusha-declaration', unit: 'date', date: { start: '2021-06-15', precision: 'day' } })], '2021-08-16');
    expect(r.counts).toEqual({ claims: 1, supported: 0, contradicted: 1, disputed: 0, unverifiable: 0 });
    expect(r.reference.version).toMatch(/^[0-9a-f]{16}$/);
    expect(r.schema).toBe('factcheck/report');
  });
});

describe('differences and currencies', () => {
  const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
  const spending = [
    fact({ id: 'az-2023', measure: 'military_expenditure', unit: 'USD', period: year(2023), asOf: '2024-04-22', value: 3.561e9, side: 'sipri' }),
    fact({ id: 'am-2023', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2023), asOf: '2024-04-22', value: 1.33e9, side: 'sipri' }),
  ];

  it('a difference between entities: 3,561 − 1,330', async () => {
    const v = await onlyVerdict('In 2023 Azerbaijan spent $2.2 billion more than Armenia on its armed forces.', spending, '2024-05-01');
    expect(v.framing?.entities.map((e) => [e.id, e.role])).toEqual([['azerbaijan', 'subject'], ['armenia', 'comparator']]);
    expect(v.computation?.[0]).toMatchObject({ expression: '3,561 million − 1,330 million = 2,231 million (Test Source, 2023)', value: 2.231e9 });
    expect(v.verdict).toBe('supported');
    const wrong = await onlyVerdict('In 2023 Azerbaijan spent $3 billion more than Armenia on its armed forces.', spending, '2024-05-01');
    expect(wrong.verdict).toBe('contradicted');
  });

  it('converts a currency only through a rate the table holds', async () => {
    const rate = fact({ id: 'amd-2023', measure: 'exchange_rate', entities: ['amd'], unit: 'AMD per USD', period: year(2023), asOf: '2024-01-10', value: 392.5 });
    const v = await onlyVerdict('In 2023 Armenia’s defence budget was 522bn drams.', [...spending, rate], '2024-05-01');
    expect(v.computation?.[0]).toMatchObject({ expression: 'US$1,330 million × 392.5 AMD per US$ = 522.025 billion AMD (Test Source, 2023)', unit: 'AMD' });
    expect(v.verdict).toBe('supported');
    const without = await onlyVerdict('In 2023 Armenia’s defence budget was 522bn drams.', spending, '2024-05-01');
    expect(without.verdict).toBe('unverifiable');
  });
});
