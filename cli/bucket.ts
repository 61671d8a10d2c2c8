import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Command, Option } from 'commander';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { s3Client } from '../adapters/s3/client.ts';
import { PREFIX } from '../shared/pipeline/keys.ts';
import { ErrorReport } from '../shared/pipeline/error-report.ts';
import { VerdictReport } from '../shared/report/report.ts';
import { ClaimsDocument } from '../shared/claims/document.ts';
import { coverage, coverageTable } from '../shared/report/coverage.ts';
import { EXIT, type Io } from './exit.ts';
import { ARTICLE_EXTENSIONS, InputError, isBeatFolder } from './inputs.ts';
import { resolveTarget, type TargetOptions } from './target.ts';
import { FORMATS, rendererFor, type Format } from './formats.ts';

/** The commands that work with a pipeline's bucket, on AWS or the local stack (--endpoint). */

type BucketOptions = TargetOptions;

const bucketOptions = (c: Command) =>
  c
    .option('--bucket <name>', "the pipeline's bucket (default: FACTCHECK_BUCKET, else the running local stack's)")
    .option('--stack <name>', "a deployed stack's name: its bucket from the stack's outputs (CloudFormation DescribeStacks)")
    .option('--endpoint <url>', 'S3 endpoint, for a local server (default: FACTCHECK_ENDPOINT, else the running local stack\'s)')
    .option('--region <region>', 'AWS region');

/** The S3 client and bucket a command works with (cli/target.ts says from where). */
async function open(o: BucketOptions): Promise<{ s3: S3Client; bucket: string }> {
  const t = await resolveTarget(o);
  return { s3: s3Client(t), bucket: t.bucket };
}

const CONTENT_TYPE: Record<string, string> = { '.html': 'text/html', '.htm': 'text/html', '.xhtml': 'text/html', '.md': 'text/markdown', '.markdown': 'text/markdown' };
const contentType = (file: string) => `${CONTENT_TYPE[/\.[^.]+$/.exec(file.toLowerCase())?.[0] ?? ''] ?? 'text/plain'}; charset=utf-8`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function getText(s3: S3Client, bucket: string, key: string): Promise<string | null> {
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return (await out.Body?.transformToString('utf-8')) ?? '';
  } catch (err) {
    if ((err as Error).name === 'NoSuchKey' || (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
    throw err;
  }
}

/** "articles/a.txt", "a.txt", "reports/a.txt.json" and "claims/a.txt.json" all name the same article. */
export function relativeKey(key: string): string {
  let k = key.replace(/^\/+/, '');
  for (const p of [PREFIX.articles, PREFIX.reports, PREFIX.claims, PREFIX.errors]) if (k.startsWith(p)) k = k.slice(p.length);
  if (key.startsWith(PREFIX.reports) || key.startsWith(PREFIX.claims) || key.startsWith(PREFIX.errors)) k = k.replace(/\.json$/, '');
  return k;
}

function files(args: readonly string[], skipped: (dir: string) => void = () => {}): Array<{ path: string; rel: string }> {
  const out: Array<{ path: string; rel: string }> = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      throw new InputError(`${arg}: no such file or directory`);
    }
    if (!st.isDirectory()) {
      out.push({ path: arg, rel: basename(arg) });
      continue;
    }
    const stack = [arg];
    while (stack.length) {
      const d = stack.pop()!;
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.name.startsWith('.') || /^README/i.test(e.name)) continue;
        const p = join(d, e.name);
        // Another beat's articles are judged against that beat's vocabulary: not uploaded with these.
        if (e.isDirectory() && isBeatFolder(p)) skipped(p);
        else if (e.isDirectory()) stack.push(p);
        else if (e.isFile() && ARTICLE_EXTENSIONS.test(e.name)) out.push({ path: p, rel: relative(arg, p).split('\\').join('/') });
      }
    }
  }
  return out.sort((a, b) => a.rel.localeCompare(b.rel));
}

