/** A reference file that cannot be read or holds invalid rows: apart from rows.ts, so that reading the shipped file can throw it without loading the row parser. */
export class ReferenceFileError extends Error {
  override readonly name = 'ReferenceFileError';
}
