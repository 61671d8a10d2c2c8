/**
 * Figures in table cells. A table reads as lines of cells parted by " | " (Markdown rows, or
 * HTML rows as the reader writes them); a cell's figure is framed by its column's header (the
 * measure, often a year), its row's first cell (whose figure: an entity, or a month or year),
 * and the line before the table (its caption), not by the words around it in the text.
 *
 * The text's rows are found in one pass (tableRows), so each figure costs a binary search.
 */

export interface TableCell {
  /** The header cell of the figure's column. */
  header: string;
  /** The first cell of the figure's row. */
  rowLabel: string;
  /** The paragraph or heading just before the table, if short. */
  caption: string;
  /** The header of the row labels' column: what the rows are ("Election", "Month"). */
  labelHeader: string;
  /** The heading of the section the table stands in, where one stands a few lines above it ("How many nurses left the service?"). */
  heading: string;
}

export interface Row {
  start: number;
  end: number;
  /** The first row of its table (the header). */
  header: number;
}

const ROW = /\s\|\s|^\s*\||\|\s*$/;
/** A table row is a short line: longer ones are prose. */
const MAX_ROW = 2000;

function cells(line: string): string[] {
  const parts = line.split('|').map((c) => c.trim());
  if (parts[0] === '') parts.shift();
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Every table row of the text, in order, each knowing its table's header row: one pass. */
export function tableRows(text: string): Row[] {
  const rows: Row[] = [];
  if (!text.includes('|')) return rows;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start <= MAX_ROW) {
      const line = text.slice(start, end);
      if (line.includes('|') && ROW.test(line)) {
        const prev = rows[rows.length - 1];
        // Rows of one table follow each other, blank lines aside.
        const joined = prev !== undefined && text.slice(prev.end, start).trim() === '';
        rows.push({ start, end, header: joined ? prev.header : rows.length });
      }
    }
    start = end + 1;
  }
  return rows;
}

function rowAt(rows: readonly Row[], pos: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = rows[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos > r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The table cell a figure stands in, or null when it is not in a table's body. */
export function tableCellAt(text: string, start: number, end: number, rows: readonly Row[] = tableRows(text)): TableCell | null {
  const i = rowAt(rows, start);
  if (i < 0) return null;
  const row = rows[i]!;
  if (end > row.end || row.header === i) return null;
  const line = text.slice(row.start, row.end);
  const leading = /^\s*\|/.test(line) ? 1 : 0;
  const column = text.slice(row.start, start).split('|').length - 1 - leading;
  if (column <= 0) return null;
  const header = rows[row.header]!;
  // The caption: the last non-blank line before the header, if short.
  const before = text.slice(Math.max(0, header.start - 400), header.start).trimEnd();
  const last = before.slice(before.lastIndexOf('\n') + 1).trim();
  // A header with one cell fewer than its row (an empty corner cell the page dropped) heads the
  // columns after the row labels: "Rye | Wheat" over "Ruritania | 56% | 26%".
  const named = cells(text.slice(header.start, header.end));
  const heads = named.length === cells(line).length - 1 ? ['', ...named] : named;
  // The section's heading: the nearest of the three lines before the caption that reads as one
  // (a Markdown heading, or a short line with no full stop).
  const lines = before.split('\n').map((l) => l.trim()).filter(Boolean).slice(-4, -1).reverse();
  const heading = lines.find((l) => /^#{1,6}\s/.test(l) || (l.length <= 100 && !/[.:]$/.test(l))) ?? '';
  return { header: heads[column] ?? '', rowLabel: cells(line)[0] ?? '', caption: last.length <= 200 ? last : '', labelHeader: heads[0] ?? '', heading: heading.replace(/^#{1,6}\s+/, '') };
}

/** A figure that labels a table's row or column (a year in the first cell, a header cell): it scopes the cells, it is not a claim. */
export function isTableLabel(text: string, start: number, rows: readonly Row[]): boolean {
  const i = rowAt(rows, start);
  if (i < 0) return false;
  const row = rows[i]!;
  if (row.header === i) return true;
  const line = text.slice(row.start, row.end);
  const leading = /^\s*\|/.test(line) ? 1 : 0;
  return text.slice(row.start, start).split('|').length - 1 - leading === 0;
}

/** A caption's shape: short, and no sentence ending in a full stop (a paragraph before a table is prose). */
export const captionShaped = (line: string): boolean => line.length <= 150 && !/[.!?]["”’]?$/.test(line);

/** Whether a position stands in a table's caption: the short line right before its header row. */
export function inTableCaption(text: string, start: number, rows: readonly Row[]): boolean {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  if (!captionShaped(text.slice(lineStart, lineEnd).trim())) return false;
  const next = rows.find((r) => r.start > lineEnd);
  return !!next && rows[next.header] === next && /^\s*$/.test(text.slice(lineEnd, next.start));
}

/** The header of the first column, for a figure in a body row's label ("Date (2008)" over "7 August"); null elsewhere. */
export function labelHeaderAt(text: string, start: number, rows: readonly Row[]): string | null {
  const i = rowAt(rows, start);
  if (i < 0) return null;
  const row = rows[i]!;
  if (row.header === i || !isTableLabel(text, start, rows)) return null;
  const header = rows[row.header]!;
  return cells(text.slice(header.start, header.end))[0] ?? null;
}
