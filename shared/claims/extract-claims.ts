import { hash } from 'node:crypto';
import { readArticle, sourceSpan, type ArticleText } from '../read/index.ts';
import { segment } from '../split/segment.ts';
import { extractFigures, redateFigures, type FoundFigure } from '../extract/extract.ts';
import type { Published } from '../extract/dates.ts';
import { frameFigures } from '../frame/frame.ts';
import { defaultVocabulary, type CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { ENGINE } from '../version.ts';
import { readHeader } from './metadata.ts';
import { CLAIMS_SCHEMA_VERSION, type Claim, type ClaimsDocument, type PublishedDate } from './document.ts';

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
  vocabulary?: CompiledVocabulary;
}

// One-shot hashing: a claim id per figure made createHash's object per call show in profiles.
const sha256 = (data: Uint8Array | string) => hash('sha256', data, 'hex');

/**
 * The claims engine: an article's bytes in, its claims document out. Throws ArticleReadError
 * (typed, with a clear message) for input it cannot read; never returns an empty success for it.
 */
export function extractClaims(bytes: Uint8Array, options: ClaimsOptions = {}): ClaimsDocument {
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

  let published: PublishedDate;
  if (options.published) {
    published = { date: options.published, how: 'given' };
  } else if (header.published) {
    published = { date: header.published.date, how: 'stated', quote: sourceSpan(article, header.published.start, header.published.end).quote };
  } else if (article.hints.published) {
    published = { date: article.hints.published, how: 'stated' };
  } else {
    published = { date: null, how: 'unknown' };
  }

  const skip = header.skip;
  const lower = text.toLowerCase();
  let figures = extractFigures(text, segmentation.sentences, { skip, lower, ...(published.date ? { published: { date: published.date } } : {}) });
  if (published.date === null) {
    // No date stated or given: the latest full date the article mentions is a lower bound for it.
    const latest = latestExplicitDay(figures);
    if (latest) {
      published = { date: latest.figure.date!.start, how: 'inferred', quote: sourceSpan(article, latest.start, latest.end).quote };
      figures = redateFigures(text, segmentation.sentences, figures, { skip, lower, published: { date: published.date! } });
    }
  }
  const publishedForFrames: Published | undefined = published.date ? { date: published.date } : undefined;
  const framed = frameFigures(text, segmentation, figures, vocabulary, publishedForFrames, lower);

  const seen = new Map<string, number>();
  const claims: Claim[] = [];
  for (const f of framed) {
    if (f.scopeOnly) continue;
    const s = segmentation.sentences[f.sentence]!;
    const sentenceText = text.slice(s.start, s.end);
    const span = sourceSpan(article, f.start, f.end);
    const sentenceSpan = sourceSpan(article, s.start, s.end);
    const key = `${sentenceText}\u0000${f.figure.text}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const framedWell = (f.framing.measure ? 1 : 0.85) * (f.framing.entities.length || f.framing.event ? 1 : 0.9);
    claims.push({
      id: sha256(`${digest}\u0000${key}\u0000${occurrence}`).slice(0, 16),
      quote: span.quote,
      start: span.start,
      end: span.end,
      span: { start: f.start, end: f.end },
      sentence: { index: s.index, paragraph: s.paragraph, start: sentenceSpan.start, end: sentenceSpan.end, text: sentenceText },
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
    engine: { ...ENGINE, vocabulary: vocabulary.source.version },
    article: {
      id: digest.slice(0, 16),
      source: options.source ?? options.name ?? '-',
      sha256: digest,
      bytes: bytes.length,
      format: article.format,
      title: header.title?.text ?? null,
      byline: header.byline?.text ?? null,
      published,
    },
    text,
    counts: { paragraphs: segmentation.paragraphs.length, sentences: segmentation.sentences.length, claims: claims.length, byKind },
    claims,
  };
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
