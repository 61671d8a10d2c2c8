import { hash } from 'node:crypto';
import type { Claim, ClaimsDocument } from '../claims/document.ts';
import { weekdayOf } from '../extract/dates.ts';
import type { JudgedClaim } from '../report/report.ts';
import { fits } from './qualifiers.ts';
import type { Tolerances } from './tolerances.ts';
import { figureAt, speakerOf, type ClaimFrame } from '../frame/slots.ts';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { speaksOfRevision } from '../frame/release.ts';
import { rateOrAverage } from './rates.ts';
import { statedSpan } from '../frame/span.ts';

/**
 * Checks that need no reference table, reported as claims of kind `consistency`:
 * a weekday beside its date, a count beside the list it counts, and one quantity stated
 * twice in an article with different values.
 */
export function consistencyClaims(doc: ClaimsDocument, t: Tolerances, frameOf: (c: Claim) => ClaimFrame, v: CompiledVocabulary): JudgedClaim[] {
  return [...weekdays(doc), ...listCounts(doc), ...repeatedQuantities(doc, t, frameOf, v)];
}

/**
 * Two statements are of one quantity only when each reads as a reported level of one subject,
 * for a time its own clause states or an event it names: two months, two sectors, a forecast
 * and an outcome, or a figure before and after a revision are different quantities.
 */
function settled(c: Claim, frame: ClaimFrame, v: CompiledVocabulary): boolean {
  const t = c.framing.time.basis;
  // Each subject read from its own sentence: two figures of the article's main subject may be two
  // sources' ("the auditor puts it at 11", "the league's 14").
  return (
    frame.subject.confidence === 'high' &&
    !c.framing.entities.some((e) => e.role === 'subject' && e.via === 'topic') &&
    frame.subject.combine === 'one' &&
    frame.measure.confidence === 'high' &&
    frame.status.value === 'reported' &&
    frame.change.value === 'level' &&
    frame.sign.value === 'positive' &&
    frame.time.confidence === 'high' &&
    (t === 'explicit' || (t === 'event' && frame.event.confidence === 'high')) &&
    !frame.release &&
    !speaksOfRevision(c.sentence.text) &&
    // ("66 millers a day", "$220 per head": a rate, not the quantity.)
    rateOrAverage(c) === null &&
    // ("Valdonia says Ruritania lost 7,000": someone's word, not the article's statement.)
    speakerOf(c.sentence.text, figureAt(c), v) === null
  );
}

function consistency(c: Claim, check: 'weekday' | 'list-count' | 'repeated-quantity', ok: boolean | null, explanation: string): JudgedClaim {
  return {
    id: hash('sha256', `${c.id}\u0000${check}`, 'hex').slice(0, 16),
    quote: c.quote,
    start: c.start,
    end: c.end,
    span: c.span,
    sentence: c.sentence,
    figure: { kind: 'consistency', check, unit: null, qualifier: 'exact', text: c.figure.text },
    verdict: ok === null ? 'unverifiable' : ok ? 'supported' : 'contradicted',
    explanation,
    evidence: [],
    confidence: ok === null ? 0.5 : 0.95,
  };
}

function weekdays(doc: ClaimsDocument): JudgedClaim[] {
  const out: JudgedClaim[] = [];
  const known = doc.article.published.how === 'given' || doc.article.published.how === 'stated';
  for (const c of doc.claims) {
    const d = c.figure.date;
    if (!d?.weekday) continue;
    const actual = weekdayOf(d.start);
    if (actual === null) {
      out.push(consistency(c, 'weekday', null, `The year of '${c.figure.text}' is not known, so its weekday cannot be checked.`));
    } else if (!(d.resolution === 'explicit' || d.resolution === 'nearby' || (d.resolution === 'publication' && known))) {
      // A year read from another date of the article, or from a publication date that was
      // itself inferred, may be what is wrong, not the weekday: no check either way.
      out.push(consistency(c, 'weekday', null, `The year of '${c.figure.text}' is not stated (${d.start.slice(0, 4)} is read from the article), so its weekday is not checked against it.`));
    } else if (actual === d.weekday) {
      // A weekday that fits its date checks the calendar, not the claim: a 'supported' beside a
      // wrong date ("Monday 25 August" for a signing of the 26th) would read as support for it.
      continue;
    } else {
      out.push(consistency(c, 'weekday', false, `${d.start} was a ${actual}, not a ${d.weekday}.`));
    }
  }
  return out;
}

