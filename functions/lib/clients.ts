import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from './observability.ts';

/**
 * The SDK clients, once per container. Against the local servers (AWS_ENDPOINT_URL_S3 set)
 * S3 needs path-style addressing and no streaming checksums (../shared/FIELD-NOTES.md).
 */
const local = Boolean(process.env.AWS_ENDPOINT_URL_S3);

/**
 * Timeouts, so that a dropped or silent connection fails the attempt (and the SDK retries it)
 * instead of holding the handler until Lambda kills it: the SDK's defaults are none for S3
 * and five minutes for DynamoDB. `request` bounds the wait for a response's headers,
 * `socket` any silence while a body streams: a silent connection costs an attempt of seconds,
 * not the function's whole timeout. SDK_CONNECTION_TIMEOUT_MS and SDK_REQUEST_TIMEOUT_MS
 * override them (the local stack's fault tests shorten them).
 */
export function timeouts(defaultRequestMs: number): { connectionTimeout: number; requestTimeout: number; socketTimeout: number; throwOnRequestTimeout: true } {
  const ms = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const request = ms('SDK_REQUEST_TIMEOUT_MS', defaultRequestMs);
  return { connectionTimeout: ms('SDK_CONNECTION_TIMEOUT_MS', 2_000), requestTimeout: request, socketTimeout: request, throwOnRequestTimeout: true };
}

export const s3 = tracer.captureAWSv3Client(
  new S3Client({
    forcePathStyle: local,
    requestHandler: timeouts(5_000),
    ...(local ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
  }),
);

/**
 * Standard retries, not adaptive: adaptive mode rate-limits the whole client after a throttle,
 * and this one client serves two tables (the reference and the idempotency records), so a
 * throttled table would slow the other. Measured on the local stack with 20% of DynamoDB
 * requests failing: 20 uploads took 31 s adaptive, 6.5 s standard, with the same outcomes.
 */
export const dynamo = tracer.captureAWSv3Client(new DynamoDBClient({ maxAttempts: 5, retryMode: 'standard', requestHandler: timeouts(2_000) }));
export const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`environment variable ${name} is not set`);
  return v;
}
