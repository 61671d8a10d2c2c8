import { beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { readFileSync } from 'node:fs';
import 'aws-sdk-client-mock-vitest/extend';
import { GetObjectCommand, type GetObjectCommandOutput, HeadObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import {
  InternalServerError,
  ProvisionedThroughputExceededException,
  PutItemCommand,
  ResourceNotFoundException,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { isRetryable } from '../../adapters/aws-errors.ts';
import { backoff, withRetries } from '../../adapters/dynamodb/retry.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { fakeIdempotencyTable } from './idempotency-table.ts';
import { lambdaContext, mockAwsClients, prepareHandlerEnv, responseBody as body, sampleEvent as event, stageHandlers } from '../helpers/handlers.ts';

/**
 * Faults at the handlers, with the SDK mocked: throttling, server errors, timeouts, dropped
 * connections and missing tables on each call a stage makes. A transient fault sends the
 * message back to the queue (a batch item failure) and leaves nothing half-recorded, so the
 * redelivery does the work once; a permanent one ends in exactly one error report.
 */

prepareHandlerEnv();
const { s3, ddb, docs } = mockAwsClients();
const { split, check } = stageHandlers();
let warn: MockInstance;
beforeAll(async () => {
  // Spied on, not printed: the reason a message goes back is part of what is tested.
  warn = vi.spyOn(Logger.prototype, 'warn');
});

const article = readFileSync('examples/ceasefire-one-year-on.txt');
const claims = JSON.stringify(extractClaims(article, { source: 's3://factcheck-local/articles/ceasefire-one-year-on.txt' }));
const CLAIMS = 'claims/ceasefire-one-year-on.txt.json';
const REPORT = 'reports/ceasefire-one-year-on.txt.json';
const ERROR = 'errors/ceasefire-one-year-on.txt.json';

/** Successful writes by key: a PutObject that failed is not a write. */
let written: string[] = [];
const writes = (key: string) => written.filter((k) => k === key).length;
let idempotency: Map<string, unknown>;

/** The failures the SDK hands back after its own retries, as each service sends them. */
const s3Faults: Array<[string, () => Error]> = [
  ['throttling (503 SlowDown)', () => new S3ServiceException({ name: 'SlowDown', $fault: 'server', message: 'Please reduce your request rate.', $metadata: { httpStatusCode: 503 } })],
  ['a server error (500 InternalError)', () => new S3ServiceException({ name: 'InternalError', $fault: 'server', message: 'We encountered an internal error.', $metadata: { httpStatusCode: 500 } })],
  ['a bare 503 with no code (a HEAD response has no body)', () => new S3ServiceException({ name: 'Unknown', $fault: 'server', message: 'UnknownError', $metadata: { httpStatusCode: 503 } })],
  ['a timeout', () => Object.assign(new Error('the request socket timed out after 5000 ms of inactivity'), { name: 'TimeoutError' })],
  ['a dropped connection', () => Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' })],
];
const dynamoFaults: Array<[string, () => Error]> = [
  ['ProvisionedThroughputExceededException', () => new ProvisionedThroughputExceededException({ message: 'throughput exceeded', $metadata: { httpStatusCode: 400 } })],
  ['ThrottlingException', () => Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })],
  ['a server error (500)', () => new InternalServerError({ message: 'Internal server error', $metadata: { httpStatusCode: 500 } })],
  ['a timeout', () => Object.assign(new Error('the request socket timed out'), { name: 'TimeoutError' })],
];
const missingTable = () => new ResourceNotFoundException({ message: 'Requested resource not found', $metadata: { httpStatusCode: 400 } });

/** Why the handler sent a message back, from its warning. */
const reasons = () => warn.mock.calls.filter((c) => c[0] === 'failed; the message goes back to the queue').map((c) => c[1] as { messageId: string; error: Error & { cause?: Error } });

beforeEach(() => {
  s3.reset();
  ddb.reset();
  docs.reset();
  warn.mockClear();
  written = [];
  idempotency = fakeIdempotencyTable(ddb);
  s3.on(HeadObjectCommand).resolves({});
  s3.on(PutObjectCommand).callsFake((input: { Key: string }) => {
    written.push(input.Key);
    return {};
  });
  docs.on(GetCommand).resolves({ Item: { pk: '#meta', sk: 'version', version: 'v-test', facts: 0 } });
  docs.on(QueryCommand).resolves({ Items: [] });
});

/** Fails the first `times` calls, then behaves as `then`. */
function failing<A extends unknown[], T>(times: number, fault: () => Error, then: (...args: A) => T): (...args: A) => T {
  let calls = 0;
  return (...args: A) => {
    if (calls++ < times) throw fault();
    return then(...args);
  };
}

const readArticle = () => ({ Body: body(article), ContentLength: article.length, Metadata: {} });
const readClaims = () => ({ Body: body(claims), ContentLength: claims.length });

describe('transient S3 faults send the message back, and its redelivery writes once', () => {
  it.each(s3Faults)('reading the article: %s', async (_, fault) => {
    // Prepare
    s3.on(GetObjectCommand).callsFake(failing(1, fault, readArticle));
    const e = event('article-uploaded');
    // Act
    const first = await split(e, lambdaContext('stage'));
    const second = await split(e, lambdaContext('stage'));
    // Assess: back to the queue, nothing written, the lock released for the redelivery.
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: e.Records[0]!.messageId }]);
    expect(reasons().map((r) => [r.messageId, r.error.name])).toEqual([[e.Records[0]!.messageId, fault().name]]);
    expect(second.batchItemFailures).toEqual([]);
    expect(writes(CLAIMS)).toBe(1);
    expect(written).toEqual([CLAIMS]);
  });

  it.each(s3Faults)('checking the latest version (HEAD): %s', async (_, fault) => {
    s3.on(GetObjectCommand).callsFake(readArticle);
    s3.on(HeadObjectCommand).callsFake(failing(1, fault, () => ({})));
    const e = event('article-uploaded');
    expect((await split(e, lambdaContext('stage'))).batchItemFailures).toHaveLength(1);
    expect((await split(e, lambdaContext('stage'))).batchItemFailures).toEqual([]);
    expect(written).toEqual([CLAIMS]);
  });

  it.each(s3Faults)('writing the claims document: %s', async (_, fault) => {
    s3.on(GetObjectCommand).callsFake(readArticle);
    s3.on(PutObjectCommand).callsFake(
      failing(1, fault, (input: { Key: string }) => {
        written.push(input.Key);
        return {};
      }),
    );
    const e = event('article-uploaded');
    expect((await split(e, lambdaContext('stage'))).batchItemFailures).toHaveLength(1);
    expect(written).toEqual([]);
    expect((await split(e, lambdaContext('stage'))).batchItemFailures).toEqual([]);
    expect(written).toEqual([CLAIMS]);
  });

  it('a connection reset while the body streams', async () => {
    const cut = { transformToByteArray: async () => Promise.reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), destroy: () => {} };
    let calls = 0;
    s3.on(GetObjectCommand).callsFake(() => (calls++ === 0 ? { Body: cut as unknown as GetObjectCommandOutput['Body'], ContentLength: article.length } : readArticle()));
    const e = event('article-uploaded');
    expect((await split(e, lambdaContext('stage'))).batchItemFailures).toHaveLength(1);
    expect(reasons()[0]!.error).toMatchObject({ message: 'aborted', code: 'ECONNRESET' });
    expect((await split(e, lambdaContext('stage'))).batchItemFailures).toEqual([]);
    expect(written).toEqual([CLAIMS]);
  });

  it.each(s3Faults)('writing the report, after its HTML page: %s', async (_, fault) => {
    s3.on(GetObjectCommand).callsFake(readClaims);
    let calls = 0;
    s3.on(PutObjectCommand).callsFake((input: { Key: string }) => {
      // The page is written, then the JSON report fails once.
      if (input.Key === REPORT && calls++ === 0) throw fault();
      written.push(input.Key);
      return {};
    });
    const e = event('claims-created');
    expect((await check(e, lambdaContext('stage'))).batchItemFailures).toHaveLength(1);
    expect(writes(REPORT)).toBe(0);
    expect((await check(e, lambdaContext('stage'))).batchItemFailures).toEqual([]);
    // The JSON report, whose presence says the article is done, is written once; the page is
    // rewritten by the redelivery, with the same content.
    expect(writes(REPORT)).toBe(1);
    expect(written.filter((k) => k.startsWith('errors/'))).toEqual([]);
  });
});

