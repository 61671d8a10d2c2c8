import { change } from './change.ts';
import { conversion } from './conversion.ts';
import type { DeriveInput, Derivation, Derived } from './derivation.ts';
import { difference } from './difference.ts';
import { ratio } from './ratio.ts';
import { span } from './span.ts';
import { sumOfSides } from './sum-of-sides.ts';

export type { Derived, DeriveInput, Derivation } from './derivation.ts';

/** The rules, in the order their figures are shown. */
export const DERIVATIONS: readonly Derivation[] = [sumOfSides, ratio, difference, conversion, change, span];

/** Figures the table does not hold but its facts imply, by every rule that applies. */
export function derive(input: DeriveInput): Derived[] {
  // A divisor of 0 (a row of 0, a year before of 0) or an overflow computes no figure to judge by.
  return DERIVATIONS.flatMap((rule) => rule.derive(input)).filter((d) => Number.isFinite(d.computation.value));
}
