import { beforeAll, describe, expect, it } from 'vitest';
import { renderClaimReview, renderClaimReviewJson } from '../../shared/render/index.ts';
import { shownQuote } from '../../shared/render/format.ts';
import { EXAMPLES, buildChecks, buildExample, clone, type Built } from './reports.ts';

// The fields read here, typed loosely: the renderer returns plain objects.
interface Review {
  '@context': string;
  '@type': string;
  url?: string;
  claimReviewed: string;
  itemReviewed: { '@type': string; appearance: { '@type': string; url?: string; headline?: string; datePublished?: string }; datePublished?: string };
  author: { '@type': string; name: string };
  datePublished: string;
  reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; alternateName: string; ratingExplanation: string };
  citation: string[];
}

let examples: Built[];
let checks: Built;

beforeAll(async () => {
  examples = await Promise.all(EXAMPLES.map(buildExample));
  checks = await buildChecks();
});

describe('renderClaimReview', () => {
  it('reviews each judged claim, leaving out unverifiable claims and consistency checks', () => {
    for (const { report } of [...examples, checks]) {
      const judged = report.claims.filter((c) => c.verdict !== 'unverifiable' && c.figure.kind !== 'consistency');
      const reviews = renderClaimReview(report, { datePublished: '2026-01-02' }) as Review[];
      expect(reviews).toHaveLength(judged.length);
      for (const [i, r] of reviews.entries()) {
        const c = judged[i]!;
        expect(r['@context']).toBe('https://schema.org');
        expect(r['@type']).toBe('ClaimReview');
        // The quote as a reader sees it: an HTML article's character references decoded.
        expect(r.claimReviewed).toContain(shownQuote(c, report.article.format).replace(/\s+/g, ' '));
        expect(r.claimReviewed).not.toMatch(/&nbsp;/);
        expect(r.claimReviewed).toContain(c.sentence.text.replace(/\s+/g, ' ').trim());
        expect(r.reviewRating).toMatchObject({ '@type': 'Rating', bestRating: 5, worstRating: 1, ratingExplanation: c.explanation });
        expect(r.itemReviewed['@type']).toBe('Claim');
        expect(r.itemReviewed.appearance['@type']).toBe('CreativeWork');
        expect(r.author).toEqual({ '@type': 'Organization', name: 'factcheck' });
        expect(r.datePublished).toBe('2026-01-02');
        expect(r.citation).toEqual([...new Set(c.evidence.map((e) => new URL(e.source.url).href))]);
        expect(r.url).toBeUndefined();
      }
    }
    expect(checks.report.claims.some((c) => c.figure.kind === 'consistency' && c.verdict === 'contradicted')).toBe(true);
  });

  it('maps verdicts to ratings', () => {
    const rated = [...examples, checks].flatMap(({ report }) => renderClaimReview(report) as Review[]).map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue] as const);
    expect(new Map(rated)).toEqual(new Map([['Supported', 5], ['Contradicted', 1], ['Disputed', 3]]));
  });

  it('carries the article, the review URL and author given, and defaults the date to today', () => {
    const { report } = examples.find((b) => b.name === 'ceasefire-one-year-on.txt')!;
    const [r] = renderClaimReview(report, { url: 'https://factcheck.example/reviews/1', author: 'Example Desk' }) as Review[];
    expect(r!.url).toBe('https://factcheck.example/reviews/1');
    expect(r!.author.name).toBe('Example Desk');
    expect(r!.itemReviewed.appearance).toEqual({ '@type': 'CreativeWork', url: 'https://factcheck.example/reviews/1', headline: report.article.title, datePublished: '2021-11-10' });
    expect(r!.itemReviewed.datePublished).toBe('2021-11-10');
    expect(r!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(r!.datePublished) - Date.now())).toBeLessThan(2 * 86_400_000);

    const [plain] = renderClaimReview(report) as Review[];
    expect(plain!.itemReviewed.appearance.url).toBeUndefined();
    const online = clone(report);
    online.article.source = 'https://news.example/ceasefire';
    online.article.published = { date: null, how: 'unknown' };
    const [fromSource] = renderClaimReview(online) as Review[];
    expect(fromSource!.itemReviewed.appearance.url).toBe('https://news.example/ceasefire');
    expect(fromSource!.itemReviewed.appearance.datePublished).toBeUndefined();
    expect(fromSource!.itemReviewed.datePublished).toBeUndefined();
  });

  it('never cites or points at a URL that is not http(s)', () => {
    const r = clone(examples.find((b) => b.name === 'ceasefire-one-year-on.txt')!.report);
    for (const c of r.claims) for (const e of c.evidence) e.source = { ...e.source, url: 'javascript:alert(1)' };
    r.article.source = 'javascript:alert(2)';
    const reviews = renderClaimReview(r, { url: 'data:text/html,x' }) as Review[];
    for (const x of reviews) {
      expect(x.citation).toEqual([]);
      expect(x.url).toBeUndefined();
      expect(x.itemReviewed.appearance.url).toBeUndefined();
    }
  });

  it('as JSON: pretty, the same objects, and safe inside a script element', () => {
    const r = clone(examples.find((b) => b.name === 'military-spending.md')!.report);
    r.claims[0]!.explanation = '</script><script>alert(1)</script>';
    const json = renderClaimReviewJson(r, { datePublished: '2026-01-02' });
    expect(json).toContain('\n  {');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(renderClaimReview(r, { datePublished: '2026-01-02' }));
  });
});