const LIST_INTRO = /\b(?:which would include|would include|will include|includes|included|include|including|namely|comprising|consisting of|made up of)\s+|:\s+/i;

/** "a six-state platform ... which would include Ruritania, Freedonia, Valdonia, Ostria, Borduria and Syldavia". */
function listCounts(doc: ClaimsDocument): JudgedClaim[] {
  const out: JudgedClaim[] = [];
  for (const c of doc.claims) {
    const f = c.figure;
    if (f.kind !== 'count' || f.value === undefined || !Number.isInteger(f.value) || f.value < 2 || f.value > 20 || f.qualifier !== 'exact') continue;
    const s = c.sentence.text;
    const at = s.indexOf(f.text);
    if (at < 0) continue;
    const after = s.slice(at + f.text.length);
    const intro = LIST_INTRO.exec(after);
    if (!intro) continue;
    const list = after.slice(intro.index + intro[0].length).replace(/[.;!?].*$/, '');
    const items = list.split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/).map((x) => x.trim()).filter(Boolean);
    // A list of names: short items, each starting with a capital.
    if (items.length < 2 || !items.every((x) => /^[A-Z]/.test(x) && x.split(/\s+/).length <= 4)) continue;
    const ok = items.length === f.value;
    out.push(consistency(c, 'list-count', ok, ok
      ? `'${f.text}' is followed by a list of ${items.length}: it adds up.`
      : `'${f.text}' is followed by a list of ${items.length} (${items.join(', ')}), not ${f.value}.`));
  }
  return out;
}

/** The same measure, of the same entity, event and time, given twice with values that cannot both hold. */
function repeatedQuantities(doc: ClaimsDocument, t: Tolerances, frameOf: (c: Claim) => ClaimFrame, v: CompiledVocabulary): JudgedClaim[] {
  const out: JudgedClaim[] = [];
  const seen = new Map<string, Claim>();
  for (const c of doc.claims) {
    const f = c.figure;
    if (!c.framing.measure || !['count', 'money', 'percent', 'measure'].includes(f.kind) || f.value === undefined) continue;
    if (!settled(c, frameOf(c), v)) continue;
    const subjects = c.framing.entities.filter((e) => e.role === 'subject').map((e) => e.id).sort().join('+');
    // (A change on the month and one on the year are two quantities: "0.4% on the month", "3.2% from a year earlier".)
    const key = [c.framing.measure, subjects, c.framing.event?.id ?? '', c.framing.time.from ?? '', c.framing.time.to ?? '', f.kind, f.unit ?? '', v.measures.get(c.framing.measure)?.kind === 'change' ? statedSpan(c)?.span ?? '' : ''].join('|');
    const first = seen.get(key);
    if (!first) {
      seen.set(key, c);
      continue;
    }
    const a = first.figure;
    // (Two values in one sentence are two quantities its words tell apart, whether or not the
    // reading caught them: a flattened table's row, "Millers 870 Carters 1,700", or a list.)
    if (first.sentence.index === c.sentence.index) continue;
    // Each figure read by its own qualifier: "at least 5,000" and "5,600" can both hold.
    const compatible =
      fits(a, { low: f.value, high: f.value, precision: f.precision }, t) || fits(f, { low: a.value ?? a.low ?? 0, high: a.value ?? a.high ?? 0, precision: a.precision }, t);
    if (!compatible) {
      out.push(consistency(c, 'repeated-quantity', false, `The article gives this quantity as '${a.text}' earlier and as '${f.text}' here.`));
    }
  }
  return out;
}
