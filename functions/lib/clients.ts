import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tracer } from './observability.ts';

/**
 * The SDK clients, once per container. Against the local servers (AWS_ENDPOINT_URL_S3 set)
 * S3 needs path-style addressing and no streaming checksums (../shared/FIELD-NOTES.md).
 */
const local = Boolean(process.env.AWS_ENDPOINT_URL_S3);

export const s3 = tracer.captureAWSv3Client(
  new S3Client({
    forcePathStyle: local,
    ...(local ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
  }),
);

export const dynamo = tracer.captureAWSv3Client(new DynamoDBClient({ maxAttempts: 5, retryMode: 'adaptive' }));
export const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`environment variable ${name} is not set`);
  return v;
}
