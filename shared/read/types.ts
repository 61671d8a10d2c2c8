export type ArticleFormat = 'text' | 'markdown' | 'html';

export interface ReadOptions {
  /** File name as uploaded; its extension decides the format when it is a known one. */
  name?: string;
  /** Declared MIME type (and charset), used when the name does not decide the format. */
  contentType?: string;
  /** Largest accepted upload in bytes; default 5 MiB. */
  maxBytes?: number;
}

export interface ArticleHints {
  title?: string;
  /** ISO YYYY-MM-DD, only when the markup states a publication date. */
  published?: string;
}

export interface ArticleText {
  /** The decoded upload, whole. */
  original: string;
  /** Readable, normalised text: markup removed, entities decoded, typography normalised. */
  text: string;
  /** Length text.length + 1: map[i] is the offset in `original` of text[i]; the last entry is the end of the last mapped char. */
  map: Int32Array;
  /**
   * Length text.length: ends[i] is the offset in `original` just past the source of text[i]
   * (past the whole entity for "&amp;", past the combining marks composed into it).
   * Zero-width for separators the markup implies. Lets a quote end exactly where its text ends,
   * before any closing tag; sourceSpan estimates it when absent.
   */
  ends?: Int32Array;
  format: ArticleFormat;
  hints: ArticleHints;
}

/** A view of the original with its own map: the intermediate stage before normalisation. */
export interface MappedText {
  text: string;
  map: Int32Array;
  ends: Int32Array;
}

/** What a markup reader produces: the readable view and what the markup says about the article. */
export interface MarkupView extends MappedText {
  hints: ArticleHints;
}
