import type { Claim } from '../claims/document.ts';
import { figureAt } from './slots.ts';

/** The span a change is measured over: a month on the month before, a quarter on the one before, a year on the year before. */
export type ChangeSpan = 'month' | 'quarter' | 'year';

/**
 * The span a change figure's words state, or null: "rose 0.4% on the month", "0.4% from January",
 * "m/m" are a month's change; "on the quarter", "q/q" a quarter's; "from a year earlier", "year on
 * year", "over the past 12 months", "annual" a year's. Read in the figure's sentence, within a few
 * words of it: a change over one span is never evidence about a change over another.
 */
export function statedSpan(c: Pick<Claim, 'sentence' | 'figure' | 'start'>): { span: ChangeSpan; text: string } | null {
  const at = figureAt(c as Claim);
  const s = c.sentence.text;
  const near = `${s.slice(Math.max(0, at - 50), at)} ${s.slice(at, at + c.figure.text.length + 60)}`;
  // (A cheap test first: most figures' words name no span.)
  if (!SPAN_WORD.test(near)) return null;
  for (const [span, re] of SPANS) {
    const m = re.exec(near);
    if (m) return { span, text: m[0] };
  }
  // "rose 0.4% in February from January": a month named right after a change, as its base.
  // (Not "held at 4%, unchanged from December": a level, the same as the month before's.)
  const from = FROM_MONTH_AFTER.exec(s.slice(at + c.figure.text.length, at + c.figure.text.length + 40));
  return from && !/\bunchanged\b/i.test(s.slice(Math.max(0, at - 40), at + c.figure.text.length + 40)) ? { span: 'month', text: from[1]! } : null;
}
/** A month, no year, after "from" within a few words of a change: "0.4% in February from January". */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const FROM_MONTH_AFTER = new RegExp(String.raw`^(?:\s+(?:in|for)\s+[A-Z][a-z]+)?\s*,?\s+(from\s+(?:${MONTHS}))\b(?!\s+\d{4})`);

const SPAN_WORD = /year|month|quarter|annual|\/|yoy|mom|qoq|from/i;
const SPANS: ReadonlyArray<readonly [ChangeSpan, RegExp]> = [
  ['year', /\b(?:(?:from|on|than|over|compared with)\s+(?:a|the)\s+year\s+(?:earlier|before|ago)|on\s+the\s+year|year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|over\s+the\s+(?:past|previous|last|preceding)\s+(?:year|12 months|twelve months)|in\s+the\s+(?:year|12 months|twelve months)\s+(?:to|through|ending|ended)|annual(?:ly|ised|ized)?|12-month|twelve-month|on\s+an\s+annual\s+basis)\b/i],
  ['quarter', /\b(?:on\s+the\s+(?:previous\s+)?quarter|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|q\/q|qoq|from\s+the\s+(?:previous|prior|preceding)\s+quarter|quarterly)\b/i],
  ['month', new RegExp(String.raw`\b(?:on\s+the\s+(?:previous\s+)?month|month[- ]on[- ]month|month[- ]over[- ]month|m\/m|mom|over\s+the\s+(?:past|previous|last)\s+month|from\s+the\s+(?:previous|prior|preceding)\s+month|monthly)\b`, 'i')],
];
