import type { JudgedClaim, Verdict, VerdictReport } from '../report/report.ts';
import { LABEL, isConsistency, oneLine, safeUrl, shownQuote } from './format.ts';

export interface ClaimReviewOptions {
  /** Where the review itself is published. */
  url?: string;
  /** The reviewing organisation (default "factcheck"). */
  author?: string;
  /** The review's date, YYYY-MM-DD (default today, UTC). */
  datePublished?: string;
}

/** Verdicts on the usual 1-5 scale; unverifiable claims get no review. */
const RATING: Record<Exclude<Verdict, 'unverifiable'>, number> = { supported: 5, disputed: 3, contradicted: 1 };

/** The quote with its sentence: one sentence can hold several figures with different verdicts. */
function claimReviewed(c: JudgedClaim, format: VerdictReport['article']['format']): string {
  const sentence = oneLine(c.sentence.text);
  const quote = oneLine(shownQuote(c, format));
  return sentence ? `\u201c${quote}\u201d: ${sentence}` : quote;
}

/**
 * schema.org ClaimReview objects (JSON-LD), one per judged claim. Unverifiable claims and the
 * article's internal consistency checks are not reviews of a claim against sources, so they are left out.
 */
export function renderClaimReview(report: VerdictReport, options: ClaimReviewOptions = {}): object[] {
  const a = report.article;
  const appearanceUrl = safeUrl(options.url) ?? safeUrl(a.source);
  const reviewUrl = safeUrl(options.url);
  const published = a.published.date;
  const date = options.datePublished ?? new Date().toISOString().slice(0, 10);
  const author = { '@type': 'Organization', name: options.author ?? 'factcheck' };
  const out: object[] = [];
  for (const c of report.claims) {
    if (c.verdict === 'unverifiable' || isConsistency(c)) continue;
    const citation = [...new Set(c.evidence.map((e) => safeUrl(e.source.url)).filter((u): u is string => u !== null))];
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(reviewUrl ? { url: reviewUrl } : {}),
      claimReviewed: claimReviewed(c, report.article.format),
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'CreativeWork',
          ...(appearanceUrl ? { url: appearanceUrl } : {}),
          ...(a.title ? { headline: a.title } : {}),
          ...(published ? { datePublished: published } : {}),
        },
        ...(published ? { datePublished: published } : {}),
      },
      author,
      datePublished: date,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING[c.verdict],
        bestRating: 5,
        worstRating: 1,
        alternateName: LABEL[c.verdict],
        ratingExplanation: c.explanation,
      },
      citation,
    });
  }
  return out;
}

/**
 * The ClaimReview objects as pretty JSON. '<' is written as \u003c (still the same JSON), so
 * the text can go straight into a <script type="application/ld+json"> element.
 */
export function renderClaimReviewJson(report: VerdictReport, options: ClaimReviewOptions = {}): string {
  return JSON.stringify(renderClaimReview(report, options), null, 2).replace(/</g, '\\u003c');
}
