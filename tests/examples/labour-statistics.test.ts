import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS, startLocalStack, type LocalStack } from '../../adapters/local/stack.ts';
import { run, type Io } from '../../cli/main.ts';
import type { JudgedClaim, VerdictReport } from '../../shared/report/report.ts';

/**
 * The second shipped beat (examples/labour-statistics): its articles checked against its own
 * vocabulary and facts through the CLI, and through the local stack with the vocabulary loaded
 * into the reference table as a deployed stack keeps it. expected.json was written before the
 * engine ran on the articles; the engine must never contradict a figure it expects otherwise.
 */
const BEAT = 'examples/labour-statistics';
const expected: Record<string, Array<{ quote: string; expect: JudgedClaim['verdict'] }>> = JSON.parse(readFileSync(join(BEAT, 'expected.json'), 'utf8')).articles;
const files = readdirSync(join(BEAT, 'articles')).sort();

/** Each expected figure matched to the first unused claim whose text holds its quote. */
function compare(report: VerdictReport, list: (typeof expected)[string]) {
  const used = new Set<string>();
  return list.map((e) => {
    const c = report.claims.find((x) => x.figure.kind !== 'consistency' && !used.has(x.id) && (x.figure.text.includes(e.quote) || x.quote.includes(e.quote)));
    if (c) used.add(c.id);
    return { quote: e.quote, expect: e.expect, got: c?.verdict ?? null };
  });
}

const capture = (): Io & { out: string[] } => {
  const out: string[] = [];
  return { out, stdout: (s) => out.push(s), stderr: () => {}, stdin: () => new Uint8Array() };
};

let viaCli: Map<string, VerdictReport>;

beforeAll(async () => {
  const io = capture();
  await run(['check', '--beat', BEAT, '--format', 'json'], io);
  const reports = JSON.parse(io.out.join('')) as VerdictReport[];
  viaCli = new Map(reports.map((r) => [r.article.source.split('/').pop()!, r]));
});

describe('the labour-statistics beat through the CLI', () => {
  it('judges every article, with the beat\'s own vocabulary', () => {
    expect([...viaCli.keys()].sort()).toEqual(files);
    for (const r of viaCli.values()) expect(r.engine.vocabulary).toBe(JSON.parse(readFileSync(join(BEAT, 'vocabulary.json'), 'utf8')).version);
  });

  it('contradicts no figure the key expects otherwise, and agrees with it on most', () => {
    const rows = files.flatMap((f) => compare(viaCli.get(f)!, expected[f] ?? []));
    const wrongC = rows.filter((r) => r.got === 'contradicted' && r.expect !== 'contradicted');
    expect(wrongC).toEqual([]);
    const agreed = rows.filter((r) => r.got === r.expect).length;
    // Measured when the beat was added: 28 of 38 (the key, and the reasons for the rest, in its README).
    expect(agreed).toBeGreaterThanOrEqual(28);
    expect(rows.filter((r) => r.expect === 'contradicted' && r.got === 'contradicted').length).toBeGreaterThanOrEqual(4);
  });
});

describe('the labour-statistics beat through the local stack', () => {
  let stack: LocalStack;
  let s3: S3Client;
  beforeAll(async () => {
    stack = await startLocalStack({ reference: join(BEAT, 'facts.json'), vocabulary: join(BEAT, 'vocabulary.json'), visibilityTimeoutMs: 200 });
    s3 = new S3Client({ endpoint: stack.s3Endpoint, forcePathStyle: true, region: 'us-east-1', credentials: LOCAL_CREDENTIALS, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  }, 60_000);
  afterAll(async () => {
    s3?.destroy();
    await stack?.stop();
  });

  it('gives each uploaded article the verdicts the CLI gives', async () => {
    for (const f of files) await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: `articles/${f}`, Body: readFileSync(join(BEAT, 'articles', f)) }));
    await stack.idle();
    for (const f of files) {
      const body = await (await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: `reports/${f}.json` }))).Body!.transformToString();
      const report: VerdictReport = JSON.parse(body);
      const verdicts = (r: VerdictReport) => r.claims.map((c) => `${c.figure.text}: ${c.verdict}`);
      expect(verdicts(report), f).toEqual(verdicts(viaCli.get(f)!));
    }
  });
});
