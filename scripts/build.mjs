// Builds the CLI into dist/cli.js. Runs on `npm install` (prepare), so a fresh clone's
// `npx factcheck` works with no further step. Dependencies stay in node_modules.
//
// Split into chunks: what a command imports dynamically (the engine for `check`, the AWS SDK
// for the bucket commands) is its own chunk, loaded when that command runs. In one file, every
// dependency of every command would load before the arguments are parsed (ADR 0012).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { CLI_BUILD } from './cli-build-options.mjs';

rmSync('dist/chunks', { recursive: true, force: true });
await build({ ...CLI_BUILD, entryPoints: { cli: 'cli/bin.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
