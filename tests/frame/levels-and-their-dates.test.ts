import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// Which date is whose when a sentence gives a level, the change that led to it and the level it
// started from. A beat written for these tests: the mills a guild counts in Ruritania at the end
// of each year.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'mills_total', name: 'mills counted at the end of a year', unit: 'mill', subjects: ['mill'], actions: [], phrases: ['number of mills', 'mill count'] }],
});
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const facts = [
  fact({ id: 'mills-2023', measure: 'mills_total', entities: ['ruritania'], unit: 'mill', period: year(2023), asOf: '2024-02-01', value: 609 }),
  fact({ id: 'mills-2024', measure: 'mills_total', entities: ['ruritania'], unit: 'mill', period: year(2024), asOf: '2025-02-01', value: 886 }),
];
const judge = judgeOn(beat, facts, { published: '2025-03-01', heading: 'Notes from the guild' });
const claim = async (text: string, value: number) => (await judge(text)).filter(ofKind('count', 'measure')).find((c) => c.figure.value === value)!;

describe('a date right after the level a change started from', () => {
  it('is that level\'s alone, the size of the change between them: "up 277 from 609 at the end of 2023"', async () => {
    const text = 'By the end of 2024, the number of mills in Ruritania had reached 886 mills, up 277 mills from 609 mills at the end of 2023.';
    const now = await claim(text, 886);
    expect(now.framing?.time).toMatchObject({ from: '2024', to: '2024' });
    expect(now.verdict).toBe('supported');
    expect((await claim(text, 609)).framing?.time).toMatchObject({ from: '2023', to: '2023' });
  });

  it('past such a date only a time heading the sentence reaches another figure', async () => {
    const c = await claim('The guild counted 886 mills in Ruritania in 2024, up from 609 mills in 2023 and only 400 mills on 1 May 2014.', 400);
    expect(c.framing?.time.from).not.toBe('2024');
    expect(c.verdict).not.toBe('contradicted');
  });

  it('so a wrong level is judged against its own year, not the earlier one', async () => {
    const c = await claim('By the end of 2024, the number of mills in Ruritania had reached 906 mills, up 297 mills from 609 mills at the end of 2023.', 906);
    expect(c.framing?.time).toMatchObject({ from: '2024', to: '2024' });
    expect(c.verdict).toBe('contradicted');
    expect(c.explanation).toMatch(/886/);
  });
});

describe('a year naming a record, a high or a peak before "of" and its figure', () => {
  it('dates that figure: "beating the 2023 record of 609 mills"', async () => {
    const c = await claim('The guild counted 886 mills in Ruritania in 2024, beating the 2023 record of 609 mills.', 609);
    expect(c.framing?.time).toMatchObject({ from: '2023', to: '2023' });
    expect(c.verdict).toBe('supported');
  });

  it('"its 2023 peak of 650 mills" is 2023\'s, which a fact of 2024 does not judge', async () => {
    const c = await claim('In 2024 Ruritania\'s mill count passed its 2023 peak of 650 mills.', 650);
    expect(c.framing?.time).toMatchObject({ from: '2023', to: '2023' });
    expect(c.verdict).toBe('contradicted');
    expect(c.explanation).toMatch(/609/);
  });
});

