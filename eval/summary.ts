import type { ArticleScore, Letter } from './score.ts';

/** The evaluation's figures over a set of scored articles. */
export interface Summary {
  articles: number;
  claims: number;
  found: number;
  agreed: number;
  /** Contradicted verdicts the engine gave, and those right. */
  cAll: number;
  cRight: number;
  /** Key claims expecting C, and those the engine found and contradicted. */
  cExpected: number;
  cHit: number;
  sAll: number;
  sRight: number;
  sExpected: number;
  sHit: number;
  falseFigures: number;
  unkeyed: number;
  confusion: Record<Letter, Record<Letter | 'missed', number>>;
}

const row = () => ({ S: 0, C: 0, D: 0, U: 0, missed: 0 });

export function summarise(articles: readonly ArticleScore[]): Summary {
  const s: Summary = {
    articles: articles.length,
    claims: 0,
    found: 0,
    agreed: 0,
    cAll: 0,
    cRight: 0,
    cExpected: 0,
    cHit: 0,
    sAll: 0,
    sRight: 0,
    sExpected: 0,
    sHit: 0,
    falseFigures: 0,
    unkeyed: 0,
    confusion: { S: row(), C: row(), D: row(), U: row() },
  };
  for (const a of articles) {
    s.cAll += a.contradicted.all;
    s.cRight += a.contradicted.right;
    s.sAll += a.supported.all;
    s.sRight += a.supported.right;
    s.falseFigures += a.falseFigures.length;
    s.unkeyed += a.unkeyed.length;
    for (const c of a.claims) {
      s.claims++;
      if (c.found) s.found++;
      if (c.agreed) s.agreed++;
      if (c.expect === 'C') {
        s.cExpected++;
        if (c.got === 'C') s.cHit++;
      }
      if (c.expect === 'S') {
        s.sExpected++;
        if (c.got === 'S') s.sHit++;
      }
      s.confusion[c.expect][c.got ?? 'missed']++;
    }
  }
  return s;
}
