import { readFileSync } from 'node:fs';
import { ListObjectsCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, type LocalStack } from '../../adapters/local/stack.ts';

/** What the reliability tests share: a client of the real S3 server, uploads, listings, logs, deadlines. */

export function testClient(stack: LocalStack): S3Client {
  // The server itself, never the fault proxy: only the pipeline sees faults.
  return new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
}

export interface Upload {
  key: string;
  body: Uint8Array | string;
  /** The error code its error report must carry; absent for an article that gets a report. */
  error?: string;
}

const EXAMPLES = ['ceasefire-one-year-on.txt', 'military-spending.md', 'peacekeepers-leave.html'].map((name) => ({ name, bytes: readFileSync(`examples/${name}`) }));

/**
 * `n` uploads under articles/<folder>/: the example articles under distinct keys, and, when
 * `bad` is set, every 25th an empty file and every 25th (offset 12) a PDF, which end in error
 * reports.
 */
export function uploads(folder: string, n: number, bad = false): Upload[] {
  return Array.from({ length: n }, (_, i) => {
    if (bad && i % 25 === 0) return { key: `articles/${folder}/${i}-empty.txt`, body: new Uint8Array(0), error: 'EMPTY' };
    if (bad && i % 25 === 12) return { key: `articles/${folder}/${i}-scan.pdf`, body: `%PDF-1.7\n%${i}\n`, error: 'BINARY' };
    const e = EXAMPLES[i % EXAMPLES.length]!;
    return { key: `articles/${folder}/${i}-${e.name}`, body: e.bytes };
  });
}

/** Sends every upload, `concurrency` at a time. */
export async function uploadAll(s3: S3Client, bucket: string, items: Upload[], concurrency = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const u = items[next++]!;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: u.key, Body: u.body }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Every object under `prefix`. Pages by marker (ListObjects, version 1): s3rver 3.7 makes
 * ListObjectsV2's continuation tokens with DES, which Node 17+'s OpenSSL 3 refuses, so any
 * listing of more than 1,000 keys fails there with a 500 InternalError.
 */
export async function list(s3: S3Client, bucket: string, prefix: string): Promise<Array<{ key: string; size: number }>> {
  const out: Array<{ key: string; size: number }> = [];
  let marker: string | undefined;
  for (;;) {
    const page = await s3.send(new ListObjectsCommand({ Bucket: bucket, Prefix: prefix, ...(marker ? { Marker: marker } : {}) }));
    const contents = page.Contents ?? [];
    out.push(...contents.map((o) => ({ key: o.Key!, size: o.Size ?? 0 })));
    if (!page.IsTruncated || contents.length === 0) return out;
    marker = contents.at(-1)!.Key;
  }
}

/** "articles/f/1-a.txt" → its outputs. */
export const reportOf = (articleKey: string) => `reports/${articleKey.slice('articles/'.length)}.json`;
export const errorOf = (articleKey: string) => `errors/${articleKey.slice('articles/'.length)}.json`;
export const claimsOf = (articleKey: string) => `claims/${articleKey.slice('articles/'.length)}.json`;

/** Polls `done` until it holds, or fails with `what` once `ms` have passed. */
export async function waitFor(what: () => string, done: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`gave up after ${ms} ms: ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface LogEntry {
  level: string;
  message: string;
  timestamp?: string;
  function_request_id?: string;
  function_name?: string;
  key?: string;
  messageId?: string;
  receiveCount?: number;
  error?: { name?: string; message?: string; cause?: { name?: string; message?: string } };
}

/**
 * The handlers' structured log lines (Powertools writes warnings and errors to stderr), kept
 * for assertions and not printed; anything else passes through. `restore` puts the streams back.
 */
export function captureLogs(): { entries: LogEntry[]; restore: () => void } {
  const entries: LogEntry[] = [];
  const originals = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
      if (text.startsWith('{"level"')) {
        for (const line of text.split('\n').filter(Boolean)) {
          try {
            entries.push(JSON.parse(line) as LogEntry);
          } catch {
            // a partial line: not one of ours
          }
        }
        const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
        callback?.();
        return true;
      }
      return (write as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    return [stream, write] as const;
  });
  return {
    entries,
    restore: () => {
      for (const [stream, write] of originals) stream.write = write;
    },
  };
}

/** The stack's own log: which objects were created (each write of each key) and what went to a dead-letter queue. */
export function stackLog(): { lines: string[]; created: Map<string, number>; log: (line: string) => void } {
  const lines: string[] = [];
  const created = new Map<string, number>();
  return {
    lines,
    created,
    log: (line) => {
      const m = /^ObjectCreated:\w+ (.*?)(?: → .*| \(not routed\))$/.exec(line);
      if (m) created.set(m[1]!, (created.get(m[1]!) ?? 0) + 1);
      else lines.push(line);
    },
  };
}
