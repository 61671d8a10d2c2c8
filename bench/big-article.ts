import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LAMBDA_NODE_OPTIONS, lambdaBuildOptions, lambdaNodeFlags, placeShippedVocabulary } from '../infra/bundle-options.ts';
import { singleArticle } from './corpus.ts';
import { extractClaims } from '../shared/claims/extract-claims.ts';
import { DEFAULT_MAX_CLAIMS, TooManyClaimsError } from '../shared/claims/limits.ts';
import { fmt } from './stats.ts';

/**
 * One big article through each stage's work, each stage alone in a fresh process running a
 * bundle built as the Lambdas are built (with its source map), started as the Lambda runtime
 * starts a function of MEMORY_MB: its heap flags, and the functions' NODE_OPTIONS. Wall time and
 * peak resident memory, which is what the function's memory setting must hold.
 */
export const MEMORY_MB = 256;
/** Room to spare: peak resident memory at most this, about 20% under MEMORY_MB, at 10 MB. */
export const PEAK_BAR_MB = 200;

/** The environment the handlers need to load (their clients are made, never called). */
const HANDLER_ENV = { AWS_REGION: 'us-east-1', IDEMPOTENCY_TABLE: 'idempotency', REFERENCE_TABLE: 'reference', POWERTOOLS_METRICS_DISABLED: 'true' };

export interface StageFigures {
  stage: 'split' | 'check';
  ms: number;
  claims: number;
  maxRssMb: number;
  baselineRssMb: number;
  outputBytes: number;
  /** Peak resident memory of the same work under plain `node`, without the runtime's flags. */
  plainRssMb: number;
  /** The error report's code where the stage refused the article (TOO_MANY_CLAIMS). */
  refused?: string;
}

export interface BigArticleResult {
  memoryMb: number;
  /** The node flags and NODE_OPTIONS each stage ran with. */
  flags: string[];
  nodeOptions: string;
  sizes: Array<{ bytes: number; stages: StageFigures[]; dense?: boolean }>;
}

type Run = Omit<StageFigures, 'outputBytes' | 'plainRssMb'>;

