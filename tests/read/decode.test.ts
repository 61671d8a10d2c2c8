import { describe, expect, it } from 'vitest';
import { ArticleReadError, detectFormat, readArticle, sourceSpan } from '../../shared/read/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

describe('decoding and byte-order marks', () => {
  const sample = 'Casualties: “5 000” — café 😀';

  it('UTF-8 without and with a BOM give the same original, without the BOM', () => {
    const plain = readArticle(utf8(sample));
    const withBom = readArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]));
    expect(plain.original).toBe(sample);
    expect(withBom.original).toBe(sample);
    expect(withBom.text).toBe(plain.text);
    expect(Array.from(withBom.map.toArrays().map)).toEqual(Array.from(plain.map.toArrays().map));
  });

  it('UTF-16 LE and BE with a BOM decode to the same original', () => {
    for (const bigEndian of [false, true]) {
      const a = readArticle(utf16(sample, bigEndian));
      expect(a.original).toBe(sample);
      expect(a.text).toBe('Casualties: "5 000" - café 😀');
      const at = a.text.indexOf('5 000');
      expect(sourceSpan(a, at, at + 5).quote).toBe('5 000');
    }
  });

  it('UTF-16 HTML is read as HTML', () => {
    const a = readArticle(utf16('<!doctype html><p>Hello &amp; bye</p>', false), { name: 'page.html' });
    expect(a.format).toBe('html');
    expect(a.text).toBe('Hello & bye');
  });

  it('UTF-16 with a broken surrogate or an odd byte count is rejected', () => {
    const lone = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(() => readArticle(lone)).toThrow(ArticleReadError);
    expect(() => readArticle(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00]))).toThrow(/odd number of bytes/);
  });

  it('a U+FEFF inside the text is dropped from text but kept in original', () => {
    const a = readArticle(utf8('<p>\uFEFF5,000 dead</p>'), { name: 'a.html' });
    expect(a.text).toBe('5,000 dead');
    expect(sourceSpan(a, 0, 5).quote).toBe('5,000');
  });
});

describe('format detection', () => {
  it('by file name first', () => {
    expect(detectFormat('# not markdown', 'a.txt')).toBe('text');
    expect(detectFormat('plain', 'A.HTML')).toBe('html');
    expect(detectFormat('plain', 'x.htm')).toBe('html');
    expect(detectFormat('plain', 'notes.markdown')).toBe('markdown');
    expect(detectFormat('plain', 'notes.md', 'text/html')).toBe('markdown');
  });

  it('then by content type', () => {
    expect(detectFormat('plain', 'upload', 'text/html; charset=utf-8')).toBe('html');
    expect(detectFormat('plain', undefined, 'text/markdown')).toBe('markdown');
    expect(detectFormat('<p>x</p>', undefined, 'text/plain')).toBe('text');
  });

  it('then by sniffing the content', () => {
    expect(detectFormat('  <!DOCTYPE html><html><body>x')).toBe('html');
    expect(detectFormat('<!-- saved page --><html lang="en">')).toBe('html');
    expect(detectFormat('<p>A paragraph</p><p>Another</p>')).toBe('html');
    expect(detectFormat('<div class="a">x</div>')).toBe('html');
    expect(detectFormat('---\ntitle: x\n---\nBody')).toBe('markdown');
    expect(detectFormat('Intro\n\n# Heading\n\nBody')).toBe('markdown');
    expect(detectFormat('See [the report](https://example.com/r).')).toBe('markdown');
    expect(detectFormat('The army lost 5,000 men.\n\nIt said so.')).toBe('text');
    expect(detectFormat('x < y and y > z')).toBe('text');
    expect(detectFormat('#hashtag is not a heading')).toBe('text');
  });

  it('readArticle reports the format it used', () => {
    expect(readArticle(utf8('<p>x</p>')).format).toBe('html');
    expect(readArticle(utf8('# T\n\nx')).format).toBe('markdown');
    expect(readArticle(utf8('x')).format).toBe('text');
    expect(readArticle(utf8('<p>x</p>'), { name: 'a.txt' }).text).toBe('<p>x</p>');
  });
});
