import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';

/**
 * A measure read from the words of its own name, when no phrase of the vocabulary is in the
 * sentence: "Wind alone accounted for 28.7% of generation" for "share of wind in electricity
 * generation", "puts renewables at 46.4% of UK generation". Newsrooms word a measure in more
 * ways than any list of phrases holds; the name's content words, found in the figure's own
 * clause, name it when they tell it apart from every other measure of the same unit. A weak
 * reading (the frame's measure slot is low: never a contradiction): the words may be near the
 * figure without being said of it.
 */

/** Words a measure's name shares with any sentence: they tell no measure apart. */
const STOP = new Set(['of', 'in', 'the', 'a', 'an', 'and', 'or', 'by', 'for', 'to', 'per', 'on', 'at', 'with', 'as', 'from', 'its', 'their', 'year', 'number', 'total', 'share', 'change', 'rate', 'count', 'estimate', 'level', 'amount', 'value']);

/** "renewables" and "renewable", "allies" and "ally", "Germany's": one stem. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) out.add(stem(m[0]));
  return out;
}

interface NamedMeasure {
  id: string;
  unit: string;
  words: readonly string[];
}

const compiled = new WeakMap<CompiledVocabulary, NamedMeasure[]>();

function namedMeasures(v: CompiledVocabulary): NamedMeasure[] {
  let out = compiled.get(v);
  if (out) return out;
  out = [];
  for (const m of v.measures.values()) {
    const words = [...stems(m.name)].filter((w) => !STOP.has(w) && !/^\d/.test(w));
    if (words.length) out.push({ id: m.id, unit: m.unit, words });
  }
  compiled.set(v, out);
  return out;
}

/**
 * The one measure of a fitting unit whose name's words the clause holds best: at least two of
 * them, and more of its name than any other fitting measure's. Null when none does, or two tie.
 */
export function measureByName(v: CompiledVocabulary, clause: string, fits: (unit: string) => boolean): string | null {
  const candidates = namedMeasures(v).filter((m) => fits(m.unit));
  if (candidates.length === 0) return null;
  const words = stems(clause);
  let best: { id: string; score: number } | null = null;
  let tie = false;
  for (const m of candidates) {
    const matched = m.words.filter((w) => words.has(w));
    if (matched.length < 2) continue;
    // The share of its name found, so that a short name fully said beats a long one half said.
    const score = matched.length / m.words.length + matched.length / 100;
    if (!best || score > best.score) {
      best = { id: m.id, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best && !tie ? best.id : null;
}
