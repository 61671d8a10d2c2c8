import { describe, expect, it } from 'vitest';
import { fact, judgeText, onlyVerdict } from '../helpers/facts.ts';
import { VerdictReport } from '../../shared/report/report.ts';
import type { JudgedClaim } from '../../shared/report/report.ts';

/**
 * The abstention policy, class by class (docs/adr/0009-abstention-policy.md): each case is a
 * figure that, read as written against a fact that disagrees, would be contradicted; the policy
 * keeps `contradicted` where every slot was read from the text and abstains, naming the slot,
 * where one was not. Sentences are the project's own, made for the class, not taken from any
 * article.
 */

const WAR = '2020-nagorno-karabakh-war';
const warPeriod = { from: '2020-09-27', to: '2020-11-10' };
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

const killed = [
  fact({ id: 'am-killed', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2021-08-24', value: 3773, side: 'armenia-government' }),
  fact({ id: 'az-killed', measure: 'soldiers_killed', entities: ['azerbaijan'], event: WAR, period: warPeriod, asOf: '2021-06-02', value: 2908, side: 'azerbaijan-defence-ministry' }),
];
const spending = [
  fact({ id: 'am-2022', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2022), asOf: '2023-04-24', value: 1.36e9, side: 'sipri' }),
  fact({ id: 'am-2021', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2021), asOf: '2022-04-25', value: 0.62e9, side: 'sipri' }),
];

const abstained = (v: JudgedClaim, slot: string) => {
  expect(v.verdict).toBe('unverifiable');
  expect(v.abstained).toMatchObject({ verdict: 'contradicted', slot });
  expect(v.explanation).toMatch(/^Not judged: /);
};

describe('a contradiction stands where every slot is read from the text', () => {
  it('a side, a measure and a named war', async () => {
    const v = await onlyVerdict('Armenia lost 2,100 soldiers in the Second Karabakh War.', killed, '2021-09-01');
    expect(v.verdict).toBe('contradicted');
    expect(v.frame).toMatchObject({ subject: { value: ['armenia'], confidence: 'high' }, event: { value: WAR, confidence: 'high' }, change: { value: 'level' }, status: { value: 'reported' } });
  });

  it('an amount for a year named in its own clause', async () => {
    const v = await onlyVerdict('In 2022 Armenia spent $2.5 billion on its armed forces.', spending, '2023-06-01');
    expect(v.verdict).toBe('contradicted');
  });

  it('the report says the frame of every claim and validates', async () => {
    const r = await judgeText('Armenia lost 2,100 soldiers in the Second Karabakh War. It was the first such war.', killed, '2021-09-01');
    expect(() => VerdictReport.parse(r)).not.toThrow();
    for (const c of r.claims.filter((x) => x.figure.kind !== 'consistency')) expect(c.frame).toBeDefined();
  });
});

describe('who', () => {
  it('two sides named together are a sum, not the last one named', async () => {
    abstained(await onlyVerdict('Armenia and Azerbaijan lost 3,800 soldiers in the Second Karabakh War.', killed, '2021-09-01'), 'subject');
  });

  it('no side named is not the sum of the sides unless the text says so', async () => {
    abstained(await onlyVerdict('In the Second Karabakh War, 9,000 soldiers were killed.', killed, '2021-09-01'), 'subject');
  });
});

describe('what', () => {
  it('a change is not a level', async () => {
    abstained(await onlyVerdict('In 2022 Armenia raised its military spending by $700 million.', spending, '2023-06-01'), 'change');
  });

  it('an earlier level in "up from" is not the current one', async () => {
    const r = await judgeText('In 2022 Armenia spent $1.36 billion on its armed forces, up from $900 million.', spending, '2023-06-01');
    const from = r.claims.find((c) => c.figure.text.includes('900'))!;
    expect(from.verdict).not.toBe('contradicted');
  });

  it('a forecast that matches the outcome is not supported by it; an outcome beside a forecast is', async () => {
    const forecast = await onlyVerdict('In 2022 Armenia was expected to spend $1.36 billion on its armed forces.', spending, '2023-06-01');
    expect(forecast.verdict).toBe('unverifiable');
    expect(forecast.explanation).toMatch(/^Not judged: it is a forecast/);
    const r = await judgeText('In 2022 Armenia spent $1.36 billion on its armed forces, more than analysts had expected.', spending, '2023-06-01');
    expect(r.claims.find((c) => c.figure.kind === 'money')!.verdict).toBe('supported');
  });

  it('a target or a plan is not an outcome', async () => {
    abstained(await onlyVerdict('In 2022 Armenia planned to spend $2 billion on its armed forces.', spending, '2023-06-01'), 'status');
  });
});

