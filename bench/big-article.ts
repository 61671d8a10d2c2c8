import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../infra/bundle-options.ts';
import { singleArticle } from './corpus.ts';
import { fmt } from './stats.ts';

/**
 * One big article through each stage's work, each stage alone in a fresh process running a
 * bundle built as the Lambdas are built: wall time and peak resident memory, which is what a
 * function's memory setting must hold.
 */
export interface StageFigures {
  stage: 'split' | 'check';
  ms: number;
  claims: number;
  maxRssMb: number;
  baselineRssMb: number;
  outputBytes: number;
}

export interface BigArticleResult {
  sizes: Array<{ bytes: number; stages: StageFigures[] }>;
}

export async function benchBigArticle(): Promise<BigArticleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'big-article-'));
  try {
    const bundle = join(dir, 'stage.mjs');
    await build(lambdaBuildOptions('bench/big-article-stage.ts', bundle));
    const run = (args: string[]): StageFigures => {
      // The bundle finds reference/facts.json from the working directory, as the CLI does.
      const r = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
      if (r.status !== 0) throw new Error(`${args[0]} of a big article failed: ${r.stderr.slice(0, 800)}`);
      return JSON.parse(r.stdout.trim().split('\n').pop()!) as StageFigures;
    };
    const sizes: BigArticleResult['sizes'] = [];
    for (const mb of [5, 10]) {
      const article = join(dir, `article-${mb}.txt`);
      const bytes = singleArticle(mb * 1024 * 1024).subarray(0, mb * 1024 * 1024);
      writeFileSync(article, bytes);
      const claims = join(dir, `claims-${mb}.json`);
      const report = join(dir, `report-${mb}.json`);
      const split = { ...run(['split', article, claims]), outputBytes: statSync(claims).size };
      const check = { ...run(['check', claims, report]), outputBytes: statSync(report).size + statSync(`${report}.html`).size };
      sizes.push({ bytes: bytes.length, stages: [split, check] });
    }
    return { sizes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function bigArticleMarkdown(r: BigArticleResult): string {
  return [
    '## 4. One big article',
    '',
    "One article made of the sample articles' paragraphs repeated, at the pipeline's default limit (5 MB, `MAX_ARTICLE_BYTES`) and at 10 MB. Each stage's work runs alone in a fresh process from a bundle built as the Lambdas are built (`bench/big-article-stage.ts`): split reads, extracts and serialises the claims document; check parses and validates it, judges every claim against the shipped reference, and renders the HTML page and the JSON report. Peak resident memory is what the function's memory setting must hold.",
    '',
    '| article | stage | time | claims | output | peak resident memory | of which the process before the work |',
    '|---|---|---|---|---|---|---|',
    ...r.sizes.flatMap((s) =>
      s.stages.map((st) => `| ${fmt(s.bytes / 1024 / 1024, 0)} MB | ${st.stage} | ${fmt(st.ms / 1000, 2)} s | ${st.claims.toLocaleString('en-US')} | ${fmt(st.outputBytes / 1024 / 1024, 1)} MB | **${fmt(st.maxRssMb, 0)} MB** | ${fmt(st.baselineRssMb, 0)} MB |`),
    ),
  ].join('\n');
}
