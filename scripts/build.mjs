// Builds the CLI into dist/cli.js. Runs on `npm install` (prepare), so a fresh clone's
// `npx factcheck` works with no further step. Dependencies stay in node_modules.
//
// Split into chunks: what a command imports dynamically (the engine for `check`, the AWS SDK
// for the bucket commands) is its own chunk, loaded when that command runs. In one file, every
// dependency of every command would load before the arguments are parsed (ADR 0012).
//
// Beside it, the engine's common path (`check` on the shipped reference and vocabulary, table or
// JSON output) as one CommonJS file, dist/engine/check.cjs, with V8's code cache for it: what a
// cold check would compile, compiled once here (cli/engine.ts, ADR 0012). The modules only other
// options need are left out of it; those options take the chunks.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { CLI_BUILD } from './cli-build-options.mjs';

rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/engine', { recursive: true, force: true });
await build({ ...CLI_BUILD, entryPoints: { cli: 'cli/bin.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });

/** Modules of other options than the common path's: in the common file, a stub that says so. */
const OFF_PATH = /(?:adapters\/dynamodb\/reference-store|reference\/file-store|vocabulary\/file|render\/(?:html|markdown|claim-review))\.ts$/;
const offPath = {
  name: 'off-path',
  setup(b) {
    b.onResolve({ filter: OFF_PATH }, (args) => ({ path: args.path, namespace: 'off-path' }));
    b.onLoad({ filter: /.*/, namespace: 'off-path' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`factcheck: ${args.path} is not in the common-path engine (cli/engine.ts routes its options to the chunks)`)});`,
      loader: 'js',
    }));
  },
};
await build({
  ...CLI_BUILD,
  entryPoints: ['cli/check.ts'],
  outfile: 'dist/engine/check.cjs',
  format: 'cjs',
  sourcemap: false,
  // Smaller to read and to check against its cache; names kept (errors are told by name).
  minifyWhitespace: true,
  minifySyntax: true,
  // import.meta.url is the file's own URL: the shipped reference is found from it.
  banner: { js: "var __factcheckUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__factcheckUrl' },
  plugins: [...CLI_BUILD.plugins, offPath],
});
const made = spawnSync(process.execPath, ['scripts/engine-cache.mjs', 'dist/engine/check.cjs'], { stdio: 'inherit' });
// Without the cache the engine still runs, compiled as it loads: a failure here costs speed only.
if (made.status !== 0) console.warn('build: no code cache for dist/engine/check.cjs (the CLI works without it, more slowly)');