function progress(io: Io, tty: boolean, done: number, total: number): void {
  if (!tty || total < 2) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} uploaded${done === total ? '\n' : ''}`);
}

type Counts = VerdictReport['counts'];

interface Waited {
  key: string;
  counts?: Counts;
  error?: ErrorReport;
}

/**
 * A report's bytes-judged hash and counts: from its metadata (a HEAD, whatever the report's
 * size: a claim-dense article's report runs to tens of megabytes), else from the report itself
 * (one written before reports carried their summary). Null when there is none.
 */
async function reportSummary(s3: S3Client, bucket: string, key: string): Promise<{ sha256: string; counts: Counts } | null> {
  let head;
  try {
    head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404 || (err as Error).name === 'NotFound') return null;
    throw err;
  }
  const m = head.Metadata ?? {};
  const n = (k: string) => Number(m[k]);
  if (m.sha256 && ['claims', 'supported', 'contradicted', 'disputed', 'unverifiable'].every((k) => Number.isInteger(n(k)))) {
    return { sha256: m.sha256, counts: { claims: n('claims'), supported: n('supported'), contradicted: n('contradicted'), disputed: n('disputed'), unverifiable: n('unverifiable') } };
  }
  const text = await getText(s3, bucket, key);
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = VerdictReport.safeParse(json);
  return parsed.success ? { sha256: parsed.data.article.sha256, counts: parsed.data.counts } : null;
}

/** Waits for each upload's report (or error report): the report of exactly these bytes. */
async function waitFor(s3: S3Client, bucket: string, uploads: Array<{ rel: string; sha256: string; at: number }>, timeoutMs: number, io: Io, progressOf: (done: number, total: number) => void = () => {}): Promise<Waited[]> {
  const pending = new Map(uploads.map((u) => [u.rel, u]));
  const done: Waited[] = [];
  const until = Date.now() + timeoutMs;
  while (pending.size && Date.now() < until) {
    for (const [rel, u] of [...pending]) {
      const summary = await reportSummary(s3, bucket, `${PREFIX.reports}${rel}.json`);
      if (summary && summary.sha256 === u.sha256) {
        done.push({ key: `${PREFIX.articles}${rel}`, counts: summary.counts });
        pending.delete(rel);
        continue;
      }
      try {
        const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: `${PREFIX.errors}${rel}.json` }));
        // An error report written since this upload (S3 keeps whole seconds).
        if (head.LastModified && head.LastModified.getTime() >= Math.floor(u.at / 1000) * 1000) {
          const error = ErrorReport.safeParse(JSON.parse((await getText(s3, bucket, `${PREFIX.errors}${rel}.json`)) ?? '{}'));
          if (error.success) {
            done.push({ key: `${PREFIX.articles}${rel}`, error: error.data });
            pending.delete(rel);
          }
        }
      } catch (err) {
        if ((err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== 404 && (err as Error).name !== 'NotFound') throw err;
      }
    }
    if (pending.size) {
      progressOf(done.length, uploads.length);
      await sleep(500);
    }
  }
  progressOf(done.length, uploads.length);
  for (const rel of pending.keys()) io.stderr(`factcheck: ${PREFIX.articles}${rel}: no report after ${Math.round(timeoutMs / 1000)} s\n`);
  return done;
}

function summaryLine(w: Waited): string {
  if (w.error) return `✗ ${w.key}: ${w.error.error.code}: ${w.error.error.message}`;
  const c = w.counts!;
  return `${c.contradicted ? '!' : '✓'} ${w.key}: ${c.claims} ${c.claims === 1 ? 'claim' : 'claims'}: ${c.supported} supported, ${c.contradicted} contradicted, ${c.disputed} disputed, ${c.unverifiable} unverifiable`;
}

export function bucketCommands(io: Io, setExit: (code: number) => void, isTTY: () => boolean): Command[] {
  const formatOption = () => new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('table');

  const upload = bucketOptions(
    new Command('upload')
      .description('upload articles to the bucket, optionally waiting for their reports')
      .argument('<inputs...>', 'article files or directories (.txt, .md, .html)'),
  )
    .option('--prefix <prefix>', 'key prefix the pipeline watches', PREFIX.articles)
    .option('--published <date>', 'publication date for every article (stored as x-amz-meta-published)')
    .option('--wait', 'wait for each article’s report and print a summary')
    .option('--timeout <seconds>', 'how long --wait waits', '300')
    .addHelpText('after', `
Examples:
  factcheck upload story.txt --bucket my-factcheck-bucket --wait
  factcheck upload archive/ --bucket factcheck-local --endpoint http://127.0.0.1:4569 --published 2021-08-16

