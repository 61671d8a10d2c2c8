import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ReferenceFact } from './fact.ts';
import { printable } from '../calendar.ts';
import { ReferenceFileError } from './errors.ts';

/**
 * Reference rows from JSON or CSV, checked by the schema row by row: every error names its
 * row and field, so a curator can fix a file of thousands of rows in one pass.
 */

export interface RowError {
  /** 1-based: the row's position in the JSON array, or its line in the CSV (header is line 1). */
  row: number;
  id?: string;
  field: string;
  message: string;
}

export interface ParsedRows {
  facts: ReferenceFact[];
  /** The row of each valid fact, as errors number rows. */
  factRows: number[];
  errors: RowError[];
  /** Rows seen, valid or not. */
  rows: number;
}

export { ReferenceFileError };

export type RowFormat = 'json' | 'csv';

export function formatOf(path: string): RowFormat {
  return /\.csv$/i.test(path) ? 'csv' : 'json';
}

/** CSV columns: nested fields flattened with dots, lists joined with ';'. */
export const CSV_COLUMNS = [
  'id', 'entities', 'measure', 'event', 'period.from', 'period.to', 'asOf', 'value', 'low', 'high', 'unit', 'precision',
  'date.start', 'date.end', 'date.precision', 'source.organisation', 'source.title', 'source.url', 'source.published',
  'source.retrieved', 'side', 'notes',
] as const;

const NUMERIC = new Set(['value', 'low', 'high', 'precision']);
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/**
 * A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "@SUM"): written with a
 * leading apostrophe, which the reader takes off again.
 */
const FORMULA = /^[=+\-@\t\r]/;
/**
 * A cell the writer escaped: apostrophes, then a formula's first character. A text that itself
 * starts so ("'=") is written with one apostrophe more, so that reading takes off exactly one.
 */
const ESCAPED = /^'+[=+\-@\t\r]/;

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(CSV_COLUMNS);

function csvRowToObject(r: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, raw] of Object.entries(r)) {
    // Only the documented columns: a header such as "__proto__.side" never reaches an object.
    if (!KNOWN_COLUMNS.has(col) || raw === undefined || raw === '') continue;
    let v: unknown = raw;
    if (col === 'entities') v = raw.split(';').map((s) => s.trim()).filter(Boolean);
    // Decimal numbers only: Number() would read "0x10" as 16 and "" as 0.
    else if (NUMERIC.has(col)) v = DECIMAL.test(raw.replace(/,/g, '')) ? Number(raw.replace(/,/g, '')) : raw;
    else if (ESCAPED.test(raw)) v = raw.slice(1);
    const [head, tail] = col.split('.') as [string, string | undefined];
    if (tail) {
      const nested = (out[head] ??= {}) as Record<string, unknown>;
      nested[tail] = v;
    } else out[head] = v;
  }
  return out;
}

function objectToCsvRow(f: ReferenceFact): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const col of CSV_COLUMNS) {
    const [head, tail] = col.split('.') as [keyof ReferenceFact, string | undefined];
    const v = tail ? (f[head] as Record<string, unknown> | undefined)?.[tail] : f[head];
    const cell = v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
    flat[col] = typeof v === 'string' && (FORMULA.test(cell) || ESCAPED.test(cell)) ? `'${cell}` : cell;
  }
  return flat;
}

export function parseRows(text: string, format: RowFormat): ParsedRows {
  let raw: unknown[];
  const rowNumber: number[] = [];
  if (format === 'csv') {
    let records: Record<string, string>[];
    try {
      records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: false });
    } catch (err) {
      throw new ReferenceFileError(`not a readable CSV file: ${printable((err as Error).message)}`);
    }
    raw = records.map(csvRowToObject);
    records.forEach((_, i) => rowNumber.push(i + 2));
    // From the text, not from a record's keys: a record keeps one value per name, so a column
    // named twice would not show in them.
    const header = headerOf(text);
    const unknown = header.filter((c) => !KNOWN_COLUMNS.has(c));
    const twice = header.filter((c, i) => KNOWN_COLUMNS.has(c) && header.indexOf(c) !== i);
    if (unknown.length || twice.length) {
      const errors = [
        ...[...new Set(unknown)].map((c) => ({ row: 1, field: c || '(unnamed column)', message: `unknown column (the columns are: ${CSV_COLUMNS.join(', ')})` })),
        ...[...new Set(twice)].map((c) => ({ row: 1, field: c, message: 'column named twice: which one holds the value?' })),
      ];
      return { facts: [], factRows: [], errors, rows: records.length };
    }
  } else {
    let json: unknown;
    try {
      // A byte order mark, as some editors write one, is not part of the JSON.
      json = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch (err) {
      throw new ReferenceFileError(`not a readable JSON file: ${printable((err as Error).message)}`);
    }
    const list = Array.isArray(json) ? json : (json as { facts?: unknown })?.facts;
    if (!Array.isArray(list)) throw new ReferenceFileError('a JSON reference file holds an array of facts (or {"facts": [...]})');
    raw = list;
    list.forEach((_, i) => rowNumber.push(i + 1));
  }
  const facts: ReferenceFact[] = [];
  const factRows: number[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, i) => {
    const row = rowNumber[i]!;
    const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : undefined;
    const parsed = ReferenceFact.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row, ...(id ? { id } : {}), field: issue.path.join('.') || '(row)', message: issue.message });
      }
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) {
      errors.push({ row, id: parsed.data.id, field: 'id', message: `duplicate id (first at row ${first})` });
      return;
    }
    seen.set(parsed.data.id, row);
    facts.push(parsed.data);
    factRows.push(row);
  });
  return { facts, factRows, errors, rows: raw.length };
}

/** The header of a CSV file: its first record, read as the rows are (blank lines skipped). */
function headerOf(text: string): string[] {
  const first = parse(text, { to: 1, skip_empty_lines: true, trim: true, bom: true }) as string[][];
  return first[0] ?? [];
}

export function serialiseRows(facts: readonly ReferenceFact[], format: RowFormat): string {
  const sorted = [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A cell with whitespace at either end is quoted: the reader trims unquoted cells.
  if (format === 'csv') return stringify(sorted.map(objectToCsvRow), { header: true, columns: [...CSV_COLUMNS], quoted_match: /^\s|\s$/ });
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function formatRowErrors(errors: readonly RowError[], limit = 50): string {
  // One line per error, whatever an id, a header or a cell holds.
  const lines = errors.slice(0, limit).map((e) => `row ${e.row}${e.id ? ` (${printable(e.id)})` : ''}: ${printable(e.field)}: ${printable(e.message)}`);
  if (errors.length > limit) lines.push(`... and ${errors.length - limit} more`);
  return lines.join('\n');
}
