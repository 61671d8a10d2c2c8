#!/usr/bin/env node
// The CLI is built into dist/ by `npm install` (the package's prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('factcheck: the CLI is not built yet: run `npm install` (or `npm run build`) in the project first\n');
  process.exit(2);
}
await import(built);
