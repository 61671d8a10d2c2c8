/**
 * Where each char of the readable text came from in the original: for text[i], the offset of
 * its source (`at(i)`) and the offset just past it (`endOf(i)`: past a whole entity, past the
 * combining marks composed into it; zero-width for separators the markup implies).
 *
 * Stored as segments rather than one entry per char: a run of chars copied as they are is one
 * segment, and so is a group of chars standing for one source unit (a decoded entity, a
 * paragraph break). Plain text is a single segment, so a 10 MB article's map costs bytes, not
 * the 80 MB two Int32Arrays per char would (BENCHMARKS.md, section 4).
 */
export class OffsetMap {
  private last = 0;

  /** @internal built by OffsetMapBuilder */
  constructor(
    /** Chars of text mapped. */
    readonly length: number,
    /** Segment k starts at text offset outAt[k]. */
    private readonly outAt: ArrayLike<number>,
    /** Its first char's source offset. */
    private readonly srcAt: ArrayLike<number>,
    /** -1 for a run copied as it is (text[i] is source[srcAt + i - outAt]); else the end every char of the segment shares. */
    private readonly endAt: ArrayLike<number>,
    /** at(length): the end of the last mapped char. */
    private readonly final: number,
  ) {}

  static identity(n: number): OffsetMap {
    return new OffsetMapBuilder().linear(0, n).build(n);
  }

  /** From per-char arrays (map of length n or n + 1; ends defaulting to map[i] + 1). */
  static fromArrays(map: ArrayLike<number>, n: number, ends?: ArrayLike<number>): OffsetMap {
    if (map.length < n) throw new RangeError(`map has ${map.length} entries for ${n} chars`);
    const b = new OffsetMapBuilder();
    for (let i = 0; i < n; i++) {
      const at = map[i]!;
      const end = ends ? ends[i]! : at + 1;
      if (end === at + 1) b.linear(at, 1);
      else b.fixed(at, end, 1);
    }
    return b.build(n, map.length > n ? map[n]! : undefined);
  }

  /** Segments held: 1 for text copied whole. */
  get segments(): number {
    return this.outAt.length;
  }

  /** The source offset of text[i]; at(length) is the end of the last mapped char. */
  at(i: number): number {
    if (i >= this.length) return this.final;
    const k = this.find(i);
    const end = this.endAt[k]!;
    return end === -1 ? this.srcAt[k]! + (i - this.outAt[k]!) : this.srcAt[k]!;
  }

  /** The source offset just past text[i]'s source. */
  endOf(i: number): number {
    const k = this.find(i);
    const end = this.endAt[k]!;
    return end === -1 ? this.srcAt[k]! + (i - this.outAt[k]!) + 1 : end;
  }

  /** Per-char arrays, for tests and debugging. */
  toArrays(): { map: Int32Array; ends: Int32Array } {
    const map = new Int32Array(this.length + 1);
    const ends = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) {
      map[i] = this.at(i);
      ends[i] = this.endOf(i);
    }
    map[this.length] = this.final;
    return { map, ends };
  }

  /** The segment holding text[i]; lookups mostly move forward, so the last one is tried first. */
  find(i: number): number {
    const outAt = this.outAt;
    let k = this.last;
    if (outAt[k]! <= i && (k + 1 >= outAt.length || outAt[k + 1]! > i)) return k;
    if (k + 1 < outAt.length && outAt[k + 1]! <= i && (k + 2 >= outAt.length || outAt[k + 2]! > i)) return (this.last = k + 1);
    let lo = 0;
    let hi = outAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (outAt[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return (this.last = lo);
  }

  /** @internal for OffsetMapBuilder.copy */
  segment(k: number): { out: number; src: number; end: number } {
    return { out: this.outAt[k]!, src: this.srcAt[k]!, end: this.endAt[k]! };
  }
}

/** Appends segments, merging each with the one before where the mapping simply continues. */
export class OffsetMapBuilder {
  // Plain arrays while building. An article's map has a segment or two per paragraph and per
  // replaced char: a small map stays a plain array (typed arrays for each small article were a
  // cost of their own), a big one is made compact (half the bytes, as long as the text lives).
  private readonly outAt: number[] = [];
  private readonly srcAt: number[] = [];
  private readonly endAt: number[] = [];
  private count = 0;
  /** Chars mapped so far. */
  length = 0;
  private lastEnd = 0;

  /** `count` chars copied from source[src, src + count). */
  linear(src: number, count: number): this {
    if (count <= 0) return this;
    const k = this.count - 1;
    if (!(k >= 0 && this.endAt[k] === -1 && this.srcAt[k]! + (this.length - this.outAt[k]!) === src)) this.open(src, -1);
    this.length += count;
    this.lastEnd = src + count;
    return this;
  }

  /** `count` chars that all stand for source[src, end) as a whole. */
  fixed(src: number, end: number, count: number): this {
    if (count <= 0) return this;
    const k = this.count - 1;
    if (!(k >= 0 && this.endAt[k] === end && this.srcAt[k] === src && end !== -1)) this.open(src, end);
    this.length += count;
    this.lastEnd = end;
    return this;
  }

  /** Appends `from`'s mapping of its chars [start, end). */
  copy(from: OffsetMap, start: number, end: number): this {
    if (end <= start) return this;
    let k = from.find(start);
    let i = start;
    while (i < end) {
      const s = from.segment(k);
      const segEnd = k + 1 < from.segments ? from.segment(k + 1).out : from.length;
      const upto = Math.min(end, segEnd);
      if (s.end === -1) this.linear(s.src + (i - s.out), upto - i);
      else this.fixed(s.src, s.end, upto - i);
      i = upto;
      k++;
    }
    return this;
  }

  /** The end of the last char mapped so far (0 when none). */
  get end(): number {
    return this.lastEnd;
  }

  build(length = this.length, final?: number): OffsetMap {
    if (length !== this.length) throw new RangeError(`built ${this.length} chars, expected ${length}`);
    const n = this.count;
    return new OffsetMap(length, compact(this.outAt, n), compact(this.srcAt, n), compact(this.endAt, n), final ?? this.lastEnd);
  }

  private open(src: number, end: number): void {
    this.outAt.push(this.length);
    this.srcAt.push(src);
    this.endAt.push(end);
    this.count++;
  }
}

/** Segments past which a map is kept in typed arrays. */
const COMPACT_SEGMENTS = 4096;

function compact(a: number[], n: number): ArrayLike<number> {
  if (n <= COMPACT_SEGMENTS) return a.slice(0, n);
  const b = new Int32Array(n);
  for (let i = 0; i < n; i++) b[i] = a[i]!;
  return b;
}