Exit codes: 0 done; 1 a report has a contradicted claim (with --wait); 2 an error report, a timeout or bad input.`)
    .action(async (inputs: string[], o: BucketOptions & { prefix: string; published?: string; wait?: boolean; timeout: string }) => {
      if (o.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) throw new InputError(`--published must be a date as YYYY-MM-DD, got "${o.published}"`);
      const prefix = o.prefix.endsWith('/') ? o.prefix : `${o.prefix}/`;
      const list = files(inputs, (dir) => io.stderr(`factcheck: skipped ${dir}: a beat of its own (vocabulary.json, facts.json); its articles are judged against its own vocabulary, loaded with reference load --vocabulary\n`));
      if (list.length === 0) throw new InputError('no article files to upload (.txt, .md, .html)');
      const { s3, bucket } = await open(o);
      const uploads: Array<{ rel: string; sha256: string; at: number }> = [];
      try {
        let done = 0;
        for (const f of list) {
          const bytes = readFileSync(f.path);
          const key = `${prefix}${f.rel}`;
          const at = Date.now();
          await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType(f.path), ...(o.published ? { Metadata: { published: o.published } } : {}) }));
          uploads.push({ rel: key.startsWith(PREFIX.articles) ? key.slice(PREFIX.articles.length) : f.rel, sha256: createHash('sha256').update(bytes).digest('hex'), at });
          progress(io, isTTY(), ++done, list.length);
          if (!isTTY() || list.length < 2) io.stderr(`uploaded s3://${bucket}/${key}\n`);
        }
        if (!o.wait) return;
        if (prefix !== PREFIX.articles) throw new InputError(`--wait follows reports of uploads under ${PREFIX.articles}, not ${prefix}`);
        // Progress while waiting: on a terminal a line redrawn, elsewhere a line when the count moves.
        let shown = -1;
        const waiting = (done: number, total: number) => {
          if (done === shown) return;
          shown = done;
          io.stderr(isTTY() ? `\r${done}/${total} reports${done === total ? '\n' : ''}` : `${done}/${total} reports\n`);
        };
        const waited = await waitFor(s3, bucket, uploads, Number(o.timeout) * 1000, io, waiting);
        for (const w of waited) io.stdout(`${summaryLine(w)}\n`);
        if (waited.length < uploads.length || waited.some((w) => w.error)) setExit(EXIT.badInput);
        else if (waited.some((w) => w.counts!.contradicted > 0)) setExit(EXIT.contradicted);
      } finally {
        s3.destroy();
      }
    });

  const report = bucketOptions(
    new Command('report').description("fetch one article's verdict report from the bucket and render it").argument('<key>', 'the article’s key (articles/story.txt, story.txt or reports/story.txt.json)'),
  )
    .addOption(formatOption())
    .addHelpText('after', `
Examples:
  factcheck report articles/story.txt --bucket my-factcheck-bucket
  factcheck report story.txt --bucket factcheck-local --endpoint http://127.0.0.1:4569 --format html > story.html

Exit codes: 0 nothing contradicted; 1 a claim is contradicted; 2 no report (or an error report) for that key.`)
    .action(async (key: string, o: BucketOptions & { format: Format }) => {
      const rel = relativeKey(key);
      const { s3, bucket } = await open(o);
      try {
        const text = await getText(s3, bucket, `${PREFIX.reports}${rel}.json`);
        if (text === null) {
          const error = await getText(s3, bucket, `${PREFIX.errors}${rel}.json`);
          if (error !== null) {
            const e = ErrorReport.safeParse(JSON.parse(error));
            io.stderr(`factcheck: ${PREFIX.articles}${rel}: ${e.success ? `${e.data.error.code}: ${e.data.error.message}` : 'an error report that cannot be read'}\n`);
          } else io.stderr(`factcheck: no report for ${PREFIX.articles}${rel} in ${bucket} (yet)\n`);
          setExit(EXIT.badInput);
          return;
        }
        const parsed = VerdictReport.safeParse(JSON.parse(text));
        if (!parsed.success) throw new InputError(`${PREFIX.reports}${rel}.json is not a verdict report this version can read`);
        let article: string | undefined;
        if (o.format === 'html') {
          const claims = await getText(s3, bucket, `${PREFIX.claims}${rel}.json`);
          const doc = claims ? ClaimsDocument.safeParse(JSON.parse(claims)) : null;
          article = doc?.success ? doc.data.text : undefined;
        }
        io.stdout((await rendererFor(o.format))(parsed.data, article));
        if (parsed.data.counts.contradicted > 0) setExit(EXIT.contradicted);
      } finally {
        s3.destroy();
      }
    });

  const watch = bucketOptions(new Command('watch').description('follow new reports (and error reports) as they arrive'))
    .option('--interval <seconds>', 'how often to look', '2')
    .option('--all', 'also show the reports already there')
    .option('--count <n>', 'stop after this many new reports')
    .addOption(new Option('-f, --format <format>', 'how to show each report').choices(['summary', 'json']).default('summary'))
    .addHelpText('after', `
Examples:
  factcheck watch --bucket my-factcheck-bucket
  factcheck watch --bucket factcheck-local --endpoint http://127.0.0.1:4569 --count 5

Ctrl-C stops it.`)
    .action(async (o: BucketOptions & { interval: string; all?: boolean; count?: string; format: 'summary' | 'json' }) => {
      const { s3, bucket } = await open(o);
      const seen = new Map<string, string>();
      let first = !o.all;
      let shown = 0;
      const limit = o.count ? Number(o.count) : Infinity;
      let stop = false;
      const onSigint = () => (stop = true);
      process.once('SIGINT', onSigint);
      io.stderr(`watching s3://${bucket}/${PREFIX.reports} and ${PREFIX.errors} every ${o.interval} s${o.all ? ', the reports already there first' : ' for new reports'}${Number.isFinite(limit) ? `, until ${limit}` : ''}; Ctrl-C stops\n`);
      try {
        while (!stop && shown < limit) {
          for (const prefix of [PREFIX.reports, PREFIX.errors]) {
            let token: string | undefined;
            do {
              const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
              for (const obj of page.Contents ?? []) {
                if (!obj.Key?.endsWith('.json') || seen.get(obj.Key) === obj.ETag) continue;
                seen.set(obj.Key, obj.ETag ?? '');
                if (first || shown >= limit) continue;
                const rel = relativeKey(obj.Key);
                // A summary of a report is read from its metadata: the report may be huge.
                if (o.format === 'summary' && prefix === PREFIX.reports) {
                  const r = await reportSummary(s3, bucket, obj.Key);
                  if (!r) continue;
                  io.stdout(`${summaryLine({ key: `${PREFIX.articles}${rel}`, counts: r.counts })}\n`);
                  shown++;
                  continue;
                }
                const text = await getText(s3, bucket, obj.Key);
                if (text === null) continue;
                if (o.format === 'json') io.stdout(`${text.trim()}\n`);
                else {
                  const e = ErrorReport.safeParse(JSON.parse(text));
                  if (e.success) io.stdout(`${summaryLine({ key: `${PREFIX.articles}${rel}`, error: e.data })}\n`);
                }
                shown++;
              }
              token = page.NextContinuationToken;
            } while (token);
          }
          first = false;
          if (!stop && shown < limit) await sleep(Number(o.interval) * 1000);
        }
      } finally {
        process.off('SIGINT', onSigint);
        s3.destroy();
      }
    });

  const cover = new Command('coverage')
    .description('list what was unverifiable across many reports, grouped by entity and measure: the reference rows to add next')
    .argument('[dir]', 'a folder of verdict reports (*.json)')
    .option('--bucket <name>', "read the reports under reports/ in the pipeline's bucket")
    .option('--endpoint <url>', 'S3 endpoint, for the local stack')
    .option('--region <region>', 'AWS region')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', `
