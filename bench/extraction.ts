import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadEngine } from './engine.ts';
import { repeatedCorpus, singleArticle, type Article } from './corpus.ts';
import { fmt, spread, summarise, time, timeAsync, type Summary } from './stats.ts';

const MB = 1024 * 1024;

export interface ExtractionResult {
  corpusSource: string;
  corpusBytes: number;
  articles: number;
  /** Fresh processes the passes were timed in. */
  processes: number;
  /** Extraction and judging on the embedded reference: what `factcheck check` does per article. */
  check: Summary;
  extraction: Summary;
  intlSegmenter: Summary;
  ownSegmenter: Summary;
  claims: number;
  verdicts: Record<string, number>;
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

/** The timed passes of one process: its samples, before they are summarised. */
export interface PassSamples {
  check: number[];
  extraction: number[];
  intlSegmenter: number[];
  ownSegmenter: number[];
  small: number[];
  big: number[];
  smallBytes: number;
  bigBytes: number;
  claims: number;
  verdicts: Record<string, number>;
}

/** Fresh processes the full benchmark times the passes in (see benchExtraction). */
export const PASS_PROCESSES = 3;

/**
 * The full benchmark times the passes in several fresh processes, one after another, and takes
 * the median of their medians: how fast a process runs the same bundled code varies from one
 * process to the next (most likely as the optimising compiler chooses), by up to half on this
 * machine, and one process's luck is not the engine's speed. The quick run uses one, in process.
 */
export async function benchExtraction(opts: { quick: boolean }): Promise<ExtractionResult> {
  const corpus = repeatedCorpus(opts.quick ? 1 * MB : 5 * MB);
  const texts = corpus.articles.map((a) => a.bytes.toString('utf8'));
  let samples: PassSamples[];
  if (opts.quick) samples = [await measurePasses({ quick: true })];
  else {
    samples = [];
    const entry = fileURLToPath(new URL('./extraction-process.ts', import.meta.url));
    for (let k = 0; k < PASS_PROCESSES; k++) {
      const r = spawnSync(process.execPath, [...process.execArgv, entry], { encoding: 'utf8', maxBuffer: 16 << 20 });
      if (r.status !== 0) throw new Error(`extraction passes failed in a fresh process: ${r.stderr.slice(0, 800)}`);
      samples.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as PassSamples);
    }
  }
  const pooled = (pick: (s: PassSamples) => number[]) => pool(samples.map(pick));
  const first = samples[0]!;
  const references = opts.quick ? [] : await referencePoints(texts, corpus.total);
  return {
    corpusSource: corpus.source,
    corpusBytes: corpus.total,
    articles: corpus.articles.length,
    processes: samples.length,
    check: pooled((s) => s.check),
    extraction: pooled((s) => s.extraction),
    intlSegmenter: pooled((s) => s.intlSegmenter),
    ownSegmenter: pooled((s) => s.ownSegmenter),
    claims: first.claims,
    verdicts: first.verdicts,
    linearity: { smallBytes: first.smallBytes, small: pooled((s) => s.small), bigBytes: first.bigBytes, big: pooled((s) => s.big) },
    references,
  };
}

/** Several processes' samples: the median of their medians, the extremes of all, every run counted. */
function pool(perProcess: number[][]): Summary {
  const each = perProcess.map((x) => summarise(x));
  const all = perProcess.flat();
  return { median: summarise(each.map((e) => e.median)).median, min: Math.min(...all), max: Math.max(...all), runs: all.length };
}

