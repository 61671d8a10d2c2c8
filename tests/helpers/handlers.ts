import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readFileSync } from 'node:fs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll } from 'vitest';

/** A Lambda handler of one stage, as the tests call it. */
export type Handler = (e: SQSEvent, c: Context) => Promise<SQSBatchResponse>;

/** The handlers read their configuration when first imported: set it before importing them. */
export function prepareHandlerEnv(): void {
  Object.assign(process.env, {
    IDEMPOTENCY_TABLE: 'idempotency',
    REFERENCE_TABLE: 'reference',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_TRACE_ENABLED: 'false',
    POWERTOOLS_LOG_LEVEL: 'CRITICAL',
  });
}

/** Every AWS client the handlers use, mocked (aws-sdk-client-mock). */
export function mockAwsClients() {
  return { s3: mockClient(S3Client), ddb: mockClient(DynamoDBClient), docs: mockClient(DynamoDBDocumentClient) };
}

let invocation = 0;

/** A Lambda context as the handlers read it: a fresh request id each call. */
export function lambdaContext(functionName = 'stage'): Context {
  return { functionName, awsRequestId: `req-${++invocation}`, getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
}

/** One of the sample payloads in events/. */
export function sampleEvent(name: string): SQSEvent {
  return JSON.parse(readFileSync(`events/${name}.json`, 'utf8')) as SQSEvent;
}

/** A GetObject response body as the S3 adapter reads it: the bytes, or destroyed unread. */
export function responseBody(bytes: Uint8Array | string): NonNullable<GetObjectCommandOutput['Body']> & { destroy(): void } {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  // Typed as the SDK's stream type: the adapter uses only these two methods of it.
  return { transformToByteArray: async () => data, destroy: () => {} } as unknown as NonNullable<GetObjectCommandOutput['Body']> & { destroy(): void };
}

/**
 * The two stage handlers, imported before the file's tests run (in beforeAll), so that the
 * environment the file sets at its top is the one they read when they load.
 */
export function stageHandlers(): { split: Handler; check: Handler } {
  let split: Handler | undefined;
  let check: Handler | undefined;
  beforeAll(async () => {
    split = (await import('../../functions/split.ts')).handler;
    check = (await import('../../functions/check.ts')).handler;
  });
  return { split: (e, c) => split!(e, c), check: (e, c) => check!(e, c) };
}
