import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import type { FaultPlan, FaultStats } from '../../adapters/local/faults.ts';
import { captureLogs, claimsOf, errorOf, list, reportOf, stackLog, testClient, uploadAll, uploads, waitFor, type Upload } from './helpers.ts';

/**
 * 500 uploads while a fifth of the pipeline's S3 and DynamoDB requests fail transiently
 * (throttling, 500s, reset connections, no answer) and some answer late: every upload ends in
 * exactly one outcome, a report or an error report, and nothing is left in a dead-letter queue.
 */
const UPLOADS = 500;
const plan = (seed: number): FaultPlan => ({ failRate: 0.2, slowRate: 0.05, slowMs: 100, seed });

let stack: LocalStack;
let s3: S3Client;
// Info too: duplicates and runs found in progress are logged at that level.
process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
const logs = captureLogs();
const record = stackLog();

beforeAll(async () => {
  stack = await startLocalStack({
    // Several invocations at once, as Lambda runs with a backlog. Lambda stops an invocation at
    // its timeout, which is also how long a run's idempotency lock lasts; here nothing stops
    // one, and invocations share two cores, so the lock is set well above any batch's time:
    // a message seen again while its run goes on is sent back, never run twice at once. A
    // run that lost its success record is run again once the lock lapses, within 4 receives.
    // Small batches keep a batch's time under the visibility timeout (with 5 records, 1 in 4
    // receives was of a message still being processed when the machine was busy).
    concurrency: 8,
    batchSize: 2,
    visibilityTimeoutMs: 8_000,
    functionTimeoutMs: 20_000,
    maxReceiveCount: 5,
    // Short SDK timeouts: an unanswered request costs a second, not the default five.
    sdkTimeoutsMs: { connection: 500, request: 1_000 },
    faults: { s3: plan(20), dynamo: plan(21) },
    log: record.log,
  });
  s3 = testClient(stack);
}, 60_000);

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
  logs.restore();
});

const total = (s: FaultStats) => s.injected.throttle + s.injected['server-error'] + s.injected.reset + s.injected.hang;

