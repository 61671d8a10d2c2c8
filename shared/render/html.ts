import { createHash } from 'node:crypto';
import type { Evidence, JudgedClaim, Verdict, VerdictReport } from '../report/report.ts';
import { SCRIPT, STYLE } from './html-assets.ts';
import {
  LABEL,
  MARK,
  MEANING,
  VERDICTS,
  compare,
  evidenceByRole,
  fmtAmount,
  fmtDate,
  isConsistency,
  kindLabel,
  oneLine,
  publishedLine,
  safeUrl,
  shownQuote,
} from './format.ts';

/** Text for HTML content and quoted attribute values; NUL cannot appear in either. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\u0000]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\u0000': '\ufffd' })[c]!);
}
const esc = escapeHtml;

/**
 * JSON for a <script type="application/json"> block: with '<' escaped no "</script>" or "<!--"
 * in the data can end the block early; the line separators are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  // One pass: none of the escapes contains a character another one replaces.
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);
}
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

const cspHash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

interface SourceView {
  organisation: string;
  title: string;
  url: string | null;
  date: string | null;
  amount: string;
  fits: boolean;
}

/** One claim as the page shows it: every string already worded; the script only lays it out. */
interface ClaimView {
  id: string;
  verdict: Verdict;
  label: string;
  mark: string;
  kind: string;
  consistency: boolean;
  quote: string;
  sentence: string;
  claimed: string;
  reference: string | null;
  explanation: string;
  sides: { side: string; value: string; fits: boolean }[];
  computation: string[];
  sources: SourceView[];
  revisions: SourceView[];
  others: SourceView[];
  rejected: { factId: string; reason: string }[];
  confidence: number;
}

function sourceView(e: Evidence): SourceView {
  const when = e.asOf ?? e.source.published;
  return {
    organisation: e.source.organisation,
    title: e.source.title,
    url: safeUrl(e.source.url),
    date: when ? fmtDate(when) : null,
    amount: fmtAmount(e),
    fits: e.fits,
  };
}

function claimView(c: JudgedClaim, format?: VerdictReport['article']['format']): ClaimView {
  const cmp = compare(c);
  // The evidence behind the comparison first, then the rest of the main evidence.
  const main = [...cmp.sources, ...evidenceByRole(c, 'main').filter((e) => !cmp.sources.includes(e))];
  const seen = new Set<string>();
  const mainViews = main.filter((e) => (seen.has(e.factId) ? false : (seen.add(e.factId), true))).map(sourceView);
  return {
    id: c.id,
    verdict: c.verdict,
    label: LABEL[c.verdict],
    mark: MARK[c.verdict],
    kind: kindLabel(c),
    consistency: isConsistency(c),
    quote: oneLine(shownQuote(c, format)),
    sentence: oneLine(c.sentence.text),
    claimed: cmp.claimed,
    reference: cmp.reference,
    explanation: c.explanation,
    sides: c.sides ?? [],
    computation: (c.computation ?? []).map((k) => k.expression),
    sources: mainViews,
    revisions: evidenceByRole(c, 'later-revision').map(sourceView),
    others: evidenceByRole(c, 'other-source').map(sourceView),
    rejected: c.rejected ?? [],
    confidence: c.confidence,
  };
}

type Span = { start: number; end: number };

interface Highlight extends Span {
  claim: JudgedClaim;
  /** Consistency checks on the same figure, shown as small marks after it. */
  checks: JudgedClaim[];
}

/** Paragraphs: runs of text between blank lines, trimmed. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const m of text.matchAll(/\n[^\S\n]*\n\s*/g)) {
    push(at, m.index);
    at = m.index + m[0].length;
  }
  push(at, text.length);
  return out;
}

/**
 * Where each claim is highlighted. Spans out of range are clamped, spans that overlap a
 * highlight already placed are left out of the text (they stay in the list), and a highlight
 * never crosses a paragraph break.
 */
