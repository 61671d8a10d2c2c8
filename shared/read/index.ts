import { decodeBytes } from './decode.ts';
import { ArticleReadError } from './errors.ts';
import { detectFormat } from './format.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { normaliseText } from './normalise.ts';
import { OffsetMap } from './offset-map.ts';
import type { ArticleHints, ArticleText, MappedText, ReadOptions } from './types.ts';

export { ArticleReadError, type ArticleReadErrorCode } from './errors.ts';
export { DEFAULT_MAX_BYTES } from './decode.ts';
export { detectFormat } from './format.ts';
export { normaliseText } from './normalise.ts';
export { OffsetMap } from './offset-map.ts';
export type { ArticleFormat, ArticleHints, ArticleText, MappedText, ReadOptions } from './types.ts';

/**
 * Reads an uploaded article: decodes it, removes markup and normalises typography, keeping a map
 * from every char of `text` back to `original` so quotes can be taken from the original exactly.
 * Throws only ArticleReadError for bad bytes (empty, too large, binary, not UTF-8/UTF-16).
 */
export function readArticle(bytes: Uint8Array, options: ReadOptions = {}): ArticleText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('readArticle expects the article as a Uint8Array');
  const original = decodeBytes(bytes, options);
  const format = detectFormat(original, options.name, options.contentType);

  let view: MappedText;
  let hints: ArticleHints = {};
  if (format === 'html') ({ hints, ...view } = readHtml(original));
  else if (format === 'markdown') ({ hints, ...view } = readMarkdown(original));
  else view = identityView(original);

  const { text, map } = normaliseText(view.text, view.map);
  if (!/[^\s]/.test(text)) {
    throw new ArticleReadError('EMPTY', `article has no readable text once its ${format === 'text' ? 'invisible characters are' : 'markup is'} removed`);
  }
  return { original, text, map, format, hints };
}

function identityView(original: string): MappedText {
  return { text: original, map: OffsetMap.identity(original.length) };
}

/**
 * The original text behind text[start, end): its offsets in `original` and the exact slice.
 * The span runs from the source of the first char to the end of the source of the last, so a
 * quote ends where its text ends (not at the next tag), and covers whole entities and clusters.
 */
export function sourceSpan(a: ArticleText, start: number, end: number): { start: number; end: number; quote: string } {
  const r = sourceRange(a, start, end);
  return { start: r.start, end: r.end, quote: r.start === r.end ? '' : a.original.slice(r.start, r.end) };
}

/** sourceSpan's offsets, without the quote: needs only the text and its map. */
export function sourceRange(a: Pick<ArticleText, 'text' | 'map'>, start: number, end: number): { start: number; end: number } {
  const n = a.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start > end) {
    throw new RangeError(`text range [${start}, ${end}) is not within [0, ${n}]`);
  }
  const from = a.map.at(start);
  if (start === end) return { start: from, end: from };
  let to = a.map.endOf(end - 1);
  if (to < from) to = from;
  return { start: from, end: to };
}
