import { OffsetMapBuilder } from './offset-map.ts';
import type { MappedText } from './types.ts';

/** Separators implied by markup, weakest first; a stronger one replaces a weaker one pending at the same spot. */
export const Sep = { None: 0, Space: 1, Newline: 2, Cell: 3, Break: 4 } as const;
export type Sep = (typeof Sep)[keyof typeof Sep];

const SEP_TEXT = ['', ' ', '\n', ' | ', '\n\n'] as const;

/**
 * Accumulates readable text from slices of a source string, recording for every output char
 * where it came from. Chars go into a UTF-16 buffer turned into a string once at the end,
 * so building stays linear without piles of small strings.
 */
export class ViewBuilder {
  private readonly src: string;
  private codes: Uint16Array;
  private readonly map = new OffsetMapBuilder();
  length = 0;
  private pendSep: Sep = Sep.None;
  private pendAt = 0;
  private pendEnd = 0;

  constructor(src: string) {
    this.src = src;
    // Markup never expands into more readable chars than it occupies, so this rarely grows.
    this.codes = new Uint16Array(src.length + 16);
  }

  /** Copies src[start, end) as it is. */
  run(start: number, end: number): void {
    if (end <= start) return;
    if (this.pendSep !== Sep.None) this.flush();
    this.reserve(end - start);
    const src = this.src;
    const codes = this.codes;
    let o = this.length;
    for (let s = start; s < end; s++, o++) codes[o] = src.charCodeAt(s);
    this.map.linear(start, end - start);
    this.length = o;
  }

  /** Emits chars that stand for src[at, end) as a whole (a decoded entity, a normalised bullet). */
  chars(str: string, at: number, end: number): void {
    if (str.length === 0) return;
    if (this.pendSep !== Sep.None) this.flush();
    this.put(str, at, end);
  }

  /**
   * Asks for a separator before the next text. Nothing is emitted at the very start or
   * if no text follows, so markup never leaves leading or trailing separators.
   */
  sep(kind: Sep, at: number, end: number = at): void {
    if (kind > this.pendSep) {
      this.pendSep = kind;
      this.pendAt = at;
      this.pendEnd = end;
    }
  }

  /** Position in the output: lets a caller read back the text emitted since. */
  mark(): number {
    return this.length;
  }

  textSince(mark: number): string {
    return decodeCodes(this.codes.subarray(mark, this.length));
  }

  finish(): MappedText {
    const n = this.length;
    return { text: decodeCodes(this.codes.subarray(0, n)), map: this.map.build(n) };
  }

  private flush(): void {
    const kind = this.pendSep;
    this.pendSep = Sep.None;
    if (this.length === 0) return;
    // A lone source space standing for itself maps like ordinary text.
    if (kind === Sep.Space && this.pendEnd === this.pendAt + 1 && this.src.charCodeAt(this.pendAt) === 32) {
      this.run(this.pendAt, this.pendEnd);
      return;
    }
    this.put(SEP_TEXT[kind], this.pendAt, this.pendEnd);
  }

  private put(str: string, at: number, end: number): void {
    const n = str.length;
    this.reserve(n);
    let o = this.length;
    for (let k = 0; k < n; k++, o++) this.codes[o] = str.charCodeAt(k);
    this.map.fixed(at, end, n);
    this.length = o;
  }

  private reserve(extra: number): void {
    const need = this.length + extra + 1;
    if (need <= this.codes.length) return;
    this.codes = growCodes(this.codes, this.length, Math.max(need, this.codes.length * 2));
  }
}

export function growCodes(a: Uint16Array, used: number, cap: number): Uint16Array {
  const b = new Uint16Array(cap);
  b.set(a.subarray(0, used));
  return b;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// ignoreBOM: a leading U+FEFF is text here, not a byte-order mark to strip.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** UTF-16 code units to a string, exactly (lone surrogates included). */
export function decodeCodes(codes: Uint16Array): string {
  // The decoder would turn a lone surrogate into U+FFFD, so it is used only when there are none.
  if (LITTLE_ENDIAN && !hasLoneSurrogate(codes)) return utf16.decode(codes);
  let s = '';
  for (let k = 0; k < codes.length; k += 8192) s += String.fromCharCode(...codes.subarray(k, k + 8192));
  return s;
}

function hasLoneSurrogate(codes: Uint16Array): boolean {
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < n && (codes[i + 1]! & 0xfc00) === 0xdc00) i++;
    else return true;
  }
  return false;
}
