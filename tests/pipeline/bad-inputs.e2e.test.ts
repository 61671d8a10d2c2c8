import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { BAD_INPUTS } from '../fixtures/bad-inputs.ts';
import { errorKeyFor, REFUSED_KEYS, refusedKeyErrorKey } from '../../shared/pipeline/keys.ts';
import { REFUSED_KEY_CASES, refusedKeyBody } from '../fixtures/refused-keys.ts';

/**
 * The bad-input corpus through the whole pipeline on the local stack: each upload ends in
 * exactly one report or one error report with a clear reason, in bounded time.
 */
let stack: LocalStack;
let s3: S3Client;

beforeAll(async () => {
  stack = await startLocalStack({
    visibilityTimeoutMs: 300,
    // One process runs both stages and the S3 server here: while a stage works through the
    // corpus's 100,000-figure article for seconds, a request another stage has in flight gets no
    // answer from the server, which cannot run meanwhile. Deployed, each function and S3 run apart.
    sdkTimeoutsMs: { request: 30_000 },
  });
  s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
}, 60_000);
afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

const read = async (key: string) => JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }))).Body!.transformToString());
async function keys(prefix: string): Promise<string[]> {
  const out: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix, ContinuationToken: token }));
    out.push(...(page.Contents ?? []).map((o) => o.Key!));
    token = page.NextContinuationToken;
  } while (token);
  return out;
}

describe('bad input through the pipeline', () => {
  it('every input ends in exactly one report or one error report, with a clear reason', async () => {
    const started = Date.now();
    for (const c of BAD_INPUTS) await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `articles/${c.key}`, Body: c.body() }));
    await stack.idle(120_000);
    // Bounded: the whole corpus, 20 MB and 100,000 nested elements included.
    expect(Date.now() - started).toBeLessThan(120_000);
    const reports = await keys('reports/');
    const errors = await keys('errors/');
    for (const c of BAD_INPUTS) {
      const report = `reports/${c.key}.json`;
      const error = errorKeyFor(`articles/${c.key}`);
      if ('error' in c.expect) {
        expect(errors, c.name).toContain(error);
        expect(reports, c.name).not.toContain(report);
        const e = await read(error);
        expect(e.error.code, c.name).toBe(c.expect.error);
        expect(e.error.message.length, c.name).toBeGreaterThan(10);
      } else {
        expect(reports, c.name).toContain(report);
        expect(errors, c.name).not.toContain(error);
        c.expect.check?.(await read(report));
      }
    }
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);
  }, 180_000);

  it('a zero-byte upload gets an error report, and its overwrite a report', async () => {
    const key = 'articles/placeholder.txt';
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: new Uint8Array(0) }));
    await stack.idle();
    expect((await read('errors/placeholder.txt.json')).error.code).toBe('EMPTY');
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: 'Moscow has deployed 2,000 peacekeepers.' }));
    await stack.idle();
    const report = await read('reports/placeholder.txt.json');
    expect(report.claims[0].figure.value).toBe(2000);
  }, 60_000);

  it('a key the stages refuse ends in an error report under errors/refused-keys/, a folder marker in nothing', async () => {
    // Sent to the queues as S3 and split would send them: an S3 client resolves '..' in a key
    // before the request leaves, so such keys cannot be uploaded here, only announced.
    const before = new Set(await keys('errors/'));
    for (const c of REFUSED_KEY_CASES) (c.stage === 'split' ? stack.queues.articles : stack.queues.claims).send(refusedKeyBody(c, stack.bucket));
    await stack.idle();
    const added = (await keys('errors/')).filter((k) => !before.has(k));
    const expected = REFUSED_KEY_CASES.filter((c) => c.expect === 'BAD_KEY');
    expect(added.sort()).toEqual(expected.map((c) => refusedKeyErrorKey(c.key)).sort());
    for (const c of expected) {
      const e = await read(refusedKeyErrorKey(c.key));
      expect(e, c.name).toMatchObject({ stage: c.stage, input: { key: c.key }, error: { code: 'BAD_KEY' } });
    }
    expect(added.every((k) => k.startsWith(REFUSED_KEYS))).toBe(true);
    // Nothing else was written for them: no report, no claims, nothing at a path built from a refused key.
    expect((await keys('reports/')).filter((k) => /x\.txt|\/y\.txt/.test(k))).toEqual([]);
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);
  }, 60_000);
});
