import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatOf, formatRowErrors, parseRows, ReferenceFileError } from './rows.ts';
import { MemoryReferenceStore } from './store.ts';
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

/** A reference file (JSON or CSV) read into memory: every row must be valid. */
export function fileReferenceStore(path: string = DEFAULT_REFERENCE): MemoryReferenceStore {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ReferenceFileError(`cannot read reference file ${printable(path)}: ${printable((err as Error).message)}`);
  }
  // The shipped dataset is checked by the tests (tests/cli/reference.test.ts validates it against
  // the schema and the shipped vocabulary): read as it is, it spares every cold `check` some 25 ms.
  const { facts, errors } = path === DEFAULT_REFERENCE ? { facts: JSON.parse(text) as ReferenceFact[], errors: [] } : parseRows(text, formatOf(path));
  if (errors.length) {
    throw new ReferenceFileError(`reference file ${printable(path)} has ${errors.length} invalid row(s):\n${formatRowErrors(errors, 10)}`);
  }
  // The shipped dataset is named as the project names it, not by where it sits on this disk.
  return new MemoryReferenceStore(facts, path === DEFAULT_REFERENCE ? 'reference/facts.json' : path);
}
