import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRows } from '../../shared/reference/rows.ts';
import { checkAgainstVocabulary } from '../../shared/reference/coverage.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { danglingIds } from '../../shared/vocabulary/file.ts';

// The CLI reads the shipped vocabulary and dataset without validating them on every run (a cold
// `check` is faster for it): they are validated here instead.
describe('the shipped vocabulary and dataset', () => {
  it('the vocabulary follows its schema and names no entity it lacks', () => {
    const v = Vocabulary.parse(JSON.parse(readFileSync('shared/vocabulary/vocabulary.json', 'utf8')));
    expect(danglingIds(v)).toEqual([]);
  });

  it('every fact follows its schema, once each, and the vocabulary knows every id it names', () => {
    const { facts, factRows, errors } = parseRows(readFileSync('reference/facts.json', 'utf8'), 'json');
    expect(errors).toEqual([]);
    expect(facts.length).toBeGreaterThan(200);
    const v = compileVocabulary(Vocabulary.parse(JSON.parse(readFileSync('shared/vocabulary/vocabulary.json', 'utf8'))));
    expect(checkAgainstVocabulary(facts, factRows, v)).toEqual([]);
  });
});
