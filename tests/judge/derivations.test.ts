import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/claims/document.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { change } from '../../shared/judge/derive/change.ts';
import { conversion } from '../../shared/judge/derive/conversion.ts';
import { difference } from '../../shared/judge/derive/difference.ts';
import { DERIVATIONS, derive, type Derivation, type DeriveInput } from '../../shared/judge/derive/index.ts';
import { ratio } from '../../shared/judge/derive/ratio.ts';
import { span } from '../../shared/judge/derive/span.ts';
import { sumOfSides } from '../../shared/judge/derive/sum-of-sides.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { defaultVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { fact } from '../helpers/facts.ts';

// Each derivation is a named rule: when it applies, what it computes, and what it refuses.

const v = defaultVocabulary();
const WAR = '2020-nagorno-karabakh-war';
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });

function claimOf(text: string, published = '2024-06-01'): Claim {
  const doc = extractClaims(new TextEncoder().encode(text), { published });
  if (doc.claims.length !== 1) throw new Error(`expected one claim in ${text}: ${doc.claims.map((c) => c.figure.text).join(' | ')}`);
  return doc.claims[0]!;
}

const run = (rule: Derivation, claim: Claim, relevant: ReferenceFact[], found: ReferenceFact[] = relevant) => {
  const input: DeriveInput = { claim, relevant, found, v, published: '2024-06-01', unitsAgree: (f) => f.unit === (claim.figure.kind === 'money' ? claim.figure.unit : f.unit) };
  return rule.derive(input);
};

const spending = [
  fact({ id: 'az-2022', measure: 'military_expenditure', entities: ['azerbaijan'], unit: 'USD', period: year(2022), asOf: '2023-04-24', value: 2.991e9, side: 'sipri' }),
  fact({ id: 'am-2022', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2022), asOf: '2023-04-24', value: 795e6, side: 'sipri' }),
  fact({ id: 'am-2021', measure: 'military_expenditure', entities: ['armenia'], unit: 'USD', period: year(2021), asOf: '2022-04-25', value: 619e6, side: 'sipri' }),
];

describe('the derivation rules', () => {
  it('are listed once each, every kind named by exactly one rule', () => {
    const kinds = DERIVATIONS.flatMap((d) => d.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.sort()).toEqual(['change', 'conversion', 'difference', 'final-sum', 'ratio', 'span', 'sum']);
    for (const d of DERIVATIONS) expect(d.when.length).toBeGreaterThan(20);
  });

  it('ratio: two entities of one source and one period divide', () => {
    const c = claimOf('In 2022 Azerbaijan spent 3.8 times as much on its military as Armenia.');
    const [d] = run(ratio, c, spending);
    expect(d).toMatchObject({ kind: 'ratio', computation: { value: 3.76, unit: 'times', factIds: ['az-2022', 'am-2022'] } });
  });

  it('ratio: never from shares or ratios themselves', () => {
    const c = claimOf('In 2022 Azerbaijan spent 3.8 times as much on its military as Armenia.');
    const shares = spending.slice(0, 2).map((f) => ({ ...f, unit: '%', value: f.value! / 1e9 }));
    expect(run(ratio, c, shares)).toEqual([]);
    const ratios = spending.slice(0, 2).map((f) => ({ ...f, unit: 'ratio' }));
    expect(run(ratio, c, ratios)).toEqual([]);
  });

  it('difference: needs a comparator', () => {
    const more = claimOf('In 2022 Azerbaijan’s military spending was US$2.2 billion more than that of Armenia.');
    expect(run(difference, more, spending)[0]).toMatchObject({ kind: 'difference', computation: { value: 2.196e9 } });
    // The comparative with its complement before "than" states the same difference.
    const split = claimOf('In 2022 Azerbaijan spent $2.2 billion more on its military than Armenia.');
    expect(split.framing.entities).toContainEqual(expect.objectContaining({ id: 'armenia', role: 'comparator' }));
    expect(run(difference, split, spending)[0]).toMatchObject({ kind: 'difference', computation: { value: 2.196e9 } });
    const plain = claimOf('In 2022 Azerbaijan spent $2.99 billion on its military.');
    expect(run(difference, plain, spending)).toEqual([]);
  });

  it('change: this year against the year before, only where the sentence speaks of a change', () => {
    const rose = claimOf('In 2022 Armenia raised its military spending by 28 percent.');
    expect(run(change, rose, spending)[0]).toMatchObject({ kind: 'change', computation: { value: 28.4, unit: '%', factIds: ['am-2021', 'am-2022'] } });
    const level = claimOf('In 2022 Armenia spent 4.4 percent of its budget on its military.');
    expect(run(change, level, spending)).toEqual([]);
  });

  it('conversion: another currency through the rate of the figure’s year', () => {
    const c = claimOf('In 2022 Armenia spent 400 billion drams on its military.');
    const rate = fact({ id: 'amd-2022', measure: 'exchange_rate', entities: ['amd'], unit: 'AMD', period: year(2022), asOf: '2023-01-10', value: 503.8 });
    const [d] = run(conversion, c, spending, [...spending, rate]);
    expect(d).toMatchObject({ kind: 'conversion', computation: { unit: 'AMD', factIds: ['am-2022', 'amd-2022'] } });
    expect(d!.computation.value).toBeCloseTo(795e6 * 503.8);
    // Without a rate, nothing to convert with.
    expect(run(conversion, c, spending)).toEqual([]);
  });

  it('span: an event’s length from its dates', () => {
    const c = claimOf('Azerbaijan won the 44-day war.', '2021-08-16');
    const dates = fact({ id: 'war-dates', measure: 'event_date', entities: ['azerbaijan', 'armenia'], event: WAR, unit: 'date', date: { start: '2020-09-27', end: '2020-11-10', precision: 'day' } });
    expect(run(span, c, [dates])[0]).toMatchObject({ kind: 'span', computation: { value: 44, unit: 'day' } });
    expect(run(span, c, [{ ...dates, date: { start: '2020-09-27', precision: 'day' } }])).toEqual([]);
  });

  it('sum of the sides: a count naming no side, with one figure per country', () => {
    const c = claimOf('Nearly 7,000 soldiers were killed in the 2020 Nagorno-Karabakh war.', '2021-06-01');
    const sides = [
      fact({ id: 'az', measure: 'soldiers_killed', entities: ['azerbaijan'], event: WAR, unit: 'person', asOf: '2021-03-02', value: 2908, side: 'azerbaijan-defence-ministry' }),
      fact({ id: 'am', measure: 'soldiers_killed', entities: ['armenia'], event: WAR, unit: 'person', asOf: '2021-04-14', value: 3781, side: 'armenia-government' }),
    ];
    const out = run(sumOfSides, c, sides);
    expect(out.map((d) => [d.kind, d.computation.value])).toEqual([['sum', 6689]]);
    // A side named: no sum.
    const one = claimOf('Azerbaijan lost 2,908 soldiers in the 2020 Nagorno-Karabakh war.', '2021-06-01');
    expect(run(sumOfSides, one, sides)).toEqual([]);
  });

  it('derive drops a figure that cannot be computed (a divisor of 0)', () => {
    const c = claimOf('In 2022 Azerbaijan spent 3.8 times as much on its military as Armenia.');
    const zero = [spending[0]!, { ...spending[1]!, value: 0 }];
    expect(run(ratio, c, zero)[0]!.computation.value).toBe(Infinity);
    expect(derive({ claim: c, relevant: zero, found: zero, v, published: '2024-06-01', unitsAgree: () => true })).toEqual([]);
  });
});
