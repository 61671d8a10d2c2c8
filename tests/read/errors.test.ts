import { describe, expect, it } from 'vitest';
import { ArticleReadError, readArticle } from '../../shared/read/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

function readError(input: Uint8Array, options?: Parameters<typeof readArticle>[1]): ArticleReadError {
  try {
    readArticle(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleReadError);
    return e as ArticleReadError;
  }
  throw new Error('expected readArticle to throw');
}

describe('readArticle rejects bad uploads with a code and a plain message', () => {
  it('EMPTY: zero bytes', () => {
    const e = readError(new Uint8Array(0));
    expect(e.code).toBe('EMPTY');
    expect(e.message).toBe('article is empty (0 bytes)');
    expect(e.name).toBe('ArticleReadError');
  });

  it('EMPTY: whitespace only, including a lone BOM and zero-width chars', () => {
    for (const input of [utf8(' \n\t\r\n  '), bytes(0xef, 0xbb, 0xbf), utf8('\u00A0\u200B\u3000\n')]) {
      const e = readError(input);
      expect(e.code).toBe('EMPTY');
      expect(e.message).toBe('article contains only whitespace');
    }
  });

  it('EMPTY: markup with no readable text', () => {
    const e = readError(utf8('<html><head><title>x</title><script>alert(1)</script></head><body><div> </div></body></html>'));
    expect(e.code).toBe('EMPTY');
    expect(e.message).toBe('article has no readable text once its markup is removed');
    expect(readError(utf8('```\ncode only\n```\n'), { name: 'a.md' }).code).toBe('EMPTY');
  });

  it('TOO_LARGE: over the default 5 MB limit, checked before decoding', () => {
    // Invalid UTF-8 throughout: the size is reported, so decoding never ran.
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0xff);
    const e = readError(big);
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe('article is 6.2 MB, over the 5 MB limit');
  });

  it('TOO_LARGE: a custom limit, and exact counts when rounding would hide the difference', () => {
    expect(readError(utf8('x'.repeat(2048)), { maxBytes: 1024 }).message).toBe('article is 2 KB, over the 1 KB limit');
    expect(readError(utf8('hello world'), { maxBytes: 5 }).message).toBe('article is 11 bytes, over the 5 bytes limit');
    const e = readError(utf8('x'.repeat(5 * 1024 * 1024 + 1)));
    expect(e.message).toBe('article is 5,242,881 bytes, over the 5,242,880-byte (5 MB) limit');
    expect(readArticle(utf8('x'.repeat(1024)), { maxBytes: 1024 }).text).toHaveLength(1024);
  });

  it('INVALID_UTF8: names the offending byte and its offset', () => {
    const e = readError(bytes(0x41, 0x42, 0xff, 0x43));
    expect(e.code).toBe('INVALID_UTF8');
    expect(e.message).toBe('article is not valid UTF-8 (byte 0xFF at offset 2); save it as UTF-8');
    // Latin-1 "café" and a truncated sequence at the end.
    expect(readError(bytes(0x63, 0x61, 0x66, 0xe9)).message).toContain('byte 0xE9 at offset 3');
    expect(readError(bytes(0x61, 0xe2, 0x82)).code).toBe('INVALID_UTF8');
    // An encoded surrogate is not UTF-8.
    expect(readError(bytes(0xed, 0xa0, 0x80)).code).toBe('INVALID_UTF8');
  });

  it('UNSUPPORTED_ENCODING: a declared legacy charset, UTF-32, UTF-16 without a BOM', () => {
    const latin1 = bytes(...utf8('<meta charset="windows-1252"><p>caf'), 0xe9);
    const e = readError(latin1);
    expect(e.code).toBe('UNSUPPORTED_ENCODING');
    expect(e.message).toBe('article is encoded as windows-1252, which is not supported; save it as UTF-8');
    expect(readError(bytes(0x63, 0xe9), { contentType: 'text/plain; charset=ISO-8859-1' }).message).toContain('iso-8859-1');
    // A declared legacy charset is fine while the bytes are plain ASCII.
    expect(readArticle(utf8('plain'), { contentType: 'text/plain; charset=iso-8859-1' }).text).toBe('plain');

    expect(readError(bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0)).message).toBe(
      'article is encoded as UTF-32, which is not supported; save it as UTF-8',
    );
    expect(readError(bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x41)).code).toBe('UNSUPPORTED_ENCODING');
    const le = new Uint8Array([...'Hello world'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(readError(le).message).toBe('article looks like UTF-16 LE without a byte-order mark, which is not supported; save it as UTF-8');
    const be = new Uint8Array([...'Hello world'].flatMap((c) => [0, c.charCodeAt(0)]));
    expect(readError(be).message).toContain('UTF-16 BE');
  });

  it('BINARY: known file signatures are named', () => {
    const cases: Array<[number[], string]> = [
      [[...utf8('%PDF-1.7\n')], 'article is a PDF document, not text'],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'article is a ZIP archive (such as .docx, .odt or .epub), not text'],
      [[0x1f, 0x8b, 0x08, 0], 'article is gzip-compressed data, not text'],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], 'article is a PNG image, not text'],
      [[0xff, 0xd8, 0xff, 0xe0], 'article is a JPEG image, not text'],
      [[...utf8('GIF89a'), 1, 0], 'article is a GIF image, not text'],
      [[...utf8('GIF87a'), 1, 0], 'article is a GIF image, not text'],
    ];
    for (const [sig, message] of cases) {
      const e = readError(new Uint8Array(sig));
      expect(e.code).toBe('BINARY');
      expect(e.message).toBe(message);
    }
  });

  it('BINARY: NUL bytes, in UTF-8 or in decoded UTF-16', () => {
    const e = readError(bytes(0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47));
    expect(e.code).toBe('BINARY');
    expect(e.message).toBe('article contains a NUL byte at offset 2, so it is binary data, not text');
    expect(readError(bytes(0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0)).code).toBe('BINARY');
  });

  it('never throws anything but ArticleReadError on byte input', () => {
    const inputs = [bytes(0xc0), bytes(0xfe), bytes(0xff), bytes(0xff, 0xfe, 0x41), bytes(0xfe, 0xff, 0xd8, 0x00), bytes(0x3c)];
    for (const input of inputs) {
      try {
        readArticle(input);
      } catch (e) {
        expect(e).toBeInstanceOf(ArticleReadError);
      }
    }
  });
});