function place(text: string, claims: readonly JudgedClaim[], spanOf: (c: JudgedClaim) => Span | undefined, paras: Span[]) {
  // Paragraphs are in order: the one a span starts in is found by bisection, not by a scan,
  // so that an article with thousands of figures renders in linear-logarithmic time.
  const paraAt = (start: number, end: number): Span | undefined => {
    let lo = 0;
    let hi = paras.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = paras[mid]!;
      if (x.end <= start) lo = mid + 1;
      else if (x.start >= end) hi = mid - 1;
      else return x;
    }
    return undefined;
  };
  const clamp = (s: Span | undefined): Span | null => {
    if (!s || !Number.isFinite(s.start) || !Number.isFinite(s.end)) return null;
    const start = Math.max(0, Math.min(text.length, Math.trunc(s.start)));
    const end = Math.max(0, Math.min(text.length, Math.trunc(s.end)));
    if (end <= start) return null;
    const p = paraAt(start, end);
    if (!p) return null;
    return { start: Math.max(start, p.start), end: Math.min(end, p.end) };
  };
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const placed: Highlight[] = [];
  const unplaced: JudgedClaim[] = [];
  const candidates = claims
    .filter((c) => !isConsistency(c))
    .map((c, i) => ({ c, i, s: clamp(spanOf(c)) }))
    .sort((a, b) => (a.s?.start ?? 0) - (b.s?.start ?? 0) || (b.s?.end ?? 0) - (a.s?.end ?? 0) || a.i - b.i);
  // Candidates come in order of start and placed spans never overlap, so a candidate can only
  // overlap the last one placed.
  for (const { c, s } of candidates) {
    const last = placed[placed.length - 1];
    if (s && !(last && overlaps(last, s))) placed.push({ ...s, claim: c, checks: [] });
    else unplaced.push(c);
  }
  const byStart = placed.slice();
  const hostOf = (s: Span): Highlight | undefined => {
    let lo = 0;
    let hi = byStart.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const h = byStart[mid]!;
      if (h.end <= s.start) lo = mid + 1;
      else if (h.start >= s.end) hi = mid - 1;
      else return h;
    }
    return undefined;
  };
  for (const c of claims.filter(isConsistency)) {
    const s = clamp(spanOf(c));
    const host = s && hostOf(s);
    if (host) host.checks.push(c);
    else if (s) placed.push({ ...s, claim: c, checks: [] });
    else unplaced.push(c);
  }
  placed.sort((a, b) => a.start - b.start);
  return { placed, unplaced };
}

const mark = (c: JudgedClaim, inner: string, cls: string, label: string) =>
  `<mark class="fc-hl ${cls}v-${c.verdict}" data-claim="${esc(c.id)}" role="button" tabindex="0" aria-controls="fc-panel" aria-expanded="false" aria-label="${esc(label)}" title="${esc(`${LABEL[c.verdict]}: show how it was checked`)}">${inner}</mark>`;

function highlightHtml(text: string, h: Highlight): string {
  const c = h.claim;
  const consistency = isConsistency(c);
  const main = mark(c, esc(text.slice(h.start, h.end)), consistency ? 'fc-check-host ' : '', `${oneLine(text.slice(h.start, h.end))}: ${consistency ? `${kindLabel(c)}, ` : ''}${LABEL[c.verdict].toLowerCase()}`);
  const checks = h.checks.map((k) => mark(k, esc(MARK[k.verdict]), 'fc-check ', `${kindLabel(k)}: ${LABEL[k.verdict].toLowerCase()}`)).join('');
  return main + checks;
}

/** The article's paragraphs as HTML, one part per paragraph, made as they are read. */
function* articleParts(text: string, placed: Highlight[], paras: Span[], title: string | null): Generator<string> {
  let k = 0;
  let first = true;
  for (const p of paras) {
    let html = '';
    let at = p.start;
    while (k < placed.length && placed[k]!.start < p.end) {
      const h = placed[k++]!;
      html += esc(text.slice(at, h.start)) + highlightHtml(text, h);
      at = h.end;
    }
    html += esc(text.slice(at, p.end));
    const isTitle = title !== null && oneLine(text.slice(p.start, p.end)) === oneLine(title);
    const tag = isTitle && first ? `<p class="fc-article-title"><strong>${html}</strong></p>` : `<p>${html}</p>`;
    yield first ? tag : `\n${tag}`;
    first = false;
  }
}

/** Without the document's text: the sentences that hold figures, joined into their paragraphs. */
function textFromSentences(claims: readonly JudgedClaim[]): { text: string; spans: Map<string, Span> } {
  const sentences = [...new Map(claims.map((c) => [c.sentence.index, c.sentence])).values()].sort((a, b) => a.index - b.index);
  let text = '';
  const spans = new Map<string, Span>();
  let paragraph: number | null = null;
  for (const s of sentences) {
    if (text) text += paragraph === s.paragraph ? ' ' : '\n\n';
    paragraph = s.paragraph;
    const base = text.length;
    text += s.text;
    // Claims in order; a consistency check sits on the same figure as its claim.
    const own = claims.filter((c) => c.sentence.index === s.index).sort((a, b) => a.start - b.start || (isConsistency(a) ? 1 : -1));
    const byOffsets = new Map<string, Span>();
    let from = 0;
    for (const c of own) {
      const key = `${c.start}:${c.end}`;
      const known = byOffsets.get(key);
      if (known) {
        spans.set(c.id, known);
        continue;
      }
      const needle = c.figure.text;
      let at = needle ? s.text.indexOf(needle, from) : -1;
      if (at < 0 && needle) at = s.text.indexOf(needle);
      if (at < 0) continue;
      const span = { start: base + at, end: base + at + needle.length };
      byOffsets.set(key, span);
      spans.set(c.id, span);
      from = at + needle.length;
    }
  }
  return { text, spans };
}

