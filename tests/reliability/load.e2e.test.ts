import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, ScanCommand, type ScanCommandOutput } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { list, reportOf, stackLog, testClient, uploadAll, uploads, waitFor } from './helpers.ts';

/**
 * 1,000 uploads through the local stack, 16 in flight, in batches of 100: every report is
 * there, and the heap of the process running the handlers (this one) is as large after the
 * last batches as after the first, measured after a forced collection once each batch is done.
 */
const BATCHES = 10;
const PER_BATCH = 100;

// A collector callable from here: vitest's workers do not start with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let stack: LocalStack;
let s3: S3Client;
const record = stackLog();

beforeAll(async () => {
  stack = await startLocalStack({ log: record.log });
  s3 = testClient(stack);
}, 60_000);

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
});

async function settledHeap(): Promise<number> {
  // Twice, with a turn of the event loop between, so that objects freed by finalizers go too.
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

/** The idempotency records the in-process DynamoDB server holds: growth the heap is expected to show. */
async function idempotencyRecords(): Promise<{ items: number; bytes: number }> {
  const client = new DynamoDBClient({ endpoint: stack.dynamoEndpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  try {
    let items = 0;
    let bytes = 0;
    let start: ScanCommandOutput['LastEvaluatedKey'];
    do {
      const page = await client.send(new ScanCommand({ TableName: stack.idempotencyTable, ExclusiveStartKey: start }));
      items += page.Items?.length ?? 0;
      bytes += (page.Items ?? []).reduce((n, i) => n + JSON.stringify(i).length, 0);
      start = page.LastEvaluatedKey;
    } while (start);
    return { items, bytes };
  } finally {
    client.destroy();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

describe('load', () => {
  it(`${BATCHES * PER_BATCH} uploads, 16 in flight: every report, and a flat heap across batches`, async () => {
    const all = uploads('load', BATCHES * PER_BATCH);
    const done = () => all.filter((u) => record.created.has(reportOf(u.key))).length;
    const heap: number[] = [];
    const seconds: number[] = [];
    const started = Date.now();
    heap.push(await settledHeap());
    for (let b = 0; b < BATCHES; b++) {
      const t = Date.now();
      // Act: one batch, each upload to its report.
      await uploadAll(s3, stack.bucket, all.slice(b * PER_BATCH, (b + 1) * PER_BATCH), 16);
      await waitFor(() => `batch ${b}: ${done()} of ${(b + 1) * PER_BATCH} reports`, () => done() >= (b + 1) * PER_BATCH, 120_000);
      await stack.idle(60_000);
      seconds.push((Date.now() - t) / 1000);
      heap.push(await settledHeap());
    }
    const wall = (Date.now() - started) / 1000;

    // Assess: every report, each written once, nothing failed.
    const reports = new Set((await list(s3, stack.bucket, 'reports/load/')).map((o) => o.key));
    expect(all.filter((u) => !reports.has(reportOf(u.key)))).toEqual([]);
    expect(all.filter((u) => record.created.get(reportOf(u.key)) !== 1)).toEqual([]);
    expect((await list(s3, stack.bucket, 'errors/load/')).length).toBe(0);
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);

    // The heap: the last three batches against the first three (after the first, which warms
    // up caches and code). The bound is half of what keeping each upload's JSON report (not
    // its page, several times larger) in memory would add over the batches between: noise
    // passes, such a leak does not.
    const objects = await list(s3, stack.bucket, 'reports/load/');
    const average = (suffix: string) => objects.filter((o) => o.key.endsWith(suffix)).reduce((s, o) => s + o.size, 0) / all.length;
    const between = (BATCHES - 4) * PER_BATCH;
    const leak = between * average('.json');
    const first = median(heap.slice(2, 5));
    const last = median(heap.slice(-3));
    const records = await idempotencyRecords();
    console.log(
      JSON.stringify({
        uploads: all.length,
        wall,
        batchSeconds: seconds,
        heapMB: heap.map(mb),
        firstMB: mb(first),
        lastMB: mb(last),
        reportBytes: Math.round(average('.json')),
        pageBytes: Math.round(average('.html')),
        leakYardstickMB: mb(leak),
        idempotencyRecords: { items: records.items, bytesPerUpload: Math.round(records.bytes / all.length) },
      }),
    );
    expect(last - first).toBeLessThan(leak / 2);
  }, 300_000);
});
