import { decodeCodes } from './builder.ts';
import { OffsetMap, OffsetMapBuilder } from './offset-map.ts';
import type { MappedText } from './types.ts';

// What each BMP char needs; 0 (most chars) means it stays as it is.
const KEEP = 0;
const APOS = 1;
const QUOTE = 2;
const DASH = 3;
const SPACE = 4;
const DROP = 5;
const ELLIPSIS = 6;
const MARK = 7;
const HIGH = 8;

const MAX_MARKS = 30;

/** Chars of the view copied to Latin-1 at a time when the text stays within Latin-1. */
const NARROW_WINDOW = 1 << 20;

/** The chars normalisation may change: CR and everything past ASCII. */
const LOOK = /[\r\u0080-\uffff]/g;

const REPLACEMENT = ['', "'", '"', '-', ' ', '', '...'] as const;

let table: Uint8Array | undefined;

/** Built on first non-ASCII input, so pure-ASCII articles never pay for it. */
function charTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  // Combining marks, found by the regex engine once rather than per char.
  const markRe = /\p{M}/gu;
  for (const [from, to] of [
    [0x300, 0xd800],
    [0xe000, 0x10000],
  ] as const) {
    const codes = new Array<number>(to - from);
    for (let c = from; c < to; c++) codes[c - from] = c;
    let s = '';
    for (let k = 0; k < codes.length; k += 8192) s += String.fromCharCode(...codes.slice(k, k + 8192));
    for (const m of s.matchAll(markRe)) t[from + m.index] = MARK;
  }
  for (let c = 0xd800; c < 0xdc00; c++) t[c] = HIGH;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) t[c] = APOS;
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb]) t[c] = QUOTE;
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) t[c] = DASH;
  for (const c of [0x00a0, 0x202f, 0x205f, 0x3000]) t[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = SPACE;
  for (const c of [0x00ad, 0x200b, 0x200c, 0x200d, 0xfeff, 0x2060]) t[c] = DROP;
  t[0x2026] = ELLIPSIS;
  table = t;
  return t;
}

const astralMarks = new Map<number, boolean>();

function isAstralMark(cp: number): boolean {
  // Astral marks sit in historic/Brahmic scripts and the variation selector supplement; emoji never are.
  if (cp < 0x101fd || (cp >= 0x1f000 && cp < 0xe0100) || cp > 0xe01ef) return false;
  let known = astralMarks.get(cp);
  if (known === undefined) {
    known = /\p{M}/u.test(String.fromCodePoint(cp));
    astralMarks.set(cp, known);
  }
  return known;
}

/** Length of the combining mark at view[i] (1 or 2 code units), or 0 if it is not one. */
function markLength(view: string, i: number, t: Uint8Array): number {
  const c = view.charCodeAt(i);
  if (c < 0x300) return 0;
  const cat = t[c];
  if (cat === MARK) return 1;
  if (cat === HIGH && isAstralMark(view.codePointAt(i)!)) return 2;
  return 0;
}

/**
 * Typographic normalisation that keeps the map exact: curly quotes, dashes and exotic spaces
 * become ASCII, soft hyphens and zero-width chars go, '…' becomes '...', CRLF/CR become LF,
 * and a base char followed by combining marks is composed (NFC) as one unit.
 * Thousands separators are left alone: the figure parser reads "5,000", "5 000" and "5.000".
 *
 * `map` says where each char of `view` came from in the original: an OffsetMap, or per-char
 * arrays (map[i] the original offset of view[i], of length view.length or view.length + 1;
 * ends[i], if given, the offset just past its source, by default map[i] + 1).
 */
