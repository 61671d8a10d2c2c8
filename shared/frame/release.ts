/**
 * Which release of a revised figure a claim speaks of. Statistics and tolls are revised: a
 * month's jobs figure has a first estimate and later ones, a ministry's count a first tally and
 * a final list. "June's first estimate had shown 206,000" is a claim about the first release,
 * right even when the latest figure differs; read as the latest, it would look wrong.
 */

/** Words saying a figure is the first of its releases, before it in its clause ("its first official tally": a word of the release's kind may stand between). */
const FIRST_BEFORE = /\b(?:(?:first|initial|preliminary|original|advance|flash|early)\s+(?:(?:official|published|monthly|quarterly|annual|public|full|national|government)\s+)?(?:estimates?|readings?|prints?|counts?|figures?|reports?|releases?|tall(?:y|ies)|numbers?|results?)|(?:first|initially|originally)\s+(?:reported|estimated|put|given|published|announced|counted|shown|recorded|stated|printed))\b/i;
/** ... or right after it: "grew by 353,000 on the first count", "353,000 in the first estimate". */
const ON_FIRST = String.raw`(?:on|in|at|by)\s+(?:the|its|their|a)\s+(?:first|initial|preliminary|original|advance)\s+(?:estimates?|readings?|prints?|counts?|figures?|reports?|releases?|tall(?:y|ies))\b`;
// (The figure's own period may stand between: "grew by 142,000 in August on the first estimate".)
const FIRST_AFTER = new RegExp(String.raw`^[\s,]*(?:\([^)]*\)\s*)?(?:(?:in|for|during)\s+(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4})?\s*,?\s*)?` + ON_FIRST, 'i');
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

/**
 * When a report gave a revision. "August was first reported at 142,000, raised to 159,000 in
 * October", "first put at 206,000 in early July", "cut to 179,000 in the August report", "the
 * March report cut it to 229,000", "April's nudged it up to 256,000": the month is the report's,
 * not the period the figure is of. Read as the figure's period it would set a figure of August
 * against October's, and contradict a true one. The figure is read as the release that stood on
 * that day instead (`release: as-of`), a weak reading: which report a month names ("the July
 * report" may be July's data or July's release) is not certain enough to contradict with.
 */

/** A figure's or a date's place in the text. */
export interface Placed {
  start: number;
  end: number;
}

/** A verb of revising, its object at most, and "to" or "at", right before a figure. */
const REVISED_TO_BEFORE = new RegExp(
  String.raw`\b(?:` +
    // "revised down to", "marked it up to", "nudged the figure down to"
    String.raw`(?<strong>(?:revised|revises|marked|nudged|pushed|written|moved)(?:\s+(?:it|them|(?:the|its|their|that)\s+[a-z]+))?\s+(?:up|down|higher|lower)\s+(?:to|at)` +
    // "revised to", "first put at", "initially reported as", "began life at"
    String.raw`|(?:revised|revises)(?:\s+(?:it|them|(?:the|its|their|that)\s+[a-z]+))?\s+to|(?:first|initially|originally)\s+(?:put|reported|printed|estimated|given|published|shown|recorded|counted)\s+(?:at|as)|began\s+(?:life\s+)?at)` +
    // "cut to", "raised it to", "lowered the gain to": a verb that also tells of the quantity itself
    String.raw`|(?<weak>(?:cut|cuts|lowered|lowers|raised|raises|lifted|lifts|trimmed|trims|pared|pares|upgraded|downgraded|nudged|pushed|took|brought)(?<object>\s+(?:it|them|(?:the|its|their|that)\s+(?:figure|gain|count|estimate|number|total|reading|tally|loss|print)))?(?:\s+(?:up|down|back))?\s+to)` +
    String.raw`)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|a(?:\s+[a-z]+)?)\s+)?$`,
  'i',
);
/** "in", "on", "in the", "in early": between a revised figure and the date of its report. */
const REPORT_DATE_GAP = /^\s*,?\s*(?:in|on)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
/** A noun of a report right after its date: "the August report", "October's release", "the March guild report". */
const REPORT_NOUN_AFTER = /^(?:['’]s)?(?:\s+[a-z]+)?\s+(?:report|release|update|revision|print|bulletin)\b/i;
/** A date's possessive standing for its report before a verb of revising: "April's nudged it up". */
const REPORT_OWNER_AFTER = /^['’]s\s+(?=(?:cut|lowered|raised|lifted|trimmed|pared|revised|nudged|pushed|marked|took|brought)\b)/i;

/**
 * The figures of its clause whose report a date names, or none; `namesReport`: the date is part
 * of the report's name ("the March report"), no claim of its own. `otherPeriod`: the clause names
 * a period of its own before the figure ("August was first reported at …"), so the date after
 * the figure cannot be that period as well.
 */
export function releasedOn(text: string, date: Placed, amounts: readonly Placed[], clause: Placed, otherPeriod: (figure: Placed) => boolean): { figures: Placed[]; namesReport: boolean } | null {
  const after = text.slice(date.end, Math.min(clause.end, date.end + 40));
  // The date heads the report that revises the figures after it: "the March report cut it to 229,000".
  if (REPORT_NOUN_AFTER.test(after) || REPORT_OWNER_AFTER.test(after)) {
    const figures = amounts.filter((f, i) => {
      if (f.start < date.end || f.start >= clause.end) return false;
      const from = Math.max(date.end, i > 0 ? amounts[i - 1]!.end : 0);
      const m = REVISED_TO_BEFORE.exec(text.slice(from, f.start));
      return !!m && (!!m.groups?.strong || !!m.groups?.object || otherPeriod(f));
    });
    if (figures.length) return { figures, namesReport: true };
  }
  // The date follows the revised figure: "raised to 159,000 in October", "cut to 179,000 in the August report".
  const figure = [...amounts].reverse().find((f) => f.end <= date.start && f.start >= clause.start);
  if (!figure || !REPORT_DATE_GAP.test(text.slice(figure.end, date.start))) return null;
  const m = REVISED_TO_BEFORE.exec(text.slice(Math.max(clause.start, figure.start - 60), figure.start));
  if (!m) return null;
  const namesReport = REPORT_NOUN_AFTER.test(after);
  return m.groups?.strong || m.groups?.object || namesReport || otherPeriod(figure) ? { figures: [figure], namesReport } : null;
}
