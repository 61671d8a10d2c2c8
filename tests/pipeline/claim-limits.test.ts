import { describe, expect, it } from 'vitest';
import { MemoryBlobStore } from '../../shared/pipeline/blob-store.ts';
import { checkClaims } from '../../shared/pipeline/check-stage.ts';
import { splitArticle } from '../../shared/pipeline/split-stage.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import { ErrorReport } from '../../shared/pipeline/error-report.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { TooManyClaimsError } from '../../shared/claims/limits.ts';

/**
 * The work one article asks of the stages is bounded by its claims, not only its bytes: an
 * article of figure-dense sentences within the upload limit ends in a TOO_MANY_CLAIMS error
 * report, never in a function out of memory (tests/fixtures/hostile/figure-dense.txt's kind).
 */
const reference = fileReferenceStore();
const dense = (sentences: number) => 'Armenia lost 12 soldiers, 3 tanks and 4 drones on 5 May 2020. '.repeat(sentences);

async function split(body: string, maxClaims?: number) {
  const blobs = new MemoryBlobStore({ versioned: true });
  const v = blobs.upload('articles/dense.txt', body, { metadata: { published: '2021-11-10' } });
  const outcome = await splitArticle({ bucket: 'b', key: 'articles/dense.txt', ...v }, { blobs, ...(maxClaims !== undefined ? { maxClaims } : {}) });
  return { blobs, outcome };
}

const errorReport = (blobs: MemoryBlobStore) => {
  const key = blobs.writes.find((k) => k.startsWith('errors/'));
  return key ? ErrorReport.parse(JSON.parse(blobs.text(key)!)) : null;
};

describe('claims per article', () => {
  it('are capped in extraction: reading stops where the cap is passed', () => {
    const bytes = new TextEncoder().encode(dense(100));
    expect(() => extractClaims(bytes, { maxClaims: 50 })).toThrow(TooManyClaimsError);
    expect(extractClaims(bytes, { maxClaims: 1_000 }).claims.length).toBeGreaterThan(300);
    // No cap unless one is asked for: the CLI on a laptop reads what it is given.
    expect(extractClaims(bytes).claims.length).toBeGreaterThan(300);
  });

  it('past the cap, split writes a TOO_MANY_CLAIMS error report and no claims document', async () => {
    const { blobs, outcome } = await split(dense(100), 50);
    expect(outcome).toMatchObject({ status: 'rejected', code: 'TOO_MANY_CLAIMS' });
    expect(blobs.writes.some((k) => k.startsWith('claims/'))).toBe(false);
    const report = errorReport(blobs);
    expect(report?.error.code).toBe('TOO_MANY_CLAIMS');
    expect(report?.error.message).toMatch(/more than 50 figures to check/);
  });

  it('under the cap, the article is split as before', async () => {
    const { outcome } = await split(dense(10), 50);
    expect(outcome).toMatchObject({ status: 'written' });
  });

  it('check holds a document made with a higher cap to its own', async () => {
    const { blobs, outcome } = await split(dense(100), 100_000);
    expect(outcome).toMatchObject({ status: 'written', key: 'claims/dense.txt.json' });
    const head = await blobs.head('claims/dense.txt.json');
    const checked = await checkClaims({ bucket: 'b', key: 'claims/dense.txt.json', ...head! }, { blobs, reference, limits: { maxClaims: 50 } });
    expect(checked).toMatchObject({ status: 'rejected', code: 'TOO_MANY_CLAIMS' });
    expect(blobs.text('reports/dense.txt.json')).toBeUndefined();
    expect(errorReport(blobs)?.error.message).toMatch(/holds 400 claims, over the limit of 50/);
  });

  it('check refuses an oversize claims document before reading its body', async () => {
    const { blobs } = await split(dense(100), 100_000);
    const head = await blobs.head('claims/dense.txt.json');
    // The size limit goes with the read, so that S3's adapter refuses from the object's size
    // before its body is downloaded (tests/pipeline/s3-blob-store.test.ts holds that part).
    const asked: Array<number | undefined> = [];
    const get = blobs.get.bind(blobs);
    blobs.get = async (key, options) => {
      asked.push(options?.maxBytes);
      return get(key, options);
    };
    const checked = await checkClaims({ bucket: 'b', key: 'claims/dense.txt.json', ...head! }, { blobs, reference, limits: { maxDocumentBytes: 10_000 } });
    expect(checked).toMatchObject({ status: 'rejected', code: 'TOO_MANY_CLAIMS' });
    expect(errorReport(blobs)?.error.message).toMatch(/the claims document is \d+ bytes, over the 10000-byte limit/);
    expect(asked).toEqual([10_000]);
  });

  it('check writes neither page nor report when either would pass the size limit', async () => {
    const { blobs } = await split(dense(20), 100_000);
    const head = await blobs.head('claims/dense.txt.json');
    const checked = await checkClaims({ bucket: 'b', key: 'claims/dense.txt.json', ...head! }, { blobs, reference, limits: { maxReportBytes: 20_000 } });
    expect(checked).toMatchObject({ status: 'rejected', code: 'TOO_MANY_CLAIMS' });
    expect(blobs.text('reports/dense.txt.html')).toBeUndefined();
    expect(blobs.text('reports/dense.txt.json')).toBeUndefined();
    expect(errorReport(blobs)?.error.message).toMatch(/-claim (report|page) would be \d+ bytes, over the 20000-byte limit/);
  });
});

describe('the functions read the stack\'s cap', () => {
  it('from MAX_CLAIMS_PER_ARTICLE, the default where unset, and refuse a wrong one at start', async () => {
    const { maxClaimsPerArticle } = await import('../../functions/lib/limits.ts');
    expect(maxClaimsPerArticle({})).toBe(20_000);
    expect(maxClaimsPerArticle({ MAX_CLAIMS_PER_ARTICLE: '500' })).toBe(500);
    expect(() => maxClaimsPerArticle({ MAX_CLAIMS_PER_ARTICLE: '0' })).toThrow(/at least 1, not "0"/);
    expect(() => maxClaimsPerArticle({ MAX_CLAIMS_PER_ARTICLE: 'many' })).toThrow(/MAX_CLAIMS_PER_ARTICLE/);
  });
});
