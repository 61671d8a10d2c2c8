import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';

// Which measure a count with a noun of its own takes. A beat written for these tests: jobs in
// a league of mills, counted overall and for private mills alone.
const beat = compileVocabulary(
  Vocabulary.parse({
    version: 'measure-of-counted-noun-test',
    events: [],
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [
      { id: 'mill_jobs_change', name: 'change in mill jobs', unit: 'job', subjects: ['job', 'worker'], actions: ['added', 'cut', 'hiring'], phrases: ['mill payrolls', 'hiring'], kind: 'change', entity: 'ruritania' },
      { id: 'private_mill_jobs_change', name: 'change in private mill jobs', unit: 'job', subjects: ['private-mill job'], actions: ['added', 'cut'], phrases: ['private mills', 'private millers'], kind: 'change', entity: 'ruritania' },
    ],
  }),
);
const measures = (text: string) => extractClaims(new TextEncoder().encode(text), { published: '2025-03-10', vocabulary: beat }).claims.map((c) => [c.figure.text, c.framing.measure]);

describe('a count with a noun of its own', () => {
  it('takes the measure a phrase beside it names, where noun and verb fit a wider one too', () => {
    expect(measures('The guild said private millers added 2,300 jobs in February.')[0]).toEqual(['2,300 jobs', 'private_mill_jobs_change']);
  });

  it('keeps the noun\'s measure where the phrase may be another count\'s', () => {
    expect(measures('The private mills shut, and the guild says 1,200 jobs were added and 300 workers cut.').map((m) => m[1])).toEqual(['mill_jobs_change', 'mill_jobs_change']);
  });

  it('takes no measure from a phrase where no measure counts its noun ("two storms held hiring down")', () => {
    expect(measures('The strike and two coastal storms held hiring down.')).toEqual([['two coastal storms', null]]);
  });

  it('a bare count still takes the phrase beside it ("hiring slowed to 4,000")', () => {
    expect(measures('Hiring slowed to 4,000 in February.')[0]).toEqual(['4,000', 'mill_jobs_change']);
  });
});

describe('a count its own noun names before it', () => {
  it('takes no measure from a phrase beside it where no measure counts that noun ("an electorate of some 59 million")', () => {
    expect(measures('The vote drew on an electorate of some 59 million, out of a mill payrolls total of 60 million.')[0]).toEqual(['some 59 million', null]);
  });

  it('a noun a measure counts keeps it ("a workforce of 2,300 jobs" is no such case; "mill payrolls of 2,300" are)', () => {
    expect(measures('The guild reported mill payrolls of 2,300 in February.')[0]).toEqual(['2,300', 'mill_jobs_change']);
  });
});
