import { createHash } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonForScript, renderHtml } from '../../shared/render/index.ts';
import { renderHtmlParts } from '../../shared/render/html.ts';
import { SCRIPT, STYLE } from '../../shared/render/html-assets.ts';
import type { VerdictReport } from '../../shared/report/report.ts';
import { EXAMPLES, buildChecks, buildExample, clone, type Built } from './reports.ts';

type Doc = ReturnType<typeof parseDocument>;
type El = ReturnType<typeof DomUtils.findAll>[number];

const all = (doc: Doc, test: (e: El) => boolean) => DomUtils.findAll(test, doc.children);
const byName = (doc: Doc, name: string) => all(doc, (e) => e.name === name);
const attr = (e: El, name: string) => DomUtils.getAttributeValue(e, name);
const text = (e: El) => DomUtils.textContent(e);
const classes = (e: El) => (attr(e, 'class') ?? '').split(/\s+/);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The page may load nothing from anywhere and run nothing but its own two script blocks. */
function expectSelfContained(doc: Doc) {
  expect(byName(doc, 'link')).toEqual([]);
  expect(byName(doc, 'base')).toEqual([]);
  for (const name of ['img', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'source', 'form', 'input']) expect(byName(doc, name)).toEqual([]);
  expect(all(doc, (e) => attr(e, 'src') !== undefined || attr(e, 'srcset') !== undefined)).toEqual([]);
  expect(all(doc, (e) => Object.keys(e.attribs).some((a) => /^on/i.test(a)))).toEqual([]);
  expect(all(doc, (e) => Object.keys(e.attribs).includes('style'))).toEqual([]);
  expect(all(doc, (e) => /^\s*(?!https?:)[a-z][a-z0-9+.-]*:/i.test(attr(e, 'href') ?? 'https:'))).toEqual([]);
  const scripts = byName(doc, 'script');
  expect(scripts).toHaveLength(2);
  expect(attr(scripts[0]!, 'type')).toBe('application/json');
  expect(attr(scripts[1]!, 'type')).toBeUndefined();
  expect(text(scripts[1]!)).toBe(SCRIPT);
  const styles = byName(doc, 'style');
  expect(styles).toHaveLength(1);
  expect(text(styles[0]!)).toBe(STYLE);
  expect(STYLE).not.toMatch(/url\(|@import/);
}

function dataBlock(doc: Doc): { claims: { id: string; verdict: string; quote: string; explanation: string; sources: { url: string | null; title: string; organisation: string }[] }[] } {
  return JSON.parse(text(byName(doc, 'script').find((s) => attr(s, 'id') === 'fc-data')!));
}

let examples: Built[];
let checks: Built;

beforeAll(async () => {
  examples = await Promise.all(EXAMPLES.map(buildExample));
  checks = await buildChecks();
});

describe('renderHtml on the example articles', () => {
  it('is a self-contained page with a policy that allows only its own style and script', () => {
    for (const { report, doc: claims } of examples) {
      const html = renderHtml(report, claims.text);
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      const doc = parseDocument(html);
      expectSelfContained(doc);
      const csp = attr(all(doc, (e) => e.name === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0]!, 'content')!;
      const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain(`script-src ${hash(SCRIPT)}`);
      expect(csp).toContain(`style-src ${hash(STYLE)}`);
    }
  });

  it('highlights every figure once, by verdict, at its span in the text', () => {
    for (const { report, doc: claims } of [...examples, checks]) {
      const doc = parseDocument(renderHtml(report, claims.text));
      const marks = all(doc, (e) => attr(e, 'data-claim') !== undefined);
      for (const m of marks) {
        expect(classes(m)).toContain('fc-hl');
        expect(m.name === 'button' || (attr(m, 'role') === 'button' && attr(m, 'tabindex') === '0')).toBe(true);
      }
      expect(marks.map((m) => attr(m, 'data-claim')).sort()).toEqual(report.claims.map((c) => c.id).sort());
      for (const c of report.claims) {
        const m = marks.find((x) => attr(x, 'data-claim') === c.id)!;
        expect(classes(m)).toContain(`v-${c.verdict}`);
        if (c.figure.kind !== 'consistency') expect(text(m)).toBe(claims.text.slice(c.span!.start, c.span!.end));
      }
    }
  });

  it('keeps the article text whole: paragraphs on blank lines, nothing lost or repeated', () => {
    for (const { report, doc: claims } of examples) {
      const doc = parseDocument(renderHtml(report, claims.text));
      const main = byName(doc, 'main')[0]!;
      const paragraphs = claims.text.split(/\n\s*\n/).map(norm).filter(Boolean);
      const shown = main.children.filter((n): n is El => 'name' in n && n.name === 'p').map((p) => norm(text(p)));
      expect(shown).toEqual(paragraphs);
    }
  });

  it('shows the counts per verdict with a legend, and lists consistency checks in the summary', () => {
    for (const { report, doc: claims } of [...examples, checks]) {
      const doc = parseDocument(renderHtml(report, claims.text));
      for (const v of ['claims', 'supported', 'contradicted', 'disputed', 'unverifiable'] as const) {
        const n = all(doc, (e) => attr(e, 'data-count') === v);
        expect(n).toHaveLength(1);
        expect(text(n[0]!)).toBe(String(report.counts[v]));
      }
      expect(all(doc, (e) => classes(e).includes('fc-legend'))).toHaveLength(4);
    }
    const doc = parseDocument(renderHtml(checks.report, checks.doc.text));
    const check = checks.report.claims.find((c) => c.figure.kind === 'consistency')!;
    const summary = all(doc, (e) => classes(e).includes('fc-consistency'))[0]!;
    expect(norm(text(summary))).toContain('list-count');
    expect(all(doc, (e) => attr(e, 'data-open') === check.id).length).toBeGreaterThanOrEqual(2);
  });

  it('links every evidence source over http(s), opening without referrer or opener', () => {
    for (const { report, doc: claims } of examples) {
      const doc = parseDocument(renderHtml(report, claims.text));
      const links = byName(doc, 'a');
      for (const a of links) {
        expect(attr(a, 'href')).toMatch(/^https?:\/\//);
        expect((attr(a, 'rel') ?? '').split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
      const hrefs = new Set(links.map((a) => attr(a, 'href')));
      for (const e of report.claims.flatMap((c) => c.evidence)) expect(hrefs).toContain(new URL(e.source.url).href);
    }
  });

  it('hands the script its data in a JSON block that parses', () => {
    for (const { report, doc: claims } of [...examples, checks]) {
      const data = dataBlock(parseDocument(renderHtml(report, claims.text)));
      expect(data.claims.map((c) => c.id)).toEqual(report.claims.map((c) => c.id));
      expect(data.claims.map((c) => c.explanation)).toEqual(report.claims.map((c) => c.explanation));
    }
  });

  it('lists every claim with its details, which print expanded', () => {
    const { report, doc: claims } = examples.find((b) => b.name === 'military-spending.md')!;
    const doc = parseDocument(renderHtml(report, claims.text));
    const items = all(doc, (e) => classes(e).includes('fc-item'));
    expect(items).toHaveLength(report.claims.length);
    const ratio = items[report.claims.findIndex((c) => c.quote === 'about 2.7 times')]!;
    expect(norm(text(ratio))).toContain('Claimed about 2.7 times vs reference 2.68 times');
    expect(norm(text(ratio))).toContain('3,561 million / 1,330 million = 2.68');
    expect(STYLE).toMatch(/@media print \{[^@]*\.fc-more \{ display: block !important; \}/);
    expect(STYLE).toMatch(/@media print \{[^@]*\.fc-panel, \.fc-no-print \{ display: none !important; \}/);
  });

  it('without the text, shows the sentences that hold figures, still highlighted', () => {
    for (const { report } of examples) {
      const doc = parseDocument(renderHtml(report));
      expectSelfContained(doc);
      const marks = all(doc, (e) => attr(e, 'data-claim') !== undefined);
      expect(marks.map((m) => attr(m, 'data-claim')).sort()).toEqual(report.claims.map((c) => c.id).sort());
      for (const c of report.claims.filter((x) => x.figure.kind !== 'consistency')) {
        expect(text(marks.find((m) => attr(m, 'data-claim') === c.id)!)).toBe(c.figure.text);
      }
    }
  });

  it('survives spans that overlap, run past the text or are missing', () => {
    const { report, doc: claims } = examples.find((b) => b.name === 'ceasefire-one-year-on.txt')!;
    const r = clone(report);
    r.claims[0]!.span = { start: -40, end: 5 };
    r.claims[1]!.span = { start: r.claims[2]!.span!.start - 3, end: r.claims[2]!.span!.end + 3 };
    r.claims[3]!.span = { start: 10_000, end: 10_010 };
    r.claims[4]!.span = { start: 20, end: 10 };
    delete r.claims[5]!.span;
    r.claims[6]!.span = { start: 0, end: claims.text.length + 50 };
    const html = renderHtml(r, claims.text);
    const doc = parseDocument(html);
    expectSelfContained(doc);
    const marked = all(doc, (e) => attr(e, 'data-claim') !== undefined).map((m) => attr(m, 'data-claim')!);
    expect(new Set(marked).size).toBe(marked.length);
    for (const c of r.claims) expect(all(doc, (e) => attr(e, 'data-open') === c.id).length).toBeGreaterThanOrEqual(1);
    expect(marked).not.toContain(r.claims[3]!.id);
    expect(marked).not.toContain(r.claims[4]!.id);
    expect(marked).not.toContain(r.claims[5]!.id);
    expect(() => renderHtml(r, '')).not.toThrow();
  });
});

describe('renderHtml escapes everything the report and the article hold', () => {
  let html: string;
  let doc: Doc;
  let r: VerdictReport;
  const SCRIPT_BREAK = '</script><script>alert(2)</script>';

  beforeAll(() => {
    const { report, doc: claims } = examples.find((b) => b.name === 'ceasefire-one-year-on.txt')!;
    r = clone(report);
    // Appended after the last figure, so the spans still point at their figures.
    const text = `${claims.text}\n\nInjected <script>alert(1)</script> and <img src=x onerror=alert(1)> here.\n\n<!-- <p onclick="alert(9)"> --> & &amp;`;
    r.article.title = `<title>${SCRIPT_BREAK}`;
    r.article.source = '"><svg onload=alert(5)>';
    const c = r.claims.find((x) => x.evidence.length > 0)!;
    c.explanation = `${SCRIPT_BREAK} <b onmouseover="alert(4)">bold</b>`;
    c.quote = '"><img src=x onerror=alert(6)>';
    c.id = `x" onclick="alert(7)`;
    c.evidence[0]!.source = { ...c.evidence[0]!.source, title: SCRIPT_BREAK, organisation: `${SCRIPT_BREAK}<a href="javascript:alert(8)">org</a>`, url: 'javascript:alert(3)' };
    c.computation = [{ expression: '<!--', value: 1, unit: 'x', factIds: [] }];
    c.rejected = [{ factId: '</SCRIPT >', reason: '<style>*{display:none}</style>' }];
    html = renderHtml(r, text);
    doc = parseDocument(html);
  });

  it('runs nothing from them: no extra script, no handler, no javascript: link, no new element', () => {
    expectSelfContained(doc);
    expect(byName(doc, 'b').some((b) => text(b) === 'bold')).toBe(false);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg');
    expect(html).not.toMatch(/<script>alert/i);
    expect(html).not.toMatch(/javascript:alert\(3\)/);
    expect(byName(doc, 'style')).toHaveLength(1);
    expect(byName(doc, 'title').map(text)).toEqual([`Fact-check: <title>${SCRIPT_BREAK}`]);
  });

  it('shows their text literally', () => {
    const main = norm(text(byName(doc, 'main')[0]!));
    expect(main).toContain('Injected <script>alert(1)</script> and <img src=x onerror=alert(1)> here.');
    expect(main).toContain('<!-- <p onclick="alert(9)"> --> & &amp;');
    expect(text(byName(doc, 'h1')[0]!)).toBe(`<title>${SCRIPT_BREAK}`);
    const page = norm(DomUtils.textContent(doc.children));
    expect(page).toContain(`${SCRIPT_BREAK} <b onmouseover="alert(4)">bold</b>`);
    expect(page).toContain('"><img src=x onerror=alert(6)>');
    expect(page).toContain('<style>*{display:none}</style>');
    expect(page).toContain('"><svg onload=alert(5)>');
  });

  it('keeps attribute values in their attributes', () => {
    const c = r.claims.find((x) => x.id.startsWith('x"'))!;
    expect(all(doc, (e) => attr(e, 'data-claim') === c.id)).toHaveLength(1);
    expect(all(doc, (e) => attr(e, 'data-open') === c.id).length).toBeGreaterThanOrEqual(1);
  });

  it('gives the script the data intact, with nothing in the block that could end it', () => {
    const block = html.slice(html.indexOf('<script type="application/json"'), html.indexOf('</script>') + '</script>'.length);
    expect(block.match(/</g)).toHaveLength(2);
    const data = dataBlock(doc);
    const c = data.claims.find((x) => x.id.startsWith('x"'))!;
    expect(c.explanation).toBe(`${SCRIPT_BREAK} <b onmouseover="alert(4)">bold</b>`);
    expect(c.sources[0]).toMatchObject({ title: SCRIPT_BREAK, url: null });
  });

  it('builds the panel without parsing markup', () => {
    expect(SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(SCRIPT).toContain('JSON.parse(node.textContent');
  });
});

describe('renderHtmlParts', () => {
  it('gives the same page on every pass, so a blob store can count the bytes and then send them', () => {
    for (const { report, doc } of examples) {
      const parts = renderHtmlParts(report, doc.text);
      const first = [...parts].join('');
      expect([...parts].join('')).toBe(first);
      expect(first).toBe(renderHtml(report, doc.text));
    }
  });

  it('escapes the data block as the separate escapes did', () => {
    const value = { s: '</script><!-- & \u2028\u2029 > <' };
    expect(jsonForScript(value)).toBe(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
  });
});
