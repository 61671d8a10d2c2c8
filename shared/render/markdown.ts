import type { Evidence, VerdictReport } from '../report/report.ts';
import { LABEL, MARK, compare, countsLine, evidenceByRole, isConsistency, kindLabel, oneLine, publishedLine, safeUrl, shownQuote, sourceLine } from './format.ts';

/**
 * Text as inert Markdown on one line: no raw HTML (< > & as entities), no emphasis, links,
 * code or table breaks (the characters that start them backslash-escaped, newlines as spaces).
 * Parentheses, '#', '+' and '!' only act after '[' or at a line's start, which this text never is.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
const md = escapeMarkdown;

/** A line that starts with its text: "# ", "- ", "+ " or "1. " there would make it a heading or a list item. */
const paragraph = (line: string) => line.replace(/^(?=(?:#{1,6}|[-+]) )|^(\d{1,9})(?=[.)] )/, (_, digits?: string) => (digits ? `${digits}\\` : '\\'));

/** An http(s) URL fit for a link destination: characters that would end or break it percent-encoded. */
function linkUrl(u: string): string | null {
  const url = safeUrl(u);
  return url && url.replace(/[()<>\s"'|\\[\]`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const link = (text: string, u: string) => {
  const url = linkUrl(u);
  return url ? `[${md(text)}](${url})` : md(text);
};

const sourceLink = (e: Evidence) => link(sourceLine(e), e.source.url);
/** Several facts often come from one page: each link once. */
const sourceLinks = (list: readonly Evidence[]) => [...new Set(list.map(sourceLink))].join(', ');

/** A verdict report in Markdown, for tickets and pull requests: a table, then the details. */
export function renderMarkdown(report: VerdictReport): string {
  const a = report.article;
  const out: string[] = [];
  out.push(`# Fact-check: ${md(a.title ?? a.source)}`, '');
  out.push(paragraph(`${md(a.source)}, ${md(publishedLine(a))}`), '');
  out.push(`**${md(countsLine(report))}**`, '');
  if (report.claims.length === 0) {
    out.push('No checkable figures.');
    return `${out.join('\n')}\n`;
  }
  out.push('| # | Verdict | Quote | Claimed | Reference | Source |', '|---:|---|---|---|---|---|');
  for (const [i, c] of report.claims.entries()) {
    const cmp = compare(c);
    const consistency = isConsistency(c);
    const cells = [
      String(i + 1),
      `${MARK[c.verdict]} ${LABEL[c.verdict]}`,
      `\u201c${md(shownQuote(c, report.article.format))}\u201d${consistency ? ` (${md(kindLabel(c))})` : ''}`,
      consistency ? '' : md(cmp.claimed),
      consistency ? '' : cmp.reference ? md(cmp.reference) : '\u2014',
      sourceLinks(cmp.sources) || '\u2014',
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('', '## Details', '');
  for (const [i, c] of report.claims.entries()) {
    out.push(`${i + 1}. **${LABEL[c.verdict]}**: \u201c${md(shownQuote(c, report.article.format))}\u201d${isConsistency(c) ? ` (${md(kindLabel(c))})` : ''}: ${md(c.explanation)}`);
    const sub = (label: string, text: string) => out.push(`   - ${label}: ${text}`);
    sub('Sentence', md(c.sentence.text));
    if (c.sides?.length) sub('Sides', c.sides.map((s) => md(`${s.side}: ${s.value} (${s.fits ? 'fits' : 'does not fit'})`)).join('; '));
    for (const k of c.computation ?? []) sub('Computation', md(k.expression));
    const main = evidenceByRole(c, 'main');
    if (main.length) sub('Sources', sourceLinks(main));
    const later = evidenceByRole(c, 'later-revision');
    if (later.length) sub('Later revisions', sourceLinks(later));
    const others = evidenceByRole(c, 'other-source');
    if (others.length) sub('Other sources', sourceLinks(others));
    if (c.rejected?.length) sub('Close candidates that lost', c.rejected.map((r) => md(`${r.factId} (${r.reason})`)).join('; '));
  }
  out.push('', `_${md(`${report.engine.name} ${report.engine.version}, reference ${report.reference.version} (${report.reference.facts} facts)`)}_`);
  return `${out.join('\n')}\n`;
}
