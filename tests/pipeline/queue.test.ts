import { describe, expect, it } from 'vitest';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { LocalQueue } from '../../adapters/local/queue.ts';

const until = async (done: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the local queue keeps SQS semantics', () => {
  it('deletes what succeeds, redelivers what fails, and dead-letters after the maximum receives', async () => {
    const dlq = new LocalQueue({ name: 'dlq' });
    const q = new LocalQueue({ name: 'q', visibilityTimeoutMs: 30, maxReceiveCount: 3, pollMs: 5, deadLetter: dlq });
    const receives = new Map<string, number[]>();
    q.send('ok');
    q.send('flaky');
    q.send('poison');
    q.start(async (e: SQSEvent): Promise<SQSBatchResponse> => {
      const failures = [];
      for (const r of e.Records) {
        receives.set(r.body, [...(receives.get(r.body) ?? []), Number(r.attributes.ApproximateReceiveCount)]);
        if (r.body === 'poison' || (r.body === 'flaky' && r.attributes.ApproximateReceiveCount === '1')) failures.push({ itemIdentifier: r.messageId });
      }
      return { batchItemFailures: failures };
    });
    await until(() => q.depth === 0);
    await q.stop();
    expect(receives.get('ok')).toEqual([1]);
    expect(receives.get('flaky')).toEqual([1, 2]);
    expect(receives.get('poison')).toEqual([1, 2, 3]);
    expect(dlq.messages.map((m) => m.body)).toEqual(['poison']);
  });

  it('treats a handler that throws as a failure of the whole batch', async () => {
    const dlq = new LocalQueue({ name: 'dlq' });
    const q = new LocalQueue({ name: 'q', visibilityTimeoutMs: 10, maxReceiveCount: 2, pollMs: 5, deadLetter: dlq });
    q.send('a');
    q.send('b');
    q.start(async () => {
      throw new Error('crash');
    });
    await until(() => dlq.depth === 2);
    await q.stop();
    expect(q.depth).toBe(0);
  });
});
