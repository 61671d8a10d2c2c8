import type { JudgedClaim, VerdictReport } from '../shared/report/report.ts';
import type { KeyArticle, KeyClaim } from './key.ts';
import { signedFigure } from '../shared/frame/slots.ts';
import { locateAll, locateAnchor, normView, overlaps, type Span } from './anchors.ts';

/**
 * Scoring one article's report against its key, with the rules of the real pages' scorer
 * (../shared/real-pages/score.mjs): a key claim is found when an engine claim overlapping its
 * anchor carries its value; agreed when found and every engine claim over it has the expected
 * or an accepted verdict. A contradicted or supported verdict is right when it sits on a key
 * claim, carries its value, and the key expects or accepts that verdict.
 */

export type Letter = 'S' | 'C' | 'D' | 'U';
const LETTER: Record<JudgedClaim['verdict'], Letter> = { supported: 'S', contradicted: 'C', disputed: 'D', unverifiable: 'U' };

export interface ClaimResult {
  id: string;
  anchor: string;
  expect: Letter;
  accept: Letter[];
  classes: number[];
  plant?: 'error' | 'trap' | undefined;
  found: boolean;
  agreed: boolean;
  /** The engine's verdict on the claim carrying the value; null when not found. */
  got: Letter | null;
  /** Why it was judged so: the engine's explanation. */
  explanation?: string | undefined;
}

export interface ArticleScore {
  id: string;
  split: 'dev' | 'holdout';
  classes: number[];
  claims: ClaimResult[];
  /** Every contradicted / supported verdict the engine gave, and how many were right. */
  contradicted: { right: number; all: number; wrong: string[] };
  supported: { right: number; all: number; wrong: string[] };
  falseFigures: Array<{ quote: string; classes: number[] }>;
  /** Engine claims over neither a key claim nor a non-claim. */
  unkeyed: string[];
  skipped: string[];
}

const MULT: Array<[RegExp, number]> = [[/\btrillion|\btn\b/i, 1e12], [/\bbillion|\bbn\b/i, 1e9], [/\bmillion|\bmn\b|\bmln\b/i, 1e6], [/\bthousand|\bk\b/i, 1e3]];
const DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5, century: 36525 };
const timeUnit = (u: unknown) => { const w = /^(hour|day|week|month|year|decade|century|centuries)s?$/.exec(String(u ?? '').toLowerCase())?.[1] ?? null; return w === 'centuries' ? 'century' : w; };
/** A figure's number in the key's unit, where the two differ only by scale: a span of time, a fraction against a percentage. */
function inKeyUnit(c: JudgedClaim, x: number, unit: string | undefined): number {
  const ku = timeUnit(unit);
  const cu = timeUnit(c.figure.unit);
  if (ku && cu && ku !== cu) return (x * DAYS[cu]!) / DAYS[ku]!;
  if (unit === '%' && (c.figure.unit === 'fraction' || c.figure.unit === 'share') && x > 0 && x <= 1) return x * 100;
  return x;
}
const PREFIX: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const powerScale = (u: unknown): { base: string; scale: number } | null => {
  const m = /^([kMGT]?)(Wh|W)$/.exec(String(u ?? ''));
  return m ? { base: m[2]!, scale: PREFIX[m[1]!]! } : null;
};
const near = (a: unknown, b: number, rel = 1e-6): boolean => typeof a === 'number' && Number.isFinite(a) && Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

function numEq(c: JudgedClaim, v: number, expected: number, unit: string | undefined): boolean {
  if (near(v, expected)) return true;
  const txt = `${c.figure.unit ?? ''} ${c.figure.text} ${c.quote}`;
  for (const [re, k] of MULT) if (re.test(txt) && near(v * k, expected)) return true;
  if (unit === '%' && v > 0 && v <= 1 && near(v * 100, expected)) return true;
  // A fraction of a change, its sign applied ("shrank by about a fifth" for a key's -20%).
  if (unit === '%' && c.figure.unit === 'fraction' && near(v * 100, expected)) return true;
  // A fraction or a share against a key's percentage written to one decimal: "two-thirds" for
  // 66.7, "about a third" for 33.3 (the key rounds what the words state exactly).
  if (unit === '%' && (c.figure.unit === 'fraction' || c.figure.unit === 'share') && v > 0 && v <= 1 && Math.abs(v * 100 - expected) < 0.05 + 1e-9) return true;
  // A power or an energy in another prefix: "2 GW" for a key's 2,000 MW.
  const pu = powerScale(unit);
  const pc = powerScale(c.figure.unit);
  if (pu && pc && pu.base === pc.base && near(v * pc.scale, expected * pu.scale)) return true;
  const ku = timeUnit(unit);
  const cu = timeUnit(c.figure.unit);
  return !!(ku && cu && ku !== cu && near(v * DAYS[cu]!, expected * DAYS[ku]!, 0.03));
}

