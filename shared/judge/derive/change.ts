import { byStanding, fmtOnScale, subjectOf, type Derivation } from './derivation.ts';

const CHANGE_WORDS = /\b(?:rose|rise|risen|increased|increase|grew|grown|raised|jumped|up|fell|fallen|dropped|cut|decreased|decrease|down|doubled|higher|lower)\b/i;

/**
 * A change over a year in %: "raised its spending by more than 60 percent" = (this year − the
 * year before) / the year before, from the best source's figure of each year.
 */
export const change: Derivation = {
  kinds: ['change'],
  when: 'a percentage naming a subject, in a sentence that speaks of a change, of a measure that is not itself in %',
  derive({ claim: c, found, v, published }) {
    const subject = subjectOf(c);
    const fr = c.framing;
    if (c.figure.kind !== 'percent' || !subject || !CHANGE_WORDS.test(c.sentence.text) || v.measures.get(fr.measure ?? '')?.unit === '%') return [];
    // The year before is outside the claim's period by nature: the series comes from all facts found.
    const series = found.filter((f) => f.measure === fr.measure && f.unit !== '%' && f.value !== undefined && f.period && f.entities.includes(subject));
    const bestOfYear = (y: string) => series.filter((f) => f.period!.from.startsWith(y)).sort(byStanding(v))[0];
    const year = fr.time.basis === 'explicit' && fr.time.from ? fr.time.from.slice(0, 4) : [...new Set(series.map((f) => f.period!.from.slice(0, 4)))].filter((y) => `${y}-12-31` <= published).sort().pop();
    if (!year) return [];
    const now = bestOfYear(year);
    const before = bestOfYear(String(Number(year) - 1));
    if (!now || !before) return [];
    const value = Math.round(((now.value! - before.value!) / before.value!) * 1000) / 10;
    const [nv, bv] = fmtOnScale([now.value!, before.value!]);
    const expression = `(${nv} − ${bv}) / ${bv} = ${value}% (${Number(year) - 1} → ${year}, ${now.source.organisation})`;
    return [{ kind: 'change', label: now.side ?? 'computed', text: `a change of ${value}%`, computation: { expression, value, unit: '%', factIds: [before.id, now.id] }, facts: [before, now], precision: 0 }];
  },
};
