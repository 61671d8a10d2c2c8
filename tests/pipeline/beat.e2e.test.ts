import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import type { VerdictReport } from '../../shared/report/report.ts';

/**
 * A deployed-style run of a newsroom's own beat: the local stack's reference table loaded with
 * the beat's facts and its vocabulary (as `reference load --vocabulary` does), an upload through
 * the S3 API, and the same handlers as in Lambda reading the vocabulary from the table.
 */
const BEAT = 'tests/fixtures/beat-freedonia';
let stack: LocalStack;
let s3: S3Client;

beforeAll(async () => {
  stack = await startLocalStack({ reference: `${BEAT}/facts.json`, vocabulary: `${BEAT}/vocabulary.json`, visibilityTimeoutMs: 200 });
  s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
}, 60_000);

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

describe('a beat loaded with its vocabulary into the local stack', () => {
  it('judges an upload against that beat: its measures, its subject, its facts', async () => {
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: 'articles/ferries.txt', Body: readFileSync(`${BEAT}/article.txt`) }));
    await stack.idle();
    const body = await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: 'reports/ferries.txt.json' }))).Body!.transformToString();
    const report: VerdictReport = JSON.parse(body);
    expect(report.engine.vocabulary).toBe('freedonia-test-1');
    const verdict = (quote: string) => report.claims.find((c) => c.figure.text === quote && c.figure.kind !== 'consistency')?.verdict;
    expect(verdict('412,000 passengers')).toBe('supported');
    expect(verdict('87.2%')).toBe('contradicted');
    const passengers = report.claims.find((c) => c.figure.text === '412,000 passengers')!;
    expect(passengers.frame?.measure.value).toBe('ferry_passengers');
    expect(passengers.frame?.subject.value).toEqual(['freedonia']);
    // Its summary rides in its metadata, for `upload --wait` and `watch`.
    const head = await s3.send(new HeadObjectCommand({ Bucket: stack.bucket, Key: 'reports/ferries.txt.json' }));
    expect(head.Metadata).toEqual({ sha256: report.article.sha256, claims: String(report.counts.claims), supported: String(report.counts.supported), contradicted: String(report.counts.contradicted), disputed: String(report.counts.disputed), unverifiable: String(report.counts.unverifiable) });
  });
});
