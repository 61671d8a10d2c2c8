/**
 * Which AWS failures are worth another try: throttling, server errors, timeouts and dropped
 * connections. Everything else (access denied, a missing bucket, a bad request) is permanent.
 */
const RETRYABLE = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'SlowDown',
  'InternalServerError',
  'InternalError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

export function isRetryable(err: unknown): boolean {
  const e = err as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  return RETRYABLE.has(e?.name ?? '') || RETRYABLE.has(e?.code ?? '') || Boolean(e?.$retryable) || (e?.$metadata?.httpStatusCode ?? 0) >= 500;
}
