import { SQSClient } from '@aws-sdk/client-sqs';
import { SqsClaimsHandoff } from '../../adapters/sqs/handoff.ts';
import { DEFAULT_HANDOFF_BYTES, MAX_HANDOFF_BYTES, type ClaimsHandoff } from '../../shared/pipeline/handoff.ts';
import { timeouts } from './clients.ts';
import { tracer } from './observability.ts';

/**
 * The split stage's handoff to check, when the stack gives it the check queue (CLAIMS_QUEUE_URL):
 * claims documents up to CLAIMS_MESSAGE_MAX_BYTES travel in the message. Without it, every
 * claims document is written under claims/. Its own module, so that only split bundles SQS.
 */
export function claimsHandoff(env: NodeJS.ProcessEnv = process.env): ClaimsHandoff | undefined {
  const url = env.CLAIMS_QUEUE_URL;
  if (!url) return undefined;
  const max = Number(env.CLAIMS_MESSAGE_MAX_BYTES ?? DEFAULT_HANDOFF_BYTES);
  if (!Number.isInteger(max) || max < 0 || max > MAX_HANDOFF_BYTES) throw new Error(`CLAIMS_MESSAGE_MAX_BYTES must be a whole number of bytes up to ${MAX_HANDOFF_BYTES}, not ${JSON.stringify(env.CLAIMS_MESSAGE_MAX_BYTES)}`);
  const client = tracer.captureAWSv3Client(new SQSClient({ maxAttempts: 5, retryMode: 'standard', requestHandler: timeouts(2_000) }));
  return new SqsClaimsHandoff(client, url, max);
}
