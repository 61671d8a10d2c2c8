import { Sep, ViewBuilder } from './builder.ts';
import { decodeEntityAt } from './entity.ts';
import { cleanTitle, isoDate } from './hints.ts';
import { BLOCK } from './html.ts';
import type { ArticleHints, MarkupView } from './types.ts';

// Kinds of pending output within a block; delimiters are resolved once the block is complete.
const TEXT = 0;
const DELIM = 1;
const CHARS = 2;
const SEP = 3;

const CAN_OPEN = 1 << 16;
const CAN_CLOSE = 1 << 17;
const MATCHED = 1 << 18;

/** Output of one block, held as parallel arrays (no object per item) until its emphasis is resolved. */
class OpQueue {
  private kinds: number[] = [];
  private starts: number[] = [];
  private stops: number[] = [];
  /** SEP: the separator; DELIM: char code and flags; CHARS: index into strs. */
  private infos: number[] = [];
  private strs: string[] = [];

  get length(): number {
    return this.kinds.length;
  }

  text(start: number, end: number): void {
    if (end > start) this.push(TEXT, start, end, 0);
  }

  chars(str: string, start: number, end: number): void {
    this.strs.push(str);
    this.push(CHARS, start, end, this.strs.length - 1);
  }

  sep(kind: Sep, start: number, end: number): void {
    this.push(SEP, start, end, kind);
  }

  delim(start: number, end: number, ch: number, canOpen: boolean, canClose: boolean): void {
    this.push(DELIM, start, end, ch | (canOpen ? CAN_OPEN : 0) | (canClose ? CAN_CLOSE : 0));
  }

  /** Pairs emphasis delimiters (matched ones are dropped, the rest stay as text), then emits. */
  flush(out: ViewBuilder): void {
    const n = this.kinds.length;
    if (n === 0) return;
    const { kinds, starts, stops, infos } = this;
    const stack: number[] = [];
    for (let k = 0; k < n; k++) {
      if (kinds[k] !== DELIM) continue;
      const info = infos[k]!;
      const ch = info & 0xffff;
      if (info & CAN_CLOSE) {
        const limit = Math.max(0, stack.length - MAX_DELIM_LOOKBACK);
        for (let s = stack.length - 1; s >= limit; s--) {
          const o = stack[s]!;
          // Strikethrough pairs only with its own length ("~~"); emphasis pairs with any run.
          if ((infos[o]! & 0xffff) === ch && (ch !== 126 || stops[o]! - starts[o]! === stops[k]! - starts[k]!)) {
            infos[o] = infos[o]! | MATCHED;
            infos[k] = info | MATCHED;
            stack.length = s;
            break;
          }
        }
      }
      if (!(infos[k]! & MATCHED) && info & CAN_OPEN) stack.push(k);
    }
    for (let k = 0; k < n; k++) {
      switch (kinds[k]) {
        case TEXT:
          out.run(starts[k]!, stops[k]!);
          break;
        case DELIM:
          if (!(infos[k]! & MATCHED)) out.run(starts[k]!, stops[k]!);
          break;
        case CHARS:
          out.chars(this.strs[infos[k]!]!, starts[k]!, stops[k]!);
          break;
        case SEP:
          out.sep(infos[k] as Sep, starts[k]!, stops[k]!);
          break;
      }
    }
    kinds.length = starts.length = stops.length = infos.length = this.strs.length = 0;
  }

  private push(kind: number, start: number, end: number, info: number): void {
    this.kinds.push(kind);
    this.starts.push(start);
    this.stops.push(end);
    this.infos.push(info);
  }
}

/** How far a link destination is looked for; keeps a stray "](" from scanning a whole line each time. */
const MAX_URL = 4096;
/** How many open delimiters a closer looks back over; bounds emphasis matching to linear time. */
const MAX_DELIM_LOOKBACK = 32;

