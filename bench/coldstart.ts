import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { lambdaBuildOptions, placeShippedVocabulary } from '../infra/bundle-options.ts';
import { fmt, spread, summarise, type Summary } from './stats.ts';

/**
 * Each Lambda's bundle as the CDK builds it (ESM, minified, the AWS SDK bundled in) and its
 * module initialisation: importing the bundle in a fresh Node process, beside a bare
 * `node -e ''` measured in the same run.
 */
export interface ColdStartResult {
  functions: Array<{ name: string; bytes: number; gzip: number; init: Summary; bare: Summary }>;
}


function timeProcess(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

export async function benchColdStart(opts: { quick: boolean }): Promise<ColdStartResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bundles-'));
  const out: ColdStartResult['functions'] = [];
  const env = {
    ...process.env,
    IDEMPOTENCY_TABLE: 'idempotency',
    REFERENCE_TABLE: 'reference',
    AWS_REGION: 'us-east-1',
    POWERTOOLS_METRICS_DISABLED: 'true',
    NODE_NO_WARNINGS: '1',
  };
  for (const name of ['split', 'check']) {
    const outfile = join(dir, `${name}.mjs`);
    await build(lambdaBuildOptions(`functions/${name}.ts`, outfile));
    placeShippedVocabulary(dir);
    const bytes = statSync(outfile).size;
    const gzip = gzipSync(readFileSync(outfile)).length;
    const runs = opts.quick ? 5 : 15;
    const init: number[] = [];
    const bare: number[] = [];
    timeProcess(['-e', ''], env);
    for (let i = 0; i < runs; i++) {
      bare.push(timeProcess(['-e', ''], env));
      init.push(timeProcess(['--input-type=module', '-e', `await import(${JSON.stringify(`file://${outfile}`)})`], env));
    }
    out.push({ name, bytes, gzip, init: summarise(init), bare: summarise(bare) });
  }
  return { functions: out };
}

export function coldStartMarkdown(r: ColdStartResult): string {
  return [
    '## 3. Cold start',
    '',
    'Each function bundled as the CDK bundles it (ESM, minified, AWS SDK v3 and every dependency included), then imported in a fresh Node process; beside it, in the same run, a bare `node -e \'\'`. Initialisation is the difference of the medians.',
    '',
    '| function | bundle | gzipped | import in a fresh process | bare `node -e \'\'` | initialisation above bare Node |',
    '|---|---|---|---|---|---|',
    ...r.functions.map((f) => `| ${f.name} | ${fmt(f.bytes / 1024, 0)} KB | ${fmt(f.gzip / 1024, 0)} KB | ${spread(f.init)} | ${spread(f.bare)} | **${fmt(f.init.median - f.bare.median)} ms** |`),
    '',
    'Targets: at most 1,120,000 bytes per function with the AWS SDK bundled (docs/adr/0005-bundle-budget.md); initialisation at most 150 ms above bare Node.',
  ].join('\n');
}
