import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';

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
