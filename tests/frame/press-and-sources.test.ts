import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A place naming where a newspaper is from ("a Valdonian daily") says who wrote, not whose
// figure it is; the place as the subject of its own clause still is.
const beat = testBeat({
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
    { id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria', 'Ostrian'] },
    { id: 'statistics-ostria', name: 'Statistics Ostria', kind: 'source', aliases: ['Statistics Ostria'] },
    { id: 'freight-council', name: 'the Freight Council', kind: 'source', aliases: ['Freight Council'] },
  ],
  measures: [{ id: 'rail_share', name: 'share of freight by rail', unit: '%', subjects: [], actions: [], phrases: ['of freight by rail'] }],
});
const subjectOf = (text: string) => {
  const c = extractOn(beat, { published: '2025-06-10' })(text).claims.find((x) => x.figure.kind === 'percent')!;
  return c.framing.entities.filter((e) => e.role === 'subject').map((e) => e.id);
};

describe('a place before a press noun', () => {
  it.each([
    ['A Valdonian daily reported that Ostria moved 31% of freight by rail.', ['ostria']],
    ['An Ostrian broadsheet wrote that Valdonia sent 31% of freight by rail.', ['valdonia']],
  ])('%s', (text, want) => {
    expect(subjectOf(text)).toEqual(want);
  });

  it('is no subject where nobody else is named', () => {
    expect(subjectOf('A Valdonian tabloid claimed 31% of freight by rail.')).not.toContain('valdonia');
  });

  it('leaves a place that is the subject of its clause', () => {
    expect(subjectOf('Valdonia moved 31% of freight by rail, its papers said.')).toEqual(['valdonia']);
  });
});

describe('a body named after a country', () => {
  it('gives that country\'s figure when its sentence names no subject', () => {
    expect(subjectOf('Statistics Ostria said 31% of freight went by rail last year.')).toEqual(['ostria']);
  });

  it('not another country\'s named in the sentence, and a body with no country in its name gives none', () => {
    expect(subjectOf('Statistics Ostria said Valdonia moved 31% of freight by rail.')).toEqual(['valdonia']);
    expect(subjectOf('The Freight Council said 31% of freight went by rail last year.')).toEqual([]);
  });
});
