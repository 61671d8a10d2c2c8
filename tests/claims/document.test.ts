import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { ClaimsDocument } from '../../shared/claims/document.ts';
import { ArticleReadError } from '../../shared/read/index.ts';
import { schemaFiles } from '../../shared/schemas.ts';
import { VocabularyError } from '../../shared/vocabulary/vocabulary.ts';
import { loadVocabulary } from '../../shared/vocabulary/file.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const enc = (s: string) => new TextEncoder().encode(s);

describe('the claims document', () => {
  const doc = extractClaims(readFileSync('examples/ceasefire-one-year-on.txt'), { source: 'examples/ceasefire-one-year-on.txt' });

  it('matches its schema', () => {
    expect(ClaimsDocument.safeParse(doc).success).toBe(true);
  });

  it('has per-article metadata and counts', () => {
    expect(doc.article).toMatchObject({ format: 'text', title: 'One year after the Karabakh ceasefire', published: { date: '2021-11-10', how: 'stated' } });
    expect(doc.article.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.counts.claims).toBe(doc.claims.length);
    expect(Object.values(doc.counts.byKind).reduce((a, b) => a + b, 0)).toBe(doc.claims.length);
  });

  it('gives stable ids: the same article and text give the same ids, and they are unique', () => {
    const again = extractClaims(readFileSync('examples/ceasefire-one-year-on.txt'), { source: 'elsewhere.txt' });
    expect(again.claims.map((c) => c.id)).toEqual(doc.claims.map((c) => c.id));
    expect(new Set(doc.claims.map((c) => c.id)).size).toBe(doc.claims.length);
  });

  it('gives different ids to the same figure in a different article', () => {
    const a = extractClaims(enc('At least 5,000 soldiers died.'));
    const b = extractClaims(enc('At least 5,000 soldiers died. Talks go on.'));
    expect(a.claims[0]!.id).not.toBe(b.claims[0]!.id);
  });

  it('the given publication date wins over the stated one', () => {
    const given = extractClaims(readFileSync('examples/ceasefire-one-year-on.txt'), { published: '2021-11-11' });
    expect(given.article.published).toEqual({ date: '2021-11-11', how: 'given' });
  });

  it('quotes HTML originals exactly, entities included', () => {
    const html = readFileSync('examples/peacekeepers-leave.html', 'utf8');
    const d = extractClaims(enc(html), { name: 'peacekeepers-leave.html' });
    expect(d.article).toMatchObject({ format: 'html', published: { date: '2024-06-13', how: 'stated' } });
    const troops = d.claims.find((c) => c.figure.value === 1960)!;
    expect(troops.quote).toBe('1,960&nbsp;troops');
    expect(troops.figure.text).toBe('1,960 troops');
    for (const c of d.claims) expect(html.slice(c.start, c.end)).toBe(c.quote);
    expect(d.claims.some((c) => /trackPageView|alert/.test(c.sentence.text))).toBe(false);
  });

  it('reads Markdown front matter as metadata', () => {
    const d = extractClaims(readFileSync('examples/military-spending.md'), { name: 'military-spending.md' });
    expect(d.article).toMatchObject({ format: 'markdown', title: 'South Caucasus arms bill keeps climbing', published: { date: '2024-04-25', how: 'stated' } });
    const ratio = d.claims.find((c) => c.figure.value === 3.8)!;
    expect(ratio.framing).toMatchObject({ measure: 'military_expenditure', time: { from: '2022', basis: 'explicit' } });
    expect(ratio.framing.entities.slice(0, 2)).toEqual([
      { id: 'azerbaijan', role: 'subject', text: 'Azerbaijan' },
      { id: 'armenia', role: 'comparator', text: 'Armenia' },
    ]);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', new Uint8Array(0), 'EMPTY'],
    ['whitespace only', enc('  \n\t \n'), 'EMPTY'],
    ['markup only', enc('<html><body><script>x()</script></body></html>'), 'EMPTY'],
    ['NUL bytes', enc('abc\u0000def'), 'BINARY'],
    ['a PDF', enc('%PDF-1.7\n...'), 'BINARY'],
    ['a ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'BINARY'],
    ['invalid UTF-8', new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'INVALID_UTF8'],
  ])('%s gives a typed error, never an empty success', (_name, bytes, code) => {
    expect(() => extractClaims(bytes)).toThrow(ArticleReadError);
    try {
      extractClaims(bytes);
    } catch (err) {
      expect((err as ArticleReadError).code).toBe(code);
      expect((err as Error).message.length).toBeGreaterThan(10);
    }
  });

  it('refuses input over the cap, which is configurable', () => {
    const big = enc('x'.repeat(2_000));
    expect(() => extractClaims(big, { maxBytes: 1_000 })).toThrow(/over the .* limit|too large|exceeds/i);
    expect(extractClaims(big, { maxBytes: 5_000 }).claims).toEqual([]);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const text = '\ufeffAt least 5,000 soldiers died.';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const d = extractClaims(utf16);
    expect(d.claims[0]!.figure).toMatchObject({ value: 5000, qualifier: 'at_least' });
  });
});

describe('the vocabulary is data a user can extend', () => {
  it('adds entities and events from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    const file = join(dir, 'v.json');
    writeFileSync(file, JSON.stringify({ entities: [{ id: 'kazakhstan', name: 'Kazakhstan', kind: 'country', aliases: ['Kazakhstan', 'Astana'] }] }));
    const vocabulary = loadVocabulary(file);
    const d = extractClaims(enc('Astana sent 300 peacekeepers.'), { vocabulary });
    expect(d.claims[0]!.framing.entities[0]).toMatchObject({ id: 'kazakhstan', role: 'subject' });
  });

  it('rejects a malformed vocabulary with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    const file = join(dir, 'v.json');
    writeFileSync(file, JSON.stringify({ entities: [{ id: 'Bad Id' }] }));
    expect(() => loadVocabulary(file)).toThrow(VocabularyError);
  });
});

describe('JSON Schemas', () => {
  it('the committed files are generated from the zod schemas', () => {
    for (const [file, schema] of Object.entries(schemaFiles())) {
      const committed = JSON.parse(readFileSync(`schemas/${file}`, 'utf8'));
      expect(committed, `schemas/${file} is stale: run npm run schemas`).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
