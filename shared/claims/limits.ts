/**
 * How much one article may ask of a stage. The upload limit counts bytes, but the work and
 * the outputs grow with the figures: 5 MB of figure-dense sentences is some 170,000 claims, a
 * claims document of over 100 MB and a report larger still, past what a function's memory
 * holds. So the figures are counted too, and an article over the cap ends in an error report
 * (TOO_MANY_CLAIMS) that says so, rather than in a function killed for its memory.
 */

/** The most claims one article may hold, by default. A long news article holds a few hundred. */
export const DEFAULT_MAX_CLAIMS = 20_000;

/**
 * The largest claims document the check stage reads (bytes of JSON), refused before it is
 * parsed. A claim's JSON is bounded (its sentence is at most 1,000 characters), so this is
 * well above what DEFAULT_MAX_CLAIMS claims take, and well below what the function's memory
 * can parse.
 */
export const DEFAULT_MAX_CLAIMS_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** The largest report or page the check stage writes, in bytes. */
export const DEFAULT_MAX_REPORT_BYTES = 160 * 1024 * 1024;

/** An article with more figures to check than the limit allows. */
export class TooManyClaimsError extends Error {
  override readonly name = 'TooManyClaimsError';
  readonly code = 'TOO_MANY_CLAIMS';
  constructor(message: string) {
    super(message);
  }
}
