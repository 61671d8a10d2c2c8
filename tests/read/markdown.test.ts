import { describe, expect, it } from 'vitest';
import { type ArticleText, readArticle, sourceSpan } from '../../shared/read/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const md = (s: string) => readArticle(utf8(s), { name: 'article.md' });

function quoteOf(a: ArticleText, needle: string): string {
  const at = a.text.indexOf(needle);
  expect(at, `"${needle}" in ${JSON.stringify(a.text)}`).toBeGreaterThanOrEqual(0);
  const span = sourceSpan(a, at, at + needle.length);
  expect(span.quote).toBe(a.original.slice(span.start, span.end));
  return span.quote;
}

const doc = `---
title: "Karabakh: the toll"
date: 2020-11-12
tags: [war]
---

# Casualties *rise*

The army lost **5,000** men, according to [the ministry](https://example.com/report "Report").
It said \`1,000\` were _wounded_. ![Chart of losses](chart.png)

\`\`\`python
print("code is not article text")
\`\`\`

> The fighting was “the worst” since 1994.
> > Nested quote.

- first item
* second item
1. numbered item

<!-- editor note: check figures -->
Inline <span class="x">HTML</span> is stripped &amp; entities decoded.
`;

describe('Markdown', () => {
  const a = md(doc);

  it('keeps readable text only', () => {
    expect(a.format).toBe('markdown');
    expect(a.text).toBe(
      'Casualties rise\n\n' +
        'The army lost 5,000 men, according to the ministry.\n' +
        'It said 1,000 were wounded. \n\n' +
        'The fighting was "the worst" since 1994.\nNested quote.\n\n' +
        '- first item\n- second item\n1. numbered item\n\n' +
        'Inline HTML is stripped & entities decoded.',
    );
  });

  it('takes title and date from the front matter', () => {
    expect(a.hints).toEqual({ title: 'Karabakh: the toll', published: '2020-11-12' });
  });

  it('maps text back to the exact original, markers included', () => {
    expect(quoteOf(a, '5,000')).toBe('5,000');
    expect(quoteOf(a, 'lost 5,000 men')).toBe('lost **5,000** men');
    expect(quoteOf(a, 'the ministry.')).toBe('the ministry](https://example.com/report "Report").');
    expect(quoteOf(a, 'the ministry')).toBe('the ministry');
    expect(quoteOf(a, '"the worst"')).toBe('“the worst”');
    expect(quoteOf(a, 'stripped & entities')).toBe('stripped &amp; entities');
    expect(quoteOf(a, 'second item')).toBe('second item');
    expect(quoteOf(a, '- second')).toBe('* second');
  });

  it('drops front matter, code, comments, images and URLs', () => {
    for (const gone of ['tags', 'print', 'code is not', 'editor note', 'Chart of losses', 'chart.png', 'https://', 'class=']) {
      expect(a.text).not.toContain(gone);
    }
  });

  it('uses the first level-1 heading as title when there is no front matter', () => {
    expect(md('Intro line\n\n## Sub\n\n# The *Real* Title #\n\nBody').hints).toEqual({ title: 'The Real Title' });
    expect(md('Setext Title\n============\n\nBody').hints.title).toBe('Setext Title');
    expect(md('Setext Title\n============\n\nBody').text).toBe('Setext Title\n\nBody');
    expect(md('+++\ntitle = "TOML front matter"\ndate = 2022-01-02\n+++\nBody').hints).toEqual({
      title: 'TOML front matter',
      published: '2022-01-02',
    });
  });

  it('leaves figures and look-alikes of markup alone', () => {
    expect(md('A 2*3 grid, 1_000_000 rows, snake_case and ~5,000 people.').text).toBe(
      'A 2*3 grid, 1_000_000 rows, snake_case and ~5,000 people.',
    );
    expect(md('Cost: 5 * 3 = 15 and a * b.').text).toBe('Cost: 5 * 3 = 15 and a * b.');
    expect(md('Escaped \\*stars\\* and [sic] stay.').text).toBe('Escaped *stars* and [sic] stay.');
    expect(md('**Bold across\ntwo lines** and ~~struck~~ text.').text).toBe('Bold across\ntwo lines and struck text.');
  });

  it('handles reference links, autolinks, footnotes and tables', () => {
    const b = md('See [the report][r] and <https://example.com/x>.[^1]\n\n[r]: https://example.com/r\n\n| Side | Killed |\n|---|---:|\n| A | 3,825 |\n\n[^1]: Footnote text.');
    expect(b.text).toBe('See the report and https://example.com/x.\n\n| Side | Killed |\n| A | 3,825 |\n\nFootnote text.');
  });

  it('a citation marker glued to the word or stop before it is read as nothing, as a footnote is', () => {
    // As link text, "[4]" after "2030." would make a year of "2030.4".
    const c = md('The mill spent 4.2% in 2030.[4][6] The guild said so.[6] See [1] for more, and [12](#r12).\n\n[4]: https://example.com/4\n[6]: https://example.com/6');
    expect(c.text).toBe('The mill spent 4.2% in 2030. The guild said so. See [1] for more, and 12.');
    expect(quoteOf(c, '2030. The')).toBe('2030.[4][6] The');
  });

  it('code spans keep their content, fences drop theirs, even when unclosed', () => {
    expect(md('Use `a * b` here').text).toBe('Use a * b here');
    expect(md('Text\n\n~~~\nhidden\n').text).toBe('Text');
  });

  it('a comment or raw script over several lines is dropped', () => {
    expect(md('Before <!-- one\ntwo\nthree --> after\n\nNext').text).toBe('Before \nafter\n\nNext');
    expect(md('A\n<script>\nvar x = "</p>";\n</script>\nB').text).toBe('A\nB');
  });

  it('a comment never closed, or closed only past its paragraph, is text: the article after it is read', () => {
    expect(md('Casualties rose <!-- check\n\nThe army lost 5,000 men.').text).toBe('Casualties rose <!-- check\n\nThe army lost 5,000 men.');
    expect(md('A <!-- x --> b <!-- y\n\nThe army lost 5,000 men. <!-- z -->').text).toBe('A  b <!-- y\n\nThe army lost 5,000 men. ');
    // A comment opening a line is an HTML block, which may hold blank lines.
    expect(md('A\n\n<!-- a note\n\nover paragraphs -->\n\nB').text).toBe('A\n\nB');
    // Many unclosed openers: each is text, found without scanning to the end again.
    expect(md('x <!-- '.repeat(2_000)).text.match(/<!--/g)).toHaveLength(2_000);
  });

  it('CRLF line endings', () => {
    const b = md('# Title\r\n\r\nLine one\r\nline two\r\n');
    expect(b.text).toBe('Title\n\nLine one\nline two');
    expect(quoteOf(b, 'one\nline')).toBe('one\r\nline');
  });
});
