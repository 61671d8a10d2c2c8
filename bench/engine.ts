import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { CLI_BUILD } from '../scripts/cli-build-options.mjs';

export type Engine = typeof import('./engine-entry.ts');

/**
 * The engine as `factcheck check` runs it: the project's code bundled into one module, as
 * scripts/build.mjs bundles the CLI (and the CDK the Lambdas), not the source files one module
 * each as the benchmark's own loader runs them, which measured 15–20% slower on the same work.
 * Built under dist/, beside the CLI, so it finds reference/ as the CLI does.
 */
export async function loadEngine(): Promise<Engine> {
  const outfile = resolve(import.meta.dirname, '../dist/bench-engine.js');
  await build({ ...CLI_BUILD, entryPoints: [resolve(import.meta.dirname, 'engine-entry.ts')], outfile, sourcemap: false });
  return (await import(pathToFileURL(outfile).href)) as Engine;
}
