/**
 * Checks a beat of the evaluation corpus without running the engine on its articles: the facts
 * file and the vocabulary validate, every fact names an entity, measure and event the beat's
 * vocabulary (or the shipped one) knows, the key validates, and every anchor is found in its
 * article. Usage: tsx eval/validate.ts [beat ...]   (all beats when none is named)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { BeatKey } from './key.ts';
import { parseRows, formatRowErrors } from '../shared/reference/rows.ts';
import { checkAgainstVocabulary } from '../shared/reference/coverage.ts';
import { loadVocabulary } from '../shared/vocabulary/file.ts';
import { defaultVocabulary } from '../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../shared/vocabulary/schema.ts';
import { locateAnchor, normView } from './anchors.ts';

const root = join(import.meta.dirname, 'beats');

export function validateBeat(beat: string): string[] {
  const dir = join(root, beat);
  const problems: string[] = [];
  const say = (s: string) => problems.push(`${beat}: ${s}`);
  const facts = parseRows(readFileSync(join(dir, 'facts.json'), 'utf8'), 'json');
  if (facts.errors.length) say(`facts.json:\n${formatRowErrors(facts.errors)}`);
  const vocabularyPath = join(dir, 'vocabulary.json');
  const ids = { entities: new Set<string>(), measures: new Set<string>(), events: new Set<string>() };
  const base = defaultVocabulary().source;
  for (const e of base.entities) ids.entities.add(e.id);
  for (const m of base.measures) ids.measures.add(m.id);
  for (const e of base.events) ids.events.add(e.id);
  if (existsSync(vocabularyPath)) {
    const v = Vocabulary.partial().strict().safeParse(JSON.parse(readFileSync(vocabularyPath, 'utf8')));
    if (!v.success) say(`vocabulary.json: ${z.prettifyError(v.error)}`);
    else {
      for (const e of v.data.entities ?? []) ids.entities.add(e.id);
      for (const m of v.data.measures ?? []) ids.measures.add(m.id);
      for (const e of v.data.events ?? []) ids.events.add(e.id);
    }
  }
  // What the engine will make of each fact, as `factcheck reference validate --vocabulary` reads it.
  if (existsSync(vocabularyPath) && !problems.some((p) => p.includes('vocabulary.json:'))) {
    for (const e of checkAgainstVocabulary(facts.facts, facts.factRows, loadVocabulary(vocabularyPath))) if (e.field === 'entities') say(`fact ${e.id}: ${e.message}`);
  }
  for (const f of facts.facts) {
    for (const e of f.entities) if (!ids.entities.has(e) && !/^[a-z]{3}$/.test(e)) say(`fact ${f.id}: entity '${e}' is in no vocabulary`);
    if (!ids.measures.has(f.measure) && !f.measure.endsWith('_ratio')) say(`fact ${f.id}: measure '${f.measure}' is in no vocabulary`);
    if (f.event && !ids.events.has(f.event)) say(`fact ${f.id}: event '${f.event}' is in no vocabulary`);
  }
  const key = BeatKey.safeParse(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')));
  if (!key.success) {
    say(`key.json: ${z.prettifyError(key.error)}`);
    return problems;
  }
  if (key.data.beat !== beat) say(`key.json names beat '${key.data.beat}', its folder is '${beat}'`);
  const seen = new Set<string>();
  for (const a of key.data.articles) {
    const path = join(dir, a.file);
    if (!existsSync(path)) {
      say(`${a.id}: no file ${a.file}`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const nv = normView(text);
    for (const c of a.claims) {
      if (seen.has(c.id)) say(`${a.id}: claim id ${c.id} is used twice`);
      seen.add(c.id);
      for (const anchor of [c, ...(c.more ?? [])]) {
        if (!locateAnchor(text, nv, anchor)) say(`${a.id} ${c.id}: anchor "${anchor.anchor}"${anchor.context ? ` in "${anchor.context}"` : ''} not found`);
      }
    }
    for (const n of a.nonClaims) {
      if (n.anchor && !locateAnchor(text, nv, { anchor: n.anchor, occurrence: n.occurrence, context: n.context })) say(`${a.id}: non-claim "${n.anchor}" not found`);
    }
  }
  return problems;
}

export function beats(): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'key.json'))).map((d) => d.name).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wanted = process.argv.slice(2);
  const list = wanted.length ? wanted : beats();
  let bad = 0;
  for (const b of list) {
    const problems = validateBeat(b);
    bad += problems.length;
    console.log(problems.length ? problems.join('\n') : `${b}: valid`);
  }
  process.exitCode = bad ? 1 : 0;
}
