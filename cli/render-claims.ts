import type { Claim, ClaimsDocument } from '../shared/claims/document.ts';

/** A claims document as a readable table for the terminal. */
export function claimsTable(doc: ClaimsDocument): string {
  const a = doc.article;
  const lines: string[] = [];
  const pub = a.published.date ? `${a.published.date} (${a.published.how})` : 'unknown';
  lines.push(`${a.source}${a.title ? ` — ${a.title}` : ''}`);
  lines.push(`  published ${pub} · ${doc.counts.paragraphs} paragraphs · ${doc.counts.sentences} sentences · ${doc.counts.claims} claims`);
  if (doc.claims.length === 0) {
    lines.push('  (no checkable figures)');
    return lines.join('\n');
  }
  const rows = doc.claims.map((c, i) => [String(i + 1), c.figure.kind, clip(c.figure.text, 38), valueOf(c), c.figure.qualifier, framingOf(c)]);
  const head = ['#', 'kind', 'quote', 'value', 'qualifier', 'about'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  lines.push(fmt(head));
  lines.push(fmt(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) lines.push(fmt(r));
  return lines.join('\n');
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function valueOf(c: Claim): string {
  const f = c.figure;
  if (f.kind === 'date' && f.date) return f.date.end ? `${f.date.start}/${f.date.end}` : f.date.start;
  const n = (x: number) => (Math.abs(x) >= 1e4 ? x.toLocaleString('en-US') : String(Math.round(x * 1000) / 1000));
  const v = f.value !== undefined ? n(f.value) : `${n(f.low!)}–${n(f.high!)}`;
  return f.unit ? `${v} ${f.unit}` : v;
}

function framingOf(c: Claim): string {
  const parts: string[] = [];
  if (c.framing.measure) parts.push(c.framing.measure);
  const ents = c.framing.entities.filter((e) => e.role !== 'context').map((e) => (e.role === 'comparator' ? `vs ${e.id}` : e.id));
  if (ents.length) parts.push(ents.join(' '));
  if (c.framing.event) parts.push(`@${c.framing.event.id}`);
  return parts.join(' · ');
}
