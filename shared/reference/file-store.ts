import { readFileSync } from 'node:fs';
import { formatOf, formatRowErrors, parseRows, ReferenceFileError } from './rows.ts';
import { MemoryReferenceStore } from './store.ts';
import { printable } from '../calendar.ts';
import { DEFAULT_REFERENCE, shippedReferenceStore } from './shipped.ts';

export { DEFAULT_REFERENCE };

/** A reference file (JSON or CSV) read into memory: every row must be valid. */
export function fileReferenceStore(path: string = DEFAULT_REFERENCE): MemoryReferenceStore {
  if (path === DEFAULT_REFERENCE) return shippedReferenceStore();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ReferenceFileError(`cannot read reference file ${printable(path)}: ${printable((err as Error).message)}`);
  }
  const { facts, errors } = parseRows(text, formatOf(path));
  if (errors.length) {
    throw new ReferenceFileError(`reference file ${printable(path)} has ${errors.length} invalid row(s):\n${formatRowErrors(errors, 10)}`);
  }
  return new MemoryReferenceStore(facts, path);
}