function dateOf(c: JudgedClaim): { start: string; end?: string | undefined } | null {
  const d = c.figure.date;
  if (d) return { start: d.start, end: d.end };
  const v = c.figure.value;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 2999 && c.figure.kind !== 'money') return { start: String(v) };
  return null;
}

const isDate = (v: unknown): v is string => typeof v === 'string';
const isConsistency = (c: JudgedClaim) => c.figure.kind === 'consistency';

/** 'full' when the claim carries the key's value, 'lo'/'hi' when one end of a key range. */
export function valueMatch(c: JudgedClaim, item: KeyClaim): 'full' | 'lo' | 'hi' | null {
  const v = item.value;
  if (isConsistency(c)) return null;
  if (isDate(v)) {
    const [es, ee] = v.split('..') as [string, string | undefined];
    const d = dateOf(c);
    if (!d) return null;
    const sOk = d.start.startsWith(es);
    if (!ee) return sOk && (!d.end || d.end.startsWith(es)) ? 'full' : null;
    const eOk = d.end ? d.end.startsWith(ee) : false;
    if (sOk && eOk) return 'full';
    if (!d.end || d.end === d.start) {
      if (d.start.startsWith(es)) return 'lo';
      if (d.start.startsWith(ee)) return 'hi';
    }
    return null;
  }
  // The value the claim states: its sign applied, as the frame reads it ("lost 24,000" is −24,000).
  const f = c.frame ? signedFigure(c.figure, c.frame) : c.figure;
  type Nums = { value: number } | { low: number; high: number };
  const n: Nums | null = f.low !== undefined && f.high !== undefined ? (f.low === f.high ? { value: f.low } : { low: f.low, high: f.high }) : typeof f.value === 'number' ? { value: f.value } : null;
  if (!n) return null;
  if (typeof v === 'number') return 'value' in n && numEq(c, n.value, v, item.unit) ? 'full' : null;
  if ('within' in v) {
    const [a, b] = v.within;
    const inside = (x: number) => x >= a * (1 - 1e-9) && x <= b * (1 + 1e-9);
    // "fewer than 100" against "within [0, 99]": the bound's side of the value.
    const q = c.figure.qualifier;
    const k = (x: number) => inKeyUnit(c, x, item.unit);
    const v0 = 'value' in n ? (q === 'less_than' ? k(n.value) - 1 : q === 'more_than' ? k(n.value) + 1 : k(n.value)) : 0;
    return ('value' in n ? inside(v0) || inside(k(n.value)) : inside(k(n.low)) && inside(k(n.high))) ? 'full' : null;
  }
  if ('low' in n && numEq(c, n.low, v.low, item.unit) && numEq(c, n.high, v.high, item.unit)) return 'full';
  if ('value' in n) {
    // A bound against the key's range of what it allows: "more than 30,000" is [30,001, …],
    // "below a tenth" […, 10]; the figure is found when its bound is the range's open end.
    const q = c.figure.qualifier;
    if ((q === 'more_than' || q === 'at_least') && (numEq(c, n.value, v.low, item.unit) || numEq(c, n.value + 1, v.low, item.unit))) return 'full';
    // ("just shy of 100 GW", "nearly 60%": just below the value, the range's upper end.)
    if ((q === 'less_than' || q === 'at_most' || q === 'nearly') && (numEq(c, n.value, v.high, item.unit) || numEq(c, n.value - 1, v.high, item.unit))) return 'full';
    if (numEq(c, n.value, v.low, item.unit)) return 'lo';
    if (numEq(c, n.value, v.high, item.unit)) return 'hi';
  }
  return null;
}

