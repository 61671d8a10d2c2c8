import { describe, expect, it } from 'vitest';
import { fits, type Stated } from '../../shared/judge/qualifiers.ts';
import { DEFAULT_TOLERANCES } from '../../shared/judge/tolerances.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

const t = DEFAULT_TOLERANCES;
const point = (v: number, precision?: number) => ({ low: v, high: v, precision });
const check = (s: Stated, v: number, p?: number) => fits(s, point(v, p), t);

describe('qualifier rules (docs/qualifiers.md)', () => {
  it('exact: within half the last stated digit', () => {
    expect(check({ qualifier: 'exact', value: 2000, precision: 1000 }, 1960)).toBe(true); // "2,000" is 1,960 rounded
    expect(check({ qualifier: 'exact', value: 2437, precision: 1 }, 2425)).toBe(false);
    expect(check({ qualifier: 'exact', value: 2437, precision: 1 }, 2437)).toBe(true);
    expect(check({ qualifier: 'exact', value: 3.6e9, precision: 1e8 }, 3.561e9)).toBe(true);
    expect(check({ qualifier: 'exact', value: 3.6e9, precision: 1e8 }, 3.4e9)).toBe(false);
  });

  it('exact: also within half the fact’s own precision', () => {
    expect(check({ qualifier: 'exact', value: 5400, precision: 100 }, 5000, 1000)).toBe(true);
    expect(check({ qualifier: 'exact', value: 5600, precision: 100 }, 5000, 1000)).toBe(false);
  });

  it('at least X needs the fact to be at least X', () => {
    expect(check({ qualifier: 'at_least', value: 5000 }, 5000)).toBe(true);
    expect(check({ qualifier: 'at_least', value: 5000 }, 5618)).toBe(true);
    expect(check({ qualifier: 'at_least', value: 5000 }, 4999)).toBe(false);
  });

  it('more than X needs more than X', () => {
    expect(check({ qualifier: 'more_than', value: 140 }, 143)).toBe(true);
    expect(check({ qualifier: 'more_than', value: 140 }, 140)).toBe(false);
  });

  it('a bound may hold of a rounded fact: "more than $485 billion" of a fact of $485 billion to the billion', () => {
    const rounded = { low: 485e9, high: 485e9, precision: 1e9, rounding: 0.5e9 };
    expect(fits({ qualifier: 'more_than', value: 485e9, precision: 1e9 }, rounded, t)).toBe(true);
    expect(fits({ qualifier: 'less_than', value: 485e9, precision: 1e9 }, rounded, t)).toBe(true);
    expect(fits({ qualifier: 'more_than', value: 487e9, precision: 1e9 }, rounded, t)).toBe(false);
    // An exact count carries no rounding: "more than 140" does not hold of 140.
    expect(fits({ qualifier: 'more_than', value: 140 }, { low: 140, high: 140, precision: 1 }, t)).toBe(false);
  });

  it('at most and up to X need at most X; fewer and less than X need less', () => {
    expect(check({ qualifier: 'at_most', value: 100 }, 100)).toBe(true);
    expect(check({ qualifier: 'at_most', value: 100 }, 101)).toBe(false);
    expect(check({ qualifier: 'less_than', value: 100 }, 99)).toBe(true);
    expect(check({ qualifier: 'less_than', value: 100 }, 100)).toBe(false);
  });

  it('nearly X: a little under X (within 10%), never over', () => {
    expect(check({ qualifier: 'nearly', value: 300, precision: 100 }, 295)).toBe(true);
    expect(check({ qualifier: 'nearly', value: 2000, precision: 1000 }, 1960)).toBe(true);
    expect(check({ qualifier: 'nearly', value: 300 }, 301)).toBe(false);
    expect(check({ qualifier: 'nearly', value: 300 }, 260)).toBe(false);
  });

  it('nearly −X (a fall of nearly X): a little under X in size', () => {
    expect(check({ qualifier: 'nearly', value: -33.3 }, -30.8)).toBe(true);
    expect(check({ qualifier: 'nearly', value: -33.3 }, -34)).toBe(false);
    expect(check({ qualifier: 'nearly', value: -33.3 }, -25)).toBe(false);
  });

  it('approximately X: within 10% (or half the last digit, if larger)', () => {
    expect(check({ qualifier: 'approximately', value: 3.8, precision: 0.1 }, 3.76)).toBe(true);
    expect(check({ qualifier: 'approximately', value: 3.8, precision: 0.1 }, 3.3)).toBe(false);
    expect(check({ qualifier: 'approximately', value: 100000, precision: 100000 }, 100417)).toBe(true);
    expect(check({ qualifier: 'approximately', value: 100, precision: 100 }, 60)).toBe(false); // "about 100" is not 60
  });

  it('approximately X stated to more digits: within five steps of its last digit, where that is narrower than 10%', () => {
    // "about 84.1 million" is 83.6–84.6 million, not 75.7–92.5 million.
    expect(check({ qualifier: 'approximately', value: 84_100_000, precision: 100_000 }, 82_700_000)).toBe(false);
    expect(check({ qualifier: 'approximately', value: 84_100_000, precision: 100_000 }, 84_400_000)).toBe(true);
    // A round figure keeps its 10%: "about 2,800" fits 2,650.
    expect(check({ qualifier: 'approximately', value: 2_800, precision: 100 }, 2_650)).toBe(true);
  });

  it('between L and H: inside the range', () => {
    expect(check({ qualifier: 'between', low: 2000, high: 3000, precision: 1000 }, 2500)).toBe(true);
    expect(check({ qualifier: 'between', low: 2000, high: 3000, precision: 1 }, 3500)).toBe(false);
  });

  it('order of magnitude: "tens of thousands" is 10,000-99,999', () => {
    const s: Stated = { qualifier: 'order_of_magnitude', low: 10_000, high: 99_999 };
    expect(check(s, 90_000)).toBe(true);
    expect(check(s, 9_000)).toBe(false);
    expect(check(s, 100_417)).toBe(false);
  });

  it('a fact that is itself a range fits when the ranges meet', () => {
    expect(fits({ qualifier: 'exact', value: 95_000, precision: 1000 }, { low: 90_000, high: 100_000 }, t)).toBe(true);
    expect(fits({ qualifier: 'at_least', value: 120_000 }, { low: 90_000, high: 100_000 }, t)).toBe(false);
  });

  it('tolerances are configurable', () => {
    const strict = { ...t, approximately: 0.005 };
    expect(fits({ qualifier: 'approximately', value: 3.8, precision: 0.1 }, point(3.76), strict)).toBe(true); // half the last digit still holds
    expect(fits({ qualifier: 'approximately', value: 380, precision: 10 }, point(379), strict)).toBe(true);
    expect(fits({ qualifier: 'approximately', value: 380, precision: 10 }, point(376), strict)).toBe(false);
    expect(fits({ qualifier: 'approximately', value: 380, precision: 10 }, point(376), t)).toBe(true);
    expect(fits({ qualifier: 'exact', value: 2437, precision: 1 }, point(2425), { ...t, exact: 0.01 })).toBe(true);
  });
});

