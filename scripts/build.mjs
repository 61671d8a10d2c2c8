// Builds the CLI into dist/cli.js. Runs on `npm install` (prepare), so a fresh clone's
// `npx factcheck` works with no further step. Dependencies stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/bin.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
