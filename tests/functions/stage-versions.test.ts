import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { isOtherVersion, MemoryBlobStore, type ObjectVersion } from '../../shared/pipeline/blob-store.ts';
import { checkClaims } from '../../shared/pipeline/check-stage.ts';
import type { Outcome, StageInput } from '../../shared/pipeline/outcome.ts';
import { splitArticle } from '../../shared/pipeline/split-stage.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import type { VerdictReport } from '../../shared/report/report.ts';

/**
 * Versions and order at the stages, on the in-memory blob store with S3's semantics: a
 * versioned bucket (version ids and ETags) and one that is not (ETags only). A late event for
 * a replaced object writes nothing; the output always describes the key's latest version.
 */
const BUCKET = 'factcheck-test';
const ARTICLE = 'articles/story.txt';
const CLAIMS = 'claims/story.txt.json';
const REPORT = 'reports/story.txt.json';
// Two versions of one article, told apart by their figure.
const V1 = 'Moscow has deployed 2,000 peacekeepers to the region.\n';
const V2 = 'Moscow has deployed 1,960 peacekeepers to the region.\n';
const reference = fileReferenceStore();

/** The event S3 sends for a version: the version id where the bucket has them, the ETag always. */
const event = (key: string, v: ObjectVersion, size?: number): StageInput => ({ bucket: BUCKET, key, ...v, ...(size !== undefined ? { size } : {}) });
const split = (store: MemoryBlobStore, v: ObjectVersion, size?: number) => splitArticle(event(ARTICLE, v, size), { blobs: store });
const check = (store: MemoryBlobStore, v: ObjectVersion) => checkClaims(event(CLAIMS, v), { blobs: store, reference });
const json = (store: MemoryBlobStore, key: string) => JSON.parse(store.text(key)!);
const figures = (report: VerdictReport) => report.claims.map((c) => c.figure.value);

describe('telling versions apart', () => {
  it.each([
    [{ versionId: 'a', etag: 'x' }, { versionId: 'b', etag: 'x' }, true],
    [{ versionId: 'a', etag: 'x' }, { versionId: 'a', etag: '"x"' }, false],
    [{ etag: 'x' }, { etag: '"y"' }, true],
    [{ etag: 'x' }, { etag: '"x"' }, false],
    // "null" is the id of every upload made while versioning was off: only the ETag tells.
    [{ versionId: 'null', etag: 'x' }, { versionId: 'null', etag: 'y' }, true],
    [{ versionId: 'null', etag: 'x' }, { versionId: 'v2', etag: 'x' }, false],
    // Nothing recorded: not known to differ, so processed as before.
    [{}, { versionId: 'v2', etag: 'y' }, false],
  ] as Array<[ObjectVersion, ObjectVersion, boolean]>)('%j and %j differ: %s', (a, b, differ) => {
    expect(isOtherVersion(a, b)).toBe(differ);
  });
});

