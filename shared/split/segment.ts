/**
 * Paragraphs and sentences, with offsets into the readable text.
 *
 * A single linear pass: Intl.Segmenter is quadratic on one huge string and splits after
 * "Dr." and "Mr."; sbd splits dates such as "July 28." (docs/adr/0002-sentence-segmentation.md).
 */

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Words that end with a full stop without ending a sentence (compared lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt',
  'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'inc', 'ltd', 'co', 'corp', 'vs', 'v', 'no',
  'nos', 'fig', 'figs', 'vol', 'pp', 'p', 'approx', 'est', 'ca', 'cf', 'al', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'e.g', 'i.e',
]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const STOPS = /[.!?]/g;
const LIST_ITEM = /^[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+/;
const TABLE_ROW = /\|/;

const isUpper = (c: string) => c >= 'A' && c <= 'Z' ? true : c > '\x7f' && c !== c.toLowerCase();
const isLower = (c: string) => c >= 'a' && c <= 'z' ? true : c > '\x7f' && c !== c.toUpperCase();
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Splits a text into paragraphs (blank lines, list items, table rows, headings) and sentences. */
export function segment(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  let previousLine = '';

  const closeParagraph = () => {
    if (paraStart < 0) return;
    const p: Paragraph = { index: paragraphs.length, start: paraStart, end: paraEnd };
    paragraphs.push(p);
    splitSentences(text, p, sentences);
    paraStart = -1;
  };

  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed === '') {
      closeParagraph();
    } else {
      const first = line.search(/\S/) + lineStart;
      const last = lineStart + line.trimEnd().length;
      if (paraStart >= 0 && !continuesParagraph(previousLine, trimmed)) closeParagraph();
      if (paraStart < 0) paraStart = first;
      paraEnd = last;
      previousLine = trimmed;
    }
    if (lineEnd === n) break;
    lineStart = lineEnd + 1;
  }
  closeParagraph();
  return { paragraphs, sentences };
}

/** A line break inside a paragraph is a soft wrap only when prose obviously runs on. */
function continuesParagraph(previous: string, next: string): boolean {
  if (LIST_ITEM.test(next) || LIST_ITEM.test(previous) || TABLE_ROW.test(next) || TABLE_ROW.test(previous)) return false;
  const lastChar = previous[previous.length - 1] ?? '';
  if ('.!?:;"\')]'.includes(lastChar)) return false;
  const firstChar = next[0] ?? '';
  if (isLower(firstChar) || (firstChar >= '0' && firstChar <= '9') || firstChar === '(') return true;
  // A line that stops on a comma or a function word runs on, whatever the next line starts with.
  return lastChar === ',' || RUNS_ON.test(previous);
}

const RUNS_ON = /\b(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|but|as|that|than|its|their|his|her|our|this|these|those)$/i;

/**
 * The longest sentence kept whole. Past it a "sentence" (a 1 MB line with no full stop) is cut
 * at a comma, semicolon or space: everything downstream — framing, the sentence quoted with
 * each claim — then works on bounded pieces, and stays linear in the text's length.
 */
export const MAX_SENTENCE = 1_000;

function splitSentences(text: string, p: Paragraph, out: Sentence[]): void {
  let start = p.start;
  const emit = (s: number, e: number) => out.push({ index: out.length, paragraph: p.index, start: s, end: e });
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    while (e - s > MAX_SENTENCE) {
      const window = text.slice(s + MAX_SENTENCE / 2, s + MAX_SENTENCE);
      const comma = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      const cut = s + MAX_SENTENCE / 2 + (comma >= 0 ? comma + 1 : space >= 0 ? space : window.length);
      emit(s, cut);
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) emit(s, e);
  };
  // Lines inside one paragraph are soft wraps; list items and table rows were paragraphs already.
  // Jump from one candidate stop to the next within the paragraph (sliced: V8 does not copy).
  const para = text.slice(p.start, p.end);
  STOPS.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = STOPS.exec(para))) {
    const i = p.start + found.index;
    const c = text[i];
    let j = i + 1;
    while (j < p.end && '.!?'.includes(text[j]!)) j++;
    while (j < p.end && '"\')]'.includes(text[j]!)) j++;
    // "3.8", "U.S.A", "23.09.2020": no stop. But a word, a full stop and a capitalised word
    // glued together ("the previous year.This corresponds") are two sentences whose space a
    // page's markup lost.
    if (j < p.end && !isSpace(text[j]) && !gluedSentences(text, i, j, start)) continue;
    if (c === '.' && j === i + 1 && isAbbreviation(text, i, start)) continue;
    let k = j;
    while (k < p.end && isSpace(text[k])) k++;
    if (k < p.end) {
      const next = text[k]!;
      // A sentence starts with a capital, a digit, an opening quote or bracket; anything
      // else ("July 28. between ...") is the same sentence.
      if (!(isUpper(next) || (next >= '0' && next <= '9') || next === '"' || next === "'" || next === '(' || next === '[' || next === '-')) continue;
    }
    push(j);
    start = j;
    STOPS.lastIndex = j - p.start;
  }
  push(p.end);
}

/** A full stop between a lower-case word and a capitalised one, nothing between: "year.This". */
function gluedSentences(text: string, dot: number, next: number, sentenceStart: number): boolean {
  if (text[dot] !== '.' || next !== dot + 1 || !isUpper(text[next]!) || !isLower(text[next + 1] ?? '')) return false;
  // (The word before is all lower case: "Vell.Example" is a name.)
  let w = dot;
  while (w > sentenceStart && isLower(text[w - 1]!)) w--;
  return dot - w >= 2 && !isWordOrDot(text.charCodeAt(w - 1)) && !isAbbreviation(text, dot, sentenceStart);
}

/** [A-Za-z.] */
const isWordOrDot = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;

function isAbbreviation(text: string, dot: number, sentenceStart: number): boolean {
  let w = dot;
  // Char codes, not a pattern per char: this runs at every full stop.
  while (w > sentenceStart && isWordOrDot(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (word === '') return false;
  if (word.length === 1 && isUpper(word)) return true; // an initial: "J. Smith"
  if (word.includes('.')) return true; // "U.S", "e.g"
  return word.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(word.toLowerCase());
}
