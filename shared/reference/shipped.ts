import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryReferenceStore } from './store.ts';
import { ReferenceFileError } from './errors.ts';
import { printable } from '../calendar.ts';
import type { ReferenceFact } from './fact.ts';

/** The shipped dataset, the CLI's default reference: found from the sources or from the built CLI in dist/. */
export const DEFAULT_REFERENCE = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'reference', 'facts.json');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'reference', 'facts.json');
})();

/**
 * The shipped dataset, read as it is: the tests check it (tests/cli/reference.test.ts validates it
 * against the schema and the shipped vocabulary). Apart from file-store.ts, which reads a user's
 * file through the schema and a CSV parser, so that a `check` on the shipped data loads neither.
 */
export function shippedReferenceStore(): MemoryReferenceStore {
  let text: string;
  try {
    text = readFileSync(DEFAULT_REFERENCE, 'utf8');
  } catch (err) {
    throw new ReferenceFileError(`cannot read reference file ${printable(DEFAULT_REFERENCE)}: ${printable((err as Error).message)}`);
  }
  // The shipped dataset is named as the project names it, not by where it sits on this disk.
  return new MemoryReferenceStore(JSON.parse(text) as ReferenceFact[], 'reference/facts.json');
}
