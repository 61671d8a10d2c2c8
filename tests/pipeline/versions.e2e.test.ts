import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { PutObjectCommand, S3Client, type PutObjectCommandInput } from '@aws-sdk/client-s3';
import { DeleteItemCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { s3Notification, sqsRecord } from '../../adapters/local/notification.ts';
import type { VerdictReport } from '../../shared/report/report.ts';

/**
 * Duplicates and order on the local stack: real S3 and DynamoDB API servers on 127.0.0.1, the
 * same handlers as in Lambda behind queues with SQS semantics, two invocations per stage at
 * once. s3rver keeps no versions, so an object's ETag is what tells its versions apart here.
 *
 * Every report write is seen twice: as an ObjectCreated event (the stack's log, as S3 would
 * notify it) and, with its body, by a middleware on the handlers' S3 client, which tells which
 * article version each report describes.
 */
let stack: LocalStack;
let s3: S3Client;
let handlersS3: S3Client;
let dynamo: DynamoDBClient;
const created: string[] = [];
/** A clock of the test's uploads and the handlers' report writes, to order them. */
let tick = 0;
const reportsWritten: Array<{ key: string; report: VerdictReport; startedAt: number }> = [];
const claimsWritten: Array<{ key: string; etag: string }> = [];
/** The handlers' info log: outcomes such as "superseded" are logged there (the stack logs WARN and up). */
let info: MockInstance;

// Two versions of an article, told apart by their figure.
const V1 = 'Moscow has deployed 2,000 peacekeepers to the region.\n';
const V2 = 'Moscow has deployed 1,960 peacekeepers to the region.\n';

const writes = (key: string) => created.filter((k) => k === key).length;
const reportKey = (article: string) => `reports/${article.slice('articles/'.length)}.json`;
const claimsKey = (article: string) => `claims/${article.slice('articles/'.length)}.json`;
const superseded = () => info.mock.calls.filter((c) => String(c[0]).startsWith('a newer version of the object exists')).map((c) => (c[1] as { object: string }).object);
const until = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 5));
};
const reportsOf = (article: string) => reportsWritten.filter((w) => w.key === reportKey(article)).map((w) => w.report);

/** Uploads a version and returns the ETag S3 gave it, unquoted, as notifications carry it. */
async function upload(key: string, body: string): Promise<string> {
  const out = await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body }));
  return out.ETag!.replace(/"/g, '');
}

/** The notification S3 sends for an object version, as the stack routes it. */
const notification = (key: string, eTag: string, size: number) => JSON.stringify({ Records: [s3Notification({ bucket: stack.bucket, key, eTag, size })] });

/** Forgets every processed event, as the idempotency records' expiry (7 days) does. */
async function expireIdempotencyRecords(): Promise<number> {
  const items = (await dynamo.send(new ScanCommand({ TableName: stack.idempotencyTable }))).Items ?? [];
  for (const item of items) await dynamo.send(new DeleteItemCommand({ TableName: stack.idempotencyTable, Key: { id: item.id! } }));
  return items.length;
}