describe('when', () => {
  it('each figure takes the year of its own clause', async () => {
    const r = await judgeText('Armenia spent $620 million on its armed forces in 2021 and $1.36 billion in 2022.', spending, '2023-06-01');
    expect(r.claims.filter((c) => c.figure.kind === 'money').map((c) => [c.framing?.time.from, c.verdict])).toEqual([
      ['2021', 'supported'],
      ['2022', 'supported'],
    ]);
  });

  it('a date without its year, far from the years of the event named, dates another event', async () => {
    const facts = [fact({ id: 'war-dates', measure: 'event_date', entities: ['azerbaijan', 'armenia'], event: WAR, unit: 'date', date: { start: '2020-09-27', end: '2020-11-10', precision: 'day' }, asOf: '2020-12-03' })];
    abstained(await onlyVerdict('A ceasefire in the Second Karabakh War was reached on 20 September.', facts, '2023-09-27'), 'event');
  });

  it('"until" a date bounds something else', async () => {
    const facts = [fact({ id: 'war-dates', measure: 'event_date', entities: ['azerbaijan', 'armenia'], event: WAR, unit: 'date', date: { start: '2020-09-27', end: '2020-11-10', precision: 'day' }, asOf: '2020-12-03' })];
    abstained(await onlyVerdict('Memorials of the Second Karabakh War stay open until 3 March 2021.', facts, '2021-01-01'), 'time');
  });

  it('without the article\'s date, a figure another revision fits is not contradicted', async () => {
    const revisions = [
      fact({ id: 'am-killed-early', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2020-11-14', value: 2317, side: 'armenia-government' }),
      fact({ id: 'am-killed', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2021-08-24', value: 3773, side: 'armenia-government' }),
    ];
    abstained(await onlyVerdict('Armenia lost 2,317 soldiers in the Second Karabakh War.', revisions), 'evidence');
    expect((await onlyVerdict('Armenia lost 2,317 soldiers in the Second Karabakh War.', revisions, '2021-09-01')).verdict).toBe('contradicted');
  });
});

describe('a revision put in a source\'s mouth', () => {
  it('quotes that revision: not contradicted by a later one', async () => {
    const revisions = [
      fact({ id: 'am-killed-early', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2020-11-14', value: 2317, side: 'armenia-government' }),
      fact({ id: 'am-killed', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2021-08-24', value: 3773, side: 'armenia-government' }),
    ];
    abstained(await onlyVerdict('The government first said Armenia lost 2,317 soldiers in the Second Karabakh War.', revisions, '2021-09-01'), 'evidence');
    // A figure no revision states is still contradicted.
    expect((await onlyVerdict('The government first said Armenia lost 2,999 soldiers in the Second Karabakh War.', revisions, '2021-09-01')).verdict).toBe('contradicted');
  });
});

describe('how much an estimate was revised', () => {
  it('is not the figure itself, whatever the measure', async () => {
    const r = await judgeText('Armenia\'s count of soldiers killed in the Second Karabakh War was revised up by 1,000 to 3,773.', killed, '2021-09-01');
    const by = r.claims.find((c) => c.figure.text.startsWith('1,000'))!;
    expect(by.frame?.change.value).toBe('revision');
    expect(by.verdict).not.toBe('contradicted');
  });
});

describe('the one event of a measure\'s kinds', () => {
  it('taken from an earlier sentence, is that event for sure', async () => {
    // The article names an agreement too: not its only event, but its only war.
    const r = await judgeText('Armenia lost many soldiers in the Second Karabakh War.\n\nThe Shusha Declaration followed. In all, 3,500 Armenian soldiers were killed.', killed, '2021-09-01');
    const c = r.claims.find((x) => x.figure.text.includes('3,500'))!;
    expect(c.framing?.event).toMatchObject({ id: WAR, via: 'context', sole: true });
    expect(c.verdict).toBe('contradicted');
  });
});

describe('a month the sentence speaks of', () => {
  it('times the figure of its sentence', async () => {
    const r = await judgeText("Armenia's spending was put at $1.36 billion. December's figure was lowered to $90 million.", spending, '2023-01-20');
    expect(r.claims.find((c) => c.figure.text.includes('90'))!.framing?.time).toMatchObject({ from: '2022-12', basis: 'explicit' });
  });
});

describe('the time of what a figure is compared with', () => {
  it('"than in 2021" is not the figure\'s year', async () => {
    const r = await judgeText('Armenia spent $1.36 billion on its armed forces, far more than in 2021.', spending, '2023-06-01');
    const c = r.claims.find((x) => x.figure.kind === 'money')!;
    expect(c.framing?.time.from).not.toBe('2021');
    expect(c.verdict).not.toBe('contradicted');
  });
});

describe('evidence time', () => {
  it('a figure a later release states exactly may be what the article quotes', async () => {
    const revisions = [
      fact({ id: 'am-killed-early', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2020-11-14', value: 2317, side: 'armenia-government' }),
      fact({ id: 'am-killed', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2021-08-24', value: 3773, side: 'armenia-government' }),
    ];
    abstained(await onlyVerdict('Armenia lost 3,773 soldiers in the Second Karabakh War.', revisions, '2021-03-01'), 'evidence');
    expect((await onlyVerdict('Armenia lost 3,500 soldiers in the Second Karabakh War.', revisions, '2021-03-01')).verdict).toBe('contradicted');
  });

  it('a figure published after the article is not evidence against it', async () => {
    const later = [fact({ id: 'am-killed-late', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, period: warPeriod, asOf: '2022-09-27', value: 3825, side: 'armenia-government' })];
    abstained(await onlyVerdict('Armenia lost 2,100 soldiers in the Second Karabakh War.', later, '2021-01-15'), 'evidence');
  });
});

describe('a side published after the article', () => {
  it('is a later figure, not a side of a dispute at the time', async () => {
    const facts = [
      fact({ id: 'am-2022-sipri', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2022), asOf: '2023-04-24', value: 1.36e9, side: 'sipri' }),
      fact({ id: 'am-2022-government', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2022), asOf: '2024-02-01', value: 1.6e9, side: 'armenia-government' }),
    ];
    const v = await onlyVerdict('In 2022 Armenia spent $1.36 billion on its armed forces.', facts, '2023-06-01');
    expect(v.verdict).toBe('supported');
    expect(v.evidence.map((e) => [e.factId, e.role])).toEqual([['am-2022-sipri', 'main'], ['am-2022-government', 'later-revision']]);
    // Read after both were published, the sides disagree.
    expect((await onlyVerdict('In 2022 Armenia spent $1.36 billion on its armed forces.', facts, '2024-06-01')).verdict).toBe('disputed');
  });
});

describe('sign', () => {
  it('a negative figure against positive facts', async () => {
    const v = await onlyVerdict('In 2022 Armenia spent -$300 million on its armed forces.', spending, '2023-06-01');
    expect(v.verdict).not.toBe('contradicted');
  });
});

describe('who, in an aside; what, as an average', () => {
  it('a name in a clause set off by commas is not the subject', async () => {
    const r = await judgeText('In 2022 Georgia, which Armenia borders, spent $2.5 billion on its armed forces.', spending, '2023-06-01');
    const money = r.claims.find((c) => c.figure.kind === 'money')!;
    expect(money.framing?.entities.find((e) => e.role === 'subject')?.id).toBe('georgia');
    expect(money.verdict).not.toBe('contradicted');
  });

  it('a rate per month and a bound held over months are not a period\'s figure; a count for a span is', async () => {
    const rate = await onlyVerdict('In 2022 Armenia spent $1.36 billion a year on its armed forces.', spending, '2023-06-01');
    expect(rate.explanation).toMatch(/^Not judged: it is an average, a rate/);
    // (A closing quote between the figure and its span: a quoted rate.)
    const quoted = await onlyVerdict('In 2022, its report said, Armenia spent "some $1.36 billion" a year on its armed forces.', spending, '2023-06-01');
    expect(quoted.explanation).toMatch(/^Not judged: it is an average, a rate/);
    const held = await judgeText('In 2022 Armenia spent under $2 billion for three straight years on its armed forces.', spending, '2023-06-01');
    expect(held.claims.find((c) => c.figure.kind === 'money')!.verdict).toBe('unverifiable');
    const peacekeepers = [fact({ id: 'pk', measure: 'peacekeepers_deployed', entities: ['russia'], unit: 'people', asOf: '2020-11-10', value: 1960 })];
    const span = await judgeText('Russia deployed 1,960 peacekeepers for five years.', peacekeepers, '2020-11-12');
    expect(span.claims.find((c) => c.figure.kind === 'count')!.verdict).toBe('supported');
  });

  it('a year\'s figure neither supports nor contradicts the figure of a quarter or a half of it', async () => {
    for (const text of ['In the first half of 2022 Armenia spent $1.36 billion on its armed forces.', 'In the first quarter of 2022 Armenia spent $1.36 billion on its armed forces.']) {
      const v = await onlyVerdict(text, spending, '2023-06-01');
      expect(v.verdict, text).toBe('unverifiable');
      expect(v.explanation, text).toMatch(/speaks of a part of it/);
    }
    // (The year itself, or a month beside it, which is as often when a source spoke.)
    expect((await onlyVerdict('In 2022 Armenia spent $1.36 billion on its armed forces.', spending, '2023-06-01')).verdict).toBe('supported');
  });

  it('an average over a span is not a period\'s figure', async () => {
    for (const text of [
      'In 2022 Armenia spent on average $1.36 billion on its armed forces.',
      // (The average named after the figure, or words of what is averaged between.)
      'In 2022 Armenia spent $1.36 billion on its armed forces, above its $1.1 billion yearly average.',
      'In 2022 Armenia spent an average yearly sum of $1.1 billion on its armed forces.',
    ]) {
      const r = await judgeText(text, spending, '2023-06-01');
      const v = r.claims.find((c) => c.figure.kind === 'money' && (text.includes('$1.1') ? c.figure.text.includes('1.1') : true))!;
      expect(v.verdict, text).toBe('unverifiable');
      expect(v.explanation, text).toMatch(/^Not judged: it is an average/);
    }
  });

  it('an amount for each one of something is no total: "$450 per head", "Per capita, … $450"', async () => {
    for (const text of ['In 2022 Armenia spent $450 per head on its armed forces.', 'Per head, Armenia spent $450 on its armed forces in 2022.']) {
      const v = await onlyVerdict(text, spending, '2023-06-01');
      expect(v.verdict, text).toBe('unverifiable');
      expect(v.explanation, text).toMatch(/^Not judged: it is an average, a rate/);
    }
    // (Not "per cent".)
    const pct = await judgeText('In 2022 Armenia spent 30 per cent more on its armed forces.', spending, '2023-06-01');
    expect(pct.claims.find((c) => c.figure.kind === 'percent')!.explanation).not.toMatch(/a rate/);
  });

  it('a rate and a total of the same measure are not one quantity stated twice', async () => {
    const r = await judgeText('Armenia lost about 86 soldiers a day during the 44-day war. Armenia lost 3,773 soldiers in the war.', killed, '2021-09-01');
    expect(r.claims.filter((c) => c.figure.kind === 'consistency')).toEqual([]);
  });
});

