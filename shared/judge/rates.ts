import type { Claim } from '../claims/document.ts';
import { figureAt } from '../frame/slots.ts';

/**
 * An average, a rate or a level held over a span is not any one period's figure, nor a count of
 * a whole: "averaged a little under 200,000", "174,000 sacks a month", "$220 per head", "below 4%
 * for 25 months". The words that make it one, or null.
 */
export function rateOrAverage(c: Pick<Claim, 'sentence' | 'figure' | 'start'>): string | null {
  const at = figureAt(c as Claim);
  const before = c.sentence.text.slice(Math.max(0, at - 40), at);
  const after = c.sentence.text.slice(at + c.figure.text.length, at + c.figure.text.length + 40);
  const m =
    AVERAGE_BEFORE.exec(before) ??
    AVERAGE_AFTER.exec(after) ??
    AVERAGE_NOUN_AFTER.exec(after) ??
    PER_UNIT_AFTER.exec(after) ??
    PER_UNIT_HEAD.exec(c.sentence.text.slice(0, at)) ??
    (BOUNDS.has(c.figure.qualifier) || REMAINED_BEFORE.test(before) ? HELD_FOR.exec(after) : null);
  return m ? (m[1] ?? m[0]).trim() : null;
}

// ("the average monthly gain of 59,000": words of what is averaged between.)
const AVERAGE_BEFORE = /\b(?:averag(?:ed|ing|es)|on average|average(?:\s+[a-z-]+){0,3}\s+of)\b[^.;]*$/i;
/** A rate ("174,000 sacks a month") or a level held over a span ("below 4% for 25 months"). */
// ("1.57% a year earlier" is a level a year back, no rate: a word of time after the span parts them.)
// (A closing quote or bracket may stand between: '"… 200,000 to 300,000" a year'.)
const AVERAGE_AFTER = /^["”'’)\]]*\s*(?:[a-z-]+\s+)?(?:a|per|each|every)\s+(?:month|year|week|day|quarter)\b(?!\s+(?:earlier|before|ago|later)\b)/i;
/** "the 215,000 monthly average", "12 on average", "a 4.1% median": the figure is an average's. */
const AVERAGE_NOUN_AFTER = /^\s*(?:[a-z-]+\s+)?(?:average|mean|median)\b|^\s*on\s+average\b/i;
const HELD_FOR = /^\s*for\s+(?:the\s+(?:past\s+|last\s+)?)?(?:\d+|[a-z]+)\s+(?:straight\s+|consecutive\s+)?(?:months|years|weeks|quarters)\b/i;
/** "remained at 6.5% for five months", "held steady at": a level said to have stayed, then its span. */
const REMAINED_BEFORE = /\b(?:remained|remains|stayed|stays|held|holds|hovered|stood)\b[^.;,]{0,25}$/i;
const BOUNDS = new Set(['less_than', 'more_than', 'at_most', 'at_least']);
/** "$220 per head", "12 a head", "3 tonnes per mill": an amount for each one of something. (Not "per cent".) */
// ("5.2 drowned per 100,000 millers", "1.35 per 100 million sacks": a base in figures.)
const PER_UNIT_AFTER = /^\s*(?:[a-z-]+\s+)?(?:per\s+(?!cent\b)[a-z]+|per\s+\d[\d,.]*|a\s+head|per\s*-\s*capita)\b/i;
/** "Per head, Ruritania spent $220": a rate heading the sentence. */
const PER_UNIT_HEAD = /^\s*(per\s+(?:head|capita|person|inhabitant|resident)|on\s+a\s+per[\s-](?:head|capita)\s+basis)\b[^.;]*$/i;
