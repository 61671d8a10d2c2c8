/**
 * Which AWS failures are worth another try: throttling, server errors, timeouts and dropped
 * connections, named as the SDK's own retry classification names them. Everything else
 * (access denied, a missing bucket or table, a bad request) is permanent.
 */
const THROTTLING = [
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
];
const SERVER = ['InternalServerError', 'InternalError', 'ServiceUnavailable', 'ServiceUnavailableException'];
const TIMEOUT = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'];
/** Node's codes for a connection that failed, dropped or timed out, DNS hiccups included. */
const NETWORK = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'];

const RETRYABLE = new Set([...THROTTLING, ...SERVER, ...TIMEOUT, ...NETWORK]);

export function isRetryable(err: unknown): boolean {
  const e = err as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode ?? 0;
  return RETRYABLE.has(e?.name ?? '') || RETRYABLE.has(e?.code ?? '') || Boolean(e?.$retryable) || status === 429 || status >= 500;
}
