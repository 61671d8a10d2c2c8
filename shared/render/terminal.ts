import type { JudgedClaim, Verdict, VerdictReport } from '../report/report.ts';
import { ASCII_MARK, MARK, VERDICTS, compare, isConsistency, kindLabel, publishedLine, safeUrl, shownQuote, sourceLine } from './format.ts';

export interface TerminalOptions {
  color: boolean;
  /** Columns to wrap at (default 100). */
  width?: number;
  /** Under each claim, its frame slot by slot and every candidate fact with why it fit or lost. */
  explain?: boolean;
}

const SGR: Record<Verdict, string> = { supported: '32', contradicted: '31', disputed: '33', unverifiable: '90' };
const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

/**
 * Text from the report and the article can hold anything: control characters would let it move
 * the cursor or recolour the terminal, and bidi overrides would reorder what is shown.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string) => s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();

/** Typography the engine writes, folded to ASCII for plain output. */
const FOLD: [RegExp, string][] = [
  [/→/g, '->'],
  [/[–−]/g, '-'],
  [/—/g, '--'],
  [/[‘’]/g, "'"],
  [/[“”]/g, '"'],
  [/…/g, '...'],
  [/≠/g, '!='],
  [/×/g, 'x'],
  [/\u00a0/g, ' '],
];
const fold = (s: string) => FOLD.reduce((t, [re, to]) => t.replace(re, to), s);

const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (!word) continue;
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * shouldColor: NO_COLOR (any non-empty value) wins, then FORCE_COLOR (0 turns colour off, any
 * other value on), then whether the stream is a terminal.
 */
export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

const NUM_W = 3;
const VERDICT_W = 14; // a mark, a space and "contradicted"
const GAP = '  ';

/** A verdict report as a terminal table: one row per claim, its comparison, source and explanation. */
export function renderTerminal(report: VerdictReport, options: TerminalOptions): string {
  const color = options.color;
  const width = Math.max(48, Math.floor(options.width ?? 100));
  const text = (s: string) => (color ? clean(s) : fold(clean(s)));
  const marks = color ? MARK : ASCII_MARK;
  const bold = (s: string) => paint(color, '1', s);
  const dim = (s: string) => paint(color, '2', s);
  const verdictCell = (v: Verdict) => paint(color, SGR[v], `${marks[v]} ${v}`.padEnd(VERDICT_W));
  const indent = ' '.repeat(NUM_W + GAP.length + VERDICT_W + GAP.length);
  const contentW = width - indent.length;

  const a = report.article;
  const out: string[] = [];
  const header = (s: string, first = '  ', rest = '  ') => wrap(s, width - rest.length).forEach((l, i) => out.push(`${i ? rest : first}${l}`));
  header(bold(text(a.title ?? a.source)), '');
  if (a.title) header(text(a.source));
  header(text(publishedLine(a)));
  const c = report.counts;
  header(`${c.claims} ${c.claims === 1 ? 'claim' : 'claims'}: ${VERDICTS.map((v) => paint(color, SGR[v], `${c[v]} ${v}`)).join(', ')}`);
  header(dim(`reference ${text(report.reference.version)} (${report.reference.facts} facts), ${text(report.engine.name)} ${text(report.engine.version)}`));
  out.push('');
  if (report.claims.length === 0) {
    out.push('  (no checkable figures)');
    return out.join('\n');
  }
  out.push(`${'#'.padStart(NUM_W)}${GAP}${'VERDICT'.padEnd(VERDICT_W)}${GAP}CLAIM`);
  out.push(`${'-'.repeat(NUM_W)}${GAP}${'-'.repeat(VERDICT_W)}${GAP}${'-'.repeat(Math.min(contentW, 60))}`);

  const push = (s: string) => {
    for (const l of wrap(s, contentW)) out.push(`${indent}${l}`);
  };
  for (const [i, claim] of report.claims.entries()) {
    const head = wrap(`"${text(shownQuote(claim, report.article.format))}"${isConsistency(claim) ? ` [${kindLabel(claim)}]` : ''}`, contentW);
    out.push(`${String(i + 1).padStart(NUM_W)}${GAP}${verdictCell(claim.verdict)}${GAP}${head[0]}`);
    for (const l of head.slice(1)) out.push(`${indent}${l}`);
    for (const l of rowBody(claim, text)) {
      if (l.url !== undefined) out.push(`${indent}  ${l.url}`); // unwrapped, so terminals can still open it
      else push(l.text);
    }
    if (options.explain) for (const l of explainLines(claim, text)) push(dim(l));
    out.push('');
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

type Line = { text: string; url?: undefined } | { url: string };

function rowBody(claim: JudgedClaim, text: (s: string) => string): Line[] {
  const lines: Line[] = [];
  if (!isConsistency(claim)) {
    const cmp = compare(claim);
    lines.push({ text: cmp.reference ? `${text(cmp.claimed)} vs ${text(cmp.reference)}` : `${text(cmp.claimed)} vs (no reference figure)` });
    if (claim.sides?.length) {
      lines.push({ text: `sides: ${claim.sides.map((s) => `${text(s.side)}: ${text(s.value)} (${s.fits ? 'fits' : 'does not fit'})`).join('; ')}` });
    }
    for (const e of cmp.sources.slice(0, 3)) {
      lines.push({ text: `source: ${text(sourceLine(e))}` });
      const url = safeUrl(e.source.url);
      if (url) lines.push({ url: text(url) });
    }
    if (cmp.sources.length > 3) lines.push({ text: `(and ${cmp.sources.length - 3} more sources)` });
  }
  lines.push({ text: text(claim.explanation) });
  return lines;
}

/** The frame as read, slot by slot, and the candidate facts: what `check --explain` adds. */
function explainLines(claim: JudgedClaim, text: (s: string) => string): string[] {
  const lines: string[] = [];
  const f = claim.frame;
  if (f) {
    const show = (name: string, slot: { value: unknown; confidence: string; text?: string | undefined; reason?: string | undefined }) => {
      const value = slot.value === null || (Array.isArray(slot.value) && slot.value.length === 0) ? '-' : typeof slot.value === 'object' ? JSON.stringify(slot.value) : String(slot.value);
      const words = slot.text ? ` from '${slot.text}'` : '';
      lines.push(text(`${name}: ${value} (${slot.confidence}${words}${slot.reason ? `; ${slot.reason}` : ''})`));
    };
    lines.push('frame:');
    show('- subject', { ...f.subject, value: f.subject.value.length ? `${f.subject.value.join(' + ')} [${f.subject.combine}]` : null });
    show('- measure', f.measure);
    show('- time', { ...f.time, value: f.time.value ? [f.time.value.from, f.time.value.to].filter(Boolean).join('..') || null : null });
    show('- event', f.event);
    show('- status', f.status);
    show('- change', f.change);
    show('- sign', f.sign);
  }
  if (claim.abstained) lines.push(text(`abstained from ${claim.abstained.verdict}: ${claim.abstained.slot}: ${claim.abstained.reason}`));
  if (claim.evidence.length || claim.rejected?.length) lines.push('candidate facts:');
  for (const e of claim.evidence) lines.push(text(`- ${e.fits ? 'fits' : 'does not fit'}: ${e.factId} (${e.role}${e.asOf ? `, as of ${e.asOf}` : ''})`));
  for (const r of claim.rejected ?? []) lines.push(text(`- set aside: ${r.factId}: ${r.reason}`));
  if (f && !claim.evidence.length && !claim.rejected?.length && claim.figure.kind !== 'consistency') lines.push('candidate facts: none under its lookup keys');
  return lines;
}
