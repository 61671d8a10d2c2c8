import { conversion } from '../judge/units.ts';
import { defaultVocabulary, type CompiledVocabulary, type VocabularyFile, type VocabularyMeasure } from '../vocabulary/vocabulary.ts';
import type { ReferenceFact } from './fact.ts';
import { DISTANCE, DURATION, EVENT_DATE } from './keys.ts';
import type { RowError } from './rows.ts';

/**
 * Facts checked against a vocabulary: a fact whose entity, measure or event the vocabulary does
 * not define can never be looked up (the engine frames figures by the vocabulary's ids), and a
 * unit that cannot stand for its measure's never fits a figure of it.
 */

/** Measures the engine frames by grammar alone, whatever the vocabulary: dates of events, durations, distances. */
export const ENGINE_MEASURES: ReadonlySet<string> = new Set([EVENT_DATE, DURATION, DISTANCE]);

/** English words for people counted: a fact in "people" fits a measure that counts a "person". */
const PERSON = new Set(['person', 'persons', 'people', 'personnel']);

const singular = (u: string) => (/[^s]s$/.test(u) ? u.slice(0, -1) : u);

/**
 * Whether a fact in `unit` can be compared with figures of a measure: the same unit, one of the
 * nouns the measure counts ("troops" for a measure of soldiers whose subjects name "troop"),
 * a currency code for a measure of money in any currency, or a unit that converts.
 */
export function unitFits(unit: string, measure: Pick<VocabularyMeasure, 'unit' | 'subjects'>): boolean {
  const measureUnit = measure.unit;
  if (unit === measureUnit) return true;
  const a = unit.toLowerCase();
  const b = measureUnit.toLowerCase();
  if (PERSON.has(a) && PERSON.has(b)) return true;
  if (singular(a) === singular(b)) return true;
  if (b === 'person' && measure.subjects.some((s) => singular(s.toLowerCase()) === singular(a))) return true;
  // "currency": a measure of money in any currency, a fact in its own ISO code.
  if (measureUnit === 'currency' && /^[A-Z]{3}$/.test(unit)) return true;
  if ((a === 'ratio' || a === 'times') && (b === 'ratio' || b === 'times')) return true;
  return conversion(unit, measureUnit) !== null;
}

/** Every fact the vocabulary cannot serve, with its row (as the facts file numbers them) and field. */
export function checkAgainstVocabulary(facts: readonly ReferenceFact[], rows: readonly number[], v: CompiledVocabulary): RowError[] {
  const errors: RowError[] = [];
  facts.forEach((f, i) => {
    const row = rows[i] ?? i + 1;
    const at = (field: string, message: string) => errors.push({ row, id: f.id, field, message });
    f.entities.forEach((id, k) => {
      if (!v.entityKind.has(id)) at(`entities.${k}`, `no entity "${id}" in the vocabulary`);
    });
    // "<measure>_ratio": the ratio of two entities' figures of a measure ("3.8 times that of B").
    const ratioOf = /^(.+)_ratio$/.exec(f.measure)?.[1];
    const measure = v.measures.get(f.measure);
    if (!measure && !ENGINE_MEASURES.has(f.measure) && !(ratioOf && v.measures.has(ratioOf))) at('measure', `no measure "${f.measure}" in the vocabulary`);
    if (measure && !unitFits(f.unit, measure)) at('unit', `"${f.unit}" cannot stand for the unit of ${f.measure} ("${measure.unit}")`);
    if (f.event && !v.events.has(f.event)) at('event', `no event "${f.event}" in the vocabulary`);
    // A fact about none of the kinds its measure's figures can be about: a claim naming its
    // entity reads that entity as context, not as whose figure it is, and never finds the fact
    // by it (a share of the prizes for teams, a fact about one contestant).
    const kinds = measure?.subjectKinds;
    const known = f.entities.filter((id) => v.entityKind.has(id));
    if (kinds && known.length && !known.some((id) => kinds.includes(v.entityKind.get(id) as never))) {
      at('entities', `none of its entities (${known.map((id) => `${id}: ${v.entityKind.get(id)}`).join(', ')}) is of a kind ${f.measure} can be about (subjectKinds: ${kinds.join(', ')})`);
    }
    // A value below what the measure can hold ("-5,000 soldiers killed") is a slip in the data.
    if (measure?.minimum !== undefined) {
      for (const field of ['value', 'low'] as const) {
        const n = f[field];
        if (n !== undefined && n < measure.minimum) at(field, `${n} is below ${measure.minimum}, the least a fact of ${f.measure} can hold`);
      }
    }
  });
  return errors;
}

/** A name from an id: "united-states" → "United States", "payrolls_change" → "payrolls change". */
const nameOf = (id: string, capital: boolean) => {
  const words = id.replace(/[-_]+/g, ' ');
  return capital ? words.replace(/\b\w/g, (c) => c.toUpperCase()) : words;
};

/**
 * A vocabulary that knows every id a facts file uses, to start a beat from: each entity, measure
 * and event with a name from its id, the measure's unit from its facts, an event's dates and
 * parties from its facts. Kinds, aliases and the words that name each measure are for the
 * newsroom to write (docs/vocabulary.md); the skeleton validates as it is.
 */
export function vocabularySkeleton(facts: readonly ReferenceFact[], version = 'draft'): VocabularyFile {
  const entityIds = new Set<string>();
  const measures = new Map<string, { unit: string }>();
  const events = new Map<string, { start: string; end?: string; entities: Set<string> }>();
  for (const f of facts) {
    for (const id of f.entities) entityIds.add(id);
    if (!ENGINE_MEASURES.has(f.measure) && !measures.has(f.measure)) measures.set(f.measure, { unit: f.unit });
    if (f.event) {
      const start = f.date?.start ?? f.period?.from ?? f.asOf ?? f.source.published ?? f.source.retrieved;
      const end = f.date?.end ?? f.period?.to;
      const e = events.get(f.event);
      if (!e) events.set(f.event, { start, ...(end ? { end } : {}), entities: new Set(f.entities) });
      else {
        if (start < e.start) e.start = start;
        if (end && (!e.end || end > e.end)) e.end = end;
        for (const id of f.entities) e.entities.add(id);
      }
    }
  }
  // The currencies the facts are in, as the shipped vocabulary writes them where it knows them:
  // a beat that starts from nothing reads no money otherwise.
  const shipped = defaultVocabulary().source.currencies ?? [];
  const codes = [...new Set(facts.map((f) => f.unit).filter((u) => /^[A-Z]{3}$/.test(u)))].sort();
  const currencies = codes.map((code) => shipped.find((c) => c.code === code) ?? { id: code.toLowerCase(), code });
  return {
    $schema: 'https://factcheck.example/schemas/vocabulary.schema.json',
    version,
    extends: 'none',
    ...(events.size ? { eventKinds: [{ id: 'event' }] } : {}),
    ...(currencies.length ? { currencies } : {}),
    entities: [...entityIds].sort().map((id) => ({ id, name: nameOf(id, true), kind: 'organisation' as const, aliases: [nameOf(id, true)] })),
    measures: [...measures].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, m]) => ({ id, name: nameOf(id, false), unit: m.unit, subjects: [], actions: [], phrases: [nameOf(id, false)] })),
    events: [...events].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, e]) => ({ id, name: nameOf(id, false), kind: 'event', start: e.start, ...(e.end && e.end !== e.start ? { end: e.end } : {}), entities: [...e.entities].sort(), aliases: [nameOf(id, false)] })),
  };
}
