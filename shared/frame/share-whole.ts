import type { CompiledVocabulary } from '../vocabulary/vocabulary.ts';
import { clauseOf } from './direction.ts';

/**
 * The whole a share is stated of. "Renewables' share of gross final energy consumption" is not
 * a share of electricity generation, nor of electricity consumption, whatever its part: a share
 * names its quantity by its whole as much as by its part. A measure whose wholes (the
 * vocabulary's `share.of`) do not take the whole the text states is another quantity, and its
 * facts would fit only by chance, or contradict a true figure.
 */

/** Words that end a whole's noun phrase: prepositions, verbs of a clause, conjunctions. */
const STOP = new Set(['in', 'into', 'onto', 'fed', 'generated', 'produced', 'supplied', 'used', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'over', 'across', 'during', 'since', 'until', 'than', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'had', 'have', 'rose', 'fell', 'came', 'comes', 'reached', 'stood', 'stands', 'hit', 'climbed', 'dropped', 'grew', 'jumped', 'slipped', 'edged', 'and', 'or', 'but', 'that', 'which', 'who', 'while', 'whereas', 'as', 'last', 'this', 'next', 'a', 'an', 'up', 'down', 'now', 'then', 'according', 'said', 'says']);
/** Words before a whole's head that leave it the same whole: "gross", "net", "public", "total". */
const SAME_WHOLE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'total', 'gross', 'net', 'final', 'overall', 'public', 'national', 'domestic', 'annual', 'yearly', 'monthly', 'entire', 'whole', 'country', 'nation']);

/**
 * The whole a share figure is stated of: right after it ("41% of gross flour output"), or after
 * the share word heading its clause before it ("wheat's share of bread consumption rose to
 * 41%"), with no other percentage between. Null where none is stated. A phrase naming one of
 * the share's parts ("share of wheat in …") is the part: the whole, if any, follows it.
 * `before` is the clause's text before the figure, `after` its text after it.
 */
export function statedWhole(before: string, after: string, isPart: (phrase: string) => boolean): string | null {
  const own = wholeAfter(after, true, isPart);
  if (own !== undefined) return own;
  // The last share word before it, where no percentage of a whole of its own stands between
  // ("60% of its power … and cut its levy by 3.4%"); a level on the way keeps it ("rose to 24.5%
  // in 2023 from 23%").
  const word = /\b(?:share|proportion|percentage)\b/gi;
  let last: RegExpExecArray | null = null;
  for (let m: RegExpExecArray | null; (m = word.exec(before)); ) last = m;
  if (!last || /(?:%|\bper ?cent)\s+of\b/i.test(before.slice(last.index))) return null;
  return wholeAfter(before.slice(last.index + last[0].length), false, isPart) ?? null;
}