/** One process's passes: what `factcheck check` does over the corpus, and the segmenters beside it. */
export async function measurePasses(opts: { quick: boolean }): Promise<PassSamples> {
  const { extractClaims, judgeDocuments, JUDGE_BATCH, fileReferenceStore, segment } = await loadEngine();
  const runs = opts.quick ? 3 : 7;
  const corpus = repeatedCorpus(opts.quick ? 1 * MB : 5 * MB);
  const texts = corpus.articles.map((a) => a.bytes.toString('utf8'));
  const reference = fileReferenceStore();
  let claims = 0;
  let verdicts: Record<string, number> = {};
  const extract = (a: Article) => extractClaims(a.bytes, { name: a.name, ...(a.published ? { published: a.published } : {}) });
  const extractAll = (articles: Article[]) => {
    for (const a of articles) extract(a);
  };
  // As `factcheck check` goes through a folder: a batch of articles read (JUDGE_BATCH), then
  // judged together with one round of lookups (judgeDocuments).
  const checkAll = async (articles: Article[]) => {
    claims = 0;
    verdicts = {};
    let batch: ReturnType<typeof extract>[] = [];
    let bytes = 0;
    const flush = async () => {
      for (const report of await judgeDocuments(batch, reference)) {
        claims += report.counts.claims;
        for (const c of report.claims) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
      }
      batch = [];
      bytes = 0;
    };
    for (const a of articles) {
      batch.push(extract(a));
      bytes += a.bytes.length;
      if (batch.length >= JUDGE_BATCH.documents || bytes >= JUDGE_BATCH.bytes) await flush();
    }
    await flush();
  };
  // Warm up the JIT: a pass reaches its steady speed after five or six whole passes over the
  // corpus (the first is about four times slower, the fourth still a third slower), which is
  // the speed a long run over an archive goes at. Then alternate the measured passes so that
  // drift hits all alike.
  for (let w = 0; w < (opts.quick ? 2 : 6); w++) {
    await checkAll(corpus.articles);
    texts.forEach(intlSegment);
  }
  const chk: number[] = [];
  const ex: number[] = [];
  const intl: number[] = [];
  const own: number[] = [];
  for (let r = 0; r < runs; r++) {
    chk.push(await timeAsync(() => checkAll(corpus.articles)));
    ex.push(time(() => extractAll(corpus.articles)));
    // (The quick run's segmentation, some 20 ms, swings by half from one pass to the next on one
    // core: timed three times a round, its median is the ratio's steadier denominator.)
    for (let k = 0; k < (opts.quick ? 3 : 1); k++) intl.push(time(() => texts.forEach(intlSegment)));
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

  return { check: chk, extraction: ex, intlSegmenter: intl, ownSegmenter: own, small: s, big: b, smallBytes, bigBytes, claims, verdicts };
}

/**
 * General-purpose recognisers as reference points (docs/adr/0003): the number recogniser over
 * the whole corpus, as the target compares; chrono-node, dates only, over a twentieth.
 */
async function referencePoints(texts: string[], bytes: number): Promise<ExtractionResult['references']> {
  const references: ExtractionResult['references'] = [];
  let found = 0;
  const rec = await import('@microsoft/recognizers-text-number');
  const recRuns: number[] = [];
  for (let r = 0; r < 3; r++) recRuns.push(time(() => { found = 0; for (const t of texts) found += rec.recognizeNumber(t, rec.Culture.English).length; }));
  references.push({ name: '@microsoft/recognizers-text-number (numbers only)', bytes, ms: summarise(recRuns), found, note: 'numbers only; no units, qualifiers, dates or verdicts' });
  const sample = texts.slice(0, Math.ceil(texts.length / 20));
  const sampleBytes = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const chrono = await import('chrono-node');
  const chronoRuns: number[] = [];
  for (let r = 0; r < 3; r++) chronoRuns.push(time(() => { found = 0; for (const t of sample) found += chrono.parse(t, new Date('2021-08-16')).length; }));
  references.push({ name: 'chrono-node 2 (dates only)', bytes: sampleBytes, ms: summarise(chronoRuns), found, note: 'dates only; no counts, money or qualifiers' });
  return references;
}

export function extractionMarkdown(r: ExtractionResult): string {
  const mb = r.corpusBytes / MB;
  const mbps = (ms: number, bytes = r.corpusBytes) => bytes / MB / (ms / 1000);
  const ratio = r.check.median / r.intlSegmenter.median;
  const recogniser = r.references.find((x) => x.name.startsWith('@microsoft'));
  const lin = r.linearity.big.median / r.linearity.small.median / (r.linearity.bigBytes / r.linearity.smallBytes);
  const lines = [
    '## 1. Extraction and judging (in process, one core)',
    '',
    `Corpus: ${r.corpusSource}, repeated as ${r.articles.toLocaleString('en-US')} separate articles: ${fmt(mb, 2)} MB. ${r.processes > 1 ? `The passes ran in ${r.processes} fresh processes, one after another (a process's speed on the same code varies, most likely with the optimising compiler's choices): each time below is the median of the processes' medians, with the fastest and slowest of all their runs in brackets; the recognisers ran once, in the benchmark's own process. ` : ''}Each pass does what \`factcheck check\` does over a folder, with the engine bundled as the CLI is (bench/engine.ts): for each batch of up to 16 articles (or 4 MB), reads, normalises, segments, extracts and frames each (\`extractClaims\`), then judges every claim of the batch against the embedded reference (\`judgeDocuments\`, the file adapter, one lookup per batch), with the publication dates an editor would give. ${r.claims.toLocaleString('en-US')} claims per pass (${Object.entries(r.verdicts).sort().map(([v, n]) => `${n.toLocaleString('en-US')} ${v}`).join(', ')}).`,
    '',
    '| what | time per pass | throughput |',
    '|---|---|---|',
    `| **extraction + judging** | ${spread(r.check)} | **${fmt(mbps(r.check.median))} MB/s**, ${fmt(r.articles / (r.check.median / 1000), 0)} articles/s |`,
    `| extraction alone (\`extractClaims\`) | ${spread(r.extraction)} | ${fmt(mbps(r.extraction.median))} MB/s |`,
    `| bare sentence segmentation, \`Intl.Segmenter\` (split on blank lines first) | ${spread(r.intlSegmenter)} | ${fmt(mbps(r.intlSegmenter.median))} MB/s |`,
    `| the project's own segmenter alone | ${spread(r.ownSegmenter)} | ${fmt(mbps(r.ownSegmenter.median))} MB/s |`,
    '',
    `Extraction and judging take **${fmt(ratio, 2)}×** the time of the bare segmentation (target: at most 3×; at least 5 MB/s).${recogniser ? ` They are **${fmt(recogniser.ms.median / r.check.median, 1)}×** faster than the general-purpose number recogniser over the same text (target: at least 20×), which finds numbers only.` : ''}`,
    '',
    `Linearity on a single article: ${fmt(r.linearity.smallBytes / MB, 0)} MB in ${spread(r.linearity.small)}; ${fmt(r.linearity.bigBytes / MB, 0)} MB in ${spread(r.linearity.big)}. Time per byte grows by a factor of **${fmt(lin, 2)}** from the small to the large article (1.00 is linear).`,
  ];
  if (r.references.length) {
    lines.push('', 'General-purpose recognisers as reference points:', '', '| library | text | time | throughput | found |', '|---|---|---|---|---|');
    for (const ref of r.references) {
      lines.push(`| ${ref.name} | ${fmt(ref.bytes / 1024, 0)} KB | ${spread(ref.ms)} | ${fmt(mbps(ref.ms.median, ref.bytes), 2)} MB/s | ${ref.found.toLocaleString('en-US')} (${ref.note}) |`);
    }
  }
  return lines.join('\n');
}
