// Run by `npm version` (the "version" script): writes package.json's new version into
// shared/version.json, the file the bundles read it from.
import { readFileSync, writeFileSync } from 'node:fs';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../shared/version.json', import.meta.url), `${JSON.stringify({ version }, null, 1).replace(/\n\s*/g, ' ')}\n`);