/** Where each engine claim stands in the text: its offsets, checked against its quote. */
function spanOf(text: string, c: JudgedClaim): Span | null {
  if (c.end > c.start && c.end <= text.length) return [c.start, c.end];
  return null;
}

export function scoreArticle(article: KeyArticle, text: string, report: VerdictReport): ArticleScore {
  const nv = normView(text);
  const claims = report.claims;
  const spans = claims.map((c) => spanOf(text, c));
  const skipped: string[] = [];
  const results: ClaimResult[] = [];
  const carries = new Array<boolean>(claims.length).fill(false);
  const rightFor = new Array<boolean>(claims.length).fill(false);
  for (const it of article.claims) {
    const first = locateAnchor(text, nv, it);
    if (!first) {
      skipped.push(`${it.id}: anchor "${it.anchor}" not in the text`);
      continue;
    }
    const anchors = [it, ...(it.more ?? [])].map((a) => locateAnchor(text, nv, a)).filter((s): s is Span => s !== null);
    const idx = claims.map((_, i) => i).filter((i) => anchors.some((a) => overlaps(spans[i], a)));
    const m = idx.map((i) => [i, valueMatch(claims[i]!, it)] as const);
    const full = m.find(([, k]) => k === 'full');
    const split = m.some(([, k]) => k === 'lo') && m.some(([, k]) => k === 'hi');
    const found = !!full || split;
    const allowed: Letter[] = [it.expect, ...it.accept];
    const judged = idx.filter((i) => !isConsistency(claims[i]!));
    const agreed = found && judged.every((i) => allowed.includes(LETTER[claims[i]!.verdict]));
    for (const [i, k] of m) {
      if (!k) continue;
      carries[i] = true;
      if (found && allowed.includes(LETTER[claims[i]!.verdict])) rightFor[i] = true;
    }
    for (const i of idx) {
      if (!isConsistency(claims[i]!)) continue;
      carries[i] = true;
      if (allowed.includes(LETTER[claims[i]!.verdict])) rightFor[i] = true;
    }
    // The verdict that counts for the matrix: the worst one over the anchor (a wrong C anywhere on it shows).
    const carrying = (full ? [full[0]] : m.filter(([, k]) => k).map(([i]) => i)) as number[];
    const over = judged.length ? judged : carrying;
    const letters = over.map((i) => LETTER[claims[i]!.verdict]);
    const got: Letter | null = !found ? null : letters.find((l) => !allowed.includes(l)) ?? letters[0] ?? null;
    const lead = over.find((i) => LETTER[claims[i]!.verdict] === got);
    results.push({
      id: it.id,
      anchor: it.anchor,
      expect: it.expect,
      accept: it.accept,
      classes: it.classes,
      plant: it.plant,
      found,
      agreed,
      got,
      explanation: lead !== undefined ? claims[lead]!.explanation : undefined,
    });
  }
  const nonSpans = article.nonClaims.flatMap((n) => (n.anchor || n.pattern ? locateAll(text, nv, { anchor: n.anchor ?? '', occurrence: n.occurrence, context: n.context, pattern: n.pattern }) : []).map((s) => ({ s, n })));
  const keySpans = article.claims.flatMap((it) => [it, ...(it.more ?? [])].map((a) => locateAnchor(text, nv, a)).filter((s): s is Span => s !== null));
  const score: ArticleScore = {
    id: article.id,
    split: article.split,
    classes: article.classes,
    claims: results,
    contradicted: { right: 0, all: 0, wrong: [] },
    supported: { right: 0, all: 0, wrong: [] },
    falseFigures: [],
    unkeyed: [],
    skipped,
  };
  claims.forEach((c, i) => {
    const v = LETTER[c.verdict];
    const onNon = nonSpans.filter(({ s }) => overlaps(spans[i], s));
    if (!carries[i] && onNon.length) score.falseFigures.push({ quote: c.quote, classes: [...new Set(onNon.flatMap(({ n }) => n.classes))] });
    else if (!carries[i] && !keySpans.some((s) => overlaps(spans[i], s)) && !isConsistency(c)) score.unkeyed.push(c.quote);
    const bucket = v === 'C' ? score.contradicted : v === 'S' ? score.supported : null;
    if (!bucket) return;
    bucket.all++;
    if (rightFor[i]) bucket.right++;
    else bucket.wrong.push(`"${c.quote}": ${c.explanation}`);
  });
  return score;
}
