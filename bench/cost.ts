import { fmt } from './stats.ts';

/**
 * The running cost per 1,000 articles, from AWS list prices and what the end-to-end run
 * measured: every request the handlers made to S3 and DynamoDB (counted at the servers), the
 * handlers' invocations and their durations. Written to docs/cost.md by `npm run bench`.
 */

/** us-east-1 list prices, November 2026 (DynamoDB on demand after its cut of 1 November 2024). */
export const PRICES = {
  lambdaGbSecondArm: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  sqsRequest: 0.4 / 1e6,
  dynamoRru: 0.125 / 1e6,
  dynamoWru: 0.625 / 1e6,
  logsIngestGb: 0.5,
  xrayTrace: 5 / 1e6,
} as const;

export interface MeasuredRun {
  articles: number;
  meanArticleBytes: number;
  /** Handler invocations (SQS batches) per stage, and their summed wall time. */
  invocations: { split: number; check: number };
  handlerMs: { split: number; check: number };
  /** Requests the handlers sent, by service and operation ("s3 PUT", "dynamodb Query"…). */
  requests: Record<string, number>;
  /** Bytes of reports and pages written, to price DynamoDB items and storage. */
  memoryMb: number;
}

/** What the model assumes where the local run cannot measure; each is stated in docs/cost.md. */
export const ASSUMPTIONS = {
  /** Lambda's START, END and REPORT lines plus Powertools' one line per record and its metrics record. */
  logBytesPerInvocation: 1200,
  logBytesPerRecord: 700,
  /** Every DynamoDB item and read under 1 KB and 4 KB: 1 WRU per write, 0.5 RRU per eventually consistent read. */
  rruPerRead: 0.5,
  wruPerWrite: 1,
  /** Lambda active tracing: the first request each second and 5% of the rest; under load, 5%. */
  tracedShare: 0.05,
};

interface Line {
  item: string;
  arithmetic: string;
  cost: number;
}

export interface CostModel {
  perThousand: number;
  withoutPages: number;
  lines: Line[];
  /** S3 PUTs, and claims documents handed to check in the message, per 1,000 articles. */
  puts: number;
  handedOff: number;
}

const READS = ['GetItem', 'Query', 'BatchGetItem', 'Scan'];

export function costModel(m: MeasuredRun): CostModel {
  const k = 1000 / m.articles;
  const count = (pred: (op: string) => boolean) => Object.entries(m.requests).filter(([op]) => pred(op)).reduce((n, [, v]) => n + v, 0) * k;
  const puts = count((op) => op === 's3 PUT');
  const gets = count((op) => op === 's3 GET' || op === 's3 HEAD');
  const reads = count((op) => op.startsWith('dynamodb ') && READS.includes(op.slice(9)));
  const writes = count((op) => op.startsWith('dynamodb ') && !READS.includes(op.slice(9)) && !op.endsWith('Table'));
  const invocations = (m.invocations.split + m.invocations.check) * k;
  const gbSeconds = ((m.handlerMs.split + m.handlerMs.check) / 1000) * (m.memoryMb / 1024) * k;
  // Per article: two messages, S3's for the upload and the one that starts check (split's
  // handoff, or S3's for a claims document stored under claims/); Lambda receives a batch and
  // deletes it in one request each.
  const sqs = 2 * 1000 + 2 * invocations;
  const handedOff = count((op) => op === 'sqs SendMessage');
  const logGb = (invocations * ASSUMPTIONS.logBytesPerInvocation + 2 * 1000 * ASSUMPTIONS.logBytesPerRecord) / 1e9;
  const traces = invocations * ASSUMPTIONS.tracedShare;
  const lines: Line[] = [
    { item: 'Lambda compute', arithmetic: `${fmt(gbSeconds, 2)} GB-s × $${PRICES.lambdaGbSecondArm}`, cost: gbSeconds * PRICES.lambdaGbSecondArm },
    { item: 'Lambda requests', arithmetic: `${fmt(invocations, 0)} invocations × $0.20 per million`, cost: invocations * PRICES.lambdaRequest },
    { item: 'S3 PUT', arithmetic: `${fmt(puts, 0)} × $0.005 per 1,000`, cost: puts * PRICES.s3Put },
    { item: 'S3 GET and HEAD', arithmetic: `${fmt(gets, 0)} × $0.0004 per 1,000`, cost: gets * PRICES.s3Get },
    { item: 'SQS', arithmetic: `${fmt(sqs, 0)} requests × $0.40 per million`, cost: sqs * PRICES.sqsRequest },
    { item: 'DynamoDB reads', arithmetic: `${fmt(reads, 0)} reads × ${ASSUMPTIONS.rruPerRead} RRU × $0.125 per million`, cost: reads * ASSUMPTIONS.rruPerRead * PRICES.dynamoRru },
    { item: 'DynamoDB writes', arithmetic: `${fmt(writes, 0)} writes × ${ASSUMPTIONS.wruPerWrite} WRU × $0.625 per million`, cost: writes * ASSUMPTIONS.wruPerWrite * PRICES.dynamoWru },
    { item: 'CloudWatch Logs', arithmetic: `${fmt(logGb * 1000, 2)} MB × $0.50 per GB`, cost: logGb * PRICES.logsIngestGb },
    { item: 'X-Ray', arithmetic: `${fmt(traces, 0)} traces × $5 per million`, cost: traces * PRICES.xrayTrace },
  ];
  const perThousand = lines.reduce((n, l) => n + l.cost, 0);
  // Without pages: one PUT per article less (rendering them is a small part of the check stage's time).
  return { perThousand, withoutPages: perThousand - 1000 * PRICES.s3Put, lines, puts, handedOff };
}