describe.each([
  ['a versioned bucket', true],
  ['a bucket without versioning', false],
])('in %s', (_name, versioned) => {
  const store = () => new MemoryBlobStore({ versioned });

  describe('the split stage', () => {
    it('records the version it read in the claims document', async () => {
      const s = store();
      const v1 = s.upload(ARTICLE, V1);
      expect(await split(s, v1)).toMatchObject({ status: 'written', key: CLAIMS });
      expect(json(s, CLAIMS).article.version).toEqual(v1);
      expect(v1.etag).toMatch(/^[0-9a-f]{32}$/);
      if (versioned) expect(v1.versionId).toBeDefined();
    });

    it('writes nothing for an event of a replaced article: superseded', async () => {
      const s = store();
      const v1 = s.upload(ARTICLE, V1);
      const v2 = s.upload(ARTICLE, V2);
      expect(await split(s, v1)).toEqual({ status: 'superseded', key: ARTICLE, version: v1, latest: v2 });
      expect(s.writes).toEqual([]);
    });

    it('writes nothing when the article is replaced while it is being read', async () => {
      const s = store();
      const v1 = s.upload(ARTICLE, V1);
      const get = s.get.bind(s);
      let v2: ObjectVersion | undefined;
      s.get = async (key, options) => {
        const o = await get(key, options);
        v2 = s.upload(ARTICLE, V2);
        return o;
      };
      expect(await split(s, v1)).toEqual({ status: 'superseded', key: ARTICLE, version: v1, latest: v2 });
      expect(s.writes).toEqual([]);
    });

    it('writes no error report for a replaced version: a bad first upload fixed by a second', async () => {
      const s = store();
      const v1 = s.upload(ARTICLE, '%PDF-1.7\n%binary');
      s.upload(ARTICLE, V2);
      expect(await split(s, v1)).toMatchObject({ status: 'superseded' });
      expect(await split(s, { ...v1 }, 10 * 1024 * 1024)).toMatchObject({ status: 'superseded' });
      expect(s.writes).toEqual([]);
    });

    it('still writes the error report of the latest version', async () => {
      const s = store();
      const v1 = s.upload(ARTICLE, '%PDF-1.7\n%binary');
      expect(await split(s, v1)).toMatchObject({ status: 'rejected', code: 'BINARY' });
      expect(json(s, 'errors/story.txt.json').input).toEqual({ bucket: BUCKET, key: ARTICLE, ...v1 });
    });

    it('ends "gone" when the article was deleted', async () => {
      const s = store();
      const v1 = s.upload(ARTICLE, V1);
      s.delete(ARTICLE);
      expect(await split(s, v1)).toEqual({ status: 'gone' });
      expect(s.writes).toEqual([]);
    });

    it('processes an event that names no version as before', async () => {
      const s = store();
      s.upload(ARTICLE, V1);
      s.upload(ARTICLE, V2);
      expect(await split(s, {})).toMatchObject({ status: 'written' });
      expect(json(s, CLAIMS).claims[0].figure.value).toBe(1960);
    });
  });

  describe('the check stage', () => {
    /** Uploads and splits `text`, and returns the claims document's version, as its event names it. */
    async function claimsOf(s: MemoryBlobStore, text: string): Promise<{ article: ObjectVersion; claims: ObjectVersion }> {
      const article = s.upload(ARTICLE, text);
      expect(await split(s, article)).toMatchObject({ status: 'written' });
      return { article, claims: (await s.head(CLAIMS))! };
    }

    it('writes the report naming the article version it describes', async () => {
      const s = store();
      const { article, claims } = await claimsOf(s, V1);
      expect(await check(s, claims)).toMatchObject({ status: 'written', key: REPORT });
      const report: VerdictReport = json(s, REPORT);
      expect(report.article.version).toEqual(article);
      expect(figures(report)).toEqual([2000]);
      expect(s.writes).toEqual([CLAIMS, 'reports/story.txt.html', REPORT]);
    });

    it('writes no report from the claims of an article replaced since: superseded', async () => {
      const s = store();
      const { article, claims } = await claimsOf(s, V1);
      const v2 = s.upload(ARTICLE, V2);
      expect(await check(s, claims)).toEqual({ status: 'superseded', key: ARTICLE, version: article, latest: v2 });
      expect(s.writes).toEqual([CLAIMS]);
    });

    it('writes no report for a claims document replaced since', async () => {
      const s = store();
      const first = await claimsOf(s, V1);
      await claimsOf(s, V2);
      expect(await check(s, first.claims)).toMatchObject({ status: 'superseded' });
      expect(s.writes).toEqual([CLAIMS, CLAIMS]);
    });

    it('ends "gone" when the article was deleted', async () => {
      const s = store();
      const { claims } = await claimsOf(s, V1);
      s.delete(ARTICLE);
      expect(await check(s, claims)).toEqual({ status: 'gone' });
      expect(s.writes).toEqual([CLAIMS]);
    });

    it('holds a claims document that names no article version to its own key', async () => {
      const s = store();
      const older = (text: string) => JSON.stringify(extractClaims(new TextEncoder().encode(text), { source: `s3://${BUCKET}/${ARTICLE}` }));
      const c1 = s.upload(CLAIMS, older(V1));
      const c2 = s.upload(CLAIMS, older(V2));
      expect(await check(s, c1)).toEqual({ status: 'superseded', key: CLAIMS, version: c1, latest: c2 });
      expect(await check(s, c2)).toMatchObject({ status: 'written' });
      expect(figures(json(s, REPORT))).toEqual([1960]);
      expect(json(s, REPORT).article.version).toBeUndefined();
    });

    it('writes no error report for a bad claims document replaced since', async () => {
      const s = store();
      const bad = s.upload(CLAIMS, '{"schema": "something else"}');
      await claimsOf(s, V2);
      expect(await check(s, bad)).toMatchObject({ status: 'superseded' });
      expect(s.writes.filter((k) => k.startsWith('errors/'))).toEqual([]);
    });
  });

  describe('v1 and v2 of one key, their events in every order', () => {
    // Steps: upload, split, check per version; each after the one before it, and v1 uploaded
    // first. Every interleaving of the two chains is run.
    type Step = 'u1' | 's1' | 'c1' | 'u2' | 's2' | 'c2';
    const orders: Step[][] = [];
    const extend = (done: Step[], a: Step[], b: Step[]) => {
      if (!a.length && !b.length) return void orders.push(done);
      if (a.length) extend([...done, a[0]!], a.slice(1), b);
      if (b.length && done.includes('u1')) extend([...done, b[0]!], a, b.slice(1));
    };
    extend([], ['u1', 's1', 'c1'], ['u2', 's2', 'c2']);

    it('runs the ten interleavings', () => expect(orders).toHaveLength(10));

    it.each(orders.map((o) => [o.join(' '), o] as const))('%s: one report at most per version, and the last one is v2', async (_name, order) => {
      const s = store();
      const articles: Record<string, ObjectVersion> = {};
      const claims: Record<string, ObjectVersion> = {};
      const reported: string[] = [];
      const outcomes: Outcome[] = [];
      for (const step of order) {
        const n = step[1]!;
        if (step[0] === 'u') articles[n] = s.upload(ARTICLE, n === '1' ? V1 : V2);
        if (step[0] === 's') {
          const out = await split(s, articles[n]!);
          outcomes.push(out);
          // The claims document's own event names the version just written.
          if (out.status === 'written') claims[n] = (await s.head(CLAIMS))!;
        }
        if (step[0] === 'c' && claims[n]) {
          const out = await check(s, claims[n]);
          outcomes.push(out);
          if (out.status === 'written') reported.push((json(s, REPORT) as VerdictReport).article.version!.etag!);
        }
      }
      // A replay of v1's events, late: nothing more is written.
      const writes = s.writes.length;
      expect(await split(s, articles['1']!)).toMatchObject({ status: 'superseded' });
      if (claims['1']) expect(await check(s, claims['1'])).toMatchObject({ status: 'superseded' });
      expect(s.writes.length).toBe(writes);

      const report: VerdictReport = json(s, REPORT);
      expect(report.article.version).toEqual(articles['2']);
      expect(figures(report)).toEqual([1960]);
      expect(new Set(reported).size).toBe(reported.length);
      expect(reported.at(-1)).toBe(articles['2']!.etag);
      expect(outcomes.every((o) => o.status === 'written' || o.status === 'superseded')).toBe(true);
    });
  });
});