describe('transient faults', () => {
  it(`${UPLOADS} uploads with 20% of S3 and DynamoDB requests failing: ${UPLOADS} outcomes, none twice, none lost`, async () => {
    // Prepare
    const items = uploads('faults', UPLOADS, true);
    const started = Date.now();
    // Act
    await uploadAll(s3, stack.bucket, items);
    const outcomes = async () => (await list(s3, stack.bucket, 'reports/faults/')).filter((o) => o.key.endsWith('.json')).length + (await list(s3, stack.bucket, 'errors/faults/')).length;
    await waitFor(() => `${stack.queues.articles.depth} article and ${stack.queues.claims.depth} claims messages still queued`, async () => stack.queues.articles.depth + stack.queues.claims.depth === 0 && (await outcomes()) >= UPLOADS, 300_000);
    await stack.idle(60_000);
    const seconds = (Date.now() - started) / 1000;

    // Assess: exactly one outcome per upload, the expected one.
    const reports = new Set((await list(s3, stack.bucket, 'reports/faults/')).map((o) => o.key));
    const errors = new Set((await list(s3, stack.bucket, 'errors/faults/')).map((o) => o.key));
    const wrong: string[] = [];
    for (const u of items) {
      const hasReport = reports.has(reportOf(u.key));
      const hasError = errors.has(errorOf(u.key));
      if (u.error ? !hasError || hasReport : !hasReport || hasError) wrong.push(`${u.key}: report ${hasReport}, error report ${hasError}`);
    }
    expect(wrong).toEqual([]);
    expect([...reports].filter((k) => k.endsWith('.json')).length + errors.size).toBe(UPLOADS);
    for (const u of items.filter((i) => i.error).slice(0, 3)) {
      const e = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: errorOf(u.key) }))).Body!.transformToString());
      expect(e.error.code).toBe(u.error);
    }
    expect(stack.queues.articlesDlq.depth + stack.queues.claimsDlq.depth).toBe(0);

    // None twice, but for the two ways at-least-once delivery allows, each rewriting the same
    // key with the same content: a write whose answer never came (the client timed out while
    // the server did the work, and the SDK's retry wrote again), or a run whose success could
    // not be recorded after all the SDK's attempts (its redelivery runs it again).
    const { s3: s3Faults, dynamo: dynamoFaults } = stack.faults;
    const written = (key: string) => record.created.get(key) ?? 0;
    const failures = logs.entries.filter((e) => e.message === 'failed; the message goes back to the queue');
    const lostSuccess = failures.filter((e) => e.error?.message === 'Failed to update success record to idempotency store');
    const unanswered = new Set(s3Faults!.stats.abandoned.filter((r) => r.operation === 'PUT').map((r) => r.target));
    const related = (key: string) => [key, claimsOf(key), reportOf(key), errorOf(key)];
    const twice = items.filter((u) => written(reportOf(u.key)) + written(errorOf(u.key)) > 1);
    const explained = (u: Upload) => related(u.key).some((k) => unanswered.has(k) || lostSuccess.some((e) => e.key === k));
    const unexplained = twice.filter((u) => !explained(u));
    const story = (u: Upload) => ({
        writes: Object.fromEntries(related(u.key).map((k) => [k, written(k)])),
        log: logs.entries.filter((e) => related(u.key).includes(e.key ?? '')).map((e) => [e.timestamp, e.function_request_id, e.level, e.message, e.messageId, e.receiveCount, e.error?.name, e.error?.message]),
      });
    expect(unexplained.map((u) => u.key), JSON.stringify(unexplained.map(story), null, 1)).toEqual([]);

    // The faults were there: about a fifth of the requests through each proxy.
    for (const f of [s3Faults!, dynamoFaults!]) expect(total(f.stats) / f.stats.requests).toBeGreaterThan(0.15);
    // Every failure the handlers sent back is explained by a transient fault, never a bug.
    const reasons = new Map<string, number>();
    for (const e of failures) {
      const name = e.error?.cause?.name ? `${e.error.name} (${e.error.cause.name})` : (e.error?.name ?? '?');
      reasons.set(name, (reasons.get(name) ?? 0) + 1);
    }
    // (IdempotencyItemNotFoundError: a delivery found its key taken, then the record gone, deleted
    // by the run that held it when that run failed on a fault; the message goes back to the queue.)
    const transient = /^(SlowDown|InternalError|Unknown|TimeoutError|ProvisionedThroughputExceededException|ThrottlingException|InternalServerError|IdempotencyItemNotFoundError|IdempotencyPersistenceLayerError \((TimeoutError|ProvisionedThroughputExceededException|ThrottlingException|InternalServerError)\))$/;
    expect([...reasons.keys()].filter((r) => !transient.test(r))).toEqual([]);
    expect(logs.entries.filter((e) => e.message === 'permanent failure')).toEqual([]);

    // Figures for RELIABILITY.md.
    const claimsMessages = items.filter((u) => !u.error).length + [...record.created].filter(([k, n]) => k.startsWith('claims/faults/') && n > 1).reduce((s, [, n]) => s + n - 1, 0);
    console.log(
      JSON.stringify({
        uploads: UPLOADS,
        seconds,
        outcomes: { reports: [...reports].filter((k) => k.endsWith('.json')).length, errors: errors.size },
        writtenTwice: twice.length,
        lostSuccessRecords: lostSuccess.length,
        unansweredWrites: unanswered.size,
        dlq: { articles: stack.queues.articlesDlq.depth, claims: stack.queues.claimsDlq.depth },
        receives: { articles: stack.queues.articles.delivered, claims: stack.queues.claims.delivered },
        redeliveries: { articles: stack.queues.articles.delivered - UPLOADS, claims: stack.queues.claims.delivered - claimsMessages },
        sentBack: Object.fromEntries(reasons),
        foundInProgress: logs.entries.filter((e) => e.message.startsWith('this object version is being processed by another invocation')).length,
        duplicatesSkipped: logs.entries.filter((e) => e.message.startsWith('duplicate event')).length,
        s3: { ...s3Faults!.stats, abandoned: s3Faults!.stats.abandoned.length },
        dynamo: { ...dynamoFaults!.stats, abandoned: dynamoFaults!.stats.abandoned.length },
      }),
    );
  }, 360_000);
});
