import { hash } from 'node:crypto';
import { collectBetweenPhases, PHASE_GC_MIN_BYTES } from '../memory.ts';
import { readArticle, sourceRange, sourceSpan, type ArticleText } from '../read/index.ts';
import { segment, type Segmentation } from '../split/segment.ts';
import { extractFigures, redateFigures, type FoundFigure } from '../extract/extract.ts';
import { anchorCountedDays, type Published } from '../extract/dates.ts';
import { frameFigures, type FramedFigure } from '../frame/frame.ts';
import { defaultVocabulary, type CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { ENGINE } from '../version.ts';
import { findFurniture } from './furniture.ts';
import { readHeader, type Header } from './metadata.ts';
import { CLAIMS_SCHEMA_VERSION } from './schema-version.ts';
import type { Claim, ClaimsDocument, PublishedDate } from './document.ts';

export interface ClaimsOptions {
  /** Where the article came from (a path, an S3 URI, "-"). */
  source?: string;
  /** A file name, for telling HTML and Markdown from text. */
  name?: string;
  contentType?: string;
  /** The publication date the caller knows (YYYY-MM-DD): it wins over what the text states. */
  published?: string;
  /** Largest accepted input in bytes (default 5 MB). */
  maxBytes?: number;
  /** The most figures (claims) the article may hold; more ends in TooManyClaimsError. No cap by default. */
  maxClaims?: number;
  vocabulary?: CompiledVocabulary;
}

/** From this size an article is framed without a lower-cased copy of its text. */
export const FRAME_WITHOUT_LOWER_BYTES = PHASE_GC_MIN_BYTES;

// One-shot hashing: a claim id per figure made createHash's object per call show in profiles.
const sha256 = (data: Uint8Array | string) => hash('sha256', data, 'hex');

/**
 * The claims engine: an article's bytes in, its claims document out. Throws ArticleReadError
 * (typed, with a clear message) for input it cannot read; never returns an empty success for it.
 */
/**
 * Nouns a piece of writing counts itself in: "in eight numbers", "Three caveats", "we checked
 * four claims", "the report in 10 charts". A small count of them is the article's own make-up,
 * not a quantity of the world, unless the beat's vocabulary counts that noun (an insurer's beat
 * counting claims).
 */
/** Nouns a publication's length is counted in: "a 48-page report", "in 12 episodes". */
const PUBLICATION_PARTS = new Set(['page', 'chapter', 'episode', 'footnote', 'paragraph', 'volume', 'word']);
/** Nouns an ordinal picks one of on the page or the map, not a quantity: "the third picture", "the 49th parallel". */
const ORDINAL_PLACES = /^\s+(?:picture|photo|photograph|image|slide|chart|graphic|panel|frame|caption|parallel|meridian|floor|row|column|line|paragraph|page)s?\b/i;
const ARTICLE_PARTS = new Set(['word', 'count', 'number', 'chart', 'claim', 'caveat', 'question', 'thing', 'takeaway', 'lesson', 'myth', 'map', 'graph', 'graphic', 'tip', 'reason', 'way', 'fact']);
/**
 * After a term like "10-year": the common noun of an instrument it names, a name or a word of
 * kind before it at most ("10-year Ruritanian yields", "a 30-year fixed-rate mortgage").
 */
const INSTRUMENT_AFTER = /^\s+(?:\p{Lu}[\p{L}.]*\s+|[a-z]+[- ]rate\s+)?(?:bonds?|notes?|bills?|yields?|mortgages?|loans?|debt|paper|swaps?|securities)\b/u;

/** A figure that names no quantity of the world: the article's own parts, or an instrument's term. */
function namesNoQuantity(f: { figure: { kind: string; value?: number | undefined; high?: number | undefined; unit?: string | null | undefined; text: string }; end: number }, text: string, vocabulary: CompiledVocabulary): boolean {
  const { figure } = f;
  if (figure.kind === 'count' && (figure.value ?? figure.high ?? Infinity) <= 20 && figure.unit && ARTICLE_PARTS.has(figure.unit.toLowerCase()) && !vocabulary.measuresBySubject.has(figure.unit.toLowerCase())) return true;
  // "a 48-page report", "384 pages": the length of a publication, of any size.
  if (figure.kind === 'count' && figure.unit && PUBLICATION_PARTS.has(figure.unit.toLowerCase()) && !vocabulary.measuresBySubject.has(figure.unit.toLowerCase())) return true;
  if (figure.kind === 'ordinal' && (ORDINAL_PLACES.test(text.slice(f.end, f.end + 20)) || ORDINAL_PLACES.test(figure.text.replace(/^\S+/, '')))) return true;
  return figure.kind === 'duration' && /-(?:year|month|week|day)\b/i.test(figure.text) && INSTRUMENT_AFTER.test(text.slice(f.end, f.end + 40));
}

export function extractClaims(bytes: Uint8Array, options: ClaimsOptions = {}): ClaimsDocument {
  const found = readAndFind(bytes, options);
  const { vocabulary, digest, text, segmentation, header, published, spans } = found;
  // A big article is framed with any-case patterns, without its lower-cased copy: framing is
  // the extraction's peak, and the copy is as large as the text (ADR 0006).
  if (bytes.length >= FRAME_WITHOUT_LOWER_BYTES) found.lower = null;
  // The decoded upload and reading's copies are garbage now: gone before framing's peak.
  collectBetweenPhases(bytes.length);
  const framed = frameFound(found, vocabulary);

  // A figure's id counts the same figure in the same sentence text. Counted by the figure's
  // text, then the sentence's: hashing each sentence's whole text was a cost of its own.
  const seen = new Map<string, Array<{ sentence: string; n: number }>>();
  const claims: Claim[] = [];
  let lastSentence = -1;
  let sentenceText = '';
  // One sentence object for the claims of a sentence (never mutated), as their text is one.
  let sentence: Claim['sentence'] = { index: 0, paragraph: 0, start: 0, end: 0, text: '' };
  for (let i = 0; i < framed.length; i++) {
    const f = framed[i]!;
    if (f.scopeOnly || namesNoQuantity(f, text, vocabulary)) continue;
    const s = segmentation.sentences[f.sentence]!;
    // A chart's scale told in words ("Vertical axis: mills at work, from 0 to 300."): the range
    // the chart is drawn over, no claim; it still says what the figures after it count.
    if (AXIS_NOTE.test(text.slice(s.start, Math.min(s.end, s.start + 40)))) continue;
    if (f.sentence !== lastSentence) {
      lastSentence = f.sentence;
      sentenceText = text.slice(s.start, s.end);
      const at = sourceRange(found.article, s.start, s.end);
      sentence = { index: s.index, paragraph: s.paragraph, start: at.start, end: at.end, text: sentenceText };
    }
    const span = spans[i]!;
    let counts = seen.get(f.figure.text);
    if (!counts) seen.set(f.figure.text, (counts = []));
    let count = counts.find((c) => c.sentence === sentenceText);
    if (!count) counts.push((count = { sentence: sentenceText, n: 0 }));
    const occurrence = count.n++;
    const framedWell = (f.framing.measure ? 1 : 0.85) * (f.framing.entities.length || f.framing.event ? 1 : 0.9);
    claims.push({
      id: sha256(`${digest}\u0000${sentenceText}\u0000${f.figure.text}\u0000${occurrence}`).slice(0, 16),
      quote: span.quote,
      start: span.start,
      end: span.end,
      span: { start: f.start, end: f.end },
      sentence,
      figure: f.figure,
      framing: f.framing,
      confidence: Math.round(f.confidence * framedWell * 100) / 100,
    });
  }

  const byKind: ClaimsDocument['counts']['byKind'] = {};
  for (const c of claims) byKind[c.figure.kind] = (byKind[c.figure.kind] ?? 0) + 1;
  return {
    schema: 'factcheck/claims',
    schemaVersion: CLAIMS_SCHEMA_VERSION,
    engine: engineWith(vocabulary),
    article: {
      id: digest.slice(0, 16),
      source: options.source ?? options.name ?? '-',
      sha256: digest,
      bytes: found.bytes,
      format: found.article.format,
      title: header.title?.text ?? null,
      byline: header.byline?.text ?? null,
      published,
    },
    text,
    counts: { paragraphs: segmentation.paragraphs.length, sentences: segmentation.sentences.length, claims: claims.length, byKind },
    claims,
  };
}

/** The engine's identity with the vocabulary's version: one object per vocabulary, shared by its documents. */
const engines = new WeakMap<CompiledVocabulary, ClaimsDocument['engine']>();
function engineWith(vocabulary: CompiledVocabulary): ClaimsDocument['engine'] {
  let e = engines.get(vocabulary);
  if (!e) engines.set(vocabulary, (e = { ...ENGINE, vocabulary: vocabulary.source.version }));
  return e;
}

/** The article read and its figures found, each with its place and quote in the original. */
interface Found {
  vocabulary: CompiledVocabulary;
  digest: string;
  bytes: number;
  /** The readable text and its map, without the decoded upload. */
  article: Pick<ArticleText, 'text' | 'map' | 'format'>;
  text: string;
  segmentation: Segmentation;
  header: Header;
  published: PublishedDate;
  figures: FoundFigure[];
  /** figures[i]'s offsets and quote in the original. */
  spans: Array<{ start: number; end: number; quote: string }>;
  /** The text lower-cased, for framing; taken by frameFound. Null: frame without it. */
  lower?: string | null;
}

/**
 * Reading and extraction, in a function of their own: the decoded upload (on a 10 MB article
 * 20 MB, two bytes a char) is needed only for the quotes, which are taken here as copies of
 * their own, so it can be collected before framing.
 */
function readAndFind(bytes: Uint8Array, options: ClaimsOptions): Found {
  const article = readArticle(bytes, {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const digest = sha256(bytes);
  const { text } = article;
  const segmentation = segment(text);
  const header = readHeader(text, segmentation, article.hints.title);
  const furniture = findFurniture(article, segmentation);

  let published: PublishedDate;
  if (options.published) {
    published = { date: options.published, how: 'given' };
  } else if (header.published) {
    published = { date: header.published.date, how: 'stated', quote: ownCopy(sourceSpan(article, header.published.start, header.published.end).quote) };
  } else if (article.hints.published) {
    published = { date: article.hints.published, how: 'stated' };
  } else if (furniture.published) {
    published = { date: furniture.published.date, how: 'stated', quote: ownCopy(sourceSpan(article, furniture.published.start, furniture.published.end).quote) };
  } else {
    published = { date: null, how: 'unknown' };
  }

  const skip = furniture.skip.length ? [...header.skip, ...furniture.skip] : header.skip;
  const lower = text.toLowerCase();
  const cap = options.maxClaims !== undefined ? { maxFigures: options.maxClaims } : {};
  let figures = extractFigures(text, segmentation.sentences, { skip, lower, vocabulary, ...cap, ...(published.date ? { published: { date: published.date } } : {}) });
  if (published.date === null) {
    // No date stated or given: the latest full date the article mentions is a lower bound for it.
    const latest = latestExplicitDay(figures);
    if (latest) {
      published = { date: latest.figure.date!.start, how: 'inferred', quote: ownCopy(sourceSpan(article, latest.start, latest.end).quote) };
      figures = redateFigures(text, segmentation.sentences, figures, { skip, lower, vocabulary, ...cap, published: { date: published.date! } });
    }
  }
  // "three days later": a day counted from the last full date before it in its paragraph.
  figures = anchorCountedDays(text, figures, (i) => segmentation.sentences[i]!.paragraph);
  // A loop, not a closure over the article: compiled for the one article a process reads, a
  // closure's context (and with it the decoded upload) was kept by the optimised code, so
  // the upload outlived the collection before framing in some runs (ADR 0006).
  const spans: Found['spans'] = [];
  const big = bytes.length >= PHASE_GC_MIN_BYTES;
  for (const f of figures) {
    const span = sourceSpan(article, f.start, f.end);
    // Own copies only where the upload is big enough to matter once it is collected.
    if (big) span.quote = ownCopy(span.quote);
    spans.push(span);
  }
  return {
    vocabulary,
    digest,
    bytes: bytes.length,
    article: { text, map: article.map, format: article.format },
    text,
    segmentation,
    header,
    published,
    figures,
    spans,
    lower,
  };
}

/** Framing, with the lower-cased text taken out of `found` so that it goes once framing is done. */
function frameFound(found: Found, vocabulary: CompiledVocabulary): FramedFigure[] {
  const lower = found.lower;
  // Cleared, not deleted: a delete turns the object into a slow dictionary.
  found.lower = undefined;
  const publishedForFrames: Published | undefined = found.published.date ? { date: found.published.date } : undefined;
  const framed = frameFigures(found.text, found.segmentation, found.figures, vocabulary, publishedForFrames, lower);
  // One framed figure per figure, in order: spans[i] is framed[i]'s.
  if (framed.length !== found.figures.length) throw new Error(`framed ${framed.length} figures of ${found.figures.length}`);
  return framed;
}

const AXIS_NOTE = /^[\s*_]*(?:(?:vertical|horizontal|left(?:-hand)?|right(?:-hand)?|bottom|x|y)[ -](?:axis|scale)|(?:the\s+)?(?:axis|scale)\s+(?:runs|is drawn|goes))\b/i;

/**
 * A string with storage of its own. A slice of a long string keeps all of it alive; a quote
 * is joined to a char and sliced back, which makes a fresh flat string the size of the quote.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

function latestExplicitDay(figures: FoundFigure[]): FoundFigure | undefined {
  let best: FoundFigure | undefined;
  for (const f of figures) {
    const d = f.figure.date;
    if (f.figure.kind !== 'date' || !d || d.precision !== 'day' || d.resolution !== 'explicit') continue;
    if (!best || d.start > best.figure.date!.start) best = f;
  }
  return best;
}

export type { ArticleText };
