import { describe, expect, it } from 'vitest';
import { KeyError, articleKeyFor, claimsKeyFor, errorKeyFor, reportKeyFor } from '../../shared/pipeline/keys.ts';

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
