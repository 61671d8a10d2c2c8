import { S3Client } from '@aws-sdk/client-s3';

/**
 * An S3 client for the CLI: the usual credential chain against AWS, or a local server at
 * --endpoint (path-style, no streaming checksums: ../shared/FIELD-NOTES.md).
 */
export function s3Client(options: { endpoint?: string; region?: string }): S3Client {
  const region = options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  if (!options.endpoint) return new S3Client({ region });
  return new S3Client({
    region,
    endpoint: options.endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(process.env.AWS_ACCESS_KEY_ID ? {} : { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }),
  });
}
