import { describe, expect, it } from 'vitest';
import { KeyError, KeyTooLongError, articleKeyFor, claimsKeyFor, errorKeyFor, reportKeyFor } from '../../shared/pipeline/keys.ts';

describe('output keys', () => {
  it('keep the upload’s relative key under each prefix', () => {
    expect(claimsKeyFor('articles/2024/a b+c.txt')).toBe('claims/2024/a b+c.txt.json');
    expect(reportKeyFor('claims/2024/a b+c.txt.json')).toBe('reports/2024/a b+c.txt.json');
    expect(articleKeyFor('claims/2024/a b+c.txt.json')).toBe('articles/2024/a b+c.txt');
    expect(errorKeyFor('articles/2024/a.txt')).toBe('errors/2024/a.txt.json');
    expect(errorKeyFor('claims/2024/a.txt.json')).toBe('errors/2024/a.txt.json');
    // Dots that are not whole segments are names like any other.
    expect(claimsKeyFor('articles/..a/...txt/.hidden')).toBe('claims/..a/...txt/.hidden.json');
  });

  it('refuse keys with "." or ".." segments, which URL parsing would resolve out of their prefix', () => {
    // "articles/../reports/x" gave "claims/../reports/x.json", which resolves to "reports/x.json";
    // "claims/.." gave the error key "errors/..", which resolves to the bucket's root.
    for (const key of ['articles/../reports/x', 'articles/..', 'articles/a/./b.txt', 'articles/./a.txt', 'articles/a/../../x']) {
      expect(() => claimsKeyFor(key)).toThrow(KeyError);
      expect(() => errorKeyFor(key)).toThrow(KeyError);
    }
    for (const key of ['claims/../reports/x.json', 'claims/..', 'claims/./a.json']) {
      expect(() => reportKeyFor(key)).toThrow(KeyError);
      expect(() => articleKeyFor(key)).toThrow(KeyError);
      expect(() => errorKeyFor(key)).toThrow(KeyError);
    }
  });

  it('refuse keys outside their prefix', () => {
    expect(() => claimsKeyFor('reports/a.txt')).toThrow(KeyError);
    expect(() => claimsKeyFor('articles/')).toThrow(KeyError);
    expect(() => reportKeyFor('claims/a.txt')).toThrow(KeyError);
  });
});

describe('keys at S3’s 1,024-byte limit', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const articleOf = (n: number, ch = 'a') => `articles/${ch.repeat(Math.floor((n - 'articles/'.length) / bytes(ch)))}`;

  it('an upload whose report key would pass the limit is refused, and its error key still fits', () => {
    for (const ch of ['a', 'é', '語', '😀']) {
      const key = articleOf(1024, ch);
      expect(bytes(key)).toBeLessThanOrEqual(1024);
      expect(() => claimsKeyFor(key)).toThrow(KeyTooLongError);
      const error = errorKeyFor(key);
      expect(bytes(error)).toBeLessThanOrEqual(1024);
      // Shortened, with a hash of the whole, only where the plain error key would not fit.
      if (bytes(`errors/${key.slice('articles/'.length)}.json`) > 1024) expect(error).toMatch(/^errors\/.*~[0-9a-f]{16}\.json$/);
      else expect(error).toBe(`errors/${key.slice('articles/'.length)}.json`);
      // Another long key with the same first bytes gets another error key.
      expect(errorKeyFor(`${key.slice(0, -1)}b`)).not.toBe(error);
    }
  });

  it('the longest upload that fits gives outputs that all fit', () => {
    const key = articleOf(1024 - ('reports/'.length + '.json'.length - 'articles/'.length));
    const claims = claimsKeyFor(key);
    for (const out of [claims, reportKeyFor(claims), errorKeyFor(key), errorKeyFor(claims)]) expect(bytes(out)).toBeLessThanOrEqual(1024);
    expect(bytes(reportKeyFor(claims))).toBe(1024);
    expect(errorKeyFor(key)).toBe(`errors/${key.slice('articles/'.length)}.json`);
  });
});
