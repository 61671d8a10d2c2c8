import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A vocabulary lists a phrase "of X" once ("of national income"); the text puts the owner in
// between: "of its national income", "of the country's national income", "of Ruritania's
// national income". A beat written for these tests.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
  measures: [
    { id: 'flood_defence_share', name: 'flood defence spending as a share of national income', unit: '%', subjects: [], actions: [], phrases: ['of national income'] },
    { id: 'rail_budget', name: 'rail budget', unit: 'USD', subjects: [], actions: [], phrases: ['rail budget'] },
  ],
});
const measureOf = (text: string) => extractOn(beat, { published: '2025-06-10' })(text).claims.find((c) => c.figure.kind === 'percent')?.framing.measure;

describe('a phrase "of X" with an owner between', () => {
  it('names its measure after a pronoun, an article, or a name with its possessive', () => {
    expect(measureOf('Ruritania spent 1.4% of national income on flood defences in 2024.')).toBe('flood_defence_share');
    expect(measureOf('Ruritania spent 1.4% of its national income on flood defences in 2024.')).toBe('flood_defence_share');
    expect(measureOf('In 2024 that was 1.4% of the country’s national income.')).toBe('flood_defence_share');
    expect(measureOf('In 2024 that was 1.4% of Ruritania’s national income.')).toBe('flood_defence_share');
    expect(measureOf("In 2024 that was 1.4% of the Ruritanian Republic's national income.")).toBe('flood_defence_share');
  });

  it('not with other words between: then only words of the measure\'s name stand there, a weak reading', () => {
    const framing = (text: string) => extractOn(beat, { published: '2025-06-10' })(text).claims[0]!.framing;
    expect(framing('In 2024 that was 1.4% of the growth in national income.').measureVia).toBe('name');
    const owned = framing('In 2024 that was 1.4% of Ruritania’s national income.');
    expect([owned.measure, owned.measureVia]).toEqual(['flood_defence_share', undefined]);
  });
});
