import type { OffsetMap } from './offset-map.ts';

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
  /**
   * Where each char of `text` came from in `original`: map.at(i) is the offset of text[i]'s
   * source, map.endOf(i) the offset just past it (past the whole entity for "&amp;", past the
   * combining marks composed into it; zero-width for separators the markup implies), so a
   * quote ends exactly where its text ends, before any closing tag.
   */
  map: OffsetMap;
  format: ArticleFormat;
  hints: ArticleHints;
}

/** A view of the original with its own map: the intermediate stage before normalisation. */
export interface MappedText {
  text: string;
  map: OffsetMap;
}

/** What a markup reader produces: the readable view and what the markup says about the article. */
export interface MarkupView extends MappedText {
  hints: ArticleHints;
}
