import { extractClaims } from '../shared/claims/extract-claims.ts';
import { segment } from '../shared/split/segment.ts';
import { repeatedCorpus, singleArticle, type Article } from './corpus.ts';
import { fmt, spread, summarise, time, type Summary } from './stats.ts';

const MB = 1024 * 1024;

export interface ExtractionResult {
  corpusSource: string;
  corpusBytes: number;
  articles: number;
  extraction: Summary;
  intlSegmenter: Summary;
  ownSegmenter: Summary;
  claims: number;
  linearity: { smallBytes: number; small: Summary; bigBytes: number; big: Summary };
  references: Array<{ name: string; bytes: number; ms: Summary; found: number; note: string }>;
}

/** Intl.Segmenter, split on blank lines first (it is quadratic on one huge string). */
function intlSegment(text: string): number {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  let n = 0;
  for (const para of text.split(/\n\s*\n/)) for (const _ of seg.segment(para)) n++;
  return n;
}

export async function benchExtraction(opts: { quick: boolean }): Promise<ExtractionResult> {
  const runs = opts.quick ? 3 : 5;
  const corpus = repeatedCorpus(opts.quick ? 1 * MB : 5 * MB);
  const texts = corpus.articles.map((a) => a.bytes.toString('utf8'));
  let claims = 0;
  const extractAll = (articles: Article[]) => {
    claims = 0;
    for (const a of articles) claims += extractClaims(a.bytes, { name: a.name, ...(a.published ? { published: a.published } : {}) }).claims.length;
  };
  // Warm up the JIT on a slice, then alternate the measured passes so drift hits all alike.
  extractAll(corpus.articles.slice(0, 50));
  texts.slice(0, 50).forEach(intlSegment);
  const ex: number[] = [];
  const intl: number[] = [];
  const own: number[] = [];
  for (let r = 0; r < runs; r++) {
    ex.push(time(() => extractAll(corpus.articles)));
    intl.push(time(() => texts.forEach(intlSegment)));
    own.push(time(() => texts.forEach((t) => segment(t))));
  }

  // Linearity: one article of 1 MB and one of 5 MB (1 and 2 MB in quick mode).
  const smallBytes = 1 * MB;
  const bigBytes = opts.quick ? 2 * MB : 5 * MB;
  const small = singleArticle(smallBytes);
  const big = singleArticle(bigBytes);
  const one = (b: Buffer) => () => extractClaims(b, { maxBytes: 20 * MB, published: '2021-08-16' });
  // Warm up on both sizes, then alternate them so that noise and GC hit both alike.
  one(small)();
  one(big)();
  const s: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < (opts.quick ? 3 : 7); r++) {
    s.push(time(one(small)));
    b.push(time(one(big)));
  }

  const references: ExtractionResult['references'] = [];
  if (!opts.quick) {
    // General-purpose recognisers over part of the same text, as reference points (docs/adr).
    const sample = texts.slice(0, Math.ceil(texts.length / 20));
    const sampleBytes = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const chrono = await import('chrono-node');
    let found = 0;
    const chronoRuns: number[] = [];
    for (let r = 0; r < 3; r++) chronoRuns.push(time(() => { found = 0; for (const t of sample) found += chrono.parse(t, new Date('2021-08-16')).length; }));
    references.push({ name: 'chrono-node 2 (dates only)', bytes: sampleBytes, ms: summarise(chronoRuns), found, note: 'dates only; no counts, money or qualifiers' });
    const rec = await import('@microsoft/recognizers-text-number');
    const small2 = sample.slice(0, Math.max(1, Math.ceil(sample.length / 5)));
    const smallBytes2 = small2.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const recRuns: number[] = [];
    for (let r = 0; r < 3; r++) recRuns.push(time(() => { found = 0; for (const t of small2) found += rec.recognizeNumber(t, rec.Culture.English).length; }));
    references.push({ name: '@microsoft/recognizers-text-number (numbers only)', bytes: smallBytes2, ms: summarise(recRuns), found, note: 'numbers only; no units, qualifiers or dates' });
  }
  return {
    corpusSource: corpus.source,
    corpusBytes: corpus.total,
    articles: corpus.articles.length,
    extraction: summarise(ex),
    intlSegmenter: summarise(intl),
    ownSegmenter: summarise(own),
    claims,
    linearity: { smallBytes, small: summarise(s), bigBytes, big: summarise(b) },
    references,
  };
}

export function extractionMarkdown(r: ExtractionResult): string {
  const mb = r.corpusBytes / MB;
  const mbps = (ms: number, bytes = r.corpusBytes) => bytes / MB / (ms / 1000);
  const ratio = r.extraction.median / r.intlSegmenter.median;
  const lin = r.linearity.big.median / r.linearity.small.median / (r.linearity.bigBytes / r.linearity.smallBytes);
  const lines = [
    '## 1. Claims extraction (in process, one core)',
    '',
    `Corpus: ${r.corpusSource}, repeated as ${r.articles.toLocaleString('en-US')} separate articles: ${fmt(mb, 2)} MB. Each pass reads, normalises, segments, extracts and frames every article (\`extractClaims\`), with the publication dates an editor would give. ${r.claims.toLocaleString('en-US')} claims per pass.`,
    '',
    '| what | time per pass | throughput |',
    '|---|---|---|',
    `| extraction (\`extractClaims\`) | ${spread(r.extraction)} | **${fmt(mbps(r.extraction.median))} MB/s**, ${fmt(r.articles / (r.extraction.median / 1000), 0)} articles/s |`,
    `| bare sentence segmentation, \`Intl.Segmenter\` (split on blank lines first) | ${spread(r.intlSegmenter)} | ${fmt(mbps(r.intlSegmenter.median))} MB/s |`,
    `| the project's own segmenter alone | ${spread(r.ownSegmenter)} | ${fmt(mbps(r.ownSegmenter.median))} MB/s |`,
    '',
    `Extraction takes **${fmt(ratio, 2)}×** the time of the bare segmentation (target: at most 3×; at least 5 MB/s).`,
    '',
    `Linearity on a single article: ${fmt(r.linearity.smallBytes / MB, 0)} MB in ${spread(r.linearity.small)}; ${fmt(r.linearity.bigBytes / MB, 0)} MB in ${spread(r.linearity.big)}. Time per byte grows by a factor of **${fmt(lin, 2)}** from the small to the large article (1.00 is linear).`,
  ];
  if (r.references.length) {
    lines.push('', 'General-purpose recognisers over part of the same text, as reference points:', '', '| library | text | time | throughput | found |', '|---|---|---|---|---|');
    for (const ref of r.references) {
      lines.push(`| ${ref.name} | ${fmt(ref.bytes / 1024, 0)} KB | ${spread(ref.ms)} | ${fmt(mbps(ref.ms.median, ref.bytes), 2)} MB/s | ${ref.found.toLocaleString('en-US')} (${ref.note}) |`);
    }
  }
  return lines.join('\n');
}
