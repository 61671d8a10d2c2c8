import { bestPair, comparatorOf, fmtOnScale, subjectOf, type Derivation } from './derivation.ts';

/** A difference between two entities' figures: "US$2.2 billion more than Freedonia" = 3,561 − 1,330. */
export const difference: Derivation = {
  kinds: ['difference'],
  when: 'an amount or a count naming a subject and a comparator ("more than its neighbour"), where one source gives both their figures in the claim\'s unit',
  derive({ claim: c, relevant, v, published, unitsAgree }) {
    const subject = subjectOf(c);
    const comparator = comparatorOf(c);
    if ((c.figure.kind !== 'money' && c.figure.kind !== 'count') || !subject || !comparator) return [];
    const best = bestPair(relevant.filter(unitsAgree), subject, comparator, published, v);
    if (!best) return [];
    const value = best.s.value! - best.c.value!;
    const [sv, cv, dv] = fmtOnScale([best.s.value!, best.c.value!, value]);
    const expression = `${sv} − ${cv} = ${dv} (${best.s.source.organisation}${best.s.period ? `, ${best.s.period.from.slice(0, 4)}` : ''})`;
    return [{ kind: 'difference', label: best.s.side ?? 'computed', text: `a difference of ${dv} (${expression})`, computation: { expression, value, unit: best.s.unit, factIds: [best.s.id, best.c.id] }, facts: [best.s, best.c], precision: 0 }];
  },
};
