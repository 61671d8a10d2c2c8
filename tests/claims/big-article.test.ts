import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims, FRAME_WITHOUT_LOWER_BYTES } from '../../shared/claims/extract-claims.ts';
import { extractFigures } from '../../shared/extract/extract.ts';
import { frameFigures } from '../../shared/frame/frame.ts';
import { readArticle } from '../../shared/read/index.ts';
import { segment } from '../../shared/split/segment.ts';
import { defaultVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { readHeader } from '../../shared/claims/metadata.ts';
import { readSeed, SEED_PUBLISHED, seedsAvailable } from '../helpers/seeds.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, bytes: readFileSync(join(EXAMPLES, f)) }));
const seeds = seedsAvailable() ? Object.keys(SEED_PUBLISHED).map((p) => ({ name: `${p}.txt`, bytes: readSeed(p) })) : [];

/** The framing of an article's figures, read with the lower-cased copy of its text and without it. */
function framedBothWays(bytes: Uint8Array, published?: string) {
  const article = readArticle(bytes, { maxBytes: 64 * 1024 * 1024 });
  const { text } = article;
  const segmentation = segment(text);
  const lower = text.toLowerCase();
  // As extraction reads it: the header's date line and byline are no claims.
  const { skip } = readHeader(text, segmentation, article.hints.title);
  const figures = extractFigures(text, segmentation.sentences, { skip, lower, ...(published ? { published: { date: published } } : {}) });
  const vocabulary = defaultVocabulary();
  const pub = published ? { date: published } : undefined;
  return {
    figures: figures.length,
    withLower: frameFigures(text, segmentation, figures, vocabulary, pub, lower),
    withoutLower: frameFigures(text, segmentation, figures, vocabulary, pub, null),
  };
}

/**
 * A big article is framed with any-case patterns and no lower-cased copy of its text (the copy is
 * as large as the text, at framing's peak): both readings must frame every figure alike.
 */
describe('framing without the lower-cased text', () => {
  it.each([...examples, ...seeds])('frames $name as the lower-cased reading does', ({ name, bytes }) => {
    // Published dates as given, so that every date resolves as in the golden tests.
    const { withLower, withoutLower } = framedBothWays(bytes, SEED_PUBLISHED[name.slice(0, 3)]);
    expect(withoutLower).toEqual(withLower);
  });

  it('frames an article past the size where extraction drops the copy as the lower-cased reading does', () => {
    const one = Buffer.concat([...examples, ...seeds].flatMap((a) => [a.bytes, Buffer.from('\n\n')]));
    const copies = Math.ceil(FRAME_WITHOUT_LOWER_BYTES / one.length) + 1;
    const big = Buffer.concat(Array.from({ length: copies }, () => one));
    expect(big.length).toBeGreaterThanOrEqual(FRAME_WITHOUT_LOWER_BYTES);
    const { figures, withLower, withoutLower } = framedBothWays(big, '2021-08-16');
    expect(figures).toBeGreaterThan(copies);
    expect(withoutLower).toEqual(withLower);
    // And extraction itself takes that path for it, with every figure framed.
    const doc = extractClaims(big, { maxBytes: 64 * 1024 * 1024, published: '2021-08-16' });
    expect(doc.claims.length).toBe(withLower.filter((f) => !f.scopeOnly).length);
    expect(doc.claims.map((c) => c.framing)).toEqual(withLower.filter((f) => !f.scopeOnly).map((f) => f.framing));
  });
});