const RAW_TAG_END = /<\/(?:script|style)\s*>/gi;
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s/][^<>\n]*)?>/y;
const AUTOLINK = /<(?:https?|ftp|mailto):[^\s<>]*>/y;

/**
 * Readable text of a Markdown document, mapped char by char to `src`: front matter, fenced
 * code, comments, images, URLs and inline HTML go; link text stays; heading, emphasis and
 * blockquote markers go; list bullets stay as "- " (or "1. ").
 * A line-based reader, not a full CommonMark parser: indented code blocks stay as text (they
 * look like wrapped list items) and emphasis pairs within a paragraph or list item.
 */
export function readMarkdown(src: string): MarkupView {
  const reader = new MarkdownReader(src);
  reader.read();
  return { ...reader.out.finish(), hints: reader.hints() };
}

class MarkdownReader {
  readonly out: ViewBuilder;
  private readonly src: string;
  private readonly ops = new OpQueue();
  private fence: { ch: number; len: number } | null = null;
  /** End of a comment or raw <script>/<style> block that runs over several lines. */
  private skipUntil = 0;
  private prevContent = false;
  private prevBreakAt = 0;
  private prevBreakEnd = 0;
  /** Memo: the first ']' at or after bracketFrom. Keeps bracket lookups linear overall. */
  private nextBracket = -1;
  private bracketFrom = -1;
  /** Chars a line may still spend scanning for the ')' that ends a link. */
  private urlBudget = 0;
  /** Likewise for the backtick run that closes a code span. */
  private tickBudget = 0;
  private fmTitle: string | undefined;
  private h1Title: string | undefined;
  private published: string | undefined;

  constructor(src: string) {
    this.src = src;
    this.out = new ViewBuilder(src);
  }

  hints(): ArticleHints {
    const hints: ArticleHints = {};
    const title = this.fmTitle ?? this.h1Title;
    if (title) hints.title = title;
    if (this.published) hints.published = this.published;
    return hints;
  }

  read(): void {
    const src = this.src;
    const n = src.length;
    let pos = this.frontMatter();
    while (pos < n) {
      let nl = src.indexOf('\n', pos);
      if (nl < 0) nl = n;
      const le = nl > pos && src.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.line(pos, le, nl);
      pos = nl + 1;
    }
    this.flushBlock();
  }

