// `npm run bench` measures the engine and writes BENCHMARKS.md; `npm run bench -- --quick`
// runs a small version and fails only on a gross regression against bench/baseline.json.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, type, release } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { benchExtraction, extractionMarkdown } from './extraction.ts';
import { dropSdkNodeNotice } from '../shared/node-notice.ts';
import { benchJudging, judgingMarkdown } from './judging.ts';
import { benchColdStart, coldStartMarkdown } from './coldstart.ts';
import { benchBigArticle, bigArticleMarkdown } from './big-article.ts';
import { benchEndToEnd, endToEndMarkdown } from './end-to-end.ts';
import { costMarkdown, costModel } from './cost.ts';
import { benchCliCold, cliColdMarkdown, cliColdRatios, CLI_COLD_LIMITS, CLI_COLD_TARGETS } from './cli-cold.ts';

const quick = process.argv.includes('--quick');

dropSdkNodeNotice();

// One core, as the targets say: re-run pinned to CPU 0 where taskset exists.
if (process.platform === 'linux' && process.env.FACTCHECK_BENCH_PINNED !== '1') {
  const has = spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;
  if (has) {
    const r = spawnSync('taskset', ['-c', '0', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, FACTCHECK_BENCH_PINNED: '1' },
    });
    process.exit(r.status ?? 1);
  }
}

const started = new Date();
const extraction = await benchExtraction({ quick });
const judging = await benchJudging({ quick });
const coldStart = quick ? null : await benchColdStart({ quick });
const bigArticle = quick ? null : await benchBigArticle();
const endToEnd = quick ? null : await benchEndToEnd({ quick });
const cliCold = benchCliCold({ quick });
const ratio = extraction.check.median / extraction.intlSegmenter.median;
const baselinePath = new URL('./baseline.json', import.meta.url);
const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as { checkOverSegmentation: number; quickCheckOverSegmentation: number };

if (quick) {
  // The quick run is smaller and less warmed up than the full one: it has its own baseline.
  const limit = baseline.quickCheckOverSegmentation * 5;
  console.log(`extraction+judging/segmentation time ratio ${ratio.toFixed(2)} (quick baseline ${baseline.quickCheckOverSegmentation}, fails above ${limit.toFixed(2)})`);
  const rounds = Math.max(...judging.dynamo.map((d) => d.rounds));
  console.log(`judging: ${(judging.claimsPerPass / (judging.fileJudging.median / 1000)).toFixed(0)} claims/s on the file adapter; ${rounds} round(s) per article against DynamoDB`);
  if (rounds > 2) {
    console.error('bench: an article took more than 2 rounds of DynamoDB requests');
    process.exit(1);
  }
  const cold = cliColdRatios(cliCold);
  console.log(`CLI cold, whole process: --version ${cold.version.toFixed(2)}x bare node (target ${CLI_COLD_TARGETS.version}x); check 5 KB ${cold.small.toFixed(2)}x bare node (target ${CLI_COLD_TARGETS.small}x); check 5 MB ${cold.big.toFixed(2)}x bare segmentation (target ${CLI_COLD_TARGETS.big}x)`);
  const over = (Object.keys(CLI_COLD_LIMITS) as Array<keyof typeof CLI_COLD_LIMITS>).filter((k) => cold[k] > CLI_COLD_LIMITS[k]);
  if (over.length) {
    console.error(`bench: the cold CLI is over its limit (${over.map((k) => `${k} ${CLI_COLD_LIMITS[k]}x`).join(', ')})`);
    process.exit(1);
  }
  if (ratio > limit) {
    console.error('bench: gross regression: extraction and judging are more than 5x slower, relative to segmentation, than the committed baseline');
    process.exit(1);
  }
  process.exit(0);
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const md = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${started.toISOString().slice(0, 10)}. Re-run it to refresh; \`npm run bench -- --quick\` is the regression guard CI runs.`,
  '',
  '## Machine and method',
  '',
  `- ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${type()} ${release()}; Node ${process.version}.`,
  `- Pinned to one core (${process.env.FACTCHECK_BENCH_PINNED === '1' ? '`taskset -c 0`' : 'not pinned: taskset unavailable'}). Each figure is the median of several passes, with the fastest and slowest in brackets; passes of the things compared alternate, so that noise hits them alike.`,
  '- Timings live here, never in tests.',
  '',
  extractionMarkdown(extraction),
  '',
  judgingMarkdown(judging),
  '',
  cliColdMarkdown(cliCold),
  '',
  ...(coldStart ? [coldStartMarkdown(coldStart), ''] : []),
  ...(bigArticle ? [bigArticleMarkdown(bigArticle), ''] : []),
  ...(endToEnd ? [endToEndMarkdown(endToEnd), ''] : []),
];
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), md.join('\n'));
if (endToEnd) {
  const cost = costModel(endToEnd.measured);
  writeFileSync(new URL('../docs/cost.md', import.meta.url), `${costMarkdown(endToEnd.measured, cost, started.toISOString().slice(0, 10))}\n`);
  console.log(`\ncost per 1,000 articles: $${cost.perThousand.toFixed(4)} ($${cost.withoutPages.toFixed(4)} without pages); docs/cost.md written`);
}
console.log(md.join('\n'));
console.log(`\nextraction+judging/segmentation ratio: ${ratio.toFixed(2)} (baseline ${baseline.checkOverSegmentation})`);
// Done: the servers and clients the sections started are stopped, but a stray keep-alive
// socket or timer must not keep a finished benchmark running.
process.exit(0);
