import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { ArticleReadError } from '../../shared/read/index.ts';

/** Article-like text: the figure forms, qualifiers, markup and typography the engine must handle. */
const FRAGMENTS = [
  'At least', 'more than', 'nearly', 'about', 'up to', 'between', 'and', '5,000', '5 000', '5.000', '2,437', '3.8', 'times',
  'that of Armenia', 'soldiers', 'civilians', 'were killed', 'three', 'tens of thousands of', 'people', '$3.1 billion',
  'US$795m', '506bn drams', '4.6%', 'the 44-day war', 'six-week', 'a century', 'nearly three decades', '10 kilometers',
  'July 28', 'Monday, November 25', '23.09.2020', 'July 12 – 15', 'in June this year', 'last year', 'in 1991', 'Dr.',
  'U.S.', 'Baku', 'Ankara', 'Türkiye', '“quoted”', '—', '\u00a0', '.', '.', ',', '\n', '\n\n', '- ', '| a | 1 |', '<p>',
  '</p>', '&amp;', '&nbsp;', '<script>alert(1)</script>', '# ', '**', '[link](http://x.org/5)', 'Bayraktar TB2',
  '"Three Brothers"', 'one nation, two states', '+994 12 345 67 89', '[12]', 'e\u0301', '😀', 'second time',
];
const articleText = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));
const names = fc.constantFrom('a.txt', 'a.md', 'a.html', undefined);

function checkDocument(bytes: Uint8Array, name: string | undefined): void {
  let doc;
  try {
    doc = extractClaims(bytes, name ? { name } : {});
  } catch (err) {
    // The only failure allowed is the typed one, with a message.
    expect(err).toBeInstanceOf(ArticleReadError);
    expect((err as Error).message).not.toBe('');
    return;
  }
  const original = doc.article.format && new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  for (const c of doc.claims) {
    expect(original.slice(c.start, c.end)).toBe(c.quote);
    expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.figure.text);
    expect(c.start).toBeLessThanOrEqual(c.end);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    // Ordinals ("the second time") may be kept as their own kind, never as counts.
    expect(c.figure.kind === 'count' && /^(?:first|second|third)\b/i.test(c.figure.text)).toBe(false);
  }
  expect(doc.counts.claims).toBe(doc.claims.length);
}

describe('properties of the claims engine', () => {
  it('any bytes give a document or a typed error, never anything else', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), names, (bytes, name) => checkDocument(bytes, name)), { numRuns: 500 });
  });

  it('any text (unicode, markup-like) gives a document whose quotes equal the original at their offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), names, (s, name) => checkDocument(new TextEncoder().encode(s), name)),
      { numRuns: 500 },
    );
  });

  it('article-like text: quotes match, and ids are stable and unique', () => {
    fc.assert(
      fc.property(articleText, names, (s, name) => {
        const bytes = new TextEncoder().encode(s);
        checkDocument(bytes, name);
        let a;
        try {
          a = extractClaims(bytes, name ? { name } : {});
        } catch {
          return;
        }
        const b = extractClaims(bytes, name ? { name } : {});
        expect(b.claims.map((c) => c.id)).toEqual(a.claims.map((c) => c.id));
        expect(new Set(a.claims.map((c) => c.id)).size).toBe(a.claims.length);
      }),
      { numRuns: 1_000 },
    );
  });
});
