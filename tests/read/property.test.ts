import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleReadError, type ArticleText, readArticle, sourceSpan } from '../../shared/read/index.ts';

/** Fragments that exercise the HTML, Markdown and normalisation paths when strung together. */
const FRAGMENTS = [
  '<p>', '</p>', '<div>', '</div>', '<br>', '<br/>', '<td>', '<th>', '<tr>', '<pre>', '</pre>', '<h1>', '</h1>',
  '<head>', '<body>', '<header>', '<title>', '</title>', '<svg>', '</svg>', '<svg/>', '<math>', '<template>',
  '<script>', '</script>', '<style>', '<textarea>', '<b onclick="x()">', '</b>', '<A/', '<a href="x', '<![CDATA[x]]>',
  '<!doctype html>', '<!--', '-->', '<meta name="date" content="2020-01-02">', '<time datetime="2021-02-03">',
  '&amp;', '&nbsp;', '&#8217;', '&#x2014;', '&#128512;', '&acE;', '&amp', '&#', '&', '<', '>', '> ',
  '**', '*', '_', '~~', '~', '`', '```', '```\n', '~~~\n', '[', '](', ')', '![', '][', '[^1]', '[x]: http://a',
  '<http://x.y>', '# ', '## ', '---\n', '+++\n', '===', '- ', '* ', '1. ', '| a | b |', '|---|', '\\', '\\*',
  'title: T\n', 'date: 2020-01-01\n', '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t',
  'e\u0301', 'a\u0323\u0302', '\u0301', '\u{1D165}', '“', '”', '‘', '’', '…', '—', '\u00A0', '\u00AD', '\u200B', '\uFEFF',
  '😀', 'Å', 'text', '5,000', '5 000', 'AT&T',
];

const markupLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(markupLike, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
const anyName = fc.constantFrom(undefined, 'a.html', 'a.md', 'a.txt');

function tryRead(s: string, name: string | undefined): ArticleText | undefined {
  try {
    return readArticle(new TextEncoder().encode(s), { name });
  } catch (e) {
    if (e instanceof ArticleReadError) return undefined;
    throw e;
  }
}

function checkMap(a: ArticleText): void {
  const { text, original } = a;
  // Per char, as the segments spell it out.
  const { map, ends } = a.map.toArrays();
  expect(map.length).toBe(text.length + 1);
  for (let i = 0; i < text.length; i++) if (a.map.at(i) !== map[i] || a.map.endOf(i) !== ends[i]) throw new Error(`lookup differs at ${i}`);
  for (let i = 0; i < text.length; i++) {
    if (map[i]! > map[i + 1]!) throw new Error(`map decreases at ${i}`);
    if (map[i]! < 0 || map[i]! > original.length) throw new Error(`map out of range at ${i}`);
    if (ends![i]! < map[i]! || ends![i]! > original.length) throw new Error(`ends out of range at ${i}`);
    // A letter or digit is either copied from the original or decoded from an entity there.
    const c = text[i]!;
    if (/[A-Za-z0-9]/.test(c) && original[map[i]!] !== c && original[map[i]!] !== '&') {
      throw new Error(`text[${i}] = ${c} maps to ${JSON.stringify(original[map[i]!])}`);
    }
  }
  expect(map[text.length]!).toBeLessThanOrEqual(original.length);
}

describe('a regression the property found', () => {
  it('a wide char before the first char that needs work stays as it is ("昰\\r" is not "0\\n")', () => {
    const a = readArticle(new TextEncoder().encode('昰\r'));
    expect(a.text).toBe('昰\n');
  });
});

describe('properties', () => {
  it('any string either reads into a well-formed ArticleText or throws ArticleReadError', () => {
    fc.assert(
      fc.property(anyText, anyName, (s, name) => {
        const a = tryRead(s, name);
        if (a) checkMap(a);
      }),
      { numRuns: 3000 },
    );
  });

  it('any byte sequence throws nothing but ArticleReadError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), anyName, (bytes, name) => {
        try {
          checkMap(readArticle(bytes, { name }));
        } catch (e) {
          if (!(e instanceof ArticleReadError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('for any text range, the quote is the original slice at the mapped offsets', () => {
    fc.assert(
      fc.property(anyText, anyName, fc.nat(), fc.nat(), (s, name, x, y) => {
        const a = tryRead(s, name);
        if (!a) return;
        const n = a.text.length;
        const start = x % (n + 1);
        const end = start + (y % (n + 1 - start));
        const span = sourceSpan(a, start, end);
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(a.original.length);
        expect(span.quote).toBe(a.original.slice(span.start, span.end));
        if (start < end) expect(span.start).toBe(a.map.at(start));
      }),
      { numRuns: 3000 },
    );
  });

  it('plain ASCII text without markup reads back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', minLength: 1 }), (s) => {
        fc.pre(/\S/.test(s) && !s.includes('\r') && !s.includes('\0'));
        const a = readArticle(new TextEncoder().encode(s), { name: 'a.txt' });
        expect(a.text).toBe(s);
        expect(sourceSpan(a, 0, s.length).quote).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});
