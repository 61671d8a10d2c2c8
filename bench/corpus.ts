import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The benchmark corpus: the five sample articles (../shared/seeds) when present, else the
 * project's own examples, repeated as separate articles until the corpus reaches `bytes`.
 */
export interface Article {
  name: string;
  bytes: Buffer;
  published?: string;
}

const SEEDS = resolve(import.meta.dirname, '../../shared/seeds');
const PUBLISHED: Record<string, string> = { '001': '2021-08-16', '003': '2024-07-10', '004': '2024-11-26' };

export function baseArticles(): { source: string; articles: Article[] } {
  if (existsSync(SEEDS)) {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) {
      return {
        source: 'the five sample articles (../shared/seeds)',
        articles: files.map((f) => ({ name: f, bytes: readFileSync(join(SEEDS, f)), ...(PUBLISHED[f.slice(0, 3)] ? { published: PUBLISHED[f.slice(0, 3)]! } : {}) })),
      };
    }
  }
  const dir = resolve(import.meta.dirname, '../examples');
  const files = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f) && !f.startsWith('README')).sort();
  return { source: 'the example articles (examples/)', articles: files.map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) })) };
}

export function repeatedCorpus(bytes: number): { source: string; articles: Article[]; total: number } {
  const { source, articles } = baseArticles();
  const out: Article[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const a = articles[i % articles.length]!;
    out.push(a);
    total += a.bytes.length;
  }
  return { source, articles: out, total };
}

/** One article made of the sample articles' paragraphs, repeated to `bytes`. */
export function singleArticle(bytes: number): Buffer {
  const { articles } = baseArticles();
  const parts: Buffer[] = [];
  const sep = Buffer.from('\n\n');
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const a = articles[i % articles.length]!.bytes;
    parts.push(a, sep);
    total += a.length + 2;
  }
  return Buffer.concat(parts);
}
