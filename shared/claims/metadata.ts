import type { Segmentation } from '../split/segment.ts';
import { matchDate } from '../extract/dates.ts';

/**
 * The article's header: title, byline and a stated publication date. Date lines
 * ("23.09.2020") and bylines ("by ...") are metadata, so their spans are kept out of the claims.
 */

export interface Header {
  title: { text: string; start: number; end: number } | null;
  byline: { text: string; start: number; end: number } | null;
  published: { date: string; start: number; end: number } | null;
  /** Spans of the readable text that are metadata, not claims. */
  skip: Array<{ start: number; end: number }>;
}

const HEADER_PARAGRAPHS = 8;
const HEADER_CHARS = 1500;
export const BYLINE = /^(?:by|written by|author:)\s+[\p{L}][\p{L} .'-]{1,60}$/iu;
/** BYLINE's first words, a cheap test first (tests/extract/gates.test.ts). */
export const BYLINE_GATE = /^(?:by|written by|author:)\s/i;
const DATE_LABEL = /^(?:published|updated|posted|date)(?:\s+on)?\s*:?\s*/i;

export function readHeader(text: string, segmentation: Segmentation, hintTitle?: string): Header {
  const header: Header = { title: null, byline: null, published: null, skip: [] };
  const paragraphs = segmentation.paragraphs.slice(0, HEADER_PARAGRAPHS).filter((p) => p.start < HEADER_CHARS);
  for (const p of paragraphs) {
    const raw = text.slice(p.start, p.end);
    const line = raw.trim();
    if (line.length > 120) continue;
    if (BYLINE_GATE.test(line) && BYLINE.test(line)) {
      header.byline ??= { text: line.replace(/^(?:by|written by|author:)\s+/i, ''), start: p.start, end: p.end };
      header.skip.push({ start: p.start, end: p.end });
      continue;
    }
    // A date line: the paragraph is a date, or a short source line ending with one in brackets.
    const stripped = line.replace(DATE_LABEL, '');
    const offset = p.start + raw.indexOf(stripped);
    const bracket = /\(([^()]{6,40})\)\s*$/.exec(stripped);
    const candidates: Array<[number, string]> = [[offset, stripped]];
    if (bracket) candidates.push([offset + bracket.index + 1, bracket[1]!]);
    for (const [at, candidate] of candidates) {
      const anchor = candidate.search(/[A-Z0-9]/);
      if (anchor < 0) continue;
      const d = matchDate(text, at + anchor, p.end, '', undefined);
      const whole = d && (d.end - at >= candidate.trimEnd().length - 1);
      if (d && whole && d.date.precision === 'day' && d.date.resolution === 'explicit') {
        header.published ??= { date: d.date.start, start: at + anchor, end: d.end };
        header.skip.push({ start: p.start, end: p.end });
        break;
      }
    }
  }
  if (hintTitle) {
    header.title = { text: hintTitle, start: -1, end: -1 };
  } else {
    const first = segmentation.paragraphs[0];
    if (first) {
      const line = text.slice(first.start, first.end).trim();
      if (line.length <= 150 && !/[.!?]$/.test(line) && !header.skip.some((s) => s.start === first.start)) {
        header.title = { text: line, start: first.start, end: first.end };
      }
    }
  }
  return header;
}