export function costMarkdown(m: MeasuredRun, c: CostModel, when: string): string {
  const per = (n: number) => fmt(n / m.articles, 2);
  const biggest = [...c.lines].sort((a, b) => b.cost - a.cost);
  const share = (l: Line) => `${fmt((100 * l.cost) / c.perThousand, 0)}%`;
  return [
    '# What it costs to run',
    '',
    `Written by \`npm run bench\` on ${when} from the end-to-end run in BENCHMARKS.md (section 5): ${m.articles.toLocaleString('en-US')} uploads of the sample articles (${fmt(m.meanArticleBytes / 1024, 1)} KB on average) through the local stack, with every request the handlers sent to S3, DynamoDB and SQS counted at the servers, and each handler invocation timed. Prices are AWS list prices for us-east-1 (arm64 Lambda, S3 Standard, SQS standard, DynamoDB on demand), before any free tier. The table's own figures are per 1,000 articles.`,
    '',
    `**$${fmt(c.perThousand, 4)} per 1,000 articles** with the HTML page beside each report (the default), **$${fmt(c.withoutPages, 4)}** without it (\`-c reportPages=false\`). The target is at most $0.02.`,
    '',
    '| item | arithmetic, per 1,000 articles | cost | share |',
    '|---|---|---|---|',
    ...c.lines.map((l) => `| ${l.item} | ${l.arithmetic} | $${fmt(l.cost, 5)} | ${share(l)} |`),
    `| **total** | | **$${fmt(c.perThousand, 4)}** | |`,
    '',
    '## Measured per article',
    '',
    `- Requests: ${Object.entries(m.requests).sort().map(([op, n]) => `${op} ${per(n)}`).join(', ')}. Reference reads are few because each container caches the table and asks only for its version (one GetItem) per article.`,
    `- Invocations: split ${per(m.invocations.split)}, check ${per(m.invocations.check)} (SQS batches of up to 10 records).`,
    `- Handler time: split ${fmt(m.handlerMs.split / m.articles, 1)} ms, check ${fmt(m.handlerMs.check / m.articles, 1)} ms per article, billed at ${m.memoryMb} MB (the construct's default). The local servers answer over 127.0.0.1; in a region S3 answers in 10 to 30 ms and DynamoDB in a few, so the billed time in AWS is longer: even at 100 ms per article per stage, Lambda compute is $${fmt(0.2 * (m.memoryMb / 1024) * 1000 * PRICES.lambdaGbSecondArm, 4)} per 1,000.`,
    '',
    '## Assumed',
    '',
    `- Logs: ${ASSUMPTIONS.logBytesPerInvocation} bytes per invocation (Lambda's START, END and REPORT lines, the metrics record) and ${ASSUMPTIONS.logBytesPerRecord} bytes per record (one Powertools line) at the default INFO level.`,
    `- DynamoDB: items under 1 KB (1 WRU a write) and eventually consistent reads under 4 KB (0.5 RRU).`,
    `- X-Ray: Lambda's active tracing records the first request each second and ${ASSUMPTIONS.tracedShare * 100}% of the rest; a trickle of articles (under one a second) is traced in full, about $0.01 per 1,000 more.`,
    '- SQS: two messages per article (S3\'s for the upload; split\'s handoff to check, or S3\'s for a claims document stored under claims/) and one receive and one delete per batch. Lambda\'s idle long polling of the two queues is a fixed ~$0.50 a month, not per article.',
    '',
    '## What dominates, and how to lower it',
    '',
    `- ${biggest[0]!.item} (${share(biggest[0]!)}): ${biggest[0]!.item.startsWith('S3 PUT') ? `${fmt(c.puts / 1000, 2)} writes per article: the HTML page and the JSON report, and the claims document only where it is too big for the message (${fmt(c.handedOff / 10, 0)}% of these articles had theirs handed to check in the message, \`claimsMessageMaxBytes\`, saving a PUT, a GET and a HEAD each). The page is a deploy-time choice (\`reportPages\`), one PUT an article.` : ''}`,
    `- ${biggest[1]!.item} (${share(biggest[1]!)}) and ${biggest[2]!.item} (${share(biggest[2]!)}) come next. DynamoDB writes are the idempotency records: two per stage per article, the price of "exactly one report per version".`,
    '- Larger batches (`batchSize`, up to 10 by default) share one invocation, one receive and one delete among more articles.',
    '- The upload itself (a PUT by whoever uploads) and storage are the uploader\'s: ~40 KB per article across article, report and page (and a claims document for big articles), $0.023 per GB-month, with noncurrent versions and claims documents expiring after 30 days.',
  ].join('\n');
}
