/**
 * Level or change, and which way: the grammar of "rose by 4%", "an increase of seven", "up 20%",
 * "a fall of 3.4%", "lost 24,000", "818,000 fewer", "revised down by 27,000 to 179,000" (a
 * change of −27,000, then a level), "down from 4.2%" (an earlier level). English grammar only:
 * no beat's words. Read from the figure's own clause, the words just before and after it.
 */

import { escape, inflections } from '../vocabulary/vocabulary.ts';

/** revision: how much an estimate was revised ("revised down by 27,000"), not the figure itself. */
export type Change = 'level' | 'change' | 'previous-level' | 'revision';

export interface Direction {
  change: Change;
  /** A fall: the figure is stated as a positive number, and means a negative change. */
  decrease: boolean;
  /** The words that decided it. */
  text?: string;
}

const HEDGE = String.raw`(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|over|less than|under|an estimated|a further|another|an?\s+(?:record|sharp|steep|modest|hefty|slight|small|big|large|further))\s+)?`;
const FALL = String.raw`fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreases|decreasing|slipped|shrank|shrunk|contracted|lost|loses|losing|shed|sheds|shedding|cut|cuts|cutting|reduced|lowered|slashed|trimmed|erased|erases|erasing|wiped out|wipes out|wiped off|down|fall|drop|decline|decrease|reduction|loss|contraction|slump|plunge|plunged|tumbled|dipped|dips|dip|sank|eased|slid|slumped`;
const RISE = String.raw`rose|risen|rises|rising|increased|increases|grew|grown|grows|climbed|climbs|jumped|jumps|gained|gains|added|adds|adding|raised|raises|boosted|surged|up|rise|increase|gain|jump|growth|boost|surge`;
/** "fell 19%", "a fall of 3.4%", "revised down by 27,000", "put the decline at 2.7%", "cut … by 65%". */
// (A number's own point or comma is no break: "dropped by 27.6% and oats by 8.4%" is two falls.
// Nor is a verb left out of a second clause: "fell 1.4% and those from buildings 2.3%".)
const SPAN = String.raw`(?:[^.;,]|[.,]\d){0,40}`;
// ("decreased by 2.1%, or by 604 sacks": the same change restated in another unit.)
const GAPPED = (verbs: string) => String.raw`|\b(?:${verbs})\s+(?:by\s+)?${HEDGE}[\d.,]+\s*%?\s+and\s+(?:[a-z-]+\s+){1,4}$|\b(?:${verbs})\s+(?:by\s+)?${HEDGE}[\d.,]+\s*(?:%|per ?cent)?,?\s+or\s+(?:by\s+)?${HEDGE}$`;
const FALL_BEFORE = new RegExp(String.raw`\b(?:(?:revised|marked|nudged|written|pushed)(?:\s+\w+)?\s+down|${FALL})(?:\s+(?:by|of|at|was))?\s+${HEDGE}$|\b(?:${FALL})\b${SPAN}\bby\s+${HEDGE}$${GAPPED(FALL)}`, 'i');
const RISE_BEFORE = new RegExp(String.raw`\b(?:(?:revised|marked|nudged|pushed)(?:\s+\w+)?\s+up|${RISE})(?:\s+(?:by|of|at|was))?\s+${HEDGE}$|\b(?:${RISE})\b${SPAN}\bby\s+${HEDGE}$${GAPPED(RISE)}`, 'i');
/** "took 4,000 off the guild's rolls", "knocked a point off growth": a fall of what follows "off". */
const TOOK_OFF_BEFORE = new RegExp(String.raw`\b(?:took|takes|taking|taken|knocked|knocks|knocking|shaved|shaves|shaving|lopped|sliced|wiped)\s+${HEDGE}$`, 'i');
/** "revised down by 27,000", "lowered by 12,000", "a downward revision of 40,000": how much an estimate moved. */
// ("revised to 36,000, up by 24,000": the change after the revised level is the revision's.)
const REVISION_BEFORE = new RegExp(String.raw`\b(?:(?:revised|marked|nudged|written|pushed)(?:\s+[\w'’]+){0,4}?\s+(?:down|up|lower|higher),?|revised|lowered|raised)\s+by\s+${HEDGE}$|\b(?:downward|upward)\s+revisions?\s+of\s+${HEDGE}$|\b(?:revised|lowered|raised|lifted|trimmed|cut)(?:\s+(?:down|up))?\s+to\s+[$€£]?\d[\d.,]*(?:\s+[a-z]+)?\s*,\s*(?:up|down|higher|lower)(?:\s+by)?\s+${HEDGE}$`, 'i');
/** "818,000 fewer jobs", "a 20% increase", "ten fewer". */
/** ("nine allies fall short", "two members drop out": a verb of the counted, not a fall of the count.) */
// ("818,000 too high": the count overstated by that much, a revision down.)
const FALL_AFTER = /^\s*(?:too\s+high\b|(?:[a-z-]+\s+){0,1}?(?:fewer|less|lower|smaller|down|decrease|decline|drop|fall|reduction|cut|loss|dip)\b)(?!\s+than\b)(?!\s+(?:short|behind|below|within|under|into|outside|out|silent|apart|through|back|away|off)\b)/i;
const GAP_AFTER = /^\s*(?:[a-z-]+\s+)?(?:below|above)\s+(?:the|its|their|that|this)\b/i;
const RISE_AFTER = /^\s*(?:[a-z-]+\s+){0,1}?(?:more|higher|larger|up|increase|rise|jump|gain|growth|boost)\b(?!\s+than\b)/i;
const MARGIN_BY = /\bby\s+(?:[a-z]+\s+){0,2}$/i;
const MARGIN_BEFORE = new RegExp(String.raw`\b(surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|outstrip(?:s|ped|ping)?|outnumber(?:s|ed|ing)?|outpac(?:e|es|ed|ing)|overt(?:ook|aken|akes|aking)|beat(?:s|ing)?|top(?:s|ped|ping)|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|miss(?:es|ed)|f(?:ell|all|alls|alling)\s+short\s+of)\b(?:[^.;,]|[.,]\d){0,90}\bby\s+${HEDGE}$`, 'i');
/** "down from 4.2%", "up from 3.7%", "compared with", "from X to Y": an earlier level. */
const PREVIOUS_BEFORE = /\b(?:down|up)\s+from\s+(?:the\s+)?$|\b(?:compared with|compared to|against|versus|vs\.?)\s+$|\bfrom\s+(?:the\s+)?$/i;
const TO_AFTER = /^\s*(?:[a-z]+\s+){0,3}?to\s+[\d$€£]/i;
/** The size of a change at the end of the words before "from": "300 ", "277.17 GW ", "$4 billion ". */
const CHANGE_SIZE_END = /[$€£]?\d[\d.,]*(?:\s*%|\s+(?:per ?cent|points?|[a-z]+illion|[A-Za-z]{1,5}))?\s+$/;
/** "more than", "fewer than": a comparison or a bound, not a change. */
const THAN_AFTER = /^\s*(?:[a-z-]+\s+)?(?:more|fewer|less|higher|lower)\s+than\b/i;

