/**
 * Finding a key's anchors in an article's text, as the real pages' scorer does: the exact text
 * (whole words), then the exact text anywhere, then a view that ignores case, runs of white
 * space, curly quotes and dashes, mapped back to the original offsets.
 */
export type Span = [number, number];

export interface NormView {
  s: string;
  map: number[];
}

const isWord = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);

function indexesOf(text: string, needle: string, from: number, to: number): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = text.indexOf(needle, i + 1)) {
    if ((isWord(needle[0]) && isWord(text[i - 1])) || (isWord(needle[needle.length - 1]) && isWord(text[i + needle.length]))) continue;
    // "5%" is not the end of "82.5%", nor "500" of "1,500".
    if (/\d/.test(needle[0]!) && /[.,]/.test(text[i - 1] ?? '') && /\d/.test(text[i - 2] ?? '')) continue;
    out.push(i);
  }
  return out;
}

export function normView(text: string): NormView {
  let s = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (/\s/.test(ch)) {
      if (s.endsWith(' ')) continue;
      ch = ' ';
    } else if (/[\u2018\u2019\u201a\u2032`]/.test(ch)) ch = "'";
    else if (/[\u201c\u201d\u201e\u2033]/.test(ch)) ch = '"';
    else if (/[\u2010-\u2015\u2212]/.test(ch)) ch = '-';
    s += ch.toLowerCase();
    map.push(i);
  }
  return { s, map };
}

export function findAll(text: string, needle: string, from = 0, to = text.length, nv: NormView | null = null): Span[] {
  const hits = indexesOf(text, needle, from, to).map((i): Span => [i, i + needle.length]);
  if (hits.length) return hits;
  const v = nv ?? normView(text);
  const n = normView(needle).s.trim();
  if (!n) return [];
  const out: Span[] = [];
  for (let i = v.s.indexOf(n); i >= 0; i = v.s.indexOf(n, i + 1)) {
    const a = v.map[i]!;
    const b = v.map[i + n.length - 1]! + 1;
    if (a >= from && b <= to) out.push([a, b]);
  }
  return out;
}

export interface AnchorRef {
  anchor: string;
  occurrence?: number | undefined;
  context?: string | undefined;
}

export function locateAnchor(text: string, nv: NormView, a: AnchorRef): Span | null {
  if (a.context) {
    const ctx = findAll(text, a.context, 0, text.length, nv);
    const k = Math.max(1, a.occurrence ?? 1);
    if (ctx.length < 1) return null;
    const [cs, ce] = ctx[Math.min(k, ctx.length) - 1]!;
    return findAll(text, a.anchor, cs, ce, nv)[0] ?? null;
  }
  return findAll(text, a.anchor, 0, text.length, nv)[(a.occurrence ?? 1) - 1] ?? null;
}

/** Every place a non-claim stands: all occurrences unless one is named. */
export function locateAll(text: string, nv: NormView, a: AnchorRef & { pattern?: string | undefined }): Span[] {
  if (a.pattern) return [...text.matchAll(new RegExp(a.pattern, 'g'))].map((m): Span => [m.index, m.index + m[0].length]);
  if (a.occurrence == null && a.context == null) return findAll(text, a.anchor, 0, text.length, nv);
  const one = locateAnchor(text, nv, a);
  return one ? [one] : [];
}

export const overlaps = (a: Span | null | undefined, b: Span | null | undefined): boolean => !!a && !!b && a[0] < b[1] && b[0] < a[1];