export function normaliseText(view: string, map: OffsetMap | ArrayLike<number>, viewEnds?: ArrayLike<number>): MappedText {
  const n = view.length;
  const viewMap = map instanceof OffsetMap ? map : OffsetMap.fromArrays(map, n, viewEnds);
  if (viewMap.length !== n) throw new RangeError(`map covers ${viewMap.length} chars, the text has ${n}`);

  let first = n;
  // A char past U+00FF kept before the first that needs work must still make the text wide:
  // the narrow copy takes Latin-1 bytes ("昰" read as "0" before this was counted).
  let wideBefore = false;
  let t: Uint8Array | undefined;
  // Only CR and non-ASCII chars can need work: the regex engine finds them far faster than a
  // loop over every char would (most articles are ASCII but for a few quotes and dashes).
  LOOK.lastIndex = 0;
  while (LOOK.test(view)) {
    const i = LOOK.lastIndex - 1;
    const c = view.charCodeAt(i);
    if (c === 13 || (t ??= charTable())[c] !== KEEP) {
      first = i;
      break;
    }
    if (c > 0xff) wideBefore = true;
  }
  if (first === n) return { text: view, map: viewMap };
  t ??= charTable();

  const out = new MappedOut(view);
  out.wide = wideBefore;
  let runStart = 0;
  let i = first;
  while (i < n) {
    const c = view.charCodeAt(i);
    if (c < 0x80) {
      if (c !== 13) {
        LOOK.lastIndex = i + 1;
        i = LOOK.test(view) ? LOOK.lastIndex - 1 : n;
        continue;
      }
      out.run(viewMap, runStart, i);
      // CRLF becomes one LF standing for both chars.
      if (i + 1 < n && view.charCodeAt(i + 1) === 10) {
        out.emit('\n', viewMap.at(i), viewMap.endOf(i + 1));
        i += 2;
      } else {
        out.emit('\n', viewMap.at(i), viewMap.endOf(i));
        i++;
      }
      runStart = i;
      continue;
    }
    const cat = t[c]!;
    if (cat === KEEP) {
      if (c > 0xff) out.wide = true;
      i++;
      continue;
    }
    if (cat <= ELLIPSIS) {
      out.run(viewMap, runStart, i);
      out.emit(REPLACEMENT[cat as 1 | 2 | 3 | 4 | 5 | 6], viewMap.at(i), viewMap.endOf(i));
      runStart = ++i;
      continue;
    }
    const ml = markLength(view, i, t);
    // What follows keeps chars past Latin-1 in the text (marks, astral chars), but for clusters
    // composed anew, whose chars emit() looks at.
    if (ml === 0) {
      out.wide = true;
      // A high surrogate starting an ordinary astral char (emoji and the like).
      const lo = i + 1 < n ? view.charCodeAt(i + 1) : 0;
      i += cat === HIGH && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
      continue;
    }
    // The base is the char just before the marks, if it is still in the unchanged run.
    let base = i;
    if (runStart <= i - 1) {
      base = i - 1;
      const prev = view.charCodeAt(i - 1);
      if (prev >= 0xdc00 && prev <= 0xdfff && runStart <= i - 2) {
        const hi = view.charCodeAt(i - 2);
        if (hi >= 0xd800 && hi <= 0xdbff) base = i - 2;
      }
    }
    let j = i + ml;
    for (let k; j < n && (k = markLength(view, j, t)) > 0; ) j += k;
    // Past the Stream-Safe limit of 30 marks a run is not language, and NFC's reordering of it is quadratic.
    if (j - i > MAX_MARKS) {
      out.wide = true;
      i = j;
      continue;
    }
    const cluster = view.slice(base, j);
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) {
      out.run(viewMap, runStart, base);
      let end = 0;
      for (let k = base; k < j; k++) end = Math.max(end, viewMap.endOf(k));
      out.emit(composed, viewMap.at(base), end);
      runStart = j;
    } else out.wide = true;
    i = j;
  }
  out.run(viewMap, runStart, n);
  return out.finish(viewMap.at(n));
}

/**
 * Output text as pieces (runs of the view kept as they are, and replacements) plus its offset
 * map. Most articles keep no char past Latin-1 once quotes and dashes are replaced: their
 * pieces are joined from Latin-1 copies of the view, window by window, so the text comes out
 * as a one-byte string (which the regular expressions after this read fastest) without a loop
 * per char.
 */
class MappedOut {
  private readonly map = new OffsetMapBuilder();
  /** Pairs [start, end) of view runs, and replacement strings, in order. */
  private readonly pieces: Array<number | string> = [];
  private length = 0;
  /** Whether a char past U+00FF stays in the text. */
  wide = false;

  constructor(private readonly view: string) {}

  run(viewMap: OffsetMap, start: number, end: number): void {
    if (end <= start) return;
    this.pieces.push(start, end);
    this.map.copy(viewMap, start, end);
    this.length += end - start;
  }

  emit(str: string, at: number, end: number): void {
    const n = str.length;
    if (n === 0) return;
    for (let k = 0; k < n; k++) if (str.charCodeAt(k) > 0xff) this.wide = true;
    this.pieces.push(str);
    this.map.fixed(at, end, n);
    this.length += n;
  }

  finish(last: number): MappedText {
    return { text: this.wide ? this.wideText() : this.narrowText(), map: this.map.build(this.length, last) };
  }

  private narrowText(): string {
    // Chars past U+00FF were all replaced, so their Latin-1 bytes are never taken. The view is
    // copied a window at a time through one small buffer: a full-size Latin-1 copy beside the
    // view, the text and its parts would be one more copy of the article at the read's peak.
    const view = this.view;
    const buf = Buffer.allocUnsafe(Math.min(NARROW_WINDOW, view.length));
    let from = 0;
    let to = 0;
    let window = '';
    const parts: string[] = [];
    const p = this.pieces;
    for (let k = 0; k < p.length; ) {
      const x = p[k]!;
      if (typeof x === 'string') {
        parts.push(x);
        k++;
        continue;
      }
      const end = p[k + 1] as number;
      k += 2;
      for (let at = x; at < end; ) {
        if (at >= to) {
          from = at;
          to = Math.min(view.length, at + NARROW_WINDOW);
          buf.write(view.slice(from, to), 0, 'latin1');
          window = buf.toString('latin1', 0, to - from);
        }
        const upto = Math.min(end, to);
        parts.push(window.slice(at - from, upto - from));
        at = upto;
      }
    }
    return parts.join('');
  }

  private wideText(): string {
    const codes = new Uint16Array(this.length);
    const p = this.pieces;
    const view = this.view;
    let o = 0;
    for (let k = 0; k < p.length; ) {
      const x = p[k]!;
      if (typeof x === 'string') {
        for (let q = 0; q < x.length; q++) codes[o++] = x.charCodeAt(q);
        k++;
      } else {
        const end = p[k + 1] as number;
        for (let q = x; q < end; q++) codes[o++] = view.charCodeAt(q);
        k += 2;
      }
    }
    return decodeCodes(codes);
  }
}