export function readDirection(before: string, after: string): Direction {
  const prev = PREVIOUS_BEFORE.exec(before);
  // "from 4.3% to 4.2%", "down from 4.3%": the first of two levels. ("rose to 6.8% in November
  // from 6.5%": the new level's own date between them.)
  // ("up 300 from 3,900", "a fall of 40 from 610": the size of the change between them.)
  const lead = prev ? before.slice(0, prev.index) : '';
  const leadOfChange = () => lead.replace(CHANGE_SIZE_END, '');
  // ("dropped to 1.32 million sacks a day from the 1.42 million": the new level's unit between.)
  if (prev && (/\b(?:up|down)\s+from\s+(?:the\s+)?$/i.test(before) || TO_AFTER.test(after) || /\bto\s+[^\s,]+(?:\s+(?:in|for|during)\s+[\w-]+(?:\s+\d{4})?)?,?\s*$/.test(lead) || /\bto\s+[\d$€£][^\s,]*(?:\s+[a-z]+){1,5},?\s*$/i.test(lead) || FALL_BEFORE.test(lead) || RISE_BEFORE.test(lead) || FALL_BEFORE.test(leadOfChange()) || RISE_BEFORE.test(leadOfChange()))) {
    return { change: 'previous-level', decrease: false, text: prev[0].trim() };
  }
  if (THAN_AFTER.test(after)) return { change: 'level', decrease: false };
  const revision = REVISION_BEFORE.exec(before);
  if (revision) return { change: 'revision', decrease: /\b(?:down|downward|lower|lowered|cut|trimmed|reduced)\b/i.test(revision[0]), text: revision[0].trim() };
  // "made up 41% of the harvest": a phrasal verb of being, not a rise.
  if (/\b(?:made|make|makes|making)\s+up\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|less than|over|under)\s+)?$/i.test(before)) return { change: 'level', decrease: false };
  const fall = FALL_BEFORE.exec(before);
  if (fall) return { change: 'change', decrease: true, text: fall[0].trim() };
  const off = TOOK_OFF_BEFORE.exec(before);
  if (off && /^\s+off\b/i.test(after)) return { change: 'change', decrease: true, text: `${off[0].trim()} … off` };
  const rise = RISE_BEFORE.exec(before);
  if (rise) return { change: 'change', decrease: false, text: rise[0].trim() };
  // "1.4 million below the register's count", "three points above the last vote": the size of a
  // gap from another figure, not a level of its own; below it, a gap down ("15.9% below the 2019
  // level" is a change of −15.9%).
  const gap = GAP_AFTER.exec(after);
  if (gap) return { change: 'change', decrease: /\bbelow\b/i.test(gap[0]), text: gap[0].trim() };
  const fallAfter = FALL_AFTER.exec(after);
  if (fallAfter) return { change: 'change', decrease: true, text: fallAfter[0].trim() };
  const riseAfter = RISE_AFTER.exec(after);
  if (riseAfter) return { change: 'change', decrease: false, text: riseAfter[0].trim() };
  return { change: 'level', decrease: false };
}

