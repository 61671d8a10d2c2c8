import type { ReferenceFact } from '../../reference/fact.ts';
import { fmtNumber } from '../../words.ts';
import { asOfKey } from '../select.ts';
import { figureAt } from '../../frame/slots.ts';
import type { Claim } from '../../claims/document.ts';
import { currentAt, sourceOf, subjectOf, type Derivation, type Derived } from './derivation.ts';

/**
 * "At least 30 other residents remain missing", "another 12 were hurt", "40 more workers": a
 * count added to one stated before it, whose subject is that figure's, not every side's.
 */
const ADDED_BEFORE = /\b(?:another|a further|an additional)\s+(?:(?:at least|at most|more than|fewer than|some|about|around|nearly|almost|over)\s+)?$/i;
const ADDED_WITHIN = /\d[\d,.]*(?:\s+(?:million|thousand|hundred))?\s+(?:other|more|further|additional)\b/i;

export function addedToAnother(c: Claim): boolean {
  const at = figureAt(c);
  const after = c.sentence.text.slice(at, at + c.figure.text.length + 20);
  return ADDED_BEFORE.test(c.sentence.text.slice(Math.max(0, at - 40), at)) || ADDED_WITHIN.test(after);
}

/**
 * A sum across sides: "5,000 workers" laid off in a strike, naming no side, is one side's count plus
 * the other's. Two sums: of the figures current at publication (the evidence), and of the final
 * figures (a later revision, shown beside it).
 */
export const sumOfSides: Derivation = {
  kinds: ['sum', 'final-sum'],
  when: 'a count naming no side, of an event, where the facts give the figures of two or more countries separately; not a count added to another ("30 other residents")',
  derive({ claim: c, relevant, v, published }) {
    if (c.figure.kind !== 'count' || subjectOf(c) || !c.framing.event || addedToAnother(c)) return [];
    const perSide = new Map<string, ReferenceFact[]>();
    for (const f of relevant) {
      const countries = f.entities.filter((id) => v.entityKind.get(id) === 'country');
      if (countries.length !== 1 || f.unit === 'USD') continue;
      const list = perSide.get(countries[0]!) ?? [];
      list.push(f);
      perSide.set(countries[0]!, list);
    }
    if (perSide.size < 2) return [];
    const out: Derived[] = [];
    const finalOf = (fs: ReferenceFact[]) => [...fs].sort((a, b) => (asOfKey(b) < asOfKey(a) ? -1 : 1))[0] ?? null;
    const atPublication = (fs: ReferenceFact[]) => currentAt(fs, v, published);
    for (const [label, choose] of [['sum of the sides', atPublication], ['sum of the final figures', finalOf]] as const) {
      const parts = [...perSide].map(([side, fs]) => [side, choose(fs)] as const).filter((p): p is readonly [string, ReferenceFact] => p[1] !== null && p[1].value !== undefined);
      if (parts.length < 2) continue;
      const value = parts.reduce((n, [, f]) => n + f.value!, 0);
      const final = label !== 'sum of the sides';
      // The final figures summing to the same is no revision.
      if (final && out.some((d) => d.computation.value === value)) continue;
      const expression = `${parts.map(([, f]) => `${fmtNumber(f.value!)} (${sourceOf(f)})`).join(' + ')} = ${fmtNumber(value)}`;
      out.push({ kind: final ? 'final-sum' : 'sum', label, text: `${fmtNumber(value)}, the ${label}`, computation: { expression, value, unit: parts[0]![1].unit, factIds: parts.map(([, f]) => f.id) }, facts: parts.map(([, f]) => f), precision: 0, final });
    }
    return out;
  },
};
