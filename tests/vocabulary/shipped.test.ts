import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRows } from '../../shared/reference/rows.ts';
import { checkAgainstVocabulary } from '../../shared/reference/coverage.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { danglingIds } from '../../shared/vocabulary/file.ts';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

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

describe('the shipped beat\'s words for a share of GDP', () => {
  // Defence reporting names the whole of the spending share in several words: GDP, gross
  // domestic product, national income, economic output.
  const measureOf = (text: string) => {
    const v = compileVocabulary(Vocabulary.parse(JSON.parse(readFileSync('shared/vocabulary/vocabulary.json', 'utf8'))));
    return extractClaims(new TextEncoder().encode(text), { published: '2024-06-20', vocabulary: v }).claims.find((c) => c.figure.kind === 'percent')?.framing.measure;
  };
  it('reads "of national income" and "of economic output" as the share of GDP', () => {
    expect(measureOf('Armenia will put about 2.3% of its economic output into defence this year.')).toBe('military_expenditure_gdp_share');
    expect(measureOf('Azerbaijan spends 5% of its national income on defence.')).toBe('military_expenditure_gdp_share');
    expect(measureOf('Azerbaijan spends 5% of its GDP on defence.')).toBe('military_expenditure_gdp_share');
  });
});

describe('the shipped beat\'s nouns for an agreement', () => {
  // "The ceasefire", "the truce", "the accord": a writer names the agreement the article is about
  // by its kind's noun, which speaks of the one agreement the article named.
  it('dates the ceasefire the article names by "the ceasefire"', () => {
    const v = compileVocabulary(Vocabulary.parse(JSON.parse(readFileSync('shared/vocabulary/vocabulary.json', 'utf8'))));
    const doc = extractClaims(new TextEncoder().encode('Russia brokered a ceasefire agreement between the two sides.\n\nThe ceasefire was signed on 9 November 2020.'), { published: '2023-10-01', vocabulary: v });
    expect(doc.claims.find((c) => c.figure.kind === 'date')?.framing.event?.id).toBe('2020-ceasefire-statement');
  });
});
