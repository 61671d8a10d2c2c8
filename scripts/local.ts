// `npm run local`: the whole pipeline on 127.0.0.1 — S3 and DynamoDB API servers, the bucket
// and tables, the reference dataset, and the two stages behind local queues. Ctrl-C stops it.
import { dropSdkNodeNotice } from '../shared/node-notice.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalStack } from '../adapters/local/stack.ts';

dropSdkNodeNotice();

const { values } = parseArgs({
  options: {
    's3-port': { type: 'string', default: '4569' },
    'dynamo-port': { type: 'string', default: '8000' },
    bucket: { type: 'string', default: 'factcheck-local' },
    reference: { type: 'string' },
    vocabulary: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`usage: npm run local -- [--s3-port 4569] [--dynamo-port 8000] [--bucket factcheck-local] [--reference FILE] [--vocabulary FILE] [--quiet]

Starts on 127.0.0.1 an S3 API server and a DynamoDB API server, creates the bucket and the
tables, loads the reference dataset (and a beat's vocabulary, stored in the reference table as
a deployed stack keeps it), and runs the split and check stages on every upload under
articles/. Stop it with Ctrl-C; the local data goes with it.`);
  process.exit(0);
}

const stack = await startLocalStack({
  bucket: values.bucket,
  s3Port: Number(values['s3-port']),
  dynamoPort: Number(values['dynamo-port']),
  ...(values.reference ? { reference: values.reference } : {}),
  ...(values.vocabulary ? { vocabulary: values.vocabulary } : {}),
  log: values.quiet ? () => {} : (line) => console.log(`[local] ${line}`),
});

mkdirSync('.local', { recursive: true });
writeFileSync('.local/stack.json', `${JSON.stringify({ s3: stack.s3Endpoint, dynamodb: stack.dynamoEndpoint, bucket: stack.bucket, referenceTable: stack.referenceTable, idempotencyTable: stack.idempotencyTable }, null, 2)}\n`);

console.log(`factcheck local stack
  S3 API:        ${stack.s3Endpoint}   (bucket ${stack.bucket}; access key S3RVER, secret S3RVER)
  DynamoDB API:  ${stack.dynamoEndpoint}   (tables ${stack.referenceTable}, ${stack.idempotencyTable})
  SQS API:       ${stack.sqs.endpoint}   (SendMessage only: split's claims handoffs to check)

Upload an article and read its report:
  export AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1
  aws s3 cp story.txt s3://${stack.bucket}/articles/ --endpoint-url ${stack.s3Endpoint} --metadata published=2024-07-10
  aws s3 cp s3://${stack.bucket}/reports/story.txt.json - --endpoint-url ${stack.s3Endpoint}
Errors for inputs that cannot be processed land under errors/. Ctrl-C stops the stack.`);

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
