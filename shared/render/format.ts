import type { ArticleMetadata } from '../claims/document.ts';
import { decodeHTML } from 'entities';
import type { Evidence, JudgedClaim, Verdict, VerdictReport } from '../report/report.ts';
import { fmtDate, fmtNumber } from '../words.ts';

export { fmtDate, fmtNumber };

/** What every renderer shares: labels, number and date wording, and which evidence a row shows. */

export const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'disputed', 'unverifiable'];

export const LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  disputed: 'Disputed',
  unverifiable: 'Unverifiable',
};

export const MARK: Record<Verdict, string> = { supported: '✓', contradicted: '✗', disputed: '≠', unverifiable: '?' };
export const ASCII_MARK: Record<Verdict, string> = { supported: '+', contradicted: 'x', disputed: '~', unverifiable: '?' };

/** What each colour means, for legends. */
export const MEANING: Record<Verdict, string> = {
  supported: 'the reference figure fits the claim',
  contradicted: 'the reference figure does not fit',
  disputed: 'sources disagree; the claim fits some of them',
  unverifiable: 'nothing in the reference table to check it against',
};

const ALREADY_PLURAL = /(?:s|people|personnel|staff)$/i;

/** The counted noun for a number: "1 year", "5 years", "3 cities"; plural nouns kept as given. */
export function fmtUnit(unit: string, n: number | undefined): string {
  if (n === 1 || ALREADY_PLURAL.test(unit)) return unit;
  if (unit === 'person') return 'people';
  if (/[^aeiou]y$/i.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

export interface Amount {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  date?: { start: string; end?: string | undefined } | undefined;
  unit: string | null;
}

/** A figure or a fact's amount, readable: "1,960 troops", "US$3.561 billion", "4.6%", "27 September 2020 to 10 November 2020". */
export function fmtAmount(a: Amount): string {
  if (a.date) return a.date.end && a.date.end !== a.date.start ? `${fmtDate(a.date.start)} to ${fmtDate(a.date.end)}` : fmtDate(a.date.start);
  const n = a.value ?? (a.low !== undefined && a.high !== undefined && a.low === a.high ? a.low : undefined);
  const num = n !== undefined ? fmtNumber(n) : a.low !== undefined && a.high !== undefined ? `${fmtNumber(a.low)} to ${fmtNumber(a.high)}` : '?';
  const unit = a.unit;
  if (!unit || unit === 'date') return num;
  if (unit === '%') return `${num}%`;
  if (unit === 'USD') return `US$${num}`;
  if (/^[A-Z]{3}$/.test(unit)) return `${num} ${unit}`;
  if (unit === 'ratio' || unit === 'times') return `${num} times`;
  return `${num} ${fmtUnit(unit, n ?? 2)}`;
}

export const ROLE_LABEL: Record<Evidence['role'], string> = { main: 'main', 'later-revision': 'later revision', 'other-source': 'other source' };

/** Who published a fact, and when: "BBC News, 3 December 2020". */
export function sourceLine(e: Evidence): string {
  const when = e.asOf ?? e.source.published;
  return `${e.source.organisation}${when ? `, ${fmtDate(when)}` : ''}`;
}

export interface Comparison {
  /** The figure as the article gives it. */
  claimed: string;
  /** The reference figure it was held against, or null when there is none. */
  reference: string | null;
  /** The evidence behind the reference figure (deduplicated by URL). */
  sources: Evidence[];
}

function pickEvidence(c: JudgedClaim): Evidence | undefined {
  const ev = c.evidence;
  const first = (ok: (e: Evidence) => boolean) => ev.find(ok);
  if (c.verdict === 'supported') {
    return first((e) => e.fits && e.role === 'main') ?? first((e) => e.fits && e.role === 'later-revision') ?? first((e) => e.fits) ?? first((e) => e.role === 'main') ?? ev[0];
  }
  if (c.verdict === 'contradicted') return first((e) => !e.fits && e.role === 'main') ?? first((e) => e.role === 'main') ?? ev[0];
  if (c.verdict === 'disputed') return first((e) => e.fits && e.role === 'main') ?? first((e) => e.role === 'main') ?? ev[0];
  return first((e) => e.role === 'main') ?? ev[0];
}

const uniqueBy = <T>(xs: readonly T[], key: (x: T) => string): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
};

/**
 * The claimed figure against the reference figure it was judged by: a derived figure when the
 * judge computed one (a sum, a ratio, a span of days), else the evidence that decided the verdict.
 * A disputed claim shows the figure it fits; its sides say who disagrees.
 */
export function compare(c: JudgedClaim): Comparison {
  const claimed = oneLine(c.figure.text || c.quote);
  if (c.computation?.length && !(c.verdict === 'disputed' && c.evidence.some((e) => e.fits && e.role === 'main'))) {
    const reference = uniqueBy(c.computation.map((k) => fmtAmount({ value: k.value, unit: k.unit })), (s) => s).join(' or ');
    const ids = new Set(c.computation.flatMap((k) => k.factIds));
    return { claimed, reference, sources: uniqueBy(c.evidence.filter((e) => ids.has(e.factId)), (e) => e.source.url) };
  }
  const e = pickEvidence(c);
  if (!e) return { claimed, reference: null, sources: [] };
  return { claimed, reference: `${fmtAmount(e)}${e.role === 'main' ? '' : ` (${ROLE_LABEL[e.role]})`}`, sources: [e] };
}

/** How the publication date was known, in words. */
export function publishedLine(a: ArticleMetadata): string {
  const p = a.published;
  if (!p.date) return 'publication date unknown';
  const how = {
    stated: 'stated in the article',
    given: 'given when the article was submitted',
    inferred: 'inferred from the latest date the article mentions',
    unknown: 'how it was known is not recorded',
  }[p.how];
  return `published ${fmtDate(p.date)} (${how}${p.quote && p.how !== 'given' ? `: "${oneLine(p.quote)}"` : ''})`;
}

export function countsLine(r: VerdictReport): string {
  const c = r.counts;
  return `${c.claims} ${c.claims === 1 ? 'claim' : 'claims'}: ${VERDICTS.map((v) => `${c[v]} ${v}`).join(', ')}`;
}

export const isConsistency = (c: JudgedClaim) => c.figure.kind === 'consistency';

export function kindLabel(c: JudgedClaim): string {
  return isConsistency(c) ? `consistency check: ${c.figure.check ?? 'unknown'}` : c.figure.kind;
}

/** Whitespace, line breaks included, as single spaces. */
export const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The URL when it is an http(s) URL, normalised; null for anything else (javascript:, data:, garbage). */
export function safeUrl(u: string | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Every evidence entry of a claim, by role, without repeating a fact. */
export function evidenceByRole(c: JudgedClaim, role: Evidence['role']): Evidence[] {
  return uniqueBy(c.evidence.filter((e) => e.role === role), (e) => e.factId);
}

/**
 * The claim's quote as a reader sees it: from an HTML article, its character references
 * decoded ("1,960&nbsp;troops" is "1,960 troops"); `quote` itself keeps the exact source, for
 * its offsets. Whatever it decodes to is still escaped by each renderer as text.
 */
export function shownQuote(c: Pick<JudgedClaim, 'quote'>, format: VerdictReport['article']['format'] | undefined): string {
  return format === 'html' && c.quote.includes('&') ? decodeHTML(c.quote) : c.quote;
}
