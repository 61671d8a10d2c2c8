import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { seedObjects } from '../../adapters/local/seed.ts';

/**
 * Every sample event in events/ does what its name says on a fresh local stack, seeded as
 * `npm run local` seeds it: what `npm run invoke` shows a newcomer.
 */
let stack: LocalStack;
let s3: S3Client;
type Handler = (e: SQSEvent, c: Context) => Promise<SQSBatchResponse>;
let split: Handler;
let check: Handler;

beforeAll(async () => {
  stack = await startLocalStack({ seed: seedObjects(), visibilityTimeoutMs: 200 });
  s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  // The handlers, configured by the stack's environment, as `npm run invoke` loads them.
  split = ((await import('../../functions/split.ts')) as { handler: Handler }).handler;
  check = ((await import('../../functions/check.ts')) as { handler: Handler }).handler;
}, 60_000);

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

const context = (fn: string) => ({ functionName: fn, awsRequestId: `sample-${Date.now()}`, getRemainingTimeInMillis: () => 30_000 }) as unknown as Context;
const sample = (name: string): SQSEvent => JSON.parse(readFileSync(`events/${name}.json`, 'utf8'));
const keys = async (prefix: string) => ((await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key!).sort();
const read = async (key: string) => JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }))).Body!.transformToString());

describe('the sample events on a fresh local stack', () => {
  it('start from a bucket seeded without running the pipeline', async () => {
    await stack.idle();
    expect(await keys('reports/')).toEqual([]);
    expect(await keys('errors/')).toEqual([]);
  });

  it('article-uploaded: split reads the article and hands its claims to check, which writes its report', async () => {
    expect((await split(sample('article-uploaded'), context('factcheck-split'))).batchItemFailures).toEqual([]);
    await stack.idle();
    expect(await keys('reports/')).toEqual(['reports/ceasefire-one-year-on.txt.html', 'reports/ceasefire-one-year-on.txt.json']);
  });

  it('article-duplicate: the same upload twice is processed once', async () => {
    const before = stack.sqs.sent;
    expect((await split(sample('article-duplicate'), context('factcheck-split'))).batchItemFailures).toEqual([]);
    await stack.idle();
    expect(stack.sqs.sent).toBe(before);
  });

  it('article-key-encoded: a key S3 encodes in its event is decoded and judged', async () => {
    expect((await split(sample('article-key-encoded'), context('factcheck-split'))).batchItemFailures).toEqual([]);
    await stack.idle();
    expect(await keys('reports/Baku')).toContain('reports/Baku 2020 + Yerevan 100% Şuşa.txt.json');
  });

  it('article-oversize: refused from the event\'s size, with a TOO_LARGE error report', async () => {
    expect((await split(sample('article-oversize'), context('factcheck-split'))).batchItemFailures).toEqual([]);
    expect(await read('errors/archive-dump.txt.json')).toMatchObject({ stage: 'split', error: { code: 'TOO_LARGE' } });
  });

  it('claims-created: check judges the claims document under claims/', async () => {
    expect((await check(sample('claims-created'), context('factcheck-check'))).batchItemFailures).toEqual([]);
    const report = await read('reports/ceasefire-one-year-on.txt.json');
    expect(report.counts.claims).toBeGreaterThan(10);
  });

  it('claims-handoff: check judges the document in the message', async () => {
    expect((await check(sample('claims-handoff'), context('factcheck-check'))).batchItemFailures).toEqual([]);
    expect((await read('reports/ceasefire-one-year-on.txt.json')).article.source).toBe('s3://factcheck-local/articles/ceasefire-one-year-on.txt');
  });

  it('s3-test-event: S3\'s test message is consumed, with nothing written', async () => {
    const before = [...(await keys('reports/')), ...(await keys('errors/'))];
    expect((await split(sample('s3-test-event'), context('factcheck-split'))).batchItemFailures).toEqual([]);
    expect([...(await keys('reports/')), ...(await keys('errors/'))]).toEqual(before);
  });
});
