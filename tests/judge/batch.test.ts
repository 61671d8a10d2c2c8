import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims, judgeDocuments } from '../../shared/judge/judge.ts';
import { fileReferenceStore } from '../../shared/reference/file-store.ts';
import type { ReferenceStore } from '../../shared/reference/store.ts';

/** Judging a batch of documents: the same reports as one at a time, with one round of lookups. */
describe('judgeDocuments', () => {
  const docs = readdirSync('examples')
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .map((f) => extractClaims(readFileSync(`examples/${f}`), { name: f }));
  const file = fileReferenceStore();

  it('gives each document the report judgeClaims gives it alone', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(3);
    const batch = await judgeDocuments(docs, file);
    const alone = await Promise.all(docs.map((d) => judgeClaims(d, file)));
    expect(batch).toEqual(alone);
  });

  it('asks the store once for the whole batch, each key once', async () => {
    const asked: string[][] = [];
    const counting: ReferenceStore = { lookup: async (keys) => (asked.push([...keys]), file.lookup(keys)) };
    await judgeDocuments(docs, counting);
    expect(asked).toHaveLength(1);
    expect(new Set(asked[0]).size).toBe(asked[0]!.length);
    for (const d of docs) {
      const own: string[][] = [];
      await judgeClaims(d, { lookup: async (keys) => (own.push([...keys]), file.lookup(keys)) });
      for (const k of own[0]!) expect(asked[0]).toContain(k);
    }
  });

  it('judges an empty batch without asking the store', async () => {
    expect(await judgeDocuments([], { lookup: async () => { throw new Error('asked'); } })).toEqual([]);
  });
});
