import type { JudgedClaim, VerdictReport } from '../shared/report/report.ts';

const MARK: Record<JudgedClaim['verdict'], string> = { supported: '✓', contradicted: '✗', disputed: '≠', unverifiable: '?' };

/** A verdict report as a plain table: one row per claim, with its explanation below it. */
export function reportTable(r: VerdictReport): string {
  const a = r.article;
  const pub = a.published.date ? `${a.published.date} (${a.published.how})` : 'unknown';
  const c = r.counts;
  const lines = [
    `${a.source}${a.title ? ` — ${a.title}` : ''}`,
    `  published ${pub} · ${c.claims} claims: ${c.supported} supported, ${c.contradicted} contradicted, ${c.disputed} disputed, ${c.unverifiable} unverifiable`,
  ];
  if (r.claims.length === 0) {
    lines.push('  (no checkable figures)');
    return lines.join('\n');
  }
  for (const [i, claim] of r.claims.entries()) {
    const text = claim.figure.text.replace(/\s+/g, ' ');
    const kind = claim.figure.kind === 'consistency' ? `consistency/${claim.figure.check}` : claim.figure.kind;
    lines.push(`  ${String(i + 1).padStart(2)} ${MARK[claim.verdict]} ${claim.verdict.padEnd(12)} ${kind.padEnd(9)} ${text.length > 40 ? `${text.slice(0, 39)}…` : text}`);
    lines.push(`       ${claim.explanation}`);
    const url = claim.evidence.find((e) => e.role === 'main')?.source.url;
    if (url) lines.push(`       source: ${url}`);
  }
  return lines.join('\n');
}
