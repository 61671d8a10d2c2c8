import { describe, expect, it } from 'vitest';
import { type ArticleText, readArticle, sourceSpan } from '../../shared/read/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const html = (s: string) => readArticle(utf8(s), { name: 'article.html' });

/** The quote behind the first occurrence of `needle` in the readable text. */
function quoteOf(a: ArticleText, needle: string): string {
  const at = a.text.indexOf(needle);
  expect(at, `"${needle}" in ${JSON.stringify(a.text)}`).toBeGreaterThanOrEqual(0);
  const span = sourceSpan(a, at, at + needle.length);
  expect(span.quote).toBe(a.original.slice(span.start, span.end));
  return span.quote;
}

const page = `<!DOCTYPE html>
<html>
<head>
  <title>War &amp; Peace | Example News</title>
  <meta property="article:published_time" content="2020-10-05T09:30:00+04:00">
  <style>p { color: red } .x::before { content: "styled" }</style>
  <script>var s = "<p>not text</p>"; if (a < b && c > d) alert("x");</script>
</head>
<body onload="track()">
<!-- navigation comment -->
<header><h1>Casualties rise</h1><time datetime="2020-10-04">4 October</time></header>
<article>
  <p onclick="alert('clicked')" class="lead">The ministry said 5&nbsp;000 soldiers were killed &amp; wounded.</p>
  <p>It&#8217;s the &#x2014; worst <b>week</b> since&nbsp;1994&hellip;</p>
  <noscript>Enable JavaScript</noscript>
  <template><p>template text</p></template>
  <svg viewBox="0 0 10 10"><text>chart label</text><title>svg title</title></svg>
  <figure><img src="a.png" alt="alt text"><figcaption>Photo: Reuters</figcaption></figure>
</article>
</body>
</html>`;

describe('HTML', () => {
  const a = html(page);

  it('keeps only readable text, one paragraph per block', () => {
    expect(a.format).toBe('html');
    expect(a.text).toBe(
      'Casualties rise\n\n4 October\n\n' +
        'The ministry said 5 000 soldiers were killed & wounded.\n\n' +
        "It's the - worst week since 1994...\n\n" +
        'Photo: Reuters',
    );
  });

  it('drops scripts, styles, comments, noscript, template, svg and attributes', () => {
    for (const gone of ['not text', 'alert', 'color', 'styled', 'navigation', 'Enable', 'template', 'chart', 'svg title', 'track', 'lead', 'alt text', 'Example News']) {
      expect(a.text).not.toContain(gone);
    }
  });

  it('takes the title and the publication date as hints', () => {
    expect(a.hints).toEqual({ title: 'War & Peace | Example News', published: '2020-10-05' });
  });

  it('maps decoded entities back to the exact original', () => {
    expect(quoteOf(a, '5 000')).toBe('5&nbsp;000');
    expect(quoteOf(a, 'killed & wounded')).toBe('killed &amp; wounded');
    expect(quoteOf(a, "It's")).toBe('It&#8217;s');
    expect(quoteOf(a, 'the - worst')).toBe('the &#x2014; worst');
    expect(quoteOf(a, 'since 1994...')).toBe('since&nbsp;1994&hellip;');
    // A quote ends where its text ends, before any closing tag.
    expect(quoteOf(a, 'worst week')).toBe('worst <b>week');
    expect(quoteOf(a, 'The ministry said 5 000 soldiers were killed & wounded.')).toBe(
      'The ministry said 5&nbsp;000 soldiers were killed &amp; wounded.',
    );
  });

  it('maps every decoded char of an entity to the entity start', () => {
    const at = a.text.indexOf('&');
    const origAt = a.original.indexOf('&amp; wounded');
    expect(a.map.at(at)).toBe(origAt);
    expect(a.map.endOf(at)).toBe(origAt + 5);
  });

  it('a figure written with &nbsp; maps back to exactly that slice', () => {
    const b = html('<p>Losses: 5&nbsp;000</p>');
    expect(b.text).toBe('Losses: 5 000');
    const span = sourceSpan(b, 8, 13);
    expect(span).toEqual({ start: 11, end: 21, quote: '5&nbsp;000' });
  });

  it('collapses whitespace and separates table cells', () => {
    const b = html('<table><tr><th>Side</th><th>Killed</th></tr>\n<tr><td>Armenia</td>\n  <td>3,825</td></tr></table><p>a\n   b\t c</p>');
    expect(b.text).toBe('Side | Killed\n\nArmenia | 3,825\n\na b c');
  });

  it('keeps line breaks inside <pre> and turns <br> and <hr> into breaks', () => {
    const b = html('<p>one<br>two<br/>three</p><hr><pre>  a\r\n  b</pre>');
    expect(b.text).toBe('one\n\ntwo\n\nthree\n\n  a\n  b');
    expect(quoteOf(b, 'a\n  b')).toBe('a\r\n  b');
  });

  it('falls back to the first <h1> for the title, and a header <time> for the date', () => {
    const b = html('<body><header><h1>Big &amp; <i>bold</i></h1><time datetime="2021-03-04T10:00">x</time></header><p>Text</p><h1>Second</h1>');
    expect(b.hints).toEqual({ title: 'Big & bold', published: '2021-03-04' });
    const c = html('<p>x</p><time datetime="2021-03-04">outside the header</time>');
    expect(c.hints).toEqual({});
    const d = html('<head><meta name="date" content="2019-12-31"></head><p>x</p>');
    expect(d.hints.published).toBe('2019-12-31');
    const e = html('<meta name="date" content="2019-02-30"><p>x</p>');
    expect(e.hints.published).toBeUndefined();
  });

  it('head text is dropped until the body starts, as in a browser', () => {
    const b = html('<html><head><title>T</title><link rel="x"><p>Body text</p>');
    expect(b.text).toBe('Body text');
    expect(b.hints.title).toBe('T');
  });

  it('leaves unknown or broken markup safe', () => {
    expect(html('<p>AT&T and a < b, x > y &bogus; &#xZZ;</p>').text).toBe('AT&T and a < b, x > y &bogus; &#xZZ;');
    expect(html('<p>unterminated <b').text).toBe('unterminated');
    expect(html('<p>text<script>never closed').text).toBe('text');
  });

  it('handles 100,000 nested divs quickly and without recursion', () => {
    const n = 100_000;
    const deep = `${'<div class="d">'.repeat(n)}deep &amp; text${'</div>'.repeat(n)}`;
    const t0 = performance.now();
    const b = html(deep);
    const ms = performance.now() - t0;
    expect(b.text).toBe('deep & text');
    expect(quoteOf(b, 'deep & text')).toBe('deep &amp; text');
    expect(ms).toBeLessThan(3000);
    // Never closed: every element is still open at the end.
    expect(html(`${'<div><span><b>'.repeat(n)}x`).text).toBe('x');
  });
});
