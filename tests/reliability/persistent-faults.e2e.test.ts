import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import type { FaultKind } from '../../adapters/local/faults.ts';
import type { LocalMessage } from '../../adapters/local/queue.ts';
import { documentClient } from '../../adapters/dynamodb/reference-store.ts';
import { createReferenceTable, loadFacts } from '../../adapters/dynamodb/reference-table.ts';
import { DEFAULT_REFERENCE } from '../../shared/reference/file-store.ts';
import { parseRows } from '../../shared/reference/rows.ts';
import { encodeEventKey } from '../../shared/pipeline/keys.ts';
import { captureLogs, claimsOf, errorOf, list, reportOf, stackLog, testClient, uploadAll, uploads, waitFor } from './helpers.ts';

/**
 * Failures that do not pass: one key S3 always refuses, a table that is gone. The message is
 * received maxReceiveCount times, each failure logged with its reason, then lands in the
 * dead-letter queue, from which it can be sent again once the cause is fixed; the other uploads
 * go on being served meanwhile.
 */
const MAX_RECEIVES = 3;
let stack: LocalStack;
let s3: S3Client;
let raw: DynamoDBClient;
const logs = captureLogs();
const record = stackLog();

beforeAll(async () => {
  stack = await startLocalStack({
    maxReceiveCount: MAX_RECEIVES,
    visibilityTimeoutMs: 300,
    functionTimeoutMs: 200,
    sdkTimeoutsMs: { connection: 300, request: 500 },
    // The proxies pass everything until a test gives them a plan.
    faults: { s3: null, dynamo: null },
    log: record.log,
  });
  s3 = testClient(stack);
  raw = new DynamoDBClient({ endpoint: stack.dynamoEndpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
}, 60_000);

afterAll(async () => {
  s3?.destroy();
  raw?.destroy();
  await stack?.stop();
  logs.restore();
});

const sentBack = (messageId: string) => logs.entries.filter((e) => e.message === 'failed; the message goes back to the queue' && e.messageId === messageId);
const deadLettered = (key: string): LocalMessage | undefined => [...stack.queues.articlesDlq.messages, ...stack.queues.claimsDlq.messages].find((m) => m.body.includes(`"key":${JSON.stringify(encodeEventKey(key))}`));
const has = async (key: string) => (await list(s3, stack.bucket, key)).some((o) => o.key === key);
const written = (key: string) => record.created.get(key) ?? 0;
const read = async (key: string) => JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }))).Body!.transformToString());

/** Sends a dead-lettered message back to its source queue, as a redrive does. */
function redrive(m: LocalMessage): void {
  const dlq = stack.queues.articlesDlq.messages.includes(m) ? stack.queues.articlesDlq : stack.queues.claimsDlq;
  dlq.messages.splice(dlq.messages.indexOf(m), 1);
  (dlq === stack.queues.articlesDlq ? stack.queues.articles : stack.queues.claims).send(m.body);
}

async function waitForDeadLetter(key: string): Promise<LocalMessage> {
  await waitFor(() => `${key} never reached a dead-letter queue (${stack.queues.articles.depth} article messages queued)`, () => deadLettered(key) !== undefined, 60_000);
  return deadLettered(key)!;
}

