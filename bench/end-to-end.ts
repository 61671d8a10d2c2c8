import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack } from '../adapters/local/stack.ts';
import { baseArticles } from './corpus.ts';
import type { MeasuredRun } from './cost.ts';
import { fmt } from './stats.ts';

/**
 * Uploads through the S3 API of the local stack, each to its report: articles per second and
 * upload-to-report latency percentiles. The local stack runs both stages in this process.
 */
export interface EndToEndResult {
  uploads: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  concurrency: number;
  /** What the cost model needs: requests by operation, invocations and handler time. */
  measured: MeasuredRun;
}

export async function benchEndToEnd(opts: { quick: boolean }): Promise<EndToEndResult> {
  const uploads = opts.quick ? 100 : 1_000;
  const concurrency = 16;
  const uploadedAt = new Map<string, number>();
  const latency: number[] = [];
  let done = 0;
  let allDone: () => void = () => {};
  const finished = new Promise<void>((r) => (allDone = r));
  const invocations = { split: 0, check: 0 };
  const handlerMs = { split: 0, check: 0 };
  const stack = await startLocalStack({
    // Proxies that fail nothing, in front of both servers: they count each request the handlers send.
    faults: { s3: null, dynamo: null },
    onInvoke: (stage, _records, ms) => {
      invocations[stage]++;
      handlerMs[stage] += ms;
    },
    log: (line) => {
      const m = /^ObjectCreated:\w+ reports\/(.*)\.json \(not routed\)$/.exec(line);
      if (!m) return;
      const at = uploadedAt.get(m[1]!);
      if (at === undefined) return;
      latency.push(Date.now() - at);
      if (++done === uploads) allDone();
    },
  });
  const s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  const { articles } = baseArticles();
  const started = Date.now();
  let bytes = 0;
  const requests: Record<string, number> = {};
  try {
    let next = 0;
    const worker = async () => {
      while (next < uploads) {
        const i = next++;
        const a = articles[i % articles.length]!;
        bytes += a.bytes.length;
        const rel = `bench/${i}-${a.name}`;
        uploadedAt.set(rel, Date.now());
        await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `articles/${rel}`, Body: a.bytes, ...(a.published ? { Metadata: { published: a.published } } : {}) }));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    let guard: NodeJS.Timeout | undefined;
    try {
      await Promise.race([finished, new Promise((_, fail) => (guard = setTimeout(() => fail(new Error(`only ${done} of ${uploads} reports after 10 minutes`)), 600_000)))]);
    } finally {
      clearTimeout(guard);
    }
    for (const [service, proxy] of [['s3', stack.faults.s3], ['dynamodb', stack.faults.dynamo]] as const) {
      for (const [op, n] of Object.entries(proxy?.stats.operations ?? {})) requests[`${service} ${op}`] = n;
    }
    // Split's claims handoffs, counted at the local SQS server.
    requests['sqs SendMessage'] = stack.sqs.sent;
  } finally {
    s3.destroy();
    await stack.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  const sorted = latency.sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return {
    uploads,
    seconds,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    concurrency,
    measured: { articles: uploads, meanArticleBytes: bytes / uploads, invocations, handlerMs, requests, memoryMb: 512 },
  };
}

export function endToEndMarkdown(r: EndToEndResult): string {
  return [
    '## 5. End to end through the local stack',
    '',
    `${r.uploads.toLocaleString('en-US')} uploads of the sample articles through the S3 API (${r.concurrency} at a time) into the local stack (s3rver, dynalite, both stages in one process, on one core), each to its verdict report: **${fmt(r.uploads / r.seconds, 1)} articles/s** (${fmt(r.seconds, 1)} s in all). Upload-to-report latency: p50 **${fmt(r.p50, 0)} ms**, p95 **${fmt(r.p95, 0)} ms**, p99 **${fmt(r.p99, 0)} ms**. Most of it is queueing behind the other uploads, since one process runs both stages. Split hands each claims document to check in the queue message (the deployed default for documents up to 200 KiB), through the local SQS server. The handlers reach S3 and DynamoDB through counting proxies (adapters/local/faults.ts, failing nothing), whose figures, with the SQS server's, feed docs/cost.md: per article, ${Object.entries(r.measured.requests).sort().map(([op, n]) => `${op} ${fmt(n / r.uploads, 2)}`).join(', ')}; ${fmt((r.measured.invocations.split + r.measured.invocations.check) / r.uploads, 2)} invocations, ${fmt((r.measured.handlerMs.split + r.measured.handlerMs.check) / r.uploads, 1)} ms of handler time.`,
  ].join('\n');
}
