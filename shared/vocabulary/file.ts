import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as z from 'zod';
import { printable } from '../calendar.ts';
import { VocabularyFile, type Vocabulary } from './schema.ts';
import { compileVocabulary, defaultVocabulary, VocabularyError, type CompiledVocabulary } from './vocabulary.ts';

/** Lists of words in an entry: a user's entry with a shipped id adds to them. */
const LIST_FIELDS = new Set(['aliases', 'subjects', 'actions', 'phrases', 'implied', 'eventKinds', 'subjectKinds', 'entities', 'cues', 'nouns', 'symbols', 'words']);

/**
 * A user's entry over the shipped one of the same id: its words added to the shipped lists, its
 * other fields in place of the shipped ones; the whole entry in place of the shipped one when it
 * says `"replace": true`.
 */
function mergeEntry<T extends { id: string; replace?: boolean | undefined }>(shipped: T, own: T): T {
  const { replace: whole, ...rest } = own;
  if (whole) return rest as T;
  const out: Record<string, unknown> = { ...shipped };
  for (const [k, v] of Object.entries(rest)) {
    if (LIST_FIELDS.has(k) && Array.isArray(v) && Array.isArray(out[k])) {
      const seen = new Set((out[k] as unknown[]).map((x) => JSON.stringify(x)));
      out[k] = [...(out[k] as unknown[]), ...v.filter((x) => !seen.has(JSON.stringify(x)))];
    } else out[k] = v;
  }
  return out as T;
}

function mergeById<T extends { id: string; replace?: boolean | undefined }>(shipped: readonly T[], own: readonly T[] | undefined): T[] {
  const byId = new Map(shipped.map((x) => [x.id, x] as const));
  for (const x of own ?? []) {
    const base = byId.get(x.id);
    if (base) byId.set(x.id, mergeEntry(base, x));
    else {
      const { replace: _, ...rest } = x;
      byId.set(x.id, rest as T);
    }
  }
  return [...byId.values()];
}

/** Every issue of a vocabulary file, one per line, each with the path to its field. */
function formatIssues(error: z.ZodError): string {
  // One line per issue, whatever a key or a value of the file holds.
  return error.issues.map((i) => `  ${i.path.length ? printable(i.path.join('.')) : '(file)'}: ${printable(i.message)}`).join('\n');
}

/**
 * A vocabulary file merged over what it extends (the shipped vocabulary unless it says
 * `"extends": "none"`), checked as a whole: an entity a measure or event names must exist.
 */
export function vocabularyFromFile(json: unknown, name = 'vocabulary'): CompiledVocabulary {
  const file = VocabularyFile.safeParse(json);
  if (!file.success) throw new VocabularyError(`${name} is invalid:\n${formatIssues(file.error)}`);
  const own = file.data;
  const twice = duplicateIds(own);
  // (A value quoted from the file may hold a line break: each problem stays on its own line.)
  if (twice.length) throw new VocabularyError(`${name} is invalid:\n${twice.map((p) => `  ${printable(p)}`).join('\n')}`);
  const base: Vocabulary = own.extends === 'none' ? { version: 'none', entities: [], measures: [], events: [] } : defaultVocabulary().source;
  const words = (a: readonly string[] | undefined, b: readonly string[] | undefined) => [...new Set([...(a ?? []), ...(b ?? [])])];
  const home = own.home ?? base.home;
  // A file without a version of its own is told apart by its content.
  const version = own.version ?? `${base.version}+${createHash('sha256').update(JSON.stringify(own)).digest('hex').slice(0, 8)}`;
  const merged: Vocabulary = {
    version,
    ...(home ? { home } : {}),
    entities: mergeById(base.entities, own.entities),
    measures: mergeById(base.measures, own.measures),
    events: mergeById(base.events, own.events),
    eventKinds: mergeById(base.eventKinds ?? [], own.eventKinds),
    sources: mergeById(base.sources ?? [], own.sources),
    currencies: mergeById(base.currencies ?? [], own.currencies),
    modifiers: words(base.modifiers, own.modifiers),
    plurals: words(base.plurals, own.plurals),
  };
  const problems = danglingIds(merged);
  if (problems.length) throw new VocabularyError(`${name} is invalid:\n${problems.map((p) => `  ${printable(p)}`).join('\n')}`);
  return compileVocabulary(merged);
}

/** Ids a vocabulary refers to that it does not define: an event's entities, a measure's owner, the home. */
export function danglingIds(v: Vocabulary): string[] {
  const entities = new Set(v.entities.map((e) => e.id));
  const out: string[] = [];
  if (v.home && !entities.has(v.home)) out.push(`home: no entity "${v.home}"`);
  v.measures.forEach((m) => {
    if (m.entity && !entities.has(m.entity)) out.push(`measures (${m.id}).entity: no entity "${m.entity}"`);
    if (m.bar && !v.measures.some((x) => x.id === m.bar)) out.push(`measures (${m.id}).bar: no measure "${m.bar}"`);
    if (m.changeOf && !v.measures.some((x) => x.id === m.changeOf)) out.push(`measures (${m.id}).changeOf: no measure "${m.changeOf}"`);
    if (m.changeOf && m.unit !== '%') out.push(`measures (${m.id}).changeOf: a change of another measure is stated in %, not ${m.unit}`);
  });
  const kinds = new Set((v.eventKinds ?? []).map((k) => k.id));
  const kindList = () => (kinds.size ? [...kinds].join(', ') : 'none is declared');
  v.measures.forEach((m) => {
    for (const k of m.eventKinds ?? []) if (!kinds.has(k)) out.push(`measures (${m.id}).eventKinds: no event kind "${k}" in eventKinds (${kindList()})`);
  });
  v.events.forEach((e) => {
    for (const id of e.entities) if (!entities.has(id)) out.push(`events (${e.id}).entities: no entity "${id}"`);
    if (!kinds.has(e.kind)) out.push(`events (${e.id}).kind: no event kind "${e.kind}" in eventKinds (${kindList()})`);
  });
  (v.sources ?? []).forEach((x) => {
    if (x.party && !entities.has(x.party)) out.push(`sources (${x.id}).party: no entity "${x.party}"`);
  });
  const codes = new Map<string, string>();
  (v.currencies ?? []).forEach((c) => {
    const other = codes.get(c.code);
    if (other) out.push(`currencies (${c.id}).code: "${c.code}" is also the code of ${other}`);
    codes.set(c.code, c.id);
  });
  return out;
}

/** Ids a file defines twice in one list: the second would silently win. */
function duplicateIds(f: VocabularyFile): string[] {
  const out: string[] = [];
  for (const [list, items] of [['entities', f.entities], ['measures', f.measures], ['events', f.events], ['eventKinds', f.eventKinds], ['sources', f.sources], ['currencies', f.currencies]] as const) {
    const seen = new Set<string>();
    (items ?? []).forEach((x, i) => {
      if (seen.has(x.id)) out.push(`${list}.${i}.id: "${x.id}" is defined twice`);
      seen.add(x.id);
    });
  }
  return out;
}

/** A vocabulary file read from disk (`--vocabulary FILE`): see vocabularyFromFile. */
export function loadVocabulary(path: string): CompiledVocabulary {
  let json: unknown;
  try {
    // A byte order mark, as some editors write one, is not part of the JSON.
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
  } catch (err) {
    throw new VocabularyError(`cannot read vocabulary ${printable(path)}: ${printable((err as Error).message)}`);
  }
  return vocabularyFromFile(json, `vocabulary ${printable(path)}`);
}