/** The whole after a share word or a percentage: the phrase after "of" (or "in"), skipping a part; undefined where none follows. */
function wholeAfter(rest: string, percent: boolean, isPart: (phrase: string) => boolean): string | undefined {
  for (let hop = 0; hop < 2; hop++) {
    // ("24.5% in 2023": after a percentage, "in" dates it.)
    const intro = (percent && hop === 0 ? /^\s+of\s+/i : /^\s+(?:of|in)\s+/i).exec(rest);
    if (!intro) return undefined;
    rest = rest.slice(intro[0].length);
    const words: string[] = [];
    for (const w of rest.split(/\s+/)) {
      const word = w.replace(/[,.;:!?)"”]+$/, '');
      // (A year inside the phrase names its period: "the 2024 total".)
      if (!word || !(/^[\p{L}][\p{L}'’.-]*$/u.test(word) || /^(?:1[5-9]|20)\d\d$/.test(word)) || STOP.has(word.toLowerCase())) break;
      // (A name or a determiner after the whole's noun starts a clause of its own: "the flour
      // Ruritania milled", "the flour the mills turned out".)
      if (words.some((x) => /^\p{Ll}/u.test(x)) && (/^\p{Lu}/u.test(word) || /^(?:the|a|an|its|their|this|these|those)$/i.test(word))) break;
      words.push(word);
      if (word !== w || words.length === 6) break;
    }
    // ("59.4% of it": a pronoun points back at a whole named before.)
    if (!words.length || PRONOUN.test(words[0]!)) return undefined;
    const phrase = words.join(' ');
    if (!isPart(phrase)) return phrase;
    rest = rest.slice(rest.indexOf(words[words.length - 1]!) + words[words.length - 1]!.length);
  }
  return undefined;
}
const PRONOUN = /^(?:it|them|this|that|these|those|which|what|all|each|both|either|one|ones)$/i;

/**
 * Whether a share measure with these wholes is a share of the whole stated. The phrase, without
 * its owners (names, possessives), ends with one of the wholes. Where that whole is a bare head
 * the vocabulary also lists with modifiers ("consumption" beside "electricity consumption"), the
 * word before the head is one of those modifiers, or one that leaves a whole the same ("net
 * consumption"): "energy consumption" is another whole. (A head listed only bare takes any
 * modifier: "grid power", "the country's power".)
 */
export function wholeFits(phrase: string, wholes: readonly string[], isPart: (word: string) => boolean = () => false): boolean {
  const words = phrase.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w) && !/['’]s?$/.test(w) && !/^\d/.test(w));
  // ("of the total", "of the whole": the measure's own whole, whatever it is.)
  if (words.every((w) => SAME_WHOLE.has(w.toLowerCase()))) return true;
  const text = words.join(' ').toLowerCase();
  const listed = wholes.map((w) => w.toLowerCase());
  const whole = listed.filter((w) => text === w || text.endsWith(` ${w}`)).sort((a, b) => b.length - a.length)[0];
  if (whole === undefined) return false;
  // "30% of the rye harvest", "a fifth of spelt output": a whole narrowed by a word of a
  // share's part is that part, not the whole.
  if (words.slice(0, words.length - whole.split(' ').length).some((w) => isPart(w.toLowerCase()))) return false;
  if (whole.includes(' ') || text === whole) return true;
  const modifiers = new Set(listed.filter((w) => w.endsWith(` ${whole}`)).map((w) => w.split(/\s+/).at(-2)!));
  if (modifiers.size === 0) return true;
  const before = words.at(-2)!.toLowerCase();
  return modifiers.has(before) || SAME_WHOLE.has(before);
}

/** Whether a word names a share measure's part, alone or as its singular ("cereal" of "cereals"). */
export function partWord(v: CompiledVocabulary): (word: string) => boolean {
  return (w) => v.shares.some((s) => s.partAtEnd.test(w) || s.partAtEnd.test(`${w}s`));
}

/** The whole the clause of the figure at [at, at + length) of its sentence states a share of, if it states one. */
export function statedWholeAt(v: CompiledVocabulary, sentence: string, at: number, length: number): string | null {
  if (v.shares.length === 0) return null;
  // (A phrase that ends in a whole is that whole, a part's word before it narrowing it: "of the
  // rye harvest" is no part named, as "share of rye in the harvest" is.)
  const isPart = (phrase: string) =>
    v.shares.some((s) => {
      s.part.lastIndex = 0;
      return s.part.test(phrase);
    }) && !v.shares.some((s) => s.wholes.some((w) => phrase.toLowerCase().endsWith(` ${w.toLowerCase()}`)));
  const clause = clauseOf(sentence, at, length);
  return statedWhole(sentence.slice(clause.start, at), sentence.slice(at + length, clause.end), isPart);
}

/**
 * A filter of share measures by the whole the figure's clause states (other measures pass), and
 * the one share measure whose whole that is and whose part the clause names, if there is one:
 * "wheat's share of bread consumption" is the share of bread, whatever measure "wheat's share"
 * names first.
 */
export function wholeCheck(v: CompiledVocabulary, sentence: string, at: number, length: number): { fits: (id: string | null) => string | null; stated: () => string | null } {
  const stated = statedWholeAt(v, sentence, at, length);
  if (stated === null) return { fits: (id) => id, stated: () => null };
  const clause = clauseOf(sentence, at, length).text;
  return {
    fits: (id) => {
      const share = id ? v.shares.find((s) => s.id === id) : undefined;
      return !share || wholeFits(stated, share.wholes, partWord(v)) ? id : null;
    },
    stated: () => {
      const ids = v.shares
        .filter((s) => {
          s.part.lastIndex = 0;
          return wholeFits(stated, s.wholes, partWord(v)) && s.part.test(clause) && !joinedToAnother(clause, s.part);
        })
        .map((s) => s.id);
      return ids.length === 1 ? ids[0]! : null;
    },
  };
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** A part's words joined by "and", "&" or "plus" to a noun on either side, or an item of a list: "rye and spelt". */
export function joinedToAnother(words: string, part: RegExp): boolean {
  let every = GLOBAL.get(part);
  if (!every) GLOBAL.set(part, (every = new RegExp(part.source, part.flags.includes('g') ? part.flags : `${part.flags}g`)));
  for (const m of words.matchAll(every)) {
    // ("Rye, oats and other grains": an item of a list, whatever closes it.)
    if (/^(?:\s*,\s*\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)*\s*,?\s*(?:and|&|plus)\s+\p{L}/iu.test(words.slice(m.index + m[0].length))) return true;
    if (/\p{L}\s*(?:,\s*)?\b(?:and|plus)\s+$|\p{L}\s*&\s*$/iu.test(words.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}
