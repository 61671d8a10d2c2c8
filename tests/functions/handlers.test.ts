import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import 'aws-sdk-client-mock-vitest/extend';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { fakeIdempotencyTable } from './idempotency-table.ts';
import { lambdaContext, mockAwsClients, prepareHandlerEnv, responseBody as body, sampleEvent as event, stageHandlers } from '../helpers/handlers.ts';

prepareHandlerEnv();
const { s3, ddb, docs } = mockAwsClients();
const { split, check } = stageHandlers();

const article = readFileSync('examples/ceasefire-one-year-on.txt');

const putKeys = () => s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input.Key);
const putBody = (key: string) => JSON.parse(String(s3.commandCalls(PutObjectCommand).find((c) => c.args[0].input.Key === key)!.args[0].input.Body));

beforeEach(() => {
  s3.reset();
  ddb.reset();
  docs.reset();
  fakeIdempotencyTable(ddb);
  s3.on(PutObjectCommand).resolves({});
  // No version identity: these tests are about other things (versions: versions.test.ts).
  s3.on(HeadObjectCommand).resolves({});
});

describe('the split handler', () => {
  it('writes the claims document for an upload, with the publication date from the object metadata', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, ContentType: 'text/plain', Metadata: { published: '2021-11-11' } });
    const out = await split(event('article-uploaded'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Bucket: 'factcheck-local', Key: 'articles/ceasefire-one-year-on.txt' });
    expect(putKeys()).toEqual(['claims/ceasefire-one-year-on.txt.json']);
    const doc = putBody('claims/ceasefire-one-year-on.txt.json');
    expect(doc.article).toMatchObject({ source: 's3://factcheck-local/articles/ceasefire-one-year-on.txt', published: { date: '2021-11-11', how: 'given' } });
    expect(doc.claims.length).toBeGreaterThan(10);
  });

  it('decodes keys exactly as S3 encodes them', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(article), ContentLength: article.length, Metadata: {} });
    await split(event('article-key-encoded'), lambdaContext('split'));
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Key: 'articles/Baku 2020 + Yerevan 100% Şuşa.txt' });
    expect(putKeys()).toEqual(['claims/Baku 2020 + Yerevan 100% Şuşa.txt.json']);
  });

  it('refuses an oversize upload from the event’s size, without downloading it', async () => {
    const out = await split(event('article-oversize'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).not.toHaveReceivedCommand(GetObjectCommand);
    expect(putBody('errors/archive-dump.txt.json')).toMatchObject({ schema: 'factcheck/error', stage: 'split', error: { code: 'TOO_LARGE', message: expect.stringMatching(/20971520 bytes, over the 5242880-byte limit/) } });
  });

  it('refuses an object that turns out larger than its event said, and destroys the body', async () => {
    const stream = body('x');
    let destroyed = false;
    stream.destroy = () => {
      destroyed = true;
    };
    s3.on(GetObjectCommand).resolves({ Body: stream, ContentLength: 9 * 1024 * 1024 });
    await split(event('article-uploaded'), lambdaContext('split'));
    expect(destroyed).toBe(true);
    expect(putBody('errors/ceasefire-one-year-on.txt.json').error.code).toBe('TOO_LARGE');
  });

  it('writes an error report for bad encoding', async () => {
    const bad = new Uint8Array([0x41, 0xc3, 0x28, 0x42]);
    s3.on(GetObjectCommand).resolves({ Body: body(bad), ContentLength: bad.length, Metadata: {} });
    const out = await split(event('article-uploaded'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putKeys()).toEqual(['errors/ceasefire-one-year-on.txt.json']);
    expect(putBody('errors/ceasefire-one-year-on.txt.json').error.code).toBe('INVALID_UTF8');
  });

  it('consumes the event when the object is gone', async () => {
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'gone', $metadata: { httpStatusCode: 404 } }));
    const out = await split(event('article-uploaded'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putKeys()).toEqual([]);
  });

  it('returns a retryable S3 failure as a batch item failure, for redelivery', async () => {
    s3.on(GetObjectCommand).rejects(new S3ServiceException({ name: 'SlowDown', $fault: 'server', message: 'slow down', $metadata: { httpStatusCode: 503 } }));
    const e = event('article-uploaded');
    const out = await split(e, lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: e.Records[0]!.messageId }]);
    expect(putKeys()).toEqual([]);
  });

  it('writes an error report for a permanent S3 failure, and consumes the event', async () => {
    s3.on(GetObjectCommand).rejects(new S3ServiceException({ name: 'AccessDenied', $fault: 'client', message: 'Access Denied', $metadata: { httpStatusCode: 403 } }));
    const out = await split(event('article-uploaded'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putBody('errors/ceasefire-one-year-on.txt.json').error).toEqual({ code: 'AccessDenied', message: 'Access Denied' });
  });

  it('processes a duplicate event once: no second claims write', async () => {
    s3.on(GetObjectCommand).callsFake(() => ({ Body: body(article), ContentLength: article.length, Metadata: {} }));
    const out = await split(event('article-duplicate'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).toHaveReceivedCommandTimes(GetObjectCommand, 1);
    expect(putKeys()).toEqual(['claims/ceasefire-one-year-on.txt.json']);
    // And again in a later invocation.
    await split(event('article-uploaded'), lambdaContext('split'));
    expect(putKeys()).toEqual(['claims/ceasefire-one-year-on.txt.json']);
  });

  it('consumes the test event S3 sends when notifications are set up, and unreadable messages', async () => {
    expect((await split(event('s3-test-event'), lambdaContext('split'))).batchItemFailures).toEqual([]);
    const junk = event('article-uploaded');
    junk.Records[0]!.body = '{"not": "an S3 event"}';
    expect((await split(junk, lambdaContext('split'))).batchItemFailures).toEqual([]);
    expect(s3).not.toHaveReceivedCommand(GetObjectCommand);
    expect(putKeys()).toEqual([]);
  });
});