Examples:
  factcheck check articles/ --format json --out reports/ && factcheck coverage reports/
  factcheck coverage --bucket my-factcheck-bucket --format json`)
    .action(async (dir: string | undefined, o: Partial<BucketOptions> & { format: 'table' | 'json' }) => {
      if (!dir === !o.bucket) throw new InputError('give a folder of reports or --bucket, one of the two');
      const reports: VerdictReport[] = [];
      const take = (text: string) => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return;
        }
        for (const item of Array.isArray(json) ? json : [json]) {
          const r = VerdictReport.safeParse(item);
          if (r.success) reports.push(r.data);
        }
      };
      if (dir) {
        const stack = [dir];
        while (stack.length) {
          const d = stack.pop()!;
          let entries;
          try {
            entries = readdirSync(d, { withFileTypes: true });
          } catch {
            throw new InputError(`${d}: not a readable folder`);
          }
          for (const e of entries) {
            const p = join(d, e.name);
            if (e.isDirectory()) stack.push(p);
            else if (e.name.endsWith('.json')) take(readFileSync(p, 'utf8'));
          }
        }
      } else {
        const s3 = s3Client(o as BucketOptions);
        try {
          let token: string | undefined;
          do {
            const page = await s3.send(new ListObjectsV2Command({ Bucket: o.bucket, Prefix: PREFIX.reports, ContinuationToken: token }));
            for (const obj of page.Contents ?? []) {
              if (!obj.Key?.endsWith('.json')) continue;
              const text = await getText(s3, o.bucket!, obj.Key);
              if (text) take(text);
            }
            token = page.NextContinuationToken;
          } while (token);
        } finally {
          s3.destroy();
        }
      }
      const c = coverage(reports);
      io.stdout(o.format === 'json' ? `${JSON.stringify(c, null, 2)}\n` : `${coverageTable(c)}\n`);
    });

  return [upload, report, watch, cover];
}
