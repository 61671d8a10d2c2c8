// `npm run invoke -- <split|check> events/<file>.json`: runs one handler on one sample event,
// against the servers of a running `npm run local` (read from .local/stack.json), which seeds
// the objects the sample events name (README: what each event does).
import { dropSdkNodeNotice } from '../shared/node-notice.ts';
import { existsSync, readFileSync } from 'node:fs';
import type { Context, SQSEvent } from 'aws-lambda';
import { LOCAL_CREDENTIALS } from '../adapters/local/stack.ts';

dropSdkNodeNotice();

const [fn, file] = process.argv.slice(2);
if (!fn || !file || !['split', 'check'].includes(fn)) {
  console.error('usage: npm run invoke -- <split|check> events/<file>.json   (with `npm run local` running)');
  process.exit(2);
}
if (!existsSync('.local/stack.json')) {
  console.error('invoke: no local stack is running (start one with `npm run local`)');
  process.exit(2);
}
const stack = JSON.parse(readFileSync('.local/stack.json', 'utf8')) as { s3: string; dynamodb: string; bucket: string; referenceTable: string; idempotencyTable: string };
Object.assign(process.env, {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  AWS_ENDPOINT_URL_S3: stack.s3,
  AWS_ENDPOINT_URL_DYNAMODB: stack.dynamodb,
  AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
  AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
  REFERENCE_TABLE: stack.referenceTable,
  IDEMPOTENCY_TABLE: stack.idempotencyTable,
  POWERTOOLS_METRICS_DISABLED: 'true',
  POWERTOOLS_TRACE_ENABLED: 'false',
  POWERTOOLS_SERVICE_NAME: `factcheck-${fn}`,
});
let event: SQSEvent;
try {
  event = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`invoke: cannot read ${file}: ${(err as Error).message}`);
  process.exit(2);
}
// The sample events name the local bucket; point them at this stack's.
for (const r of event.Records) r.body = r.body.replaceAll('"factcheck-local"', JSON.stringify(stack.bucket));
const { handler } = (await import(`../functions/${fn}.ts`)) as { handler: (e: SQSEvent, c: Context) => Promise<unknown> };
const context = { functionName: `factcheck-${fn}`, awsRequestId: `invoke-${Date.now()}`, getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
console.log(JSON.stringify(await handler(event, context), null, 2));
