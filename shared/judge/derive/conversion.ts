import type { ReferenceFact } from '../../reference/fact.ts';
import { EXCHANGE_RATE, RATE_BASE } from '../../reference/keys.ts';
import { fmtNumber } from '../../words.ts';
import { asOfKey } from '../select.ts';
import { byStanding, fmtOnScale, subjectOf, type Derivation } from './derivation.ts';


/** An amount in another currency, through the table's rate: "506bn drams" = the US$ figure × drams per dollar. */
export const conversion: Derivation = {
  kinds: ['conversion'],
  when: 'an amount in a currency other than the US dollar, where the table gives the figure in dollars and a rate for that currency',
  derive({ claim: c, relevant, found, v, published }) {
    if (c.figure.kind !== 'money' || !c.figure.unit || c.figure.unit === RATE_BASE) return [];
    const currency = c.figure.unit;
    const subject = subjectOf(c);
    const rates = found.filter((f) => f.measure === EXCHANGE_RATE && f.entities.includes(currency.toLowerCase()) && f.value !== undefined);
    const dollars = relevant.filter((f) => f.unit === RATE_BASE && f.value !== undefined && f.measure === c.framing.measure && (!subject || f.entities.includes(subject)));
    const usd = [...dollars].sort(byStanding(v)).find((f) => asOfKey(f) <= published) ?? dollars[0];
    // The rate of the figure's own period, else the latest published by the article's day.
    const sameYear = (r: ReferenceFact) => Boolean(usd?.period && r.period && r.period.from.slice(0, 4) === usd.period.from.slice(0, 4));
    const rate = rates.find(sameYear) ?? [...rates].sort((a, b) => (asOfKey(b) < asOfKey(a) ? -1 : 1)).find((r) => asOfKey(r) <= published);
    if (!usd || !rate) return [];
    const value = usd.value! * rate.value!;
    const [uv] = fmtOnScale([usd.value!]);
    const expression = `US$${uv} × ${rate.value} ${currency} per US$ = ${fmtNumber(value)} ${currency} (${rate.source.organisation}${rate.period ? `, ${rate.period.from.slice(0, 4)}` : ''})`;
    return [{ kind: 'conversion', label: usd.side ?? 'converted', text: expression, computation: { expression, value, unit: currency, factIds: [usd.id, rate.id] }, facts: [usd, rate], precision: 0 }];
  },
};