function sourcesHtml(title: string, list: SourceView[]): string {
  if (!list.length) return '';
  const items = list.map((s) => {
    const name = esc(`${s.organisation}${s.date ? `, ${s.date}` : ''}`);
    const link = s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer" target="_blank">${name}</a>` : `<span>${name}</span>`;
    return `<li>${link}: ${esc(s.amount)} ${s.fits ? '(fits)' : '(does not fit)'}<span class="fc-url">${esc(s.title)}</span>${s.url ? `<span class="fc-url">${esc(s.url)}</span>` : ''}</li>`;
  });
  return `<h4>${esc(title)}</h4><ul>${items.join('')}</ul>`;
}

const listHtml = (title: string, items: string[]) => (items.length ? `<h4>${esc(title)}</h4><ul>${items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : '');

function itemHtml(v: ClaimView, n: number): string {
  const head =
    `<div class="fc-item-head"><span class="fc-badge v-${v.verdict}">${esc(`${v.mark} ${v.label}`)}</span>` +
    `<button type="button" class="fc-open" data-open="${esc(v.id)}" aria-controls="fc-panel">${esc(`${n}. \u201c${v.quote}\u201d`)}</button>` +
    (v.consistency ? `<span class="fc-kind">${esc(v.kind)}</span>` : '') +
    `</div>`;
  const compareLine = v.consistency ? '' : `<p class="fc-compare">Claimed <b>${esc(v.claimed)}</b> vs reference <b>${esc(v.reference ?? 'no reference figure')}</b></p>`;
  const more =
    `<div class="fc-more">` +
    `<blockquote>${esc(v.sentence)}</blockquote>` +
    listHtml('Sides', v.sides.map((s) => `${s.side}: ${s.value} ${s.fits ? '(fits)' : '(does not fit)'}`)) +
    listHtml('Computation', v.computation) +
    sourcesHtml('Sources', v.sources) +
    sourcesHtml('Later revisions', v.revisions) +
    sourcesHtml('Other sources', v.others) +
    listHtml('Close candidates that lost', v.rejected.map((r) => `${r.factId}: ${r.reason}`)) +
    `<p class="fc-conf">Confidence: ${esc(String(v.confidence))}</p>` +
    `</div>`;
  return `<li class="fc-item fc-detail v-${v.verdict}" id="claim-${esc(v.id)}">${head}${compareLine}<p class="fc-expl">${esc(v.explanation)}</p>${more}</li>`;
}

function summaryHtml(r: VerdictReport, unplaced: JudgedClaim[]): string {
  const counts = VERDICTS.map(
    (v) =>
      `<li class="fc-count v-${v}"><span class="fc-swatch" aria-hidden="true"></span><span>${LABEL[v]}</span> <strong data-count="${v}">${r.counts[v]}</strong> <span class="fc-legend">${esc(MEANING[v])}</span></li>`,
  );
  const open = (c: JudgedClaim) => `<button type="button" class="fc-open" data-open="${esc(c.id)}" aria-controls="fc-panel">${esc(`\u201c${oneLine(shownQuote(c, r.article.format))}\u201d`)}</button> (${esc(LABEL[c.verdict].toLowerCase())})`;
  const checks = r.claims.filter(isConsistency);
  const checksLine = checks.length
    ? `<p class="fc-note fc-consistency">Consistency checks: ${checks.map((c) => `${esc(kindLabel(c).replace(/^consistency check: /, ''))} ${open(c)}`).join('; ')}</p>`
    : '';
  const unplacedLine = unplaced.length ? `<p class="fc-note">Not marked in the text: ${unplaced.map(open).join('; ')}</p>` : '';
  return (
    `<section class="fc-summary" aria-label="Summary">` +
    `<p class="fc-total"><strong data-count="claims">${r.counts.claims}</strong> ${r.counts.claims === 1 ? 'claim' : 'claims'} checked</p>` +
    `<ul class="fc-counts">${counts.join('')}</ul>${checksLine}${unplacedLine}</section>`
  );
}

/**
 * A verdict report as one self-contained HTML page: the article with every figure highlighted by
 * verdict, a detail panel per figure, a summary, and a list of all claims that prints in full.
 * `text` is the claims document's readable text, which the claims' spans index into; without it
 * the page shows the sentences that hold figures.
 */
export function renderHtml(report: VerdictReport, text?: string): string {
  return [...renderHtmlParts(report, text)].join('');
}

/**
 * The same page as parts in order (a paragraph, a claim), made as they are read: the pipeline
 * encodes each as it comes, so a page of tens of MB is never held as one string. Iterable more
 * than once (a blob store counts the bytes, then sends them); the claims are placed once, on
 * the first pass, and kept for the next; each pass words them as it writes them.
 */
export function renderHtmlParts(report: VerdictReport, text?: string): Iterable<string> {
  let layout: PageLayout | undefined;
  return { [Symbol.iterator]: () => pageParts(report, (layout ??= pageLayout(report, text))) };
}

/**
 * Where the claims go on the page, worked out once for both passes. The claims' worded views
 * are not kept: each pass words each claim as it writes it, so a page of many thousands of
 * claims never holds all their views at once.
 */
interface PageLayout {
  body: string;
  paras: Span[];
  placed: Highlight[];
  unplaced: JudgedClaim[];
  fromSentences: boolean;
}

function pageLayout(report: VerdictReport, text: string | undefined): PageLayout {
  const fromSentences = typeof text === 'string' ? null : textFromSentences(report.claims);
  const body = fromSentences ? fromSentences.text : (text as string);
  const spanOf = fromSentences ? (c: JudgedClaim) => fromSentences.spans.get(c.id) : (c: JudgedClaim) => c.span;
  const paras = paragraphs(body);
  const { placed, unplaced } = place(body, report.claims, spanOf, paras);
  return { body, paras, placed, unplaced, fromSentences: fromSentences !== null };
}

function* pageParts(report: VerdictReport, layout: PageLayout): Generator<string> {
  const { body, paras, placed, unplaced, fromSentences } = layout;

  const a = report.article;
  const title = a.title ?? a.source;
  const meta = [a.source, publishedLine(a), `article ${a.id}`].map((s) => `<span>${esc(s)}</span>`).join('');
  const note = fromSentences ? `<p class="fc-only-sentences">Only the sentences that hold figures are shown.</p>` : '';
  const csp = `default-src 'none'; script-src ${cspHash(SCRIPT)}; style-src ${cspHash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;

  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${esc(`${report.engine.name} ${report.engine.version}`)}">
<title>${esc(`Fact-check: ${title}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="fc-page">
<header>
<h1>${esc(title)}</h1>
<p class="fc-meta">${meta}</p>
${summaryHtml(report, unplaced)}
</header>
<div class="fc-layout">
<main class="fc-article" aria-label="Article">
${note}`;
  yield* articleParts(body, placed, paras, a.title);
  yield `
</main>
<aside class="fc-panel" id="fc-panel" aria-label="Claim details" aria-live="polite">
<div class="fc-panel-bar"><button type="button" id="fc-prev" aria-label="Previous claim">\u2190</button><button type="button" id="fc-next" aria-label="Next claim">\u2192</button><button type="button" id="fc-close" aria-label="Close details">\u00d7</button></div>
<div id="fc-panel-body" class="fc-detail"><p class="fc-hint">Select a highlighted figure to see how it was checked.</p></div>
</aside>
</div>
<section aria-labelledby="fc-claims-title">
<h2 id="fc-claims-title">All claims</h2>
<ol class="fc-claims">
`;
  for (const [i, c] of report.claims.entries()) yield `${i ? '\n' : ''}${itemHtml(claimView(c, report.article.format), i + 1)}`;
  yield `
</ol>
</section>
<p class="fc-engine">${esc(`${report.engine.name} ${report.engine.version}, vocabulary ${report.engine.vocabulary}; reference ${report.reference.version} (${report.reference.facts} facts)`)}</p>
</div>
<script type="application/json" id="fc-data">{"claims":[`;
  // jsonForScript escapes char by char, so the parts concatenate to jsonForScript({ claims: views }).
  for (const [i, c] of report.claims.entries()) yield `${i ? ',' : ''}${jsonForScript(claimView(c, report.article.format))}`;
  yield `]}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
