import type { Claim } from '../../claims/document.ts';
import type { ReferenceFact } from '../../reference/fact.ts';
import type { Computation } from '../../report/report.ts';
import type { CompiledVocabulary } from '../../vocabulary/vocabulary.ts';
import { fmtDate, fmtNumber, formatDecimal } from '../../words.ts';
import type { DerivationKind } from '../abstain.ts';
import { asOfKey, sourceRank } from '../select.ts';

/**
 * A figure the reference table does not hold but its facts imply, as one named rule computed
 * it: a sum across sides, a ratio, a difference, a conversion, a change, a span of dates. Each
 * rule is a module of its own in this folder, in the manner of a grammar's rule list: its name,
 * when it applies, how it computes; the judge reads the kind, never the label.
 */
export interface Derived {
  /** Which rule computed it: the abstention policy and the verdict read this, never the label. */
  kind: DerivationKind;
  /** Computed from final figures, published after the article or undated. */
  final?: boolean;
  /** Whose figure it is, as the verdict's sides show it. */
  label: string;
  text: string;
  computation: Computation;
  facts: ReferenceFact[];
  precision: number;
}

/** What a rule reads: the claim, its candidate facts and every fact looked up for it. */
export interface DeriveInput {
  claim: Claim;
  /** The facts of the claim's measure, subject, time and event. */
  relevant: readonly ReferenceFact[];
  /** Every fact looked up for the claim: a change reads the year before, a conversion the rate. */
  found: readonly ReferenceFact[];
  v: CompiledVocabulary;
  /** The article's publication day, or '9999' when unknown: facts published by then are current. */
  published: string;
  /** Whether a fact's unit is the claim's own (judge.ts). */
  unitsAgree: (f: ReferenceFact) => boolean;
}

export interface Derivation {
  /** The kinds it produces. */
  readonly kinds: readonly DerivationKind[];
  /** When it applies, in words, for the docs and the tests. */
  readonly when: string;
  /** The figures it computes; none where its inputs are missing. */
  derive(input: DeriveInput): Derived[];
}

export const subjectOf = (c: Claim) => c.framing.entities.find((e) => e.role === 'subject')?.id;
export const comparatorOf = (c: Claim) => c.framing.entities.find((e) => e.role === 'comparator')?.id;

/** Best-ranked source first, then the newest release. */
export const byStanding = (v: CompiledVocabulary) => (a: ReferenceFact, b: ReferenceFact) => sourceRank(a, v) - sourceRank(b, v) || (asOfKey(b) < asOfKey(a) ? -1 : 1);

/** The best-ranked, newest fact published by the day given. */
export const currentAt = (facts: readonly ReferenceFact[], v: CompiledVocabulary, day: string): ReferenceFact | null => [...facts].sort(byStanding(v)).find((f) => asOfKey(f) <= day) ?? null;

export const sourceOf = (f: ReferenceFact) => `${f.source.organisation}${f.asOf ? `, ${fmtDate(f.asOf)}` : ''}`;

/** Values on one scale for an expression: "2,991 million / 795 million". */
export function fmtOnScale(values: number[]): string[] {
  const top = Math.max(...values.map(Math.abs));
  if (top >= 1e6 && values.every((v) => v % 1e5 === 0)) return values.map((v) => `${formatDecimal(v / 1e6, 1)} million`);
  return values.map(fmtNumber);
}

/**
 * The subject's and the comparator's figures for one period from one source and release, so
 * that a ratio or a difference never mixes sources: the best source first, then the release
 * current at publication (newest first), then later releases (earliest first).
 */
export function bestPair(facts: readonly ReferenceFact[], subject: string, comparator: string, pub: string, v: CompiledVocabulary): { s: ReferenceFact; c: ReferenceFact } | undefined {
  const pairs = new Map<string, { s?: ReferenceFact; c?: ReferenceFact }>();
  for (const f of facts) {
    if (f.value === undefined) continue;
    const key = `${f.period?.from ?? f.event ?? ''}|${f.side ?? ''}|${f.asOf ?? ''}`;
    const p = pairs.get(key) ?? {};
    if (f.entities.includes(subject) && !f.entities.includes(comparator)) p.s = f;
    if (f.entities.includes(comparator) && !f.entities.includes(subject)) p.c = f;
    pairs.set(key, p);
  }
  const current = (f: ReferenceFact) => (asOfKey(f) <= pub ? 0 : 1);
  const complete = [...pairs.values()].filter((p): p is { s: ReferenceFact; c: ReferenceFact } => Boolean(p.s && p.c));
  return complete.sort(
    (a, b) =>
      sourceRank(a.s, v) - sourceRank(b.s, v) ||
      current(a.s) - current(b.s) ||
      (current(a.s) === 0 ? (asOfKey(b.s) < asOfKey(a.s) ? -1 : 1) : asOfKey(a.s) < asOfKey(b.s) ? -1 : 1),
  )[0];
}
