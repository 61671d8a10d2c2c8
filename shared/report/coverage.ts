import type { VerdictReport } from './report.ts';

/**
 * What the reference table could not check, across many reports, grouped by entity, measure
 * and event: the rows a curator should add next, most wanted first.
 */
export interface CoverageRow {
  entity: string | null;
  measure: string | null;
  event: string | null;
  /** Unverifiable claims in the group. */
  claims: number;
  /** Reports they come from. */
  articles: number;
  /** The years the claims speak of, where known. */
  periods: string[];
  examples: Array<{ article: string; quote: string; explanation: string }>;
}

export interface Coverage {
  reports: number;
  claims: number;
  unverifiable: number;
  rows: CoverageRow[];
}

export function coverage(reports: readonly VerdictReport[], examplesPerRow = 3): Coverage {
  const groups = new Map<string, CoverageRow & { sources: Set<string>; years: Set<string> }>();
  let claims = 0;
  let unverifiable = 0;
  for (const r of reports) {
    for (const c of r.claims) {
      if (c.figure.kind === 'consistency') continue;
      claims++;
      if (c.verdict !== 'unverifiable') continue;
      unverifiable++;
      const fr = c.framing;
      const entity = fr?.entities.find((e) => e.role === 'subject')?.id ?? null;
      const measure = fr?.measure ?? (c.figure.kind === 'date' ? 'event_date' : null);
      const event = fr?.event?.id ?? null;
      const key = `${entity}|${measure}|${event}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { entity, measure, event, claims: 0, articles: 0, periods: [], examples: [], sources: new Set(), years: new Set() }));
      g.claims++;
      g.sources.add(r.article.source);
      const year = (fr?.time.from ?? fr?.time.to ?? c.figure.date?.start)?.slice(0, 4);
      if (year && /^\d{4}$/.test(year)) g.years.add(year);
      if (g.examples.length < examplesPerRow) g.examples.push({ article: r.article.source, quote: c.figure.text, explanation: c.explanation });
    }
  }
  const rows = [...groups.values()]
    .map(({ sources, years, ...row }) => ({ ...row, articles: sources.size, periods: [...years].sort() }))
    // Groups the engine could frame (a measure) first: those are rows a curator can add.
    .sort((a, b) => Number(b.measure !== null) - Number(a.measure !== null) || b.claims - a.claims || b.articles - a.articles || String(a.measure).localeCompare(String(b.measure)));
  return { reports: reports.length, claims, unverifiable, rows };
}

export function coverageTable(c: Coverage): string {
  const lines = [`${c.reports} report(s), ${c.claims} claim(s), ${c.unverifiable} unverifiable`, ''];
  if (c.rows.length === 0) return `${lines[0]}\nnothing unverifiable: the reference table covers every claim`;
  const head = ['claims', 'articles', 'measure', 'entity', 'event', 'years'];
  const rows = c.rows.map((r) => [String(r.claims), String(r.articles), r.measure ?? '(not framed)', r.entity ?? '-', r.event ?? '-', r.periods.join(' ') || '-']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  lines.push(fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt));
  lines.push('', 'examples:');
  for (const r of c.rows.slice(0, 10)) {
    for (const e of r.examples.slice(0, 1)) lines.push(`  ${r.measure ?? '(not framed)'} / ${r.entity ?? '-'}: '${e.quote.replace(/\s+/g, ' ')}' in ${e.article}`);
  }
  return lines.join('\n');
}
