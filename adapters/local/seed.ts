import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { jsonParts } from '../../shared/pipeline/serialise.ts';

/**
 * The objects `npm run local` puts in its bucket before it starts routing events, and that the
 * sample events in events/ name (scripts/make-events.ts): so that every sample event does what
 * its name says on a fresh stack (`npm run invoke`). The local bucket is not versioned, so an
 * object is told by its ETag, the MD5 of its bytes: the same bytes here and in the events.
 */
export interface SeedObject {
  key: string;
  body: Uint8Array;
  contentType: string;
  metadata: Record<string, string>;
}

export const SEED_BUCKET = 'factcheck-local';
const PUBLISHED = '2021-11-10';

const example = (name: string) => new Uint8Array(readFileSync(new URL(`../../examples/${name}`, import.meta.url)));

export const md5 = (bytes: Uint8Array) => createHash('md5').update(bytes).digest('hex');

/** The claims document split writes for the seeded article, as check reads it under claims/. */
export function seededClaims(bucket = SEED_BUCKET): { key: string; document: ReturnType<typeof extractClaims> } {
  const article = example('ceasefire-one-year-on.txt');
  const key = 'articles/ceasefire-one-year-on.txt';
  const doc = extractClaims(article, { source: `s3://${bucket}/${key}`, name: key, published: PUBLISHED });
  return { key: 'claims/ceasefire-one-year-on.txt.json', document: { ...doc, article: { ...doc.article, version: { etag: md5(article) } } } };
}

export function seedObjects(bucket = SEED_BUCKET): SeedObject[] {
  const claims = seededClaims(bucket);
  return [
    { key: 'articles/ceasefire-one-year-on.txt', body: example('ceasefire-one-year-on.txt'), contentType: 'text/plain; charset=utf-8', metadata: { published: PUBLISHED } },
    // A key with spaces, '+', '%' and non-ASCII characters, which S3 encodes in its events.
    { key: 'articles/Baku 2020 + Yerevan 100% Şuşa.txt', body: example('ceasefire-one-year-on.txt'), contentType: 'text/plain; charset=utf-8', metadata: { published: PUBLISHED } },
    // Small on disk; its sample event says 20 MB, as an oversize upload's would.
    { key: 'articles/archive-dump.txt', body: new TextEncoder().encode('An archive dump too large to check: its event names its size.\n'), contentType: 'text/plain; charset=utf-8', metadata: {} },
    { key: claims.key, body: new TextEncoder().encode([...jsonParts(claims.document, 'claims')].join('')), contentType: 'application/json', metadata: {} },
  ];
}