describe('a date a level is said to be unchanged from', () => {
  it('is the base of the comparison, no period of the figures after it: "unchanged from December"', async () => {
    const rates = testBeat({
      entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
      measures: [
        { id: 'flour_price_rate', name: 'flour price inflation', unit: '%', subjects: [], actions: [], phrases: ['flour price index'] },
        { id: 'bread_price_rate', name: 'bread price inflation', unit: '%', subjects: [], actions: [], phrases: ['bread price index'] },
      ],
    });
    const month = (m: string) => ({ from: `2024-${m}-01`, to: `2024-${m}-${m === '02' ? '29' : '31'}` });
    const rows = [
      fact({ id: 'bread-2023-12', measure: 'bread_price_rate', entities: ['ruritania'], unit: '%', period: { from: '2023-12-01', to: '2023-12-31' }, asOf: '2024-01-17', value: 4.0, precision: 0.1 }),
      fact({ id: 'bread-2024-03', measure: 'bread_price_rate', entities: ['ruritania'], unit: '%', period: month('03'), asOf: '2024-04-17', value: 3.2, precision: 0.1 }),
    ];
    const read = judgeOn(rates, rows, { published: '2024-04-17', heading: 'Prices in Ruritania' });
    const claims = await read('In Ruritania the flour price index rose by 3.8%, unchanged from December, and the bread price index rose by 3.2%, down from 3.4% in February.');
    const bread = claims.find((c) => c.figure.text === '3.2%')!;
    expect(bread.framing?.time.from).not.toBe('2023-12');
    expect(bread.verdict).not.toBe('contradicted');
  });
});

describe('a change over the span two years bound', () => {
  const changes = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'mills_change', name: 'yearly change in the mills counted', unit: '%', kind: 'change', span: 'year', subjects: [], actions: [], phrases: ['number of mills', 'mill count'] }],
  });
  const rows = [2020, 2021].map((y) => fact({ id: `change-${y}`, measure: 'mills_change', entities: ['ruritania'], unit: '%', period: year(y), asOf: `${y + 1}-02-01`, value: 6, precision: 1 }));
  const percent = async (text: string) => (await judgeOn(changes, rows, { published: '2022-06-01', heading: 'Notes from the guild' })(text)).find(ofKind('percent'))!;

  it('"rose 19% from 2019 to 2021", "between 2019 and 2021" is the change over the span, which no year\'s change judges', async () => {
    for (const text of ['The number of mills in Ruritania rose 19% from 2019 to 2021.', 'The number of mills in Ruritania rose 19% between 2019 and 2021.', 'RURITANIA: MILL COUNT ROSE 19 PERCENT FROM 2019 TO 2021']) {
      const c = await percent(text);
      expect(c.framing?.time, text).toMatchObject({ from: '2019', to: '2021' });
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.explanation, text).toMatch(/2019–2021/);
    }
  });

  it('a year\'s own change is still judged', async () => {
    expect((await percent('The number of mills in Ruritania rose 19% in 2021.')).verdict).toBe('contradicted');
  });
});

describe('a year in a label heading an item', () => {
  it('names what the item is about, no claim of its own: "THE 2022 COUNT: …", "2023 in brief: …"', () => {
    const read = extractOn(beat, { published: '2025-03-01', heading: 'Notes from the guild' });
    for (const text of ['* THE 2022 COUNT: the guild\'s final figures show 610 mills in Ruritania in 2022.', '2023 in brief: the guild counted 609 mills in Ruritania that year.']) {
      const claims = read(text).claims;
      expect(claims.filter(ofKind('date')).map((c) => c.figure.text), text).toEqual([]);
      expect(claims.filter(ofKind('count')).length, text).toBe(1);
    }
  });

  it('a year opening a sentence is still a claim where it is not a label\'s', () => {
    const read = extractOn(beat, { published: '2025-03-01', heading: 'Notes from the guild' });
    expect(read('In 2022 the guild counted 610 mills in Ruritania.').claims.filter(ofKind('count'))[0]?.framing.time).toMatchObject({ from: '2022' });
  });
});