/** A comparative between a figure's number and its noun: "818,000 fewer jobs", "3,000 more nurses". */
// (A qualifier may open the figure's words: "about 818,000 fewer jobs", "more than 800,000 fewer".)
const OWN_COMPARATIVE = /^(?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under|just over|just under|an estimated|close to)\s+)?[^\s]*\d[\d.,]*(?:\s+(?:thousand|million|billion))?\s+(fewer|less|more)\s+[a-z]/i;

/** A figure's own words that start with a bound: "below a tenth", "above 50%", "past 20,000". */
const BOUND_START = /^(?:below|under|above|over|beyond|past|beneath)\s/i;

/** Where a clause ends: a semicolon, a dash, or a comma before a conjunction. */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s+(?:and|but|while|whereas|although|though|because|compared with|against)\b|\bwhile\b|\bwhereas\b/g;

/** The clause of the sentence that holds [at, at + length). */
export function clauseOf(sentence: string, at: number, length: number): { start: number; end: number; text: string } {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence))) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    }
  }
  return { start, end, text: sentence.slice(start, end) };
}

/** The direction of the figure at [at, at + length) of its sentence, read within its clause. */
/** A comparative and "than" right after a figure. */
const RELATIVE_AFTER = /^\s*(less|lower|fewer|smaller|more|higher|larger|greater|bigger)\s+than\b/i;
const PERCENT_END = /(?:%|\bper ?cent)$/i;

export function directionAt(sentence: string, at: number, length: number): Direction {
  // "818,000 fewer jobs": a comparative inside the figure's own words states a difference.
  const own = OWN_COMPARATIVE.exec(sentence.slice(at, at + length));
  if (own) return { change: 'change', decrease: own[1]!.toLowerCase() !== 'more', text: own[1]! };
  // "3.4% less than in 2023", "12% higher than a year before": a percentage set against another
  // level is the change from it.
  const relative = RELATIVE_AFTER.exec(sentence.slice(at + length, at + length + 30));
  // So is any amount ("1.4 million fewer than the registers had shown", "3.5 million lower than
  // at the last count"), except before "more than", which may be a verb's ("40 more than doubled").
  if (relative && (PERCENT_END.test(sentence.slice(at, at + length)) || !/^more$/i.test(relative[1]!))) return { change: 'change', decrease: /^(?:less|lower|fewer|smaller)$/i.test(relative[1]!), text: relative[0].trim() };
  // "slipped below a tenth", "climbed above 50%": a verb of change, then a bound with no "by",
  // states the level reached, not the size of the change.
  if (BOUND_START.test(sentence.slice(at, at + length)) && !/\bby\s+$/i.test(sentence.slice(Math.max(0, at - 6), at))) return { change: 'level', decrease: false };
  const clause = clauseOf(sentence, at, length);
  // "surpassed the previous high of 31.9 million sacks in 2019 by nearly 5 million", "trailed
  // its rival by 300": the margin between two levels, a difference as a change is. (The levels
  // may stand between the verb and "by", so the look back is longer than a change's. Not
  // "missing", mostly an adjective: "the list of millers missing has grown by 56".)
  // (Read only where "by" stands right before the figure: this runs for every figure.)
  const margin = MARGIN_BY.test(sentence.slice(Math.max(0, at - 40), at)) ? MARGIN_BEFORE.exec(sentence.slice(Math.max(clause.start, at - 130), at)) : null;
  if (margin) return { change: 'change', decrease: /^(?:trail|lag|miss|fell|fall)/i.test(margin[1]!), text: margin[1]! };
  return readDirection(sentence.slice(Math.max(clause.start, at - 80), at), sentence.slice(at + length, Math.min(clause.end, at + length + 40)));
}

/** The deciding word is an action the (level) measure itself counts: "lost" workers are laid off, not a fall. */
export function ownAction(dir: Direction, measure: { kind?: 'level' | 'change' | undefined; actions: readonly string[] } | undefined): boolean {
  if (!measure || measure.kind === 'change' || !dir.text || measure.actions.length === 0) return false;
  return actionForms(measure.actions).test(dir.text.toLowerCase());
}

// In any of their forms: a measure whose action is "add" counts what was "adding" as well as
// "added". Compiled once per list of actions.
const FORMS = new WeakMap<readonly string[], RegExp>();
function actionForms(actions: readonly string[]): RegExp {
  let re = FORMS.get(actions);
  if (!re) {
    const forms = [...new Set(actions.flatMap((a) => inflections(a.toLowerCase())))].sort((a, b) => b.length - a.length);
    re = new RegExp(`\\b(?:${forms.map(escape).join('|')})\\b`);
    FORMS.set(actions, re);
  }
  return re;
}
