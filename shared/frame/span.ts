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
  for (const [span, re] of SPANS) {
    const m = re.exec(near);
    if (m) return { span, text: m[0] };
  }
  return null;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SPANS: ReadonlyArray<readonly [ChangeSpan, RegExp]> = [
  ['year', /\b(?:(?:from|on|than|over|compared with)\s+(?:a|the)\s+year\s+(?:earlier|before|ago)|on\s+the\s+year|year[- ]on[- ]year|year[- ]over[- ]year|y\/y|yoy|over\s+the\s+(?:past|previous|last|preceding)\s+(?:year|12 months|twelve months)|in\s+the\s+(?:year|12 months|twelve months)\s+(?:to|through|ending|ended)|annual(?:ly|ised|ized)?|12-month|twelve-month|on\s+an\s+annual\s+basis)\b/i],
  ['quarter', /\b(?:on\s+the\s+(?:previous\s+)?quarter|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|q\/q|qoq|from\s+the\s+(?:previous|prior|preceding)\s+quarter|quarterly)\b/i],
  ['month', new RegExp(String.raw`\b(?:on\s+the\s+(?:previous\s+)?month|month[- ]on[- ]month|month[- ]over[- ]month|m\/m|mom|over\s+the\s+(?:past|previous|last)\s+month|from\s+the\s+(?:previous|prior|preceding)\s+month|monthly|from\s+(?:${MONTHS})(?!\s+\d{4}))\b`, 'i')],
];