describe('a bound against a rounded fact, judged', () => {
  // A beat written for this test: flood aid in money, and shelters opened, in one country.
  const beat = testBeat({
    currencies: [{ id: 'usd', code: 'USD', symbols: ['$'], words: ['dollar'] }],
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'flood_aid', name: 'flood aid', unit: 'USD', subjects: [], actions: [], phrases: ['flood aid'] },
      { id: 'shelters_opened', name: 'shelters opened', unit: 'shelter', subjects: ['shelter'], actions: ['opened'] },
    ],
  });
  const year = { from: '2024-01-01', to: '2024-12-31' };
  const facts = [
    fact({ id: 'aid', measure: 'flood_aid', entities: ['ruritania'], unit: 'USD', period: year, asOf: '2025-01-10', value: 485e6, precision: 1e6 }),
    fact({ id: 'shelters', measure: 'shelters_opened', entities: ['ruritania'], unit: 'shelter', period: year, asOf: '2025-01-10', value: 140, precision: 1 }),
  ];
  const judgeText = judgeOn(beat, facts, { published: '2025-02-01' });
  const verdict = async (text: string) => (await judgeText(text)).find(ofKind('money', 'count'))!.verdict;

  it('money rounded to the million holds "more than" its rounded value; an exact count does not', async () => {
    expect(await verdict('In 2024 Ruritania paid more than $485 million in flood aid.')).toBe('supported');
    expect(await verdict('In 2024 Ruritania opened more than 140 shelters.')).toBe('contradicted');
  });
});

