import { beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context, SQSEvent } from 'aws-lambda';
import 'aws-sdk-client-mock-vitest/extend';
import { GetObjectCommand, type GetObjectCommandOutput, HeadObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { s3Notification, sqsRecord } from '../../adapters/local/notification.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { fakeIdempotencyTable } from './idempotency-table.ts';
import { mockAwsClients, prepareHandlerEnv, stageHandlers, type Handler } from '../helpers/handlers.ts';

/**
 * Versions, duplicates and order at the handlers, with the SDK mocked: the version an event
 * names is the version read, a late event for a replaced object writes nothing, and the same
 * event twice, in turn or at once, writes once.
 */

prepareHandlerEnv();
const { s3, ddb, docs } = mockAwsClients();
const { split, check } = stageHandlers();
/** A split handler of its own, as in another container: concurrent invocations never share one. */
let container: () => Handler;
let addMetric: MockInstance;
let info: MockInstance;
beforeAll(async () => {
  const { stageHandler } = await import('../../functions/lib/stage-handler.ts');
  const { splitArticle } = await import('../../shared/pipeline/split-stage.ts');
  container = () => stageHandler({ stage: 'split', run: (input, blobs) => splitArticle(input, { blobs }) });
  const { metrics } = await import('../../functions/lib/observability.ts');
  addMetric = vi.spyOn(metrics, 'addMetric');
  info = vi.spyOn(Logger.prototype, 'info');
});

const BUCKET = 'factcheck-local';
const ARTICLE = 'articles/ceasefire-one-year-on.txt';
const CLAIMS = 'claims/ceasefire-one-year-on.txt.json';
const article = readFileSync('examples/ceasefire-one-year-on.txt');

let invocation = 0;
const context = (): Context => ({ functionName: 'stage', awsRequestId: `req-${++invocation}`, getRemainingTimeInMillis: () => 30_000 }) as unknown as Context;

/** One SQS message carrying the S3 notification of one object version, as S3 sends it. */
function sqsEvent(key: string, version: { versionId?: string; eTag: string }, messageId: string = randomUUID()): SQSEvent {
  const body = JSON.stringify({ Records: [s3Notification({ bucket: BUCKET, key, size: 1352, sequencer: '0055AED6DCD90281E5', ...version })] });
  return { Records: [sqsRecord({ messageId, body })] };
}

/** A response body as the adapter reads it. */
const body = (bytes: Uint8Array | string) => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { transformToByteArray: async () => data, destroy: () => {} } as unknown as GetObjectCommandOutput['Body'];
};
const puts = (key: string) => s3.commandCalls(PutObjectCommand).filter((c) => c.args[0].input.Key === key);
const putBody = (key: string) => JSON.parse(String(puts(key).at(-1)!.args[0].input.Body));
const metricCount = (name: string) => addMetric.mock.calls.filter((c) => c[0] === name).length;
const logged = (text: string) => info.mock.calls.filter((c) => String(c[0]).includes(text)).length;

beforeEach(() => {
  s3.reset();
  ddb.reset();
  docs.reset();
  addMetric.mockClear();
  info.mockClear();
  fakeIdempotencyTable(ddb);
  s3.on(PutObjectCommand).resolves({});
  docs.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'v-test', facts: 0 } });
  docs.on(QueryCommand).resolves({ Items: [] });
});

