import { decodeCodes, grow } from './builder.ts';
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
 * viewMap[i] is the original offset of view[i] (length view.length or view.length + 1);
 * viewEnds[i], if given, is the original offset just past view[i]'s source (default viewMap[i] + 1).
 */
export function normaliseText(view: string, viewMap: Int32Array, viewEnds?: Int32Array): MappedText {
  const n = view.length;
  if (viewMap.length < n) throw new RangeError(`map has ${viewMap.length} entries for ${n} chars`);
  const ends = viewEnds ?? defaultEnds(viewMap, n);

  let first = 0;
  let t: Uint8Array | undefined;
  // Fast path: runs of chars that stay as they are are skipped in a tight loop.
  for (; first < n; first++) {
    const c = view.charCodeAt(first);
    if (c < 0x80) {
      if (c === 13) break;
    } else if ((t ??= charTable())[c] !== KEEP) break;
  }
  if (first === n) return { text: view, map: closeMap(viewMap, ends, n), ends: ends.subarray(0, n) };
  t ??= charTable();

  const out = new MappedOut(n + 16);
  let runStart = 0;
  let i = first;
  while (i < n) {
    const c = view.charCodeAt(i);
    if (c < 0x80) {
      if (c !== 13) {
        i++;
        continue;
      }
      out.run(view, viewMap, ends, runStart, i);
      // CRLF becomes one LF standing for both chars.
      if (i + 1 < n && view.charCodeAt(i + 1) === 10) {
        out.emit('\n', viewMap[i]!, ends[i + 1]!);
        i += 2;
      } else {
        out.emit('\n', viewMap[i]!, ends[i]!);
        i++;
      }
      runStart = i;
      continue;
    }
    const cat = t[c]!;
    if (cat === KEEP) {
      i++;
      continue;
    }
    if (cat <= ELLIPSIS) {
      out.run(view, viewMap, ends, runStart, i);
      out.emit(REPLACEMENT[cat as 1 | 2 | 3 | 4 | 5 | 6], viewMap[i]!, ends[i]!);
      runStart = ++i;
      continue;
    }
    const ml = markLength(view, i, t);
    if (ml === 0) {
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
      i = j;
      continue;
    }
    const cluster = view.slice(base, j);
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) {
      out.run(view, viewMap, ends, runStart, base);
      let end = 0;
      for (let k = base; k < j; k++) if (ends[k]! > end) end = ends[k]!;
      out.emit(composed, viewMap[base]!, end);
      runStart = j;
    }
    i = j;
  }
  out.run(view, viewMap, ends, runStart, n);
  return out.finish(viewMap.length > n ? viewMap[n]! : n > 0 ? ends[n - 1]! : 0);
}

function defaultEnds(map: Int32Array, n: number): Int32Array {
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) ends[i] = map[i]! + 1;
  return ends;
}

function closeMap(map: Int32Array, ends: Int32Array, n: number): Int32Array {
  if (map.length > n) return map.subarray(0, n + 1);
  const m = grow(map, n + 1);
  m[n] = n > 0 ? ends[n - 1]! : 0;
  return m;
}

/** Output text (as UTF-16 code units) plus map and ends, grown by doubling. */
class MappedOut {
  private codes: Uint16Array;
  private map: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(cap: number) {
    this.codes = new Uint16Array(cap);
    this.map = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  run(view: string, viewMap: Int32Array, viewEnds: Int32Array, start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    const codes = this.codes;
    let o = this.length;
    for (let s = start; s < end; s++, o++) codes[o] = view.charCodeAt(s);
    this.map.set(viewMap.subarray(start, end), this.length);
    this.ends.set(viewEnds.subarray(start, end), this.length);
    this.length = o;
  }

  emit(str: string, at: number, end: number): void {
    const n = str.length;
    if (n === 0) return;
    this.reserve(n);
    let o = this.length;
    for (let k = 0; k < n; k++, o++) {
      this.codes[o] = str.charCodeAt(k);
      this.map[o] = at;
      this.ends[o] = end;
    }
    this.length = o;
  }

  finish(last: number): MappedText {
    this.reserve(0);
    const n = this.length;
    this.map[n] = last;
    return { text: decodeCodes(this.codes.subarray(0, n)), map: this.map.subarray(0, n + 1), ends: this.ends.subarray(0, n) };
  }

  private reserve(extra: number): void {
    const need = this.length + extra + 1;
    if (need <= this.map.length) return;
    const cap = Math.max(need, this.map.length * 2);
    const codes = new Uint16Array(cap);
    codes.set(this.codes.subarray(0, this.length));
    this.codes = codes;
    this.map = grow(this.map, cap);
    this.ends = grow(this.ends, cap);
  }
}