describe('reference reads retry with backoff before the message goes back', () => {
  it('rides out two throttled reads: three calls, one report, no redelivery', async () => {
    s3.on(GetObjectCommand).callsFake(readClaims);
    const meta = { Item: { pk: '#meta', sk: 'version', version: 'v-retry', facts: 0 } };
    docs.on(GetCommand).callsFake(failing(2, dynamoFaults[0]![1], () => meta));
    const out = await check(event('claims-created'), lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([]);
    // Three reads of the version item for the vocabulary (two throttled), one for the facts.
    expect(docs).toHaveReceivedCommandTimes(GetCommand, 4);
    expect(writes(REPORT)).toBe(1);
  });

  it.each(dynamoFaults)('gives up after four attempts on %s, and the message goes back', async (_, fault) => {
    s3.on(GetObjectCommand).callsFake(readClaims);
    docs.on(GetCommand).callsFake(() => {
      throw fault();
    });
    const e = event('claims-created');
    const out = await check(e, lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: e.Records[0]!.messageId }]);
    expect(docs).toHaveReceivedCommandTimes(GetCommand, 4);
    expect(written).toEqual([]);
    expect(reasons()[0]!.error.name).toBe(fault().name);
    // Nothing half-recorded: the redelivery runs the stage again.
    expect(idempotency.size).toBe(0);
  });

  it('a missing reference table is permanent: not retried, exactly one error report, also when redelivered', async () => {
    s3.on(GetObjectCommand).callsFake(readClaims);
    docs.on(GetCommand).callsFake(() => {
      throw missingTable();
    });
    const e = event('claims-created');
    const first = await check(e, lambdaContext('stage'));
    const again = await check(e, lambdaContext('stage'));
    expect([...first.batchItemFailures, ...again.batchItemFailures]).toEqual([]);
    expect(docs).toHaveReceivedCommandTimes(GetCommand, 1);
    expect(written).toEqual([ERROR]);
    expect(writes(REPORT)).toBe(0);
  });
});