describe('a bound far from the fact it fits', () => {
  const guild = testBeat({
    entities: [{ id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria', 'Ostrian'] }],
    measures: [{ id: 'mills_closed', name: 'mills closed', unit: 'mill', subjects: ['mill'], actions: ['closed', 'shut'] }],
  });
  const verdictOf = async (text: string, value: number) => {
    const facts = [fact({ id: 'ostria-mills-closed', measure: 'mills_closed', entities: ['ostria'], unit: 'mill', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-10', value })];
    return (await judgeOn(guild, facts, { published: '2025-06-01' })(text)).find(ofKind('count'))!;
  };
  it('supports a fact near it, not one more than twice beyond it: a figure that loose likely speaks of another quantity', async () => {
    expect((await verdictOf('More than 3,000 Ostrian mills closed in 2024.', 3_400)).verdict).toBe('supported');
    const far = await verdictOf('More than 3,000 Ostrian mills closed in 2024.', 12_000);
    expect(far.verdict).toBe('unverifiable');
    expect(far.explanation).toMatch(/bound far from the fact/);
    expect((await verdictOf('Fewer than 3,000 Ostrian mills closed in 2024.', 1_000)).verdict).toBe('unverifiable');
    expect((await verdictOf('Fewer than 3,000 Ostrian mills closed in 2024.', 2_900)).verdict).toBe('supported');
  });
});

describe('a figure stated more finely than the fact it fits', () => {
  const guild = testBeat({
    entities: [{ id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria', 'Ostrian'] }],
    measures: [{ id: 'rye_bar', name: 'the rye levy', unit: '%', subjects: [], actions: [], phrases: ['rye levy'] }],
  });
  const verdictOf = async (text: string) => {
    const facts = [fact({ id: 'ostria-rye-bar', measure: 'rye_bar', entities: ['ostria'], unit: '%', period: { from: '2020-01-01', to: '2030-12-31' }, asOf: '2020-01-10', value: 2, precision: 1 })];
    return (await judgeOn(guild, facts, { published: '2025-06-01' })(text)).find(ofKind('percent'))!;
  };
  it('is not supported by a fact given to the nearest point, whose rounding admits it but cannot vouch for its digits', async () => {
    const finer = await verdictOf('The Ostrian rye levy is 1.5% this year.');
    expect(finer.verdict).toBe('unverifiable');
    expect(finer.explanation).toMatch(/more finely than the fact/);
    expect((await verdictOf('The Ostrian rye levy is 2% this year.')).verdict).toBe('supported');
    expect((await verdictOf('The Ostrian rye levy is 2.0% this year.')).verdict).toBe('supported');
  });
});

// "a 60 percent fall" beside a fall of 58%: a percentage in whole tens may be rounded to the tens.
describe('a percentage in whole tens', () => {
  const beat = testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [{ id: 'carts_change', name: 'change in carts crossing', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['carts crossing'] }],
  });
  const judged = async (text: string, value: number) => {
    const facts = [fact({ id: 'carts-2024', measure: 'carts_change', entities: ['valdonia'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-20', value })];
    return (await judgeOn(beat, facts, { published: '2025-02-01' })(text)).find(ofKind('percent'))!;
  };

  it('is not contradicted by a fact that rounds to it at the tens', async () => {
    const c = await judged('In 2024 Valdonia saw a 60 percent fall in carts crossing.', -58);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/rounded to the tens/);
  });

  it('is contradicted by one that does not, and a figure with units or decimals is read as stated', async () => {
    expect((await judged('In 2024 Valdonia saw a 60 percent fall in carts crossing.', -48)).verdict).toBe('contradicted');
    expect((await judged('In 2024 Valdonia saw a 62 percent fall in carts crossing.', -58)).verdict).toBe('contradicted');
    expect((await judged('In 2024 Valdonia saw a 60.0 percent fall in carts crossing.', -58)).verdict).toBe('contradicted');
  });
});
