// `npm run local`: the whole pipeline on 127.0.0.1 — S3 and DynamoDB API servers, the bucket
// and tables, the reference dataset, and the two stages behind local queues. Ctrl-C stops it.
import { dropSdkNodeNotice } from '../shared/node-notice.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack } from '../adapters/local/stack.ts';
import { runningLocalStack } from '../cli/target.ts';
import { seedObjects } from '../adapters/local/seed.ts';

dropSdkNodeNotice();

const { values } = parseArgs({
  options: {
    's3-port': { type: 'string', default: '4569' },
    'dynamo-port': { type: 'string', default: '8000' },
    bucket: { type: 'string', default: 'factcheck-local' },
    reference: { type: 'string' },
    vocabulary: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm run local -- [--s3-port 4569] [--dynamo-port 8000] [--bucket factcheck-local] [--reference FILE] [--vocabulary FILE] [--quiet | --verbose]

Starts on 127.0.0.1 an S3 API server and a DynamoDB API server, creates the bucket and the
tables, loads the reference dataset (and a beat's vocabulary, stored in the reference table as
a deployed stack keeps it), and runs the split and check stages on every upload under
articles/, printing each article's outcome (--verbose: every event's routing too). While it
runs, the project's bucket commands (upload, report, watch) find it without --bucket or
--endpoint. Stop it with Ctrl-C: its data is kept in memory and a temporary folder, and is
gone when it stops.`);
  process.exit(0);
}

// Each article's outcome, as the pipeline writes it: a report's summary (its metadata) or an
// error report's reason. The routing of every event only with --verbose.
let outcomes: S3Client | undefined;
const outcome = async (key: string) => {
  const rel = key.replace(/^(?:reports|errors)\//, '').replace(/\.json$/, '');
  try {
    if (key.startsWith('reports/')) {
      const m = (await outcomes!.send(new HeadObjectCommand({ Bucket: values.bucket, Key: key }))).Metadata ?? {};
      console.log(`[local] ${Number(m.contradicted) > 0 ? '!' : '✓'} articles/${rel}: ${m.claims} claim(s): ${m.supported} supported, ${m.contradicted} contradicted, ${m.disputed} disputed, ${m.unverifiable} unverifiable (reports/${rel}.json)`);
    } else {
      const body = await (await outcomes!.send(new GetObjectCommand({ Bucket: values.bucket, Key: key }))).Body!.transformToString();
      const e = JSON.parse(body) as { error?: { code?: string; message?: string } };
      console.log(`[local] ✗ articles/${rel}: ${e.error?.code}: ${e.error?.message} (errors/${rel}.json)`);
    }
  } catch (err) {
    console.log(`[local] ${key}: written (${(err as Error).message})`);
  }
};

let stack: Awaited<ReturnType<typeof startLocalStack>>;
try {
  stack = await startLocalStack({
    bucket: values.bucket,
    s3Port: Number(values['s3-port']),
    dynamoPort: Number(values['dynamo-port']),
    ...(values.reference ? { reference: values.reference } : {}),
    ...(values.vocabulary ? { vocabulary: values.vocabulary } : {}),
    // The objects the sample events in events/ name: `npm run invoke` then does what each says.
    seed: seedObjects(values.bucket),
    log: (line) => {
      const written = /^ObjectCreated:\w+ ((?:reports|errors)\/.+\.json) \(not routed\)$/.exec(line);
      if (written && !values.quiet) void outcome(written[1]!);
      else if (values.verbose || (!values.quiet && !/^ObjectCreated:/.test(line))) console.log(`[local] ${line}`);
    },
  });
} catch (err) {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE') {
    const running = runningLocalStack();
    console.error(`npm run local: port ${e.message.match(/:(\d+)$/)?.[1] ?? ''} is in use${running ? ` by the local stack already running (bucket ${running.bucket} at ${running.s3}, pid ${running.pid ?? '?'}): use that one, or stop it with Ctrl-C where it runs` : ': stop what holds it, or choose others with --s3-port and --dynamo-port'}.`);
  } else console.error(`npm run local: ${e.message}`);
  process.exit(2);
}
outcomes = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });

mkdirSync('.local', { recursive: true });
writeFileSync('.local/stack.json', `${JSON.stringify({ s3: stack.s3Endpoint, dynamodb: stack.dynamoEndpoint, bucket: stack.bucket, referenceTable: stack.referenceTable, idempotencyTable: stack.idempotencyTable, pid: process.pid }, null, 2)}\n`);

console.log(`factcheck local stack
  S3 API:        ${stack.s3Endpoint}   (bucket ${stack.bucket}; access key S3RVER, secret S3RVER)
  DynamoDB API:  ${stack.dynamoEndpoint}   (tables ${stack.referenceTable}, ${stack.idempotencyTable})
  SQS API:       ${stack.sqs.endpoint}   (SendMessage only: split's claims handoffs to check)

Upload articles and read their reports, from another terminal in this folder (the commands
find this stack while it runs):
  npx factcheck upload examples/ --wait
  npx factcheck report ceasefire-one-year-on.txt
  npx factcheck watch
Errors for inputs that cannot be processed land under errors/. Each article's outcome is
printed here. Ctrl-C stops the stack; its data is gone when it stops.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping...');
  await stack.stop();
  rmSync('.local/stack.json', { force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
