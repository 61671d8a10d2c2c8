import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../shared/render/index.ts';
import { EXAMPLES, buildChecks, buildExample, clone, type Built } from './reports.ts';

/** A table row's cells: split on the pipes Markdown reads as cell borders (unescaped ones). */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('| '));
const links = (md: string) => [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]!);

let examples: Built[];
let checks: Built;

beforeAll(async () => {
  examples = await Promise.all(EXAMPLES.map(buildExample));
  checks = await buildChecks();
});

describe('renderMarkdown', () => {
  it('has a title, the publication line, the counts and a table row per claim', () => {
    for (const { report } of [...examples, checks]) {
      const md = renderMarkdown(report);
      const lines = md.split('\n');
      expect(lines[0]).toMatch(/^# Fact-check: /);
      expect(md).toContain(`**${report.counts.claims} claims: ${report.counts.supported} supported, ${report.counts.contradicted} contradicted, ${report.counts.disputed} disputed, ${report.counts.unverifiable} unverifiable**`);
      const rows = tableRows(md);
      expect(rows[0]).toBe('| # | Verdict | Quote | Claimed | Reference | Source |');
      expect(rows).toHaveLength(report.claims.length + 1);
      for (const row of rows) expect(cells(row)).toHaveLength(6);
      expect(md).toContain('## Details');
      expect(md.endsWith('\n')).toBe(true);
    }
    const md = renderMarkdown(examples.find((b) => b.name === 'ceasefire-one-year-on.txt')!.report);
    expect(md).toContain('published 10 November 2021 (stated in the article');
    const row = tableRows(md).find((r) => r.includes('nearly 2,000 peacekeepers'))!;
    expect(cells(row).slice(1, 5)).toEqual(['✓ Supported', '“nearly 2,000 peacekeepers”', 'nearly 2,000 peacekeepers', '1,960 troops']);
    expect(cells(row)[5]).toMatch(/^\[Office of the Prime Minister of Armenia, 10 November 2020\]\(https:\/\/www\.primeminister\.am\//);
  });

  it('writes explanations and computations in the details', () => {
    const { report } = examples.find((b) => b.name === 'military-spending.md')!;
    const md = renderMarkdown(report);
    expect(md).toContain('   - Computation: 3,561 million / 1,330 million = 2.68');
    for (const c of report.claims) expect(md).toContain(c.explanation.replace(/[\\`*_[\]|~]/g, (x) => `\\${x}`).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('links only to http(s) sources', () => {
    for (const { report } of examples) {
      const md = renderMarkdown(report);
      for (const url of links(md)) expect(url).toMatch(/^https?:\/\/[^\s()<>|]+$/);
      for (const e of report.claims.flatMap((c) => c.evidence)) expect(md).toContain(`](${new URL(e.source.url).href.replace(/[()'|[\]]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`)})`);
    }
  });

  it('escapes pipes, line breaks, markup and link syntax from the report', () => {
    const r = clone(examples.find((b) => b.name === 'ceasefire-one-year-on.txt')!.report);
    const c = r.claims.find((x) => x.evidence.length > 0 && !x.computation)!;
    c.quote = 'two | cells\nand a line';
    c.figure.text = 'a|b';
    c.explanation = '<script>alert(1)</script> [click](javascript:alert(3)) <javascript:alert(3)> *bold* `code`';
    c.evidence[0]!.source = { ...c.evidence[0]!.source, organisation: 'Org | <b>x</b>', url: 'javascript:alert(3)' };
    r.article.title = '# <img src=x onerror=alert(1)>';
    const md = renderMarkdown(r);
    for (const row of tableRows(md)) expect(cells(row)).toHaveLength(6);
    expect(md).not.toMatch(/<[a-z!/?]/i);
    // An escaped "\](" is text, not the end of a link.
    expect(md).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    expect(md).not.toContain('<javascript:');
    expect(md).toContain('“two \\| cells and a line”');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(3)) &lt;javascript:alert(3)&gt; \\*bold\\* \\`code\\`');
    expect(md).toContain('Org \\| &lt;b&gt;x&lt;/b&gt;');
    expect(md.split('\n')[0]).toBe('# Fact-check: # &lt;img src=x onerror=alert(1)&gt;');
    for (const url of links(md)) expect(url).toMatch(/^https?:\/\//);
  });

  it('keeps the source line a paragraph, whatever the source starts with', () => {
    // A source of "- notes.txt" or "1. draft.txt" made the line a list item, "# x" a heading.
    for (const [source, line] of [
      ['# notes.txt', '\\# notes.txt'],
      ['- notes.txt', '\\- notes.txt'],
      ['+ notes.txt', '\\+ notes.txt'],
      ['1. draft.txt', '1\\. draft.txt'],
      ['-', '-'],
    ]) {
      const r = clone(checks.report);
      r.article.source = source!;
      expect(renderMarkdown(r).split('\n')[2]).toBe(`${line}, published 1 December 2021 (given when the article was submitted)`);
    }
  });
});
