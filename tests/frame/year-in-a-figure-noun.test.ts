import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// A year inside the noun of a figure ("its 2023 share was 2.07%", "Ostria's 2023 share", "the
// 2023 figure came to …") names that figure's period, whatever another clause of the sentence
// dates; it is no claim of its own.
const beat = testBeat({
  entities: [{ id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria'] }],
  measures: [{ id: 'mill_share', name: 'milling as a share of output', unit: '%', subjects: [], actions: [], phrases: ['of output on milling', 'share of output spent on milling'] }],
});
const share = (year: string, value: number): ReferenceFact =>
  fact({ id: `ostria-mill-${year}`, measure: 'mill_share', entities: ['ostria'], unit: '%', period: { from: `${year}-01-01`, to: `${year}-12-31` }, asOf: `${Number(year) + 1}-02-01`, value });
const facts = [share('2022', 2.12), share('2023', 2.07)];

const judgeText = judgeOn(beat, facts, { published: '2024-07-01' });
const judge = async (text: string) => (await judgeText(text)).filter((c) => c.figure.kind !== 'consistency');
const timeOf = (claims: Awaited<ReturnType<typeof judge>>, figure: string) => claims.find((c) => c.figure.text === figure)!.framing?.time;

describe('a year inside the noun of a figure', () => {
  it('is that figure\'s period, not the period another clause states', async () => {
    const a = await judge('Ostria spent 2.12% of output on milling in 2022, and the guild estimated its 2023 share at 2.07%.');
    expect(timeOf(a, '2.07%')).toMatchObject({ from: '2023', to: '2023', basis: 'explicit' });
    expect(timeOf(a, '2.12%')).toMatchObject({ from: '2022', to: '2022' });
    // So a figure right for its own year is not contradicted by the other year's fact.
    const b = await judge('In 2022 Ostria spent 2.12% of output on milling, while the 2023 share of output spent on milling was 2.07%.');
    expect(timeOf(b, '2.07%')).toMatchObject({ from: '2023', to: '2023' });
    expect(b.find((c) => c.figure.text === '2.07%')!.verdict).toBe('supported');
  });

  it('after an owner\'s name, and no claim of its own', async () => {
    const c = await judge("Ostria's 2023 share of output spent on milling was 2.07%.");
    expect(c.map((x) => x.figure.text)).toEqual(['2.07%']);
    expect(timeOf(c, '2.07%')).toMatchObject({ from: '2023', to: '2023' });
  });

  it('not a year naming another noun, nor one whose figure is not what the noun came to', async () => {
    const d = await judge('The 2023 pledge set 2.07% of output on milling as the goal.');
    expect(timeOf(d, '2.07%')).not.toMatchObject({ from: '2023' });
    const e = await judge('In 2022 Ostria spent 2.12% of output on milling; the 2023 figure, the guild said, will follow, and 2.07% is expected.');
    expect(timeOf(e, '2.07%')).not.toMatchObject({ from: '2023', basis: 'explicit' });
  });
});

describe('a year in brackets closing a label', () => {
  it('is the period of the figure after its colon, and no claim of its own ("Mills meeting the bar (2024): 23")', () => {
    const doc = extractOn(beat, { published: '2025-06-27' })('Mills meeting the bar (2024): 23\n\nMills in the guild: 32');
    expect(doc.claims.map((c) => c.figure.text)).toEqual(['23', '32']);
    expect(doc.claims[0]!.framing.time).toMatchObject({ from: '2024', to: '2024', basis: 'explicit' });
    expect(doc.claims[1]!.framing.time.from).toBeUndefined();
  });
});

describe('a level set against a span back from the stated period', () => {
  it('"up from 2.07% a year earlier", "against 2.07% the year before", "five years earlier": the stated period less the span', async () => {
    const a = await judge('In 2024 Ostria spent 2.3% of output on milling, up from 2.07% a year earlier.');
    expect(timeOf(a, '2.07%')).toMatchObject({ from: '2023', to: '2023', basis: 'explicit' });
    expect(a.find((c) => c.figure.text === '2.07%')!.verdict).toBe('supported');
    const b = await judge('Ostria spent 2.3% of output on milling in 2024, against 2.07% the year before.');
    expect(timeOf(b, '2.07%')).toMatchObject({ from: '2023' });
    const c = await judge('Ostria spent 2.3% of output on milling in 2028, up from 2.07% five years earlier.');
    expect(timeOf(c, '2.07%')).toMatchObject({ from: '2023' });
    // A month less a month.
    const d = await judge('In June 2024 Ostria spent 2.3% of output on milling, against 2.1% the previous month.');
    expect(timeOf(d, '2.1%')).toMatchObject({ from: '2024-05', to: '2024-05' });
  });

  it('a year inside a noun of spending names its figure\'s period too ("estimated Ostria\'s 2023 spending at 2.07% of output")', async () => {
    const e = await judge("The guild estimated Ostria's 2023 spending at 2.07% of output on milling.");
    expect(timeOf(e, '2.07%')).toMatchObject({ from: '2023', to: '2023' });
  });
});

describe('a year after an owner', () => {
  it('names the period of the figure before a verb of being ("2.07% is Ostria\'s 2023 share"), and settles a figure ("Ostria\'s 2023 share settled at 2.07%")', async () => {
    const a = await judge('The guild says 2.07% is Ostria\'s 2023 share of output spent on milling.');
    expect(timeOf(a, '2.07%')).toMatchObject({ from: '2023', to: '2023' });
    expect(a.map((c) => c.figure.text)).not.toContain('2023');
    const b = await judge("Once the outturn was in, Ostria's 2023 share of output spent on milling settled at 2.07%.");
    expect(timeOf(b, '2.07%')).toMatchObject({ from: '2023' });
  });

  it('before a noun no figure measures, is part of what the noun names, no claim ("Ostria\'s 2024 verdict")', async () => {
    expect((await judge("What Ostria's 2024 verdict adds up to")).map((c) => c.figure.text)).toEqual([]);
  });
});

describe('a period a clause is set in, and a year inside a capitalised noun', () => {
  it('"As recently as 2023 the share was 2.07%" scopes the share; "The 2023 share came to 2.07%" too', async () => {
    const a = await judge('As recently as 2023 the share of output spent on milling in Ostria was 2.07%.');
    expect(timeOf(a, '2.07%')).toMatchObject({ from: '2023', to: '2023' });
    expect(a.map((c) => c.figure.text)).not.toContain('2023');
    const b = await judge('The 2023 share of output spent on milling in Ostria came to 2.07%.');
    expect(timeOf(b, '2.07%')).toMatchObject({ from: '2023', to: '2023' });
  });
});

describe('a month inside the noun of a figure', () => {
  // A monthly beat of its own: the guild's share of output spent on milling, month by month.
  const monthly = (month: string, value: number): ReferenceFact =>
    fact({ id: `ostria-mill-${month}`, measure: 'mill_share', entities: ['ostria'], unit: '%', period: { from: `${month}-01`, to: `${month}-28` }, asOf: `${month}-28`, value });
  const judgeMonthly = judgeOn(beat, [monthly('2024-05', 2.4), monthly('2024-06', 2.9)], { published: '2024-07-01' });
  it('"Ostria\'s June share of output spent on milling at 2.9%": that figure\'s period, no claim of its own', async () => {
    const a = await judgeMonthly('The guild put Ostria\'s June share of output spent on milling at 2.9%.');
    expect(a.map((c) => c.figure.text)).toEqual(['2.9%']);
    expect(a[0]!.framing?.time).toMatchObject({ from: '2024-06', to: '2024-06', basis: 'explicit' });
    expect(a[0]!.verdict).toBe('supported');
    // Read as of its month, a figure of the other month is contradicted.
    const b = await judgeMonthly('The guild put Ostria\'s June share of output spent on milling at 2.4%.');
    expect(b[0]!.verdict).toBe('contradicted');
  });

  it('but a month after an owner with no noun after it is no date ("Ostria\'s March was wet")', async () => {
    const doc = extractOn(beat, { published: '2024-07-01' })('Ostria\'s March was wet, and 2.9% of output went on milling.');
    expect(doc.claims.some((c) => c.figure.kind === 'date')).toBe(false);
  });
});