  /** YAML ('---') or TOML ('+++') front matter: dropped from the text, title and date kept as hints. */
  private frontMatter(): number {
    const src = this.src;
    const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(src);
    if (!open) return 0;
    const close = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/gm : /^\+\+\+[ \t]*$/gm;
    close.lastIndex = open[0].length;
    const m = close.exec(src);
    if (!m) return 0;
    const body = src.slice(open[0].length, m.index);
    for (const line of body.split(/\r?\n/)) {
      const kv = /^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*)$/.exec(line);
      if (!kv) continue;
      const key = kv[1]!.toLowerCase();
      const value = unquote(kv[2]!.trim());
      if (key === 'title' && this.fmTitle === undefined) this.fmTitle = cleanTitle(value);
      else if ((key === 'date' || key === 'published' || key === 'pubdate' || key === 'publishdate') && !this.published) {
        this.published = isoDate(value);
      }
    }
    let end = m.index + m[0].length;
    if (src.charCodeAt(end) === 13) end++;
    if (src.charCodeAt(end) === 10) end++;
    return end;
  }

  /** One source line [ls, le); nl is the offset of its line break (or the end of the source). */
  private line(ls: number, le: number, nl: number): void {
    const src = this.src;
    if (this.fence) {
      if (this.closesFence(ls, le)) this.fence = null;
      return;
    }
    let s = ls;
    if (this.skipUntil > ls) {
      if (this.skipUntil >= le) return;
      s = this.skipUntil;
    }
    let p = skipSpace(src, s, le);
    while (p < le && src.charCodeAt(p) === 62 /* > */) p = skipSpace(src, p + 1, le);
    let end = le;
    while (end > p && isSpaceTab(src.charCodeAt(end - 1))) end--;
    if (p >= end) {
      this.boundary(ls);
      return;
    }
    const c = src.charCodeAt(p);
    let bullet = -1;
    let body = p;
    if (s === ls) {
      if (c === 96 || c === 126) {
        let q = p;
        while (q < end && src.charCodeAt(q) === c) q++;
        // A backtick fence's info string may not contain backticks (else it is inline code).
        if (q - p >= 3 && (c === 126 || src.lastIndexOf('`', end - 1) < q)) {
          this.boundary(ls);
          this.fence = { ch: c, len: q - p };
          return;
        }
      } else if (c === 35) {
        let q = p;
        while (q < end && src.charCodeAt(q) === 35) q++;
        if (q - p <= 6 && (q === end || isSpaceTab(src.charCodeAt(q)))) {
          this.heading(q - p, q, end, ls, le);
          return;
        }
      }
      if (c === 61 || c === 45 || c === 42 || c === 95 || c === 124 || c === 58) {
        const text = src.slice(p, end);
        if ((c === 61 || c === 45) && this.prevContent && /^(?:=+|-+)$/.test(text)) {
          this.setext(c === 61, ls);
          return;
        }
        if (/^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/.test(text)) {
          this.boundary(ls);
          return;
        }
        // The |---|:--:| row under a table header carries no text.
        if (text.includes('|') && /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/.test(text)) return;
      }
      if (c === 91 /* [ */) {
        const def = /^\[(\^?)[^\]\n]{1,999}\]:/.exec(src.slice(p, Math.min(end, p + 1003)));
        if (def) {
          this.boundary(ls);
          // Link definitions are URLs; a footnote's text is kept as its own paragraph.
          if (def[1] !== '^') return;
          body = skipSpace(src, p + def[0].length, end);
          if (body >= end) return;
        }
      }
      if (body === p) {
        const q = listMarkerEnd(src, p, end);
        if (q > 0) {
          bullet = p;
          body = q;
        }
      }
    }
    this.paragraphLine(bullet, body, end, le, nl);
  }

  private closesFence(ls: number, le: number): boolean {
    const src = this.src;
    const fence = this.fence!;
    let p = skipSpace(src, ls, le);
    while (p < le && src.charCodeAt(p) === 62) p = skipSpace(src, p + 1, le);
    let q = p;
    while (q < le && src.charCodeAt(q) === fence.ch) q++;
    return q - p >= fence.len && skipSpace(src, q, le) === le;
  }

  private paragraphLine(bullet: number, body: number, end: number, le: number, nl: number): void {
    const src = this.src;
    if (bullet >= 0) {
      // Each item is its own block: emphasis never spans items.
      this.flushBlock();
      if (this.prevContent) this.out.sep(Sep.Newline, this.prevBreakAt, this.prevBreakEnd);
      const b = src.charCodeAt(bullet);
      if (b === 42 || b === 43) this.ops.chars('-', bullet, bullet + 1);
      else this.ops.text(bullet, markerTextEnd(src, bullet));
      this.ops.sep(Sep.Space, markerTextEnd(src, bullet), body);
      // Task-list boxes are form controls, not text.
      if (/^\[[ xX]\][ \t]/.test(src.slice(body, body + 4))) body = skipSpace(src, body + 3, end);
    } else if (this.prevContent) {
      this.ops.sep(Sep.Newline, this.prevBreakAt, this.prevBreakEnd);
    }
    this.inline(body, end);
    this.prevContent = true;
    this.prevBreakAt = le;
    this.prevBreakEnd = Math.min(nl + 1, src.length);
  }

  private heading(level: number, markerEnd: number, end: number, ls: number, le: number): void {
    const src = this.src;
    this.boundary(ls);
    const cs = skipSpace(src, markerEnd, end);
    let ce = end;
    // An optional closing run of '#', if set off by a space.
    let k = ce;
    while (k > cs && src.charCodeAt(k - 1) === 35) k--;
    if (k < ce && (k === cs || isSpaceTab(src.charCodeAt(k - 1)))) {
      ce = k;
      while (ce > cs && isSpaceTab(src.charCodeAt(ce - 1))) ce--;
    }
    const mark = this.out.mark();
    this.inline(cs, ce);
    this.flushBlock();
    if (level === 1 && this.h1Title === undefined) this.h1Title = cleanTitle(this.out.textSince(mark));
    this.out.sep(Sep.Break, le);
  }

  /** The underline of a setext heading: the paragraph above was the heading. */
  private setext(h1: boolean, ls: number): void {
    const mark = this.out.mark();
    this.flushBlock();
    if (h1 && this.h1Title === undefined) this.h1Title = cleanTitle(this.out.textSince(mark));
    this.out.sep(Sep.Break, ls);
    this.prevContent = false;
  }

  private boundary(at: number): void {
    this.flushBlock();
    this.out.sep(Sep.Break, at);
    this.prevContent = false;
  }

  private flushBlock(): void {
    this.ops.flush(this.out);
  }

  /** Inline syntax of src[a, b): queues text, drops and delimiters for flushBlock. */
  private inline(a: number, b: number): void {
    // Looking for link ends may rescan text; a budget proportional to the line keeps that linear.
    this.urlBudget = 4 * (b - a) + MAX_URL;
    this.tickBudget = 4 * (b - a) + MAX_URL;
    const src = this.src;
    const ops = this.ops;
    let run = a;
    let linkClose = -1;
    let linkEnd = -1;
    let failedTicks: Set<number> | undefined;
    let i = a;
    while (i < b) {
      if (i === linkClose) {
        ops.text(run, i);
        i = run = linkEnd;
        linkClose = -1;
        continue;
      }
      if (linkClose >= 0 && i > linkClose) linkClose = -1;
      const c = src.charCodeAt(i);
      switch (c) {
        case 92 /* \ */: {
          const next = i + 1 < b ? src.charCodeAt(i + 1) : -1;
          if (next === -1 || isAsciiPunct(next)) {
            ops.text(run, i);
            run = i + 1;
            // The escaped char is plain text, never a delimiter.
            i += next === -1 ? 1 : 2;
            continue;
          }
          break;
        }
        case 96 /* ` */: {
          let q = i;
          while (q < b && src.charCodeAt(q) === 96) q++;
          const len = q - i;
          ops.text(run, i);
          const limit = linkClose >= 0 ? linkClose : b;
          let close = -1;
          if (!failedTicks?.has(len) && this.tickBudget > 0) {
            close = findTickRun(src, q, limit, len);
            this.tickBudget -= (close < 0 ? limit : close) - q;
          }
          if (close < 0) {
            (failedTicks ??= new Set()).add(len);
            run = i = q;
            continue;
          }
          let cs = q;
          let ce = close;
          if (ce - cs >= 2 && src.charCodeAt(cs) === 32 && src.charCodeAt(ce - 1) === 32 && skipSpace(src, cs, ce) < ce) {
            cs++;
            ce--;
          }
          ops.text(cs, ce);
          run = i = close + len;
          continue;
        }
        case 42 /* * */:
        case 95 /* _ */:
        case 126 /* ~ */: {
          let q = i;
          while (q < b && src.charCodeAt(q) === c) q++;
          // A single '~' is "approximately", not strikethrough.
          if (c === 126 && q - i !== 2) {
            i = q;
            continue;
          }
          const prev = i > a ? src.charCodeAt(i - 1) : 32;
          const next = q < b ? src.charCodeAt(q) : 32;
          // Between digits ("2*3", "1_000") it is part of a figure, whatever CommonMark says.
          if (isDigit(prev) && isDigit(next)) {
            i = q;
            continue;
          }
          const left = !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev));
          const right = !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next));
          const canOpen = c === 95 ? left && (!right || isPunct(prev)) : left;
          const canClose = c === 95 ? right && (!left || isPunct(next)) : right;
          if (canOpen || canClose) {
            ops.text(run, i);
            ops.delim(i, q, c, canOpen, canClose);
            run = q;
          }
          i = q;
          continue;
        }
        case 33 /* ! */: {
          if (src.charCodeAt(i + 1) === 91 && i + 1 < b) {
            const end = this.linkAt(i + 1, b);
            if (end > 0) {
              ops.text(run, i);
              run = i = end;
              continue;
            }
          }
          break;
        }
        case 91 /* [ */: {
          if (linkClose >= 0) break;
          const close = this.bracketAfter(i + 1, b);
          if (close < 0) break;
          if (src.charCodeAt(i + 1) === 94 /* ^ */) {
            // A footnote reference such as [^1].
            ops.text(run, i);
            run = i = close + 1;
            continue;
          }
          // A citation marker glued to the word or stop before it, "2024.[4][6]" or "[4](#ref-4)":
          // read as nothing, as a footnote reference is. (As a link its text "4" would join the
          // year before it: "2024.4".)
          if (i > 0 && close - i >= 2 && close - i <= 4 && /^\d+$/.test(src.slice(i + 1, close)) && !/\s/.test(src[i - 1]!)) {
            const end = this.linkAt(i, b, close);
            ops.text(run, i);
            run = i = end > 0 ? end : close + 1;
            continue;
          }
          const end = this.linkAt(i, b, close);
          if (end > 0) {
            ops.text(run, i);
            run = i + 1;
            linkClose = close;
            linkEnd = end;
            i++;
            continue;
          }
          break;
        }
        case 60 /* < */: {
          // Flushed first: markupAt may queue ops of its own (an autolink's URL, a break).
          ops.text(run, i);
          run = i;
          const end = this.markupAt(i, b);
          if (end > 0) {
            run = i = end;
            continue;
          }
          break;
        }
        case 38 /* & */: {
          const entity = decodeEntityAt(src, i, b);
          if (entity) {
            ops.text(run, i);
            ops.chars(entity.value, i, i + entity.length);
            run = i = i + entity.length;
            continue;
          }
          break;
        }
      }
      i++;
    }
    ops.text(run, b);
  }

  /**
   * If src[open] starts a link or image label "[text](url)" or "[text][ref]", the offset just past it;
   * else -1. `close` is the label's ']' when already known.
   */
  private linkAt(open: number, b: number, close = this.bracketAfter(open + 1, b)): number {
    const src = this.src;
    if (close < 0 || close + 1 >= b) return -1;
    const after = src.charCodeAt(close + 1);
    if (after === 40 /* ( */) {
      if (this.urlBudget <= 0) return -1;
      let depth = 0;
      const limit = Math.min(b, close + 2 + MAX_URL, close + 2 + this.urlBudget);
      for (let k = close + 2; k < limit; k++) {
        const ch = src.charCodeAt(k);
        if (ch === 92) k++;
        else if (ch === 40) depth++;
        else if (ch === 41) {
          if (depth === 0) {
            this.urlBudget -= k - close;
            return k + 1;
          }
          depth--;
        }
      }
      this.urlBudget -= limit - close;
      return -1;
    }
    if (after === 91 /* [ */) {
      const refClose = this.bracketAfter(close + 2, b);
      return refClose < 0 ? -1 : refClose + 1;
    }
    return -1;
  }

  /** The first ']' in [from, b), or -1. */
  private bracketAfter(from: number, b: number): number {
    if (from < this.bracketFrom || this.nextBracket < from) {
      const k = this.src.indexOf(']', from);
      this.nextBracket = k < 0 ? Number.MAX_SAFE_INTEGER : k;
      this.bracketFrom = from;
    }
    return this.nextBracket < b ? this.nextBracket : -1;
  }

  /**
   * Inline HTML at src[i] === '<': comments, tags and raw <script>/<style> are dropped (block
   * tags leave a paragraph break); autolinks keep their URL. Returns the offset to resume at, or -1.
   */
  /** Where the next "-->" is, from the last comment looked at (-1: none to the end). */
  private commentClose: number | undefined;

  private markupAt(i: number, b: number): number {
    const src = this.src;
    const ops = this.ops;
    if (src.startsWith('<!--', i)) {
      // A comment never closed is not a comment: its "<!--" is text, and the article after it
      // is read (it once swallowed the rest of the article). The search for "-->" is kept, so
      // that many unclosed openers do not each scan to the end.
      if (this.commentClose === undefined || (this.commentClose >= 0 && this.commentClose < i + 4)) this.commentClose = src.indexOf('-->', i + 4);
      const close = this.commentClose;
      if (close < 0) return -1;
      const end = close + 3;
      // Only a comment that opens a line (an HTML block) runs on past its paragraph; inside a
      // line, a comment ending beyond the paragraph is text, and the paragraphs after it stay.
      if (end > b && !/(?:^|\n) {0,3}$/.test(src.slice(Math.max(0, i - 4), i)) && /\n[ \t]*\r?\n/.test(src.slice(i, end))) return -1;
      if (end > b) {
        this.skipUntil = end;
        return b;
      }
      return end;
    }
    AUTOLINK.lastIndex = i;
    const auto = AUTOLINK.exec(src);
    if (auto && i + auto[0].length <= b) {
      const end = i + auto[0].length;
      ops.text(i + 1, end - 1);
      return end;
    }
    TAG.lastIndex = i;
    const tag = TAG.exec(src);
    if (!tag || i + tag[0].length > b) return -1;
    const end = i + tag[0].length;
    const name = tag[1]!.toLowerCase();
    const closing = src.charCodeAt(i + 1) === 47;
    if (!closing && (name === 'script' || name === 'style')) {
      RAW_TAG_END.lastIndex = end;
      const m = RAW_TAG_END.exec(src);
      const rawEnd = m ? m.index + m[0].length : src.length;
      if (rawEnd > b) {
        this.skipUntil = rawEnd;
        return b;
      }
      return rawEnd;
    }
    if (BLOCK.has(name)) ops.sep(Sep.Break, i, i);
    return end;
  }
}