describe('a level of a split year', () => {
  const crops = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'rye_harvest', name: 'rye harvest', unit: 't', subjects: [], actions: [], phrases: ['rye harvest'] }],
  });
  const rows = [
    fact({ id: 'rye-2024', measure: 'rye_harvest', entities: ['ruritania'], unit: 't', period: year(2024), asOf: '2025-02-01', value: 3.1e6 }),
    fact({ id: 'rye-2024-25', measure: 'rye_harvest', entities: ['ruritania'], unit: 't', period: { from: '2024-07-01', to: '2025-06-30' }, asOf: '2025-08-01', value: 3.4e6 }),
  ];
  const harvest = async (text: string) => (await judgeOn(crops, rows, { published: '2025-09-01', heading: 'Notes from the fields' })(text)).find(ofKind('measure'))!;

  it('is judged by the split year\'s fact, never by a calendar year\'s', async () => {
    const c = await harvest("Ruritania's rye harvest for 2024-25 was 3.4 million tonnes.");
    expect(c.verdict).toBe('supported');
    const wrong = await harvest("Ruritania's rye harvest for 2024-25 was 3.1 million tonnes.");
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.explanation).toMatch(/3\.4/);
  });

  it('where only a calendar year\'s fact is held, no verdict', async () => {
    const c = (await judgeOn(crops, [rows[0]!], { published: '2025-09-01', heading: 'Notes from the fields' })("Ruritania's rye harvest for 2024-25 was 3.4 million tonnes.")).find(ofKind('measure'))!;
    expect(c.verdict).toBe('unverifiable');
  });
});

describe('a split year against split-year facts', () => {
  const budget = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'guild_borrowing', name: 'guild borrowing', unit: 'person', subjects: [], actions: [], phrases: ['guild borrowing'] }],
  });
  const rows = [fact({ id: 'borrowing-2023-24', measure: 'guild_borrowing', entities: ['ruritania'], unit: 'person', period: { from: '2023-04-01', to: '2024-03-31' }, asOf: '2024-04-23', value: 1207 })];
  it('one that starts in another year is no evidence: 2023-24 does not judge 2024-25', async () => {
    const c = (await judgeOn(budget, rows, { published: '2025-01-22', heading: 'Guild accounts' })("Ruritania's guild borrowing in 2024-25 was 1,299.")).find(ofKind('count'))!;
    expect(c.verdict).toBe('unverifiable');
  });
});

describe('a level read as of a day', () => {
  const wells = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'flour_output', name: 'flour output, sacks a day on average over a period', unit: 'sack', subjects: ['sack'], actions: [], phrases: ['flour output'] }],
  });
  const rows = [fact({ id: 'output-2018', measure: 'flour_output', entities: ['ruritania'], unit: 'sack', period: year(2018), asOf: '2019-03-01', value: 10990 })];
  it('is not shown wrong by a fact of a calendar period ended before that day: "by May 2020 … had plunged to 9,700"', async () => {
    const c = (await judgeOn(wells, rows, { published: '2023-01-05', heading: 'Mill notes' })("By May 2020, Ruritania's flour output had plunged to 9,700 sacks.")).find(ofKind('count'))!;
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/a period ended before then/);
  });
});

describe('a level reached after a verb of change', () => {
  const levels = testBeat({
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'flour_output', name: 'flour output', unit: 'sack', subjects: [], actions: [], phrases: ['flour output'] },
      { id: 'flour_output_change', name: 'change in flour output', unit: 'sack', kind: 'change', subjects: ['sack'], actions: ['rose', 'dropped'], phrases: ['rise in output'] },
    ],
  });
  const rows = [
    fact({ id: 'output-2024-09', measure: 'flour_output', entities: ['ruritania'], unit: 'sack', period: { from: '2024-09-01', to: '2024-09-30' }, asOf: '2024-10-12', value: 27755 }),
    fact({ id: 'output-change-2024-09', measure: 'flour_output_change', entities: ['ruritania'], unit: 'sack', period: { from: '2024-09-01', to: '2024-09-30' }, asOf: '2024-10-12', value: 273 }),
  ];
  it('"rose to 27,755 sacks", "from the 27,482 sacks": levels, not the change the verb names', async () => {
    const claims = await judgeOn(levels, rows, { published: '2024-10-13', heading: 'Mill notes' })("Ruritania's flour output rose to 27,755 sacks in September 2024, from the 27,482 sacks it reached in August.");
    expect(claims.find((c) => c.figure.value === 27755)?.framing?.measure).toBe('flour_output');
    expect(claims.find((c) => c.figure.value === 27755)?.verdict).toBe('supported');
    expect(claims.find((c) => c.figure.value === 27482)?.framing?.measure).toBe('flour_output');
  });
});
