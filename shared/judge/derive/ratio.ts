import { bestPair, comparatorOf, fmtOnScale, subjectOf, type Derivation } from './derivation.ts';

/**
 * A ratio between two entities' figures: "3.8 times that of Freedonia" = 2,991 / 795, both from one
 * source and one period. Only from figures in units, never from ratios or shares themselves.
 */
export const ratio: Derivation = {
  kinds: ['ratio'],
  when: 'a ratio ("N times") naming a subject and a comparator, where one source gives both their figures for one period',
  derive({ claim: c, relevant, v, published }) {
    const subject = subjectOf(c);
    const comparator = comparatorOf(c);
    if (c.figure.kind !== 'ratio' || !subject || !comparator) return [];
    // A ratio of ratios or of shares means nothing here: only amounts of one period divide.
    const amounts = relevant.filter((f) => f.unit !== 'ratio' && f.unit !== 'times' && f.unit !== '%' && f.period);
    const best = bestPair(amounts, subject, comparator, published, v);
    if (!best) return [];
    const value = Math.round((best.s.value! / best.c.value!) * 100) / 100;
    const [sv, cv] = fmtOnScale([best.s.value!, best.c.value!]);
    const expression = `${sv} / ${cv} = ${value} (${best.s.source.organisation}, ${best.s.period!.from.slice(0, 4)})`;
    return [{ kind: 'ratio', label: best.s.side ?? 'computed', text: `${value} times (${expression})`, computation: { expression, value, unit: 'times', factIds: [best.s.id, best.c.id] }, facts: [best.s, best.c], precision: 0 }];
  },
};
