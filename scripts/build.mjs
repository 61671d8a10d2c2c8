// Builds the CLI into dist/cli.js. Runs on `npm install` (prepare), so a fresh clone's
// `npx factcheck` works with no further step. Dependencies stay in node_modules.
import { build } from 'esbuild';
import { CLI_BUILD } from './cli-build-options.mjs';

await build({ ...CLI_BUILD, entryPoints: ['cli/bin.ts'], outfile: 'dist/cli.js' });