describe('the check handler', () => {
  const claims = JSON.stringify(extractClaims(article, { source: 's3://factcheck-local/articles/ceasefire-one-year-on.txt' }));

  it('writes the verdict report in one PutObject, looking up the reference by key', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(claims), ContentLength: claims.length });
    docs.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'v-test', facts: 0 } });
    docs.on(QueryCommand).resolves({ Items: [] });
    const out = await check(event('claims-created'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(s3).toHaveReceivedCommandWith(GetObjectCommand, { Key: 'claims/ceasefire-one-year-on.txt.json' });
    // The HTML page first, then the JSON report: its presence means the report is complete.
    expect(putKeys()).toEqual(['reports/ceasefire-one-year-on.txt.html', 'reports/ceasefire-one-year-on.txt.json']);
    const report = putBody('reports/ceasefire-one-year-on.txt.json');
    expect(report).toMatchObject({ schema: 'factcheck/report', reference: { version: 'v-test' } });
    expect(docs).toHaveReceivedCommand(QueryCommand);
  });

  it('writes an error report for a claims document that is not one', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('{"schema": "something else"}'), ContentLength: 27 });
    await check(event('claims-created'), lambdaContext('split'));
    expect(putBody('errors/ceasefire-one-year-on.txt.json').error.code).toBe('BAD_CLAIMS');
  });

  it('returns throttling of the reference table as a batch item failure', async () => {
    s3.on(GetObjectCommand).callsFake(() => ({ Body: body(claims), ContentLength: claims.length }));
    docs.on(GetCommand).resolves({});
    docs.on(QueryCommand).rejects(Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException', $metadata: { httpStatusCode: 400 } }));
    const e = event('claims-created');
    const out = await check(e, lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: e.Records[0]!.messageId }]);
    expect(putKeys()).toEqual([]);
  });

  it('writes an error report when the reference table is missing', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body(claims), ContentLength: claims.length });
    docs.on(GetCommand).rejects(new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: { httpStatusCode: 400 } }));
    docs.on(QueryCommand).resolves({ Items: [] });
    const out = await check(event('claims-created'), lambdaContext('split'));
    expect(out.batchItemFailures).toEqual([]);
    expect(putBody('errors/ceasefire-one-year-on.txt.json').error.code).toBe('ResourceNotFoundException');
  });
});