beforeAll(async () => {
  stack = await startLocalStack({
    // Two invocations per stage, as Lambda runs with a backlog: versions and duplicates race.
    concurrency: 2,
    // Every claims document stored under claims/, as big ones are: the races here are between
    // the versions of both stages' inputs. Handed-over documents: tests/pipeline/handoff.test.ts.
    claimsMessageMaxBytes: 0,
    visibilityTimeoutMs: 200,
    log: (line) => {
      const m = /^ObjectCreated:\w+ (.*?)(?: → .*| \(not routed\))$/.exec(line);
      if (m) created.push(m[1]!);
    },
  });
  s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  dynamo = new DynamoDBClient({ endpoint: stack.dynamoEndpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  info = vi.spyOn(Logger.prototype, 'info');
  // The handlers' own client (the stack imported them, so this is the same module).
  handlersS3 = (await import('../../functions/lib/clients.ts')).s3;
  handlersS3.middlewareStack.add(
    (next, context) => async (args) => {
      const startedAt = ++tick;
      const out = await next(args);
      const input = args.input as PutObjectCommandInput;
      if (context.commandName === 'PutObjectCommand' && input.Key) {
        if (input.Key.startsWith('reports/') && input.Key.endsWith('.json')) reportsWritten.push({ key: input.Key, report: JSON.parse(String(input.Body)), startedAt });
        if (input.Key.startsWith('claims/')) claimsWritten.push({ key: input.Key, etag: String((out.output as { ETag?: string }).ETag).replace(/"/g, '') });
      }
      return out;
    },
    { step: 'initialize', name: 'observeWrites' },
  );
}, 60_000);

afterAll(async () => {
  handlersS3?.middlewareStack.remove('observeWrites');
  info?.mockRestore();
  s3?.destroy();
  dynamo?.destroy();
  await stack?.stop();
});

describe('versions and duplicates on the local stack', () => {
  const rounds = Number(process.env.VERSIONS_E2E_ROUNDS ?? 20);

  it(`v1 then v2 of the same key on ${rounds} keys at once: one report at most per version, the last one v2's`, async () => {
    // v2 lands back to back with v1, or once v1's claims document is written (v1's check is
    // then queued or running), or once v1's report is written: a third of the keys each.
    const keys = Array.from({ length: rounds }, (_, i) => `articles/race/story ${i}.txt`);
    const etags = new Map<string, { v1: string; v2: string; v2At: number }>();
    const supersededBefore = superseded().length;
    await Promise.all(
      keys.map(async (key, i) => {
        const v1 = await upload(key, V1);
        if (i % 3 === 1) await until(() => claimsWritten.some((w) => w.key === claimsKey(key)));
        if (i % 3 === 2) await until(() => reportsOf(key).length > 0);
        const v2 = await upload(key, V2);
        etags.set(key, { v1, v2, v2At: ++tick });
      }),
    );
    await stack.idle();

    let v1Reports = 0;
    let stale = 0;
    for (const key of keys) {
      const { v1, v2 } = etags.get(key)!;
      const reports = reportsOf(key);
      const described = reports.map((r) => r.article.version?.etag);
      // Every report write seen by S3 is one the handlers made, and no version is reported twice.
      expect(writes(reportKey(key)), key).toBe(reports.length);
      expect(new Set(described).size, key).toBe(described.length);
      expect(described.every((e) => e === v1 || e === v2), key).toBe(true);
      // The last report written is the latest upload's, and it reads as that upload.
      expect(described.at(-1), key).toBe(v2);
      if (described.includes(v1)) v1Reports++;
      if (described.indexOf(v1) > described.indexOf(v2)) stale++;
      const last = reports.at(-1)!;
      expect(last.claims.map((c) => c.figure.value), key).toEqual([1960]);
      expect(last.article.source).toBe(`s3://${stack.bucket}/${key}`);
    }
    expect(stale).toBe(0);
    // Those whose report came first had v1 reported; the others were superseded on the way.
    expect(v1Reports).toBeGreaterThanOrEqual(Math.floor(rounds / 3));
    const stopped = superseded().slice(supersededBefore);
    expect(stopped.length).toBeGreaterThanOrEqual(rounds - v1Reports);
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);
    // Where v1 stopped: at split (one claims document written, v2's) or at check (both written).
    const unreported = keys.filter((k) => reportsOf(k).length === 1);
    const atCheck = unreported.filter((k) => claimsWritten.filter((w) => w.key === claimsKey(k)).length === 2).length;
    // v1 reports whose PUT began after v2 was stored: the check stage's HEAD came just before
    // v2 landed (the window functions/README.md describes). Measured, not asserted.
    const inWindow = keys.filter((k) => reportsWritten.some((w) => w.key === reportKey(k) && w.report.article.version?.etag === etags.get(k)!.v1 && w.startedAt > etags.get(k)!.v2At)).length;
    console.info(
      `versions e2e: v1 then v2 on ${rounds} keys: ${rounds + v1Reports} reports written (${rounds} of v2, ${v1Reports} of v1, each before v2's), 0 stale; v1 superseded on ${unreported.length} keys (${unreported.length - atCheck} at split, ${atCheck} at check); ${inWindow} v1 reports begun after v2 was stored`,
    );
  }, 120_000);

  it('a replay of v1’s exact event after v2 is done writes nothing: a duplicate, and once the idempotency record expired, superseded', async () => {
    const key = 'articles/replay.txt';
    const v1 = await upload(key, V1);
    await stack.idle();
    const v2 = await upload(key, V2);
    await stack.idle();
    expect(writes(reportKey(key))).toBe(2);
    const v1Claims = claimsWritten.find((w) => w.key === claimsKey(key))!.etag;
    const before = created.length;

    // The same event again: the idempotency record answers.
    stack.queues.articles.send(notification(key, v1, V1.length));
    stack.queues.claims.send(notification(claimsKey(key), v1Claims, 1));
    await stack.idle();
    expect(created.slice(before)).toEqual([]);

    // Replayed after the records expired (a redrive from a dead-letter queue a week later):
    // the stages find a newer version and write nothing.
    expect(await expireIdempotencyRecords()).toBeGreaterThan(0);
    stack.queues.articles.send(notification(key, v1, V1.length));
    stack.queues.claims.send(notification(claimsKey(key), v1Claims, 1));
    await stack.idle();
    expect(created.slice(before)).toEqual([]);
    expect(reportsOf(key).map((r) => r.article.version?.etag)).toEqual([v1, v2]);
  });

  it('the same event delivered twice at once writes one claims document and one report', async () => {
    // Through the queue, besides the upload's own event: in one batch or two at once.
    const queued = 'articles/twice-queued.txt';
    const etag = await upload(queued, V1);
    stack.queues.articles.send(notification(queued, etag, V1.length));
    stack.queues.articles.send(notification(queued, etag, V1.length));
    await stack.idle();
    expect(writes(claimsKey(queued))).toBe(1);
    expect(writes(reportKey(queued))).toBe(1);

    // In two containers at once, besides the queue's own delivery: one runs, the others find
    // it in progress (their record goes back to the queue) or done.
    const { stageHandler } = await import('../../functions/lib/stage-handler.ts');
    const { splitArticle } = await import('../../shared/pipeline/split-stage.ts');
    const containers = [0, 1].map(() => stageHandler({ stage: 'split', run: (input, blobs) => splitArticle(input, { blobs }) }));
    const key = 'articles/twice-at-once.txt';
    const tag = await upload(key, V2);
    const event = (i: number): SQSEvent => ({ Records: [sqsRecord({ messageId: `at-once-${i}`, receiptHandle: `at-once-${i}`, body: notification(key, tag, V2.length) })] });
    const context = (i: number) => ({ functionName: 'factcheck-split', awsRequestId: `at-once-${i}-${Date.now()}`, getRemainingTimeInMillis: () => 30_000 }) as unknown as Context;
    const outs: SQSBatchResponse[] = await Promise.all(containers.map((handler, i) => handler(event(i), context(i))));
    // A record sent back is delivered again, as SQS would, until the first run is done.
    for (const [i, out] of outs.entries()) {
      let failures = out.batchItemFailures.length;
      for (let attempt = 0; failures && attempt < 50; attempt++) {
        await new Promise((r) => setTimeout(r, 100));
        failures = (await containers[i]!(event(i), context(i))).batchItemFailures.length;
      }
      expect(failures).toBe(0);
    }
    await stack.idle();
    expect(writes(claimsKey(key))).toBe(1);
    expect(writes(reportKey(key))).toBe(1);
    expect(reportsOf(key).map((r) => r.article.version?.etag)).toEqual([tag]);
  });
});