describe('idempotency records', () => {
  it.each(dynamoFaults)('cannot be written (%s): the message goes back before anything is read', async (_, fault) => {
    ddb.on(PutItemCommand).callsFake(() => {
      throw fault();
    });
    const e = event('article-uploaded');
    const out = await split(e, lambdaContext('stage'));
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: e.Records[0]!.messageId }]);
    expect(s3).not.toHaveReceivedCommand(GetObjectCommand);
    expect(written).toEqual([]);
    const [reason] = reasons();
    expect(reason!.error.name).toBe('IdempotencyPersistenceLayerError');
    expect(reason!.error.cause?.name).toBe(fault().name);
  });

  it('a missing idempotency table sends every message back, to end in the dead-letter queue, not in error reports', async () => {
    ddb.on(PutItemCommand).callsFake(() => {
      throw missingTable();
    });
    const e = event('article-uploaded');
    for (let receive = 0; receive < 3; receive++) expect((await split(e, lambdaContext('stage'))).batchItemFailures).toHaveLength(1);
    expect(written).toEqual([]);
    expect(reasons().map((r) => r.error.cause?.name)).toEqual(['ResourceNotFoundException', 'ResourceNotFoundException', 'ResourceNotFoundException']);
  });

  it('a success record that cannot be saved: the message goes back, and while the lock holds a redelivery writes nothing again', async () => {
    s3.on(GetObjectCommand).callsFake(readArticle);
    ddb.on(UpdateItemCommand).callsFake(() => {
      throw dynamoFaults[2]![1]();
    });
    const e = event('article-uploaded');
    const first = await split(e, lambdaContext('stage'));
    const second = await split(e, lambdaContext('stage'));
    expect(first.batchItemFailures).toHaveLength(1);
    expect(second.batchItemFailures).toHaveLength(1);
    expect(writes(CLAIMS)).toBe(1);
    expect(reasons()[0]!.error).toMatchObject({ name: 'IdempotencyPersistenceLayerError', message: 'Failed to update success record to idempotency store' });
  });
});

