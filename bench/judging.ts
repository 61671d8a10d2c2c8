import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import type { ClaimsDocument } from '../shared/claims/document.ts';
import { judgeClaims } from '../shared/judge/judge.ts';
import { fileReferenceStore } from '../shared/reference/file-store.ts';
import { parseRows } from '../shared/reference/rows.ts';
import type { ReferenceFact } from '../shared/reference/fact.ts';
import { documentClient, DynamoReferenceStore } from '../adapters/dynamodb/reference-store.ts';
import { createReferenceTable, loadFacts } from '../adapters/dynamodb/reference-table.ts';
import { baseArticles } from './corpus.ts';
import { fmt, spread, summarise, type Summary } from './stats.ts';

export interface JudgingResult {
  docs: number;
  claimsPerPass: number;
  fileJudging: Summary;
  dynamo: Array<{ facts: number; loadSeconds: number; latency: Summary; p95: number; rounds: number; requestsPerArticle: number }>;
}

function articleDocs(): ClaimsDocument[] {
  const { articles } = baseArticles();
  const own = ['examples/ceasefire-one-year-on.txt', 'examples/military-spending.md', 'examples/peacekeepers-leave.html'].map((f) => ({ name: f, bytes: readFileSync(f) }));
  return [...articles, ...own].map((a) => extractClaims(a.bytes, { name: a.name, ...('published' in a && a.published ? { published: a.published as string } : {}) }));
}

const SOURCE = { organisation: 'Synthetic', title: 'Synthetic fact for table-size benchmarks', url: 'https://example.org/synthetic', retrieved: '2026-11-22' };

/** Facts unrelated to any article (the 1800s, synthetic entities and measures), to grow the table. */
function filler(n: number): ReferenceFact[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `filler-${i}`,
    entities: [`synthetic-${i % 997}`],
    measure: `synthetic_measure_${i % 53}`,
    period: { from: `${1800 + (i % 100)}-01-01`, to: `${1800 + (i % 100)}-12-31` },
    value: i,
    unit: 'people',
    source: SOURCE,
  }));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A local DynamoDB server (dynalite) in its own process, on the other core where there is one. */
async function startServer(): Promise<{ endpoint: string; child: ChildProcess }> {
  const port = await freePort();
  const args = ['node_modules/dynalite/cli.js', '--host', '127.0.0.1', '--port', String(port), '--createTableMs', '0'];
  const pinned = process.platform === 'linux' && spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  const child = pinned ? spawn('taskset', ['-c', '1', process.execPath, ...args], { stdio: 'ignore' }) : spawn(process.execPath, args, { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(endpoint).then(() => true, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { endpoint, child };
}

export async function benchJudging(opts: { quick: boolean }): Promise<JudgingResult> {
  const docs = articleDocs();
  const file = fileReferenceStore();
  const passes = opts.quick ? 20 : 100;
  let claims = 0;
  const judgeAll = async () => {
    claims = 0;
    for (const d of docs) claims += (await judgeClaims(d, file)).claims.length;
  };
  await judgeAll();
  const fileRuns: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let p = 0; p < passes; p++) await judgeAll();
    fileRuns.push(Number(process.hrtime.bigint() - t0) / 1e6 / passes);
  }

  const dynamo: JudgingResult['dynamo'] = [];
  const shipped = parseRows(readFileSync('reference/facts.json', 'utf8'), 'json').facts;
  const sizes = opts.quick ? [1_000] : [1_000, 10_000, 100_000];
  const server = await startServer();
  try {
    const client = documentClient({ endpoint: server.endpoint });
    for (const size of sizes) {
      const table = `bench-${size}`;
      await createReferenceTable(client, table);
      const t0 = Date.now();
      await loadFacts(client, table, [...shipped, ...filler(size - shipped.length)], { concurrency: 16 });
      const loadSeconds = (Date.now() - t0) / 1000;
      const latencies: number[] = [];
      let rounds = 0;
      let requests = 0;
      let judged = 0;
      for (let r = 0; r < (opts.quick ? 3 : 10); r++) {
        for (const d of docs) {
          const store = new DynamoReferenceStore({ table, client });
          const t = process.hrtime.bigint();
          await judgeClaims(d, store);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          rounds = Math.max(rounds, store.stats.rounds);
          requests += store.stats.requests;
          judged++;
        }
      }
      const sorted = [...latencies].sort((a, b) => a - b);
      dynamo.push({ facts: size, loadSeconds, latency: summarise(latencies), p95: sorted[Math.floor(sorted.length * 0.95)]!, rounds, requestsPerArticle: requests / judged });
    }
    client.destroy();
  } finally {
    server.child.kill();
  }
  return { docs: docs.length, claimsPerPass: claims, fileJudging: summarise(fileRuns), dynamo };
}

export function judgingMarkdown(r: JudgingResult): string {
  const lines = [
    '## 2. Judging',
    '',
    `Judging only (the claims documents extracted beforehand): ${r.docs} articles (the sample articles and the examples), ${r.claimsPerPass} claims per pass.`,
    '',
    '| reference | time per pass | throughput |',
    '|---|---|---|',
    `| file adapter (the shipped dataset in memory) | ${spread(r.fileJudging)} | **${fmt(r.claimsPerPass / (r.fileJudging.median / 1000), 0)} claims/s** |`,
    '',
    'Against a local DynamoDB server (dynalite, in its own process on the other core), per article: one `judgeClaims` with a fresh store, all of its lookups included.',
    '',
    '| facts in the table | load time | latency per article, median (min–max) | p95 | rounds of requests per article (max) | requests per article (mean) |',
    '|---|---|---|---|---|---|',
    ...r.dynamo.map((d) => `| ${d.facts.toLocaleString('en-US')} | ${fmt(d.loadSeconds)} s | ${spread(d.latency)} | ${fmt(d.p95)} ms | **${d.rounds}** | ${fmt(d.requestsPerArticle)} |`),
  ];
  return lines.join('\n');
}
