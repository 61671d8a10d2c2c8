import { isRetryable } from '../aws-errors.ts';

export { isRetryable };

/**
 * Retries for what DynamoDB says is worth retrying (throttling, 5xx, timeouts) with capped
 * exponential backoff and full jitter, on top of the SDK's own attempts: a burst of
 * throttling should slow a load down, not fail it.
 */
export interface RetryOptions {
  attempts?: number;
  baseMs?: number;
  capMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** Delay before retry `attempt` (0-based): full jitter over a capped exponential. */
export function backoff(attempt: number, o: RetryOptions = {}): number {
  const cap = o.capMs ?? 2_000;
  const base = o.baseMs ?? 50;
  return Math.floor((o.random ?? Math.random)() * Math.min(cap, base * 2 ** attempt));
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function withRetries<T>(fn: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const attempts = o.attempts ?? 4;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt + 1 >= attempts || !isRetryable(err)) throw err;
      await (o.sleep ?? defaultSleep)(backoff(attempt, o));
    }
  }
}