function unquote(v: string): string {
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

function isSpaceTab(c: number): boolean {
  return c === 32 || c === 9;
}

function skipSpace(src: string, p: number, end: number): number {
  while (p < end && isSpaceTab(src.charCodeAt(p))) p++;
  return p;
}

/** After a list marker ("- ", "* ", "+ ", "12. ", "3) ") at p: where the item text starts; 0 if none. */
function listMarkerEnd(src: string, p: number, end: number): number {
  const c = src.charCodeAt(p);
  let q = p;
  if (c === 45 || c === 42 || c === 43) q = p + 1;
  else {
    while (q < end && q - p < 9 && src.charCodeAt(q) >= 48 && src.charCodeAt(q) <= 57) q++;
    if (q === p) return 0;
    const d = src.charCodeAt(q);
    if (d !== 46 && d !== 41) return 0;
    q++;
  }
  if (q < end && !isSpaceTab(src.charCodeAt(q))) return 0;
  return skipSpace(src, q, end);
}

function markerTextEnd(src: string, p: number): number {
  const c = src.charCodeAt(p);
  if (c === 45 || c === 42 || c === 43) return p + 1;
  let q = p;
  while (src.charCodeAt(q) >= 48 && src.charCodeAt(q) <= 57) q++;
  return q + 1;
}

/** Start of the next run of exactly `len` backticks in [from, b), or -1. */
function findTickRun(src: string, from: number, b: number, len: number): number {
  let k = from;
  while (k < b) {
    const t = src.indexOf('`', k);
    if (t < 0 || t >= b) return -1;
    let e = t;
    while (e < b && src.charCodeAt(e) === 96) e++;
    if (e - t === len) return t;
    k = e;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isPunct(c: number): boolean {
  return isAsciiPunct(c) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1;
}
