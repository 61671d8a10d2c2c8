import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack } from '../adapters/local/stack.ts';
import { baseArticles } from './corpus.ts';
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
}

export async function benchEndToEnd(opts: { quick: boolean }): Promise<EndToEndResult> {
  const uploads = opts.quick ? 100 : 1_000;
  const concurrency = 16;
  const uploadedAt = new Map<string, number>();
  const latency: number[] = [];
  let done = 0;
  let allDone: () => void = () => {};
  const finished = new Promise<void>((r) => (allDone = r));
  const stack = await startLocalStack({
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
  try {
    let next = 0;
    const worker = async () => {
      while (next < uploads) {
        const i = next++;
        const a = articles[i % articles.length]!;
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
  } finally {
    s3.destroy();
    await stack.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  const sorted = latency.sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return { uploads, seconds, p50: q(0.5), p95: q(0.95), p99: q(0.99), concurrency };
}

export function endToEndMarkdown(r: EndToEndResult): string {
  return [
    '## 5. End to end through the local stack',
    '',
    `${r.uploads.toLocaleString('en-US')} uploads of the sample articles through the S3 API (${r.concurrency} at a time) into the local stack (s3rver, dynalite, both stages in one process, on one core), each to its verdict report: **${fmt(r.uploads / r.seconds, 1)} articles/s** (${fmt(r.seconds, 1)} s in all). Upload-to-report latency: p50 **${fmt(r.p50, 0)} ms**, p95 **${fmt(r.p95, 0)} ms**, p99 **${fmt(r.p99, 0)} ms**. Most of it is queueing behind the other uploads, since one process runs both stages.`,
  ].join('\n');
}
