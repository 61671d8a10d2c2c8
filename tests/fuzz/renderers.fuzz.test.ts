import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { FigureKind, Qualifier } from '../../shared/extract/figure.ts';
import type { Evidence, JudgedClaim, VerdictReport } from '../../shared/report/report.ts';
import { renderClaimReview, renderClaimReviewJson, renderHtml, renderMarkdown, renderTerminal } from '../../shared/render/index.ts';
import { SCRIPT, STYLE } from '../../shared/render/html-assets.ts';
import { fuzzer } from '../helpers/fuzz.ts';
import { HOSTILE, claimSentence, documentAndTable, hostile, httpUrl, isoDate } from './arbitraries.ts';

const fuzz = fuzzer(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Reports with hostile strings in every field a renderer shows

const finite = fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true });
const int = fc.integer({ min: -5, max: 5_000 });
/** Any URL a report might carry, not only the http(s) ones its schema allows. */
const anyUrl = fc.oneof(httpUrl, fc.constantFrom(...HOSTILE.filter((h) => /:|\/\//.test(h))), fc.constantFrom('javascript:alert(1)//https://example.org', 'java\nscript:alert(1)', 'https:', '//evil.example/x', 'file:///etc/passwd', 'data:,x'), hostile);
const dateText = fc.oneof(isoDate, hostile);

const source = fc.record({ organisation: hostile, title: hostile, url: anyUrl, published: fc.option(dateText, { nil: undefined }), retrieved: isoDate });

const evidence: fc.Arbitrary<Evidence> = fc
  .record(
    {
      factId: hostile,
      role: fc.constantFrom('main', 'later-revision', 'other-source'),
      value: finite,
      range: fc.tuple(finite, finite),
      date: fc.record({ start: isoDate, end: fc.option(isoDate, { nil: undefined }), precision: fc.constantFrom('year', 'month', 'day') }),
      unit: fc.oneof(fc.constantFrom('person', 'USD', '%', 'times', 'day', 'date', 'AMD'), hostile),
      asOf: dateText,
      side: hostile,
      fits: fc.boolean(),
      source,
    },
    { requiredKeys: ['factId', 'role', 'unit', 'fits', 'source'] },
  )
  .map(({ range, date, ...e }) => ({ ...e, ...(range ? { low: Math.min(...range), high: Math.max(...range) } : {}), ...(date && !e.value ? { date: date.end === undefined ? { start: date.start, precision: date.precision } : date } : {}) }) as Evidence);

const claim: fc.Arbitrary<JudgedClaim> = fc
  .record(
    {
      id: hostile,
      quote: hostile,
      start: int,
      end: int,
      sentence: fc.record({ index: fc.integer({ min: 0, max: 20 }), paragraph: fc.integer({ min: 0, max: 5 }), start: int, end: int, text: hostile }),
      figure: fc.record(
        {
          kind: fc.constantFrom(...FigureKind.options, 'consistency' as const),
          value: finite,
          low: finite,
          high: finite,
          unit: fc.option(fc.oneof(fc.constantFrom('soldier', 'USD', '%', 'times', 'day', 'date', 'AMD'), hostile), { nil: null }),
          qualifier: fc.constantFrom(...Qualifier.options),
          precision: fc.double({ min: 0, max: 1e6, noNaN: true }),
          date: fc.record({ start: fc.oneof(isoDate, fc.constant('XXXX-07-28'), hostile), precision: fc.constantFrom('year', 'month', 'day'), resolution: fc.constantFrom('explicit', 'publication', 'relative', 'context', 'unresolved') }),
          text: hostile,
          check: fc.constantFrom('weekday', 'list-count', 'repeated-quantity'),
        },
        { requiredKeys: ['kind', 'unit', 'qualifier', 'text'] },
      ),
      verdict: fc.constantFrom('supported', 'contradicted', 'disputed', 'unverifiable'),
      explanation: hostile,
      evidence: fc.array(evidence, { maxLength: 4 }),
      computation: fc.array(fc.record({ expression: hostile, value: finite, unit: fc.oneof(fc.constantFrom('times', '%', 'USD'), hostile), factIds: fc.array(hostile, { maxLength: 2 }) }), { maxLength: 2 }),
      rejected: fc.array(fc.record({ factId: hostile, reason: hostile }), { maxLength: 2 }),
      sides: fc.array(fc.record({ side: hostile, value: hostile, fits: fc.boolean() }), { maxLength: 3 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: ['id', 'quote', 'start', 'end', 'sentence', 'figure', 'verdict', 'explanation', 'evidence', 'confidence'] },
  )
  .map((c) => c as JudgedClaim);

/** Where each claim's span points: at its figure in the text, anywhere, or nowhere. */
const spanMode = fc.constantFrom('figure', 'figure', 'figure', 'random', 'missing', 'reversed');

/**
 * A report and the readable text its spans index into: hostile filler between the figures'
 * texts, so that highlights wrap hostile strings and sit beside them.
 */
const reportAndText: fc.Arbitrary<{ report: VerdictReport; text: string | undefined }> = fc
  .record({
    claims: fc.array(fc.tuple(claim, spanMode, fc.tuple(int, int)), { maxLength: 8 }),
    fillers: fc.array(fc.oneof(hostile, claimSentence, fc.constantFrom('\n\n', ' ', '\n \n')), { minLength: 9, maxLength: 9 }),
    withText: fc.constantFrom(true, true, true, false),
    article: fc.record({
      id: hostile,
      source: hostile,
      sha256: fc.constant('0'.repeat(64)),
      bytes: fc.nat(),
      format: fc.constantFrom('text', 'markdown', 'html'),
      title: fc.option(hostile, { nil: null }),
      byline: fc.option(hostile, { nil: null }),
      published: fc.oneof(
        fc.record({ date: fc.constant(null), how: fc.constant('unknown' as const) }),
        fc.record({ date: dateText, how: fc.constantFrom('stated', 'given', 'inferred'), quote: hostile }, { requiredKeys: ['date', 'how'] }),
      ),
    }),
    engine: fc.record({ name: hostile, version: hostile, vocabulary: hostile }),
    reference: fc.record({ version: hostile, facts: fc.nat(), source: hostile }),
  })
  .map(({ claims, fillers, withText, article, engine, reference }) => {
    let text = fillers[0]!;
    const placed: JudgedClaim[] = [];
    for (const [i, [c, mode, [a, b]]] of claims.entries()) {
      const start = text.length;
      text += c.figure.text + fillers[i + 1]!;
      const span = mode === 'figure' ? { start, end: start + c.figure.text.length } : mode === 'random' ? { start: a, end: b } : mode === 'reversed' ? { start: start + 1, end: start } : undefined;
      const { span: _, ...rest } = c;
      placed.push({ ...rest, ...(span ? { span } : {}) });
    }
    const count = (v: JudgedClaim['verdict']) => placed.filter((c) => c.verdict === v).length;
    const report = {
      schema: 'factcheck/report',
      schemaVersion: '1.0',
      engine,
      reference,
      article,
      counts: { claims: placed.length, supported: count('supported'), contradicted: count('contradicted'), disputed: count('disputed'), unverifiable: count('unverifiable') },
      claims: placed,
    } as VerdictReport;
    return { report, text: withText ? text : undefined };
  });

// ---------------------------------------------------------------------------------------------
// HTML

type Doc = ReturnType<typeof parseDocument>;

/** Every element the page is built of; anything else came in through the data. */
const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'div', 'header', 'h1', 'h2', 'h4', 'p', 'span', 'section', 'strong', 'ul', 'ol', 'li', 'main', 'aside', 'button', 'mark', 'b', 'blockquote', 'a', 'script']);
const ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'role', 'tabindex', 'title', 'href', 'rel', 'target', 'type', 'data-claim', 'data-open', 'data-count', 'aria-controls', 'aria-expanded', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-live']);

const nul = (s: string) => s.replace(/\u0000/g, '\ufffd');
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const elements = (doc: Doc) => DomUtils.findAll(() => true, doc.children);
const text = (e: Element) => DomUtils.textContent(e);

function* nodes(list: readonly ChildNode[]): Generator<ChildNode> {
  for (const n of list) {
    yield n;
    if ('children' in n) yield* nodes(n.children);
  }
}

function expectSafeHtml(html: string, report: VerdictReport): void {
  const doc = parseDocument(html);
  const all = elements(doc);
  // Checked in bulk, not element by element: one expectation per kind of fault keeps a run fast.
  const faults: string[] = [];

  // Markup from the data, read by the parser: no new element, attribute, comment or directive.
  for (const e of all) {
    if (!TAGS.has(e.name)) faults.push(`element <${e.name}>`);
    for (const a of Object.keys(e.attribs)) if (!ATTRIBUTES.has(a)) faults.push(`attribute ${a} on <${e.name}>`);
    // Links go to http(s) only.
    const href = e.attribs.href;
    if (href !== undefined && (e.name !== 'a' || !/^https?:$/.test(new URL(href).protocol))) faults.push(`href ${href} on <${e.name}>`);
  }
  let directives = 0;
  for (const n of nodes(doc.children)) {
    if (n.type === 'comment' || n.type === 'cdata') faults.push(`${n.type} node`);
    if (n.type === 'directive') directives++;
  }
  if (directives !== 1) faults.push(`${directives} directives besides <!DOCTYPE html>`);

  // Markup from the data, read lexically: every '<' outside the fixed assets opens one of the
  // page's own tags, and every '&' one of the escapes it writes.
  const own = html.replace(SCRIPT, '').replace(STYLE, '');
  for (const m of own.matchAll(/<\/?([^\s>/]*)/g)) if (!TAGS.has(m[1]!.toLowerCase()) && m[1] !== '!DOCTYPE') faults.push(`raw "${own.slice(m.index, m.index + 30)}"`);
  for (const m of own.matchAll(/&(?!amp;|lt;|gt;|quot;|#39;)[^\s]{0,12}/g)) faults.push(`raw "${m[0]}"`);
  expect(faults).toEqual([]);

  // Only the page's own two scripts: its data (inert JSON) and its fixed script.
  const scripts = all.filter((e) => e.name === 'script');
  expect(scripts.map((e) => e.attribs)).toEqual([{ type: 'application/json', id: 'fc-data' }, {}]);
  expect(text(scripts[1]!)).toBe(SCRIPT);
  expect(all.filter((e) => e.name === 'style').map(text)).toEqual([STYLE]);

  // The data block: nothing in it can end it or start a comment; it parses to the data intact.
  const block = text(scripts[0]!);
  expect(block).not.toMatch(/[<>\u2028\u2029]/);
  const data = JSON.parse(block) as { claims: Array<{ id: string; explanation: string; quote: string }> };
  expect(data.claims.map((c) => [c.id, c.explanation])).toEqual(report.claims.map((c) => [c.id, c.explanation]));

  // The data shows as the text it is, where it is put.
  const a = report.article;
  expect(all.filter((e) => e.name === 'h1').map(text)).toEqual([nul(a.title ?? a.source)]);
  expect(all.filter((e) => e.name === 'title').map(text)).toEqual([nul(`Fact-check: ${a.title ?? a.source}`)]);
  expect(all.filter((e) => e.attribs.class === 'fc-expl').map(text)).toEqual(report.claims.map((c) => nul(c.explanation)));
  const opened = new Set(all.map((e) => e.attribs['data-open']));
  expect(report.claims.filter((c) => !opened.has(nul(c.id))).map((c) => c.id), 'claims no button opens').toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** A line's characters with backslash escapes honoured: [char, escaped]. */
function* markdownChars(line: string): Generator<[string, boolean]> {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && i + 1 < line.length) yield [line[++i]!, true];
    else yield [line[i]!, false];
  }
}

const cells = (row: string) => {
  const out: string[] = [];
  let cell = '';
  for (const [c, escaped] of markdownChars(row)) {
    if (c === '|' && !escaped) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return out.slice(1); // before the first pipe
};

const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_[\]|~])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A line's link destinations (after an unescaped "]("), and the line without them. */
function links(line: string): { destinations: string[]; rest: string } {
  const destinations: string[] = [];
  let rest = '';
  let last = '';
  const chars = [...markdownChars(line)];
  for (let i = 0; i < chars.length; i++) {
    const [c, escaped] = chars[i]!;
    rest += escaped ? `\\${c}` : c;
    if (last === ']' && c === '(' && !escaped) {
      let j = i + 1;
      let url = '';
      while (j < chars.length && chars[j]![0] !== ')') url += chars[j++]![0];
      destinations.push(url);
      i = j;
      rest += ')';
    }
    last = escaped ? '' : c;
  }
  return { destinations, rest };
}
/** What makes a line after a blank line more than a paragraph in CommonMark: a heading, a list item, a quote, code, a rule, a table row. */
const BLOCK_START = /^(?: {0,3}(?:#{1,6}(?:[ \t]|$)|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|`{3,}|~{3,}|([-*_])(?: *\1){2,} *$|\|)| {4})/;

function expectSafeMarkdown(md: string, report: VerdictReport): void {
  const a = report.article;
  expect(md).not.toMatch(/[<>]/);
  const lines = md.split('\n');
  expect(lines[0]!.startsWith('# Fact-check: ')).toBe(true);
  // The title reads back exactly as given, with no mark of emphasis, code or link left active.
  const title = lines[0]!.slice('# Fact-check: '.length);
  expect(unescapeMarkdown(title)).toBe(oneLine(a.title ?? a.source));
  expect([...markdownChars(title)].filter(([c, escaped]) => !escaped && '`*_[]|~\\'.includes(c)), title).toEqual([]);
  expect(lines[1]).toBe('');
  // The source line is a paragraph, whatever the source says.
  expect(lines[2]!).not.toMatch(BLOCK_START);

  const faults: string[] = [];
  for (const line of lines) {
    const { destinations, rest } = links(line);
    for (const url of destinations) if (!/^https?:\/\/[^\s()<>]+$/.test(url)) faults.push(`link to ${url}`);
    // Outside link destinations, every '&' is one of the escapes.
    for (const m of rest.matchAll(/&(?!amp;|lt;|gt;)[^\s]{0,10}/g)) faults.push(`raw "${m[0]}"`);
  }
  // Each claim is one table row of six cells and one numbered detail line; nothing in the data starts another block.
  const rows = lines.filter((l) => l.startsWith('| '));
  if (rows.length !== (report.claims.length ? report.claims.length + 1 : 0)) faults.push(`${rows.length} table rows`);
  for (const row of rows) if (cells(row).length !== 6) faults.push(`row of ${cells(row).length} cells: ${row}`);
  if (lines.filter((l) => /^\d+\. \*\*/.test(l)).length !== report.claims.length) faults.push('detail lines');
  for (const l of lines.slice(3)) if (!(l === '' || /^(?:\*\*|\| |\|---|\d+\. \*\*|## Details$| {3}- [A-Z][a-z ]+: |_|No checkable figures\.$)/.test(l))) faults.push(`line ${JSON.stringify(l)}`);
  expect(faults).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Terminal

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function expectSafeTerminal(out: string, color: boolean, width: number): void {
  const plain = color ? out.replace(/\x1b\[(?:0|1|2|31|32|33|90)m/g, '') : out;
  expect(plain, 'a control or bidi character').not.toMatch(CONTROL);
  // Only a word too long to wrap (a URL, a run without spaces) may run past the width.
  const over = plain.split('\n').filter((line) => line.length > width && Math.max(...line.trim().split(' ').map((w) => w.length)) <= width - 40);
  expect(over, `lines over ${width}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// ClaimReview

function expectSafeClaimReview(report: VerdictReport, url: string | undefined): void {
  const options = { datePublished: '2026-01-01', author: 'Fact <script>', ...(url !== undefined ? { url } : {}) };
  const json = renderClaimReviewJson(report, options);
  expect(json).not.toMatch(/</);
  const reviews = JSON.parse(json) as Array<Record<string, any>>;
  expect(reviews).toEqual(JSON.parse(JSON.stringify(renderClaimReview(report, options))));
  const judged = report.claims.filter((c) => c.verdict !== 'unverifiable' && c.figure.kind !== 'consistency');
  expect(reviews.map((r) => r.reviewRating.ratingExplanation)).toEqual(judged.map((c) => c.explanation));
  const urls = reviews.flatMap((r) => [r.url, r.itemReviewed.appearance.url, ...r.citation]).filter((u) => u !== undefined);
  for (const u of urls) expect(['http:', 'https:']).toContain(new URL(u).protocol);
  // Inside a page, the block is one script element holding exactly the JSON.
  const page = parseDocument(`<head><script type="application/ld+json">${json}</script></head>`);
  const scripts = elements(page).filter((e) => e.name === 'script');
  expect(scripts).toHaveLength(1);
  expect(text(scripts[0]!)).toBe(json);
}

function expectAllSafe(report: VerdictReport, text: string | undefined, options: { width: number; color: boolean; url: string | undefined }): void {
  expectSafeHtml(renderHtml(report, text), report);
  expectSafeMarkdown(renderMarkdown(report), report);
  expectSafeTerminal(renderTerminal(report, { color: options.color, width: options.width }), options.color, Math.max(48, options.width));
  expectSafeClaimReview(report, options.url);
}

const renderOptions = fc.record({ width: fc.integer({ min: 20, max: 160 }), color: fc.boolean(), url: fc.option(anyUrl, { nil: undefined }) });

describe('fuzzing the renderers with hostile reports', () => {
  it('reports with hostile strings in every field: HTML, Markdown, terminal and ClaimReview stay inert and show the text as text', () => {
    fuzz.check(
      fc.property(reportAndText, renderOptions, ({ report, text }, options) => expectAllSafe(report, text, options)),
      2_200,
    );
  }, fuzz.timeout);

  it('reports the pipeline makes of hostile articles and hostile reference rows', async () => {
    await fuzz.checkAsync(
      fc.asyncProperty(documentAndTable, renderOptions, async ([doc, table], options) => {
        const report = await judgeClaims(doc, new MemoryReferenceStore(table));
        expectAllSafe(report, doc.text, options);
      }),
      300,
    );
  }, fuzz.timeout);
});
