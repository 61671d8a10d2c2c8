/**
 * Which release of a revised figure a claim speaks of. Statistics and tolls are revised: a
 * month's jobs figure has a first estimate and later ones, a ministry's count a first tally and
 * a final list. "June's first estimate had shown 206,000" is a claim about the first release,
 * right even when the latest figure differs; read as the latest, it would look wrong.
 */

/** Words saying a figure is the first of its releases, before it in its clause. */
const FIRST_BEFORE = /\b(?:(?:first|initial|preliminary|original|advance|flash|early)\s+(?:estimates?|readings?|prints?|counts?|figures?|reports?|releases?|tall(?:y|ies)|numbers?|results?)|(?:first|initially|originally)\s+(?:reported|estimated|put|given|published|announced|counted|shown|recorded|stated|printed))\b/i;
/** ... or right after it: "grew by 353,000 on the first count", "353,000 in the first estimate". */
const ON_FIRST = String.raw`(?:on|in|at|by)\s+(?:the|its|their|a)\s+(?:first|initial|preliminary|original|advance)\s+(?:estimates?|readings?|prints?|counts?|figures?|reports?|releases?|tall(?:y|ies))\b`;
const FIRST_AFTER = new RegExp(String.raw`^[\s,]*(?:\([^)]*\)\s*)?` + ON_FIRST, 'i');
const ON_FIRST_ANYWHERE = new RegExp(String.raw`\b` + ON_FIRST, 'i');
/** Words that turn to a later release between the words and the figure: "first reported as 142,000 and now stands at 159,000". */
const LATER_BETWEEN = /\b(?:now|since|later|subsequently|revised|raised|lowered|cut|lifted|latest|current(?:ly)?|final|today)\b/i;

export interface ReleaseReading {
  value: 'first';
  text: string;
}

/**
 * The release the figure at [at, at + length) of its clause is of: the first, where the clause
 * says so with no turn to a later one between; none (the latest, as at publication) otherwise.
 * `before` is the clause's text before the figure, from the previous figure or the clause start.
 */
export function releaseOf(before: string, after: string): ReleaseReading | null {
  const m = FIRST_BEFORE.exec(before);
  if (m && !LATER_BETWEEN.test(before.slice(m.index + m[0].length))) return { value: 'first', text: m[0] };
  const a = FIRST_AFTER.exec(after);
  return a ? { value: 'first', text: a[0].trim() } : null;
}

/** A table column of first releases: "First estimate", "Initial reading". */
export function releaseOfHeader(header: string): ReleaseReading | null {
  const m = /\b(?:first|initial|preliminary|original|advance)\b(?:\s+(?:estimates?|readings?|prints?|counts?|figures?|releases?|reports?|results?))?/i.exec(header);
  return m ? { value: 'first', text: m[0] } : null;
}

/** Whether a sentence speaks of releases of a figure at all: its figures may be different releases of one quantity. */
export function speaksOfRevision(sentence: string): boolean {
  return FIRST_BEFORE.test(sentence) || ON_FIRST_ANYWHERE.test(sentence) || /\b(?:revised|revision|earlier estimate|previously|since raised|since lowered)\b/i.test(sentence);
}
