import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import type { VerdictReport } from '../../shared/report/report.ts';
import { readSeed, SEED_PUBLISHED, seedsAvailable } from '../helpers/seeds.ts';

/**
 * End to end on the local stack: real S3 and DynamoDB API servers on 127.0.0.1, uploads through
 * the S3 API, the same handlers as in Lambda behind queues with SQS semantics.
 */
const available = seedsAvailable();
let stack: LocalStack;
let s3: S3Client;
const created: string[] = [];

const upload = (key: string, body: Uint8Array | string, published?: string) =>
  s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ...(published ? { Metadata: { published } } : {}) }));
const read = async (key: string) => JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }))).Body!.transformToString());
const keys = async () => ((await s3.send(new ListObjectsV2Command({ Bucket: stack.bucket }))).Contents ?? []).map((o) => o.Key!).sort();
const writes = (key: string) => created.filter((k) => k === key).length;

beforeAll(async () => {
  stack = await startLocalStack({
    visibilityTimeoutMs: 200,
    log: (line) => {
      const m = /^ObjectCreated:\w+ (.*?)(?: → .*| \(not routed\))$/.exec(line);
      if (m) created.push(m[1]!);
    },
  });
  s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
}, 60_000);

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe.skipIf(!available)('the pipeline on the local stack', () => {
  const seeds = ['000', '001', '002', '003', '004'];

  it('turns each upload into exactly one verdict report, and a bad file into one error report', async () => {
    for (const k of seeds) await upload(`articles/sample ${k}.txt`, readSeed(k), SEED_PUBLISHED[k]);
    await upload('articles/scan.pdf', '%PDF-1.7\n%binary');
    await stack.idle();
    const all = await keys();
    for (const k of seeds) {
      // Small claims documents travel to check in the queue message: none is stored.
      expect(all).not.toContain(`claims/sample ${k}.txt.json`);
      expect(all).toContain(`reports/sample ${k}.txt.json`);
      expect(writes(`reports/sample ${k}.txt.json`)).toBe(1);
    }
    // One JSON report and one HTML page beside it, per article.
    expect(all.filter((k) => k.startsWith('reports/') && k.endsWith('.json'))).toHaveLength(seeds.length);
    expect(all.filter((k) => k.startsWith('reports/') && k.endsWith('.html'))).toHaveLength(seeds.length);
    expect(all.filter((k) => k.startsWith('errors/'))).toEqual(['errors/scan.pdf.json']);
    expect(await read('errors/scan.pdf.json')).toMatchObject({ stage: 'split', error: { code: 'BINARY', message: 'article is a PDF document, not text' } });
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);
    expect(stack.sqs.sent).toBe(seeds.length);
  });

  it('stores a claims document too big for a message under claims/, and checks it from there', async () => {
    // Paragraphs of the samples repeated: a claims document well over the 200 KiB a message takes.
    const big = Array.from({ length: 40 }, (_, i) => readSeed(seeds[1 + (i % 4)]!).toString('utf8')).join('\n\n');
    const sent = stack.sqs.sent;
    await upload('articles/long read.txt', big, '2024-11-26');
    await stack.idle();
    const all = await keys();
    expect(all).toContain('claims/long read.txt.json');
    expect(all).toContain('reports/long read.txt.json');
    expect(stack.sqs.sent).toBe(sent);
    const doc = await read('claims/long read.txt.json');
    expect(JSON.stringify(doc).length).toBeGreaterThan(200 * 1024);
    const report: VerdictReport = await read('reports/long read.txt.json');
    expect(report.counts.claims).toBeGreaterThan(doc.claims.length - 1);
    expect(report.article.source).toBe(`s3://${stack.bucket}/articles/long read.txt`);
  });

  it('gives the same verdicts as the engine run in process, with the publication date from the metadata', async () => {
    const store = fileReferenceStore();
    for (const k of seeds) {
      const report: VerdictReport = await read(`reports/sample ${k}.txt.json`);
      const published = SEED_PUBLISHED[k];
      const local = await judgeClaims(extractClaims(readSeed(k), published ? { published } : {}), store);
      expect(report.claims.map((c) => [c.quote, c.verdict])).toEqual(local.claims.map((c) => [c.quote, c.verdict]));
      if (published) expect(report.article.published).toEqual({ date: published, how: 'given' });
      expect(report.article.source).toBe(`s3://${stack.bucket}/articles/sample ${k}.txt`);
    }
    expect((await read('reports/sample 001.txt.json')).counts.contradicted).toBe(3);
    expect((await read('reports/sample 000.txt.json')).claims).toEqual([]);
  });

  it('does not process the same file twice', async () => {
    const before = created.length;
    await upload('articles/sample 001.txt', readSeed('001'), SEED_PUBLISHED['001']);
    await stack.idle();
    // The upload itself is the only new object, and no second message went to check: no second report.
    const sent = stack.sqs.sent;
    expect(created.slice(before)).toEqual(['articles/sample 001.txt']);
    expect(writes('reports/sample 001.txt.json')).toBe(1);
    expect(stack.sqs.sent).toBe(sent);
  });

  it('processes a new version of the same key, so the report follows the latest version', async () => {
    await upload('articles/sample 002.txt', `${readSeed('002').toString('utf8')}\n\nA further 3,000 soldiers were deployed in 2021.\n`);
    await stack.idle();
    expect(writes('reports/sample 002.txt.json')).toBe(2);
    const report: VerdictReport = await read('reports/sample 002.txt.json');
    expect(report.claims.some((c) => c.figure.value === 3000)).toBe(true);
  });

  it('routes keys with spaces, "+", "%" and non-ASCII characters as S3 encodes them', async () => {
    const key = 'articles/Baku 2020 + Yerevan 100% Şuşa.txt';
    await upload(key, readFileSync('examples/ceasefire-one-year-on.txt'));
    await stack.idle();
    expect(await keys()).toContain('reports/Baku 2020 + Yerevan 100% Şuşa.txt.json');
  });
});
