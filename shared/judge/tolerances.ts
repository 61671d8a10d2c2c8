/**
 * How loosely each qualifier is read. Defaults are documented in docs/qualifiers.md and can
 * be changed by the caller (CLI: --tolerances FILE).
 */
export interface Tolerances {
  /** "about", "approximately", "roughly", "some": within this share of the stated value (or half its last digit, if larger). */
  approximately: number;
  /** "nearly", "almost": at most the stated value and at least this share below it. */
  nearly: number;
  /** An exact figure: half its last stated digit, plus this share of the value. */
  exact: number;
}

export const DEFAULT_TOLERANCES: Tolerances = { approximately: 0.1, nearly: 0.1, exact: 0 };