describe('a key S3 always refuses', () => {
  const cases: Array<[Exclude<FaultKind, 'slow'>, string]> = [
    ['throttle', 'SlowDown'],
    ['server-error', 'InternalError'],
    ['reset', 'TimeoutError'],
    ['hang', 'TimeoutError'],
  ];
  it.each(cases)(`%s: after ${MAX_RECEIVES} receives in the dead-letter queue, every failure logged with its reason, the rest served`, async (kind, reason) => {
    // Prepare: every request for this one key fails; three other uploads beside it.
    const key = `articles/refused/${kind}.txt`;
    const others = uploads(`refused-${kind}`, 3);
    stack.faults.s3!.setPlan({ failRate: 1, kinds: { [kind]: 1 }, match: (r) => r.target === key });
    const before = stack.faults.s3!.stats.injected[kind];
    const started = Date.now();
    // Act
    await uploadAll(s3, stack.bucket, [{ key, body: readFileSync('examples/ceasefire-one-year-on.txt') }, ...others]);
    const m = await waitForDeadLetter(key);
    const seconds = (Date.now() - started) / 1000;
    await stack.idle();
    // Assess: received the maximum number of times, the reason logged on each.
    expect(m.receiveCount).toBe(MAX_RECEIVES);
    const failures = sentBack(m.id);
    expect(failures.map((f) => f.receiveCount)).toEqual([1, 2, 3]);
    expect(failures.map((f) => f.error?.name)).toEqual([reason, reason, reason]);
    expect(failures[0]!.key).toBe(key);
    expect(record.lines).toContain(`dead-letter: articles message ${m.id} after ${MAX_RECEIVES} receives: ${m.body.slice(0, 200)}`);
    // Each receive made the SDK's three attempts, each refused.
    expect(stack.faults.s3!.stats.injected[kind] - before).toBeGreaterThanOrEqual(MAX_RECEIVES * 3);
    // Nothing written for it, and nothing lost: it waits in the dead-letter queue.
    expect(await has(reportOf(key))).toBe(false);
    expect(await has(errorOf(key))).toBe(false);
    for (const u of others) expect(written(reportOf(u.key))).toBe(1);
    console.log(JSON.stringify({ kind, receives: m.receiveCount, injected: stack.faults.s3!.stats.injected[kind] - before, reasons: failures.map((f) => f.error?.name), secondsToDeadLetter: seconds }));

    // Once S3 serves the key again, the redriven message gets its report, once.
    stack.faults.s3!.setPlan(null);
    redrive(m);
    await waitFor(() => `no report for ${key} after the redrive`, () => written(reportOf(key)) === 1, 30_000);
    await stack.idle();
    expect(written(reportOf(key))).toBe(1);
    expect(deadLettered(key)).toBeUndefined();
  }, 90_000);
});

describe('a table that is gone', () => {
  it('idempotency table: every message ends in the dead-letter queue with the reason logged, and a redrive after it returns gets each its report', async () => {
    await stack.idle();
    await raw.send(new DeleteTableCommand({ TableName: stack.idempotencyTable }));
    const items = uploads('no-idempotency', 2);
    await uploadAll(s3, stack.bucket, items);
    const dead = await Promise.all(items.map((u) => waitForDeadLetter(u.key)));
    for (const m of dead) {
      const failures = sentBack(m.id);
      expect(failures).toHaveLength(MAX_RECEIVES);
      for (const f of failures) expect(f.error).toMatchObject({ name: 'IdempotencyPersistenceLayerError', cause: { name: 'ResourceNotFoundException' } });
    }
    expect(items.filter((u) => written(claimsOf(u.key)) > 0)).toEqual([]);

    await raw.send(
      new CreateTableCommand({ TableName: stack.idempotencyTable, BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] }),
    );
    for (const m of dead) redrive(m);
    await waitFor(() => 'no reports after the idempotency table returned', () => items.every((u) => written(reportOf(u.key)) === 1), 30_000);
    await stack.idle();
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);
  }, 90_000);

  it('reference table: permanent, so each article checked meanwhile gets one error report, and uploads after it returns get reports', async () => {
    await stack.idle();
    await raw.send(new DeleteTableCommand({ TableName: stack.referenceTable }));
    const during = uploads('no-reference', 2);
    await uploadAll(s3, stack.bucket, during);
    await waitFor(() => 'no error reports while the reference table was gone', () => during.every((u) => written(errorOf(u.key)) === 1), 30_000);
    await stack.idle();
    for (const u of during) {
      expect((await read(errorOf(u.key))).error.code).toBe('ResourceNotFoundException');
      expect(written(reportOf(u.key))).toBe(0);
    }
    // Split reads the beat's vocabulary from the reference table too: the first stage to find
    // the table gone is the one that reports it, once per article.
    expect(logs.entries.filter((e) => e.message === 'permanent failure' && during.some((u) => e.key === u.key || e.key === claimsOf(u.key)))).toHaveLength(2);
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);

    const docs = documentClient({ endpoint: stack.dynamoEndpoint });
    try {
      await createReferenceTable(docs, stack.referenceTable);
      await loadFacts(docs, stack.referenceTable, parseRows(readFileSync(DEFAULT_REFERENCE, 'utf8'), DEFAULT_REFERENCE.endsWith('.csv') ? 'csv' : 'json').facts);
    } finally {
      docs.destroy();
    }
    const after = uploads('reference-back', 2);
    await uploadAll(s3, stack.bucket, after);
    await waitFor(() => 'no reports after the reference table returned', () => after.every((u) => written(reportOf(u.key)) === 1), 30_000);
    expect(after.filter((u) => written(errorOf(u.key)) > 0)).toEqual([]);
  }, 90_000);
});
