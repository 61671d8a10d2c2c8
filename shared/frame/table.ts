/**
 * Figures in table cells. A table reads as lines of cells parted by " | " (Markdown rows, or
 * HTML rows as the reader writes them); a cell's figure is framed by its column's header (the
 * measure, often a year), its row's first cell (whose figure: an entity, or a month or year),
 * and the line before the table (its caption), not by the words around it in the text.
 */

export interface TableCell {
  /** The header cell of the figure's column. */
  header: string;
  /** The first cell of the figure's row. */
  rowLabel: string;
  /** The paragraph or heading just before the table, if short. */
  caption: string;
}

const ROW = /\s\|\s|^\||\|$/;

function lineAt(text: string, pos: number): { start: number; end: number } {
  // lastIndexOf with a negative start still looks at index 0: no line starts before the text.
  const start = pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl < 0 ? text.length : nl };
}

function cells(line: string): string[] {
  const parts = line.split('|').map((c) => c.trim());
  if (parts[0] === '') parts.shift();
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** The table cell a figure stands in, or null when it is not in a table. */
export function tableCellAt(text: string, start: number, end: number): TableCell | null {
  const row = lineAt(text, start);
  if (end > row.end) return null;
  const line = text.slice(row.start, row.end);
  if (!ROW.test(line) || line.split('|').length < 2) return null;
  // The column: how many separators stand before the figure on its line.
  const before = text.slice(row.start, start);
  const leading = /^\s*\|/.test(line) ? 1 : 0;
  const column = before.split('|').length - 1 - leading;
  if (column <= 0) return null;
  // Walk up over the table's rows (blank lines may part them) to its first: the header.
  let header = row;
  let pos = row.start;
  let caption = '';
  while (pos > 0) {
    const prev = lineAt(text, pos - 1);
    const content = text.slice(prev.start, prev.end);
    // Strictly upwards, whatever the line breaks: every step ends before the last.
    if (prev.start >= pos) break;
    pos = prev.start;
    if (content.trim() === '') continue;
    if (ROW.test(content) && content.includes('|')) {
      header = prev;
      continue;
    }
    caption = content.trim().length <= 200 ? content.trim() : '';
    break;
  }
  if (header.start === row.start) return null;
  const headerCells = cells(text.slice(header.start, header.end));
  const rowCells = cells(line);
  return { header: headerCells[column] ?? '', rowLabel: rowCells[0] ?? '', caption };
}