export async function benchBigArticle(): Promise<BigArticleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'big-article-'));
  const flags = lambdaNodeFlags(MEMORY_MB);
  try {
    // One bundle per stage, each loading that stage's handler as well as doing its work, so the
    // peak counts the SDK and Powertools a deployed function holds (20-25 MB at start).
    const bundles = { split: join(dir, 'split.mjs'), check: join(dir, 'check.mjs') };
    for (const [stage, bundle] of Object.entries(bundles)) {
      // The CDK bundles with a source map beside the code; --enable-source-maps reads it.
      const options = lambdaBuildOptions('bench/big-article-stage.ts', bundle);
      await build({ ...options, sourcemap: true, define: { ...options.define, 'process.env.BIG_ARTICLE_HANDLER': JSON.stringify(stage) } });
    }
    placeShippedVocabulary(dir);
    const run = (nodeArgs: string[], nodeOptions: string, args: string[]): Run => {
      // The bundle finds reference/facts.json from the working directory, as the CLI does.
      const r = spawnSync(process.execPath, [...nodeArgs, bundles[args[0] as 'split' | 'check'], ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        // What the handlers read from their environment when they load; nothing is called.
        env: { ...process.env, ...HANDLER_ENV, NODE_NO_WARNINGS: '1', NODE_OPTIONS: nodeOptions },
      });
      if (r.status !== 0) throw new Error(`${args[0]} of a big article failed: ${r.stderr.slice(0, 800)}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
    };
    const both = (args: string[]): Run & { plainRssMb: number } => {
      const plain = run([], '', args);
      return { ...run(flags, LAMBDA_NODE_OPTIONS, args), plainRssMb: plain.maxRssMb };
    };
    const sizes: BigArticleResult['sizes'] = [];
    for (const mb of [5, 10]) {
      const article = join(dir, `article-${mb}.txt`);
      const bytes = singleArticle(mb * 1024 * 1024).subarray(0, mb * 1024 * 1024);
      writeFileSync(article, bytes);
      const claims = join(dir, `claims-${mb}.json`);
      const report = join(dir, `report-${mb}.json`);
      const split = { ...both(['split', article, claims]), outputBytes: statSync(claims).size };
      const check = { ...both(['check', claims, report]), outputBytes: statSync(report).size + statSync(`${report}.html`).size };
      sizes.push({ bytes: bytes.length, stages: [split, check] });
    }
    // Figure-dense text (tests/fixtures/hostile/figure-dense.txt, a figure every 15 bytes or
    // so): at 5 MB, past the cap on claims, split stops with TOO_MANY_CLAIMS as soon as the cap
    // is passed; just under the cap, both stages do the whole work, the most one article asks.
    const paragraph = `${readFileSync('tests/fixtures/hostile/figure-dense.txt', 'utf8').trim()}\n\n`;
    // The cap counts figures found, some of which (dates that scope others) make no claim: the
    // largest repetition under it is found by trying, from an estimate by claims.
    const perParagraph = extractClaims(new TextEncoder().encode(paragraph.repeat(10)), { published: '2021-08-16' }).claims.length / 10;
    let atCap = Math.floor((DEFAULT_MAX_CLAIMS * 0.98) / perParagraph);
    const underCap = (n: number) => {
      try {
        extractClaims(new TextEncoder().encode(paragraph.repeat(n)), { maxClaims: DEFAULT_MAX_CLAIMS, published: '2021-08-16' });
        return true;
      } catch (err) {
        if (err instanceof TooManyClaimsError) return false;
        throw err;
      }
    };
    while (!underCap(atCap)) atCap = Math.floor(atCap * 0.97);
    for (const [label, text] of [['5 MB', paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)).slice(0, 5 * 1024 * 1024)], ['cap', paragraph.repeat(atCap)]] as const) {
      const article = join(dir, `dense-${label}.txt`);
      writeFileSync(article, text);
      const claims = join(dir, `dense-${label}.json`);
      const report = join(dir, `dense-report-${label}.json`);
      const split = both(['split', article, claims]);
      const stages: StageFigures[] = [{ ...split, outputBytes: split.refused ? 0 : statSync(claims).size }];
      if (!split.refused) stages.push({ ...both(['check', claims, report]), outputBytes: statSync(report).size + statSync(`${report}.html`).size });
      sizes.push({ bytes: Buffer.byteLength(text), stages, dense: true });
    }
    return { memoryMb: MEMORY_MB, flags, nodeOptions: LAMBDA_NODE_OPTIONS, sizes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const room = (budget: number, peak: number) => (peak <= budget ? `${fmt(budget - peak, 0)} MB` : `none: ${fmt(peak - budget, 0)} MB over`);

export function bigArticleMarkdown(r: BigArticleResult): string {
  const flags = [...r.flags, ...(r.nodeOptions ? [`NODE_OPTIONS=${r.nodeOptions}`] : [])].map((f) => `\`${f}\``).join(' ');
  const big = r.sizes.filter((s) => !s.dense).at(-1)!;
  const worst = Math.max(...big.stages.map((s) => s.maxRssMb));
  return [
    '## 4. One big article',
    '',
    "One article made of the sample articles' paragraphs repeated, at the pipeline's default limit (5 MB, `MAX_ARTICLE_BYTES`) and at 10 MB. Each stage's work runs alone in a fresh process from a bundle built as the Lambdas are built, source map included, that also loads the stage's own handler with the AWS SDK and Powertools, as a deployed function does (`bench/big-article-stage.ts`): split reads, extracts and serialises the claims document; check parses and validates it, judges every claim against the shipped reference, and renders the HTML page and the JSON report. Peak resident memory is what the function's memory setting must hold.",
    '',
    `Each stage runs as the Lambda Node.js runtime starts a ${r.memoryMb} MB function: ${flags} (the flags the runtime's bootstrap passes for ${r.memoryMb} MB, \`--expose-gc\` among them, which lets the stages collect between the phases of a big article, and the functions' own NODE_OPTIONS). The bar for room to spare is a peak of at most ${PEAK_BAR_MB} MB for both stages at 10 MB, about 20% under ${r.memoryMb} MB; at 10 MB the larger peak is ${fmt(worst, 0)} MB, ${worst <= PEAK_BAR_MB ? 'within' : 'over'} the bar. The last column is the same work under plain \`node\` (no flags), whose heap grows more freely.`,
    '',
    `The figure-dense rows are tests/fixtures/hostile/figure-dense.txt repeated: at 5 MB (some 300,000 figures) split stops at the cap on claims per article (${DEFAULT_MAX_CLAIMS.toLocaleString('en-US')}, \`maxClaimsPerArticle\`) with a TOO_MANY_CLAIMS error report, having read only as far as the cap; just under the cap, both stages do the most work one article can ask of them.`,
    '',
    `| article | stage | time | claims | output | peak resident memory | room to spare of ${r.memoryMb} MB | of which the process before the work | plain node |`,
    '|---|---|---|---|---|---|---|---|---|',
    ...r.sizes.flatMap((s) =>
      s.stages.map(
        (st) =>
          `| ${s.dense ? `${fmt(s.bytes / 1024 / 1024, s.bytes < 1024 * 1024 ? 2 : 0)} MB, figure-dense` : `${fmt(s.bytes / 1024 / 1024, 0)} MB`} | ${st.stage} | ${fmt(st.ms / 1000, 2)} s | ${st.refused ? `${st.refused} error report (cap ${DEFAULT_MAX_CLAIMS.toLocaleString('en-US')})` : st.claims.toLocaleString('en-US')} | ${fmt(st.outputBytes / 1024 / 1024, 1)} MB | **${fmt(st.maxRssMb, 0)} MB** | ${room(r.memoryMb, st.maxRssMb)} | ${fmt(st.baselineRssMb, 0)} MB | ${fmt(st.plainRssMb, 0)} MB |`,
      ),
    ),
  ].join('\n');
}
