import { beforeAll, describe, expect, it } from 'vitest';
import { renderTerminal, shouldColor } from '../../shared/render/index.ts';
import { EXAMPLES, buildChecks, buildExample, clone, type Built } from './reports.ts';

const ANSI = /\x1b/;
const SGR_ONLY = /\x1b(?!\[[0-9;]*m)/;

let all: Built[];
let ceasefire: Built;
let checks: Built;

beforeAll(async () => {
  all = await Promise.all(EXAMPLES.map(buildExample));
  ceasefire = all.find((b) => b.name === 'ceasefire-one-year-on.txt')!;
  checks = await buildChecks();
});

describe('shouldColor', () => {
  it('honours NO_COLOR, then FORCE_COLOR, then whether the stream is a terminal', () => {
    expect(shouldColor({ isTTY: true }, {})).toBe(true);
    expect(shouldColor({ isTTY: false }, {})).toBe(false);
    expect(shouldColor({}, {})).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '3' })).toBe(true);
  });
});

describe('renderTerminal', () => {
  it('writes no escape codes at all without colour, and plain ASCII for the engine text', () => {
    for (const { report } of all) expect(renderTerminal(report, { color: false })).not.toMatch(ANSI);
    // The ceasefire article and its sources are plain English: every character is ASCII.
    expect(renderTerminal(ceasefire.report, { color: false })).toMatch(/^[\n\x20-\x7e]*$/);
  });

  it('colours each label with colour on', () => {
    const out = renderTerminal(ceasefire.report, { color: true });
    expect(out).toContain('\x1b[32m');
    expect(out).toContain('\x1b[31m');
    expect(out).toContain('\x1b[90m');
    expect(renderTerminal(checks.report, { color: true })).toContain('\x1b[33m');
    expect(out).not.toMatch(SGR_ONLY);
  });

  it('has a header with the article, its publication date and how it was known, and the counts', () => {
    const out = renderTerminal(ceasefire.report, { color: false });
    const [title, source, published, counts] = out.split('\n');
    expect(title).toBe('One year after the Karabakh ceasefire');
    expect(source).toContain('examples/ceasefire-one-year-on.txt');
    expect(published).toContain('published 10 November 2021 (stated in the article');
    const c = ceasefire.report.counts;
    expect(counts).toContain(`${c.claims} claims: ${c.supported} supported, ${c.contradicted} contradicted, ${c.disputed} disputed, ${c.unverifiable} unverifiable`);
  });

  it('sets the claimed figure against the reference figure, with its source and URL', () => {
    const out = renderTerminal(ceasefire.report, { color: false });
    expect(out).toContain('nearly 2,000 peacekeepers vs 1,960 troops');
    expect(out).toContain('November 19 vs 10 November 2020');
    expect(out).toContain('more than 6,600 soldiers vs 6,673 people');
    expect(out).toContain('source: Office of the Prime Minister of Armenia, 10 November 2020');
    for (const { report } of all) {
      const text = renderTerminal(report, { color: false });
      const lines = text.split('\n').map((l) => l.trim());
      for (const c of report.claims.filter((x) => x.evidence.length > 0)) {
        expect(c.evidence.some((e) => lines.includes(e.source.url))).toBe(true);
      }
      for (const [i, c] of report.claims.entries()) expect(text).toMatch(new RegExp(`^ *${i + 1}  [+x~?] ${c.verdict} `, 'm'));
    }
  });

  it('shows the sides of a disputed claim and names consistency checks', () => {
    const out = renderTerminal(checks.report, { color: false });
    expect(checks.report.claims.map((c) => c.verdict)).toContain('disputed');
    expect(out).toMatch(/~ disputed +"About 5,000 soldiers"/);
    expect(out).toContain('About 5,000 soldiers vs 5,500 people');
    expect(out).toContain('sides: independent: 5,500 people');
    expect(out).toMatch(/x contradicted +"six-state" \[consistency check: list-count\]/);
  });

  it('wraps to the width asked for, URLs apart', () => {
    for (const width of [60, 100]) {
      for (const { report } of all) {
        for (const line of renderTerminal(report, { color: false, width }).split('\n')) {
          if (!/^\s+https?:\/\//.test(line)) expect(line.length).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('strips control characters the report carries, so they cannot drive the terminal', () => {
    const r = clone(ceasefire.report);
    r.claims[0]!.explanation = 'bad \x1b[2J\x1b]0;title\x07 news\u202e reversed';
    r.claims[0]!.quote = 'One\x1b[31m year';
    r.article.title = 'Title\x1b[5m';
    const plain = renderTerminal(r, { color: false });
    expect(plain).not.toMatch(ANSI);
    expect(plain).not.toContain('\u202e');
    expect(plain).toContain('bad [2J]0;title news reversed');
    expect(renderTerminal(r, { color: true })).not.toMatch(SGR_ONLY);
  });

  it('says so when there is nothing to check', () => {
    const r = clone(ceasefire.report);
    r.claims = [];
    expect(renderTerminal(r, { color: false })).toContain('(no checkable figures)');
  });
});
