import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { sqsRecord } from './notification.ts';

/**
 * SQS semantics for the local stack: messages become invisible while a batch runs, come back
 * after the visibility timeout when the handler reports them failed (or throws), and move to
 * the dead-letter queue once received `maxReceiveCount` times.
 */
export interface QueueOptions {
  name: string;
  batchSize?: number;
  visibilityTimeoutMs?: number;
  maxReceiveCount?: number;
  deadLetter?: LocalQueue;
  pollMs?: number;
  onDeadLetter?: (message: LocalMessage) => void;
}

export interface LocalMessage {
  id: string;
  body: string;
  receiveCount: number;
  visibleAt: number;
  sentAt: number;
  firstReceivedAt?: number;
}

type Handler = (event: SQSEvent) => Promise<SQSBatchResponse | void>;

export class LocalQueue {
  readonly messages: LocalMessage[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = true;
  private readonly o: Required<Omit<QueueOptions, 'deadLetter' | 'onDeadLetter'>> & Pick<QueueOptions, 'deadLetter' | 'onDeadLetter'>;
  delivered = 0;

  constructor(options: QueueOptions) {
    this.o = { batchSize: 10, visibilityTimeoutMs: 30_000, maxReceiveCount: 5, pollMs: 20, ...options };
  }

  get name(): string {
    return this.o.name;
  }

  send(body: string): string {
    const id = randomUUID();
    this.messages.push({ id, body, receiveCount: 0, visibleAt: Date.now(), sentAt: Date.now() });
    return id;
  }

  /** Messages not yet deleted, visible or in flight. */
  get depth(): number {
    return this.messages.length;
  }

  /**
   * Polls with each handler in its own loop: several handlers are several concurrent
   * invocations, as Lambda runs when a queue has a backlog. A message goes to one batch at a
   * time, since choosing a batch does not wait.
   */
  start(handlers: Handler | Handler[]): void {
    this.stopped = false;
    const every = Array.isArray(handlers) ? handlers : [handlers];
    for (const handler of every) {
      const tick = async () => {
        await this.poll(handler);
        if (!this.stopped) schedule(this.o.pollMs);
      };
      const schedule = (ms: number) => {
        const t = setTimeout(() => {
          this.timers.delete(t);
          const run = tick();
          this.running.add(run);
          void run.finally(() => this.running.delete(run));
        }, ms);
        this.timers.add(t);
      };
      schedule(0);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.all([...this.running]);
  }

  private async poll(handler: Handler): Promise<void> {
    const now = Date.now();
    const batch: LocalMessage[] = [];
    for (const m of [...this.messages]) {
      if (batch.length >= this.o.batchSize || m.visibleAt > now) continue;
      if (m.receiveCount >= this.o.maxReceiveCount) {
        this.remove(m);
        if (this.o.deadLetter) this.o.deadLetter.messages.push({ ...m, visibleAt: now });
        this.o.onDeadLetter?.(m);
        continue;
      }
      m.receiveCount++;
      m.firstReceivedAt ??= now;
      m.visibleAt = now + this.o.visibilityTimeoutMs;
      batch.push(m);
    }
    if (batch.length === 0) return;
    this.delivered += batch.length;
    let failed: Set<string>;
    try {
      const out = await handler({ Records: batch.map((m) => this.toRecord(m)) });
      failed = new Set((out?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch {
      failed = new Set(batch.map((m) => m.id));
    }
    for (const m of batch) if (!failed.has(m.id)) this.remove(m);
  }

  private remove(m: LocalMessage): void {
    const i = this.messages.indexOf(m);
    if (i >= 0) this.messages.splice(i, 1);
  }

  private toRecord(m: LocalMessage): SQSRecord {
    return sqsRecord({
      messageId: m.id,
      receiptHandle: `local-${m.id}-${m.receiveCount}`,
      body: m.body,
      queue: this.o.name,
      receiveCount: m.receiveCount,
      sentAt: m.sentAt,
      ...(m.firstReceivedAt !== undefined ? { firstReceivedAt: m.firstReceivedAt } : {}),
      senderId: 'local',
    });
  }
}