describe('a permanent S3 failure', () => {
  it('ends in exactly one error report and consumes the message, also when it is delivered again', async () => {
    s3.on(GetObjectCommand).rejects(new S3ServiceException({ name: 'AccessDenied', $fault: 'client', message: 'Access Denied', $metadata: { httpStatusCode: 403 } }));
    const e = event('article-uploaded');
    const outs = [await split(e, lambdaContext('stage')), await split(e, lambdaContext('stage'))];
    expect(outs.flatMap((o) => o.batchItemFailures)).toEqual([]);
    expect(written).toEqual(['errors/ceasefire-one-year-on.txt.json']);
    expect(s3).toHaveReceivedCommandTimes(GetObjectCommand, 1);
  });
});

describe('the retry policy', () => {
  it('calls retryable what the SDK calls throttling, transient or a dropped connection, and nothing else', () => {
    const retryable = [
      { name: 'SlowDown' },
      { name: 'ThrottlingException' },
      { name: 'ProvisionedThroughputExceededException' },
      { name: 'TooManyRequestsException' },
      { name: 'RequestLimitExceeded' },
      { name: 'InternalServerError' },
      { name: 'TimeoutError' },
      { name: 'Error', code: 'ECONNRESET' },
      { name: 'Error', code: 'EAI_AGAIN' },
      { name: 'Unknown', $metadata: { httpStatusCode: 503 } },
      { name: 'Unknown', $metadata: { httpStatusCode: 429 } },
      { name: 'Whatever', $retryable: {} },
    ];
    const permanent = [
      { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } },
      { name: 'NoSuchBucket', $metadata: { httpStatusCode: 404 } },
      { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 400 } },
      { name: 'ValidationException', $metadata: { httpStatusCode: 400 } },
      { name: 'ConditionalCheckFailedException', $metadata: { httpStatusCode: 400 } },
      { name: 'TypeError' },
      null,
      undefined,
    ];
    expect(retryable.filter((e) => !isRetryable(e))).toEqual([]);
    expect(permanent.filter((e) => isRetryable(e))).toEqual([]);
  });

  it('backs off exponentially with full jitter, capped', () => {
    const top = Array.from({ length: 8 }, (_, attempt) => backoff(attempt, { random: () => 0.9999 }));
    expect(top).toEqual([49, 99, 199, 399, 799, 1599, 1999, 1999]);
    expect(backoff(5, { random: () => 0 })).toBe(0);
    expect(backoff(3, { random: () => 0.5, baseMs: 10, capMs: 1_000 })).toBe(40);
  });

  it('retries a retryable failure with those delays, and stops at once on a permanent one', async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(dynamoFaults[0]![1]()) : Promise.resolve('ok'));
    await expect(withRetries(flaky, { sleep, random: () => 0.9999 })).resolves.toBe('ok');
    expect([calls, delays]).toEqual([3, [49, 99]]);

    calls = 0;
    delays.length = 0;
    const down = () => (++calls, Promise.reject(dynamoFaults[2]![1]()));
    await expect(withRetries(down, { sleep, random: () => 0.9999, attempts: 4 })).rejects.toThrow('Internal server error');
    expect([calls, delays]).toEqual([4, [49, 99, 199]]);

    calls = 0;
    delays.length = 0;
    await expect(withRetries(() => (++calls, Promise.reject(missingTable())), { sleep })).rejects.toThrow(ResourceNotFoundException);
    expect([calls, delays]).toEqual([1, []]);
  });
});