describe('the split handler and versions', () => {
  it('reads the version the event names, and writes nothing when a newer one is the latest', async () => {
    // Prepare: the event names v1; v2 was uploaded since.
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, VersionId: 'v1', ETag: '"e1"', Metadata: {} });
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v2', ETag: '"e2"' });
    // Act
    const out = await split(sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' }), context());
    // Assess
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Bucket: BUCKET, Key: ARTICLE, VersionId: 'v1' });
    expect(s3).toHaveReceivedCommandWith(HeadObjectCommand, { Bucket: BUCKET, Key: ARTICLE });
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('Superseded')).toBe(1);
    expect(logged('a newer version of the object exists')).toBe(1);
  });

  it('without version ids, compares the ETag it read with the event’s', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, ETag: '"e2"', Metadata: {} });
    s3.on(HeadObjectCommand).resolves({ ETag: '"e2"' });
    const out = await split(sqsEvent(ARTICLE, { eTag: 'e1' }), context());
    expect(out.batchItemFailures).toEqual([]);
    const get = s3.commandCalls(GetObjectCommand)[0]!.args[0].input;
    expect(get.VersionId).toBeUndefined();
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('Superseded')).toBe(1);
  });

  it('tells uploads made while versioning was off or suspended (version id "null") apart by their ETag', async () => {
    const { parseRecord } = await import('../../functions/lib/events.ts');
    const versions = ['e1', 'e2'].map((eTag) => parseRecord(sqsEvent(ARTICLE, { versionId: 'null', eTag }).Records[0]).versions[0]);
    expect(versions).toEqual(['e1', 'e2']);
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, VersionId: 'null', ETag: '"e2"', Metadata: {} });
    s3.on(HeadObjectCommand).resolves({ VersionId: 'null', ETag: '"e2"' });
    await split(sqsEvent(ARTICLE, { versionId: 'null', eTag: 'e1' }), context());
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('Superseded')).toBe(1);
  });

  it('writes the claims document of the latest version, naming that version', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, VersionId: 'v2', ETag: '"e2"', Metadata: {} });
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v2', ETag: '"e2"' });
    await split(sqsEvent(ARTICLE, { versionId: 'v2', eTag: 'e2' }), context());
    expect(puts(CLAIMS)).toHaveLength(1);
    expect(putBody(CLAIMS).article.version).toEqual({ versionId: 'v2', etag: 'e2' });
    expect(metricCount('Articles')).toBe(1);
  });

  it('ends "gone" when the article was deleted before the write', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, VersionId: 'v1', ETag: '"e1"', Metadata: {} });
    s3.on(HeadObjectCommand).rejects(new S3ServiceException({ name: 'NotFound', $fault: 'client', message: 'Not Found', $metadata: { httpStatusCode: 404 } }));
    const out = await split(sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' }), context());
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('ObjectsGone')).toBe(1);
  });

  it('processes the same event twice once: one write, the second logged and counted as a duplicate', async () => {
    s3.on(GetObjectCommand).callsFake(() => ({ Body: body(article), ContentLength: article.length, VersionId: 'v1', ETag: '"e1"', Metadata: {} }));
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v1', ETag: '"e1"' });
    const first = await split(sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' }), context());
    const second = await split(sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' }), context());
    expect([...first.batchItemFailures, ...second.batchItemFailures]).toEqual([]);
    expect(puts(CLAIMS)).toHaveLength(1);
    expect(logged('duplicate event')).toBe(1);
    expect(metricCount('Duplicates')).toBe(1);
    expect(metricCount('Articles')).toBe(1);
  });

  it('counts a duplicate in the same batch as a duplicate too', async () => {
    s3.on(GetObjectCommand).callsFake(() => ({ Body: body(article), ContentLength: article.length, VersionId: 'v1', ETag: '"e1"', Metadata: {} }));
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v1', ETag: '"e1"' });
    const a = sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' });
    const b = sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' });
    const out = await split({ Records: [...a.Records, ...b.Records] }, context());
    expect(out.batchItemFailures).toEqual([]);
    expect(puts(CLAIMS)).toHaveLength(1);
    expect(metricCount('Duplicates')).toBe(1);
    expect(metricCount('Articles')).toBe(1);
  });

  it('writes once for two identical events at once; the other returns the stored result, at once or when redelivered', async () => {
    // Prepare: the read waits a moment, so that both invocations are under way together.
    let release!: () => void;
    const started = new Promise<void>((r) => (release = r));
    s3.on(GetObjectCommand).callsFake(async () => {
      await started;
      return { Body: body(article), ContentLength: article.length, VersionId: 'v1', ETag: '"e1"', Metadata: {} };
    });
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v1', ETag: '"e1"' });
    const events = [sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' }), sqsEvent(ARTICLE, { versionId: 'v1', eTag: 'e1' })];
    // Act: both at once, in two containers; the read goes on once both have begun.
    const handlers = [container(), container()];
    const running = events.map((e, i) => handlers[i]!(e, context()));
    setImmediate(release);
    const outs = await Promise.all(running);
    // Assess: one write; a record sent back is delivered again, as SQS would, and then returns
    // the stored result without writing.
    expect(puts(CLAIMS)).toHaveLength(1);
    const failed = outs.flatMap((o, i) => (o.batchItemFailures.length ? [events[i]!] : []));
    expect(failed.length).toBeLessThanOrEqual(1);
    expect(logged('being processed by another invocation')).toBe(failed.length);
    for (const e of failed) expect((await handlers[events.indexOf(e)]!(e, context())).batchItemFailures).toEqual([]);
    expect(puts(CLAIMS)).toHaveLength(1);
    expect(metricCount('Duplicates')).toBe(1);
    expect(metricCount('Articles')).toBe(1);
  });
});

describe('the check handler and versions', () => {
  const claimsOf = (version?: { versionId?: string; etag?: string }) => {
    const doc = extractClaims(article, { source: `s3://${BUCKET}/${ARTICLE}`, name: ARTICLE });
    return JSON.stringify(version ? { ...doc, article: { ...doc.article, version } } : doc);
  };
  const claimsEvent = () => sqsEvent(CLAIMS, { eTag: 'c1' });

  it('holds the report to the article version its claims document names: superseded when the article changed', async () => {
    const claims = claimsOf({ versionId: 'v1', etag: 'e1' });
    s3.on(GetObjectCommand).resolves({ Body: body(claims), ContentLength: claims.length, ETag: '"c1"' });
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v2', ETag: '"e2"' });
    const out = await check(claimsEvent(), context());
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).toHaveReceivedCommandWith(HeadObjectCommand, { Bucket: BUCKET, Key: ARTICLE });
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('Superseded')).toBe(1);
    expect(metricCount('Reports')).toBe(0);
  });

  it('writes the report of the latest version, naming it', async () => {
    const claims = claimsOf({ versionId: 'v2', etag: 'e2' });
    s3.on(GetObjectCommand).resolves({ Body: body(claims), ContentLength: claims.length, ETag: '"c1"' });
    s3.on(HeadObjectCommand).resolves({ VersionId: 'v2', ETag: '"e2"' });
    await check(claimsEvent(), context());
    expect(puts('reports/ceasefire-one-year-on.txt.json')).toHaveLength(1);
    expect(putBody('reports/ceasefire-one-year-on.txt.json').article.version).toEqual({ versionId: 'v2', etag: 'e2' });
  });

  it('writes no report when the claims document was replaced since its event', async () => {
    const claims = claimsOf({ etag: 'e2' });
    s3.on(GetObjectCommand).resolves({ Body: body(claims), ContentLength: claims.length, ETag: '"c2"' });
    s3.on(HeadObjectCommand).resolves({ ETag: '"e2"' });
    await check(claimsEvent(), context());
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('Superseded')).toBe(1);
  });

  it('ends "gone" when the article was deleted', async () => {
    const claims = claimsOf({ etag: 'e1' });
    s3.on(GetObjectCommand).resolves({ Body: body(claims), ContentLength: claims.length, ETag: '"c1"' });
    s3.on(HeadObjectCommand).rejects(new S3ServiceException({ name: 'NotFound', $fault: 'client', message: 'Not Found', $metadata: { httpStatusCode: 404 } }));
    await check(claimsEvent(), context());
    expect(s3).not.toHaveReceivedCommand(PutObjectCommand);
    expect(metricCount('ObjectsGone')).toBe(1);
  });
});
