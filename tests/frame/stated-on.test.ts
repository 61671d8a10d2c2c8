import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// The day a source gave a running count is the day the count stood so: "On 3 June the league's
// office said 212 clubs had folded" quotes the count of 3 June, not the one current when the
// article appeared. A beat written for these tests: clubs of a league folding over a season.
const beat = testBeat({
  entities: [{ id: 'league', name: 'the Valdonian League', kind: 'organisation', aliases: ['Valdonian League', 'league'] }],
  measures: [{ id: 'clubs_folded', name: 'clubs folded', unit: 'club', subjects: ['club'], actions: ['folded', 'closed'] }],
});
const PUBLISHED = '2025-07-01';
const frames = (text: string) => extractOn(beat, { published: PUBLISHED })(text).claims;
const timeOf = (text: string, figure: string) => frames(text).find((c) => c.figure.text === figure)!.framing.time;

describe('the day a source stated a count', () => {
  it('heading the statement, is the as-of day of every count after it in its clause', () => {
    const text = 'On 3 June the Valdonian League said 212 clubs had folded and 40 clubs had closed.';
    expect(timeOf(text, '212 clubs')).toEqual({ to: '2025-06-03', basis: 'as-of', stated: true });
    expect(timeOf(text, '40 clubs')).toEqual({ to: '2025-06-03', basis: 'as-of', stated: true });
  });

  it('after the counts, is the nearest one\'s alone', () => {
    const text = 'The tally reached 230 clubs, above the 212 clubs the Valdonian League announced on 3 June.';
    expect(timeOf(text, '212 clubs')).toEqual({ to: '2025-06-03', basis: 'as-of', stated: true });
    expect(timeOf(text, '230 clubs').basis).toBe('publication');
  });

  it('a participle of giving counts as a verb of speech: "the first count, given on 3 June, had been 212"', () => {
    expect(timeOf('The first count, given on 3 June, had been 212 clubs.', '212 clubs')).toEqual({ to: '2025-06-03', basis: 'as-of', stated: true });
  });

  it('"by" or "as of" a day is the count as it stood then, with or without a verb of speech', () => {
    expect(timeOf('By 20 June, 230 clubs had folded across the Valdonian League.', '230 clubs')).toEqual({ to: '2025-06-20', basis: 'as-of', stated: true });
  });

  it('does not reach a clause of its own, or a day that is no statement\'s', () => {
    expect(timeOf('On 3 June the Valdonian League met in the capital; 230 clubs have folded.', '230 clubs').basis).toBe('publication');
    expect(timeOf('On 3 June the Valdonian League met, and 230 clubs have folded.', '230 clubs').basis).toBe('publication');
  });

  it('chooses the revision the source had given that day', async () => {
    const facts = [
      fact({ id: 'folded-june-3', measure: 'clubs_folded', entities: ['league'], unit: 'club', asOf: '2025-06-03', value: 212 }),
      fact({ id: 'folded-june-20', measure: 'clubs_folded', entities: ['league'], unit: 'club', asOf: '2025-06-20', value: 230 }),
    ];
    const judgeText = judgeOn(beat, facts, { published: PUBLISHED });
    const judge = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;
    expect((await judge('On 3 June the Valdonian League said 212 clubs had folded.')).verdict).toBe('supported');
    // The count of that day was 212, yet the table's figure of a day may be another source's, or
    // miss a revision given that day: a weak reading, which never contradicts.
    const wrong = await judge('On 3 June the Valdonian League said 250 clubs had folded.');
    expect(wrong.verdict).toBe('unverifiable');
    expect(wrong.frame?.time.confidence).toBe('low');
  });
});

// "the league said in May", "In May the league forecast that …": the month a source spoke is a
// claim of its own (when it spoke), and the day its figures stood, not their period.
describe('the month a source stated a count', () => {
  const claim = (text: string, figure: string) => frames(text).find((c) => c.figure.text === figure);

  it('right after its verb, is a claim and the as-of day of the figures after it', () => {
    const text = 'The Valdonian League said in May that 212 clubs had folded.';
    expect(claim(text, 'May')?.figure.date?.start).toBe('2025-05');
    expect(claim(text, '212 clubs')!.framing.time).toEqual({ to: '2025-05-31', basis: 'as-of', stated: true });
  });

  it('ending the sentence, is the as-of day of the figures before it', () => {
    expect(claim('Some 212 clubs have folded, the Valdonian League said in May.', 'Some 212 clubs')!.framing.time).toEqual({ to: '2025-05-31', basis: 'as-of', stated: true });
  });

  it('heading a clause whose verb is one of saying, is the as-of day of what follows', () => {
    const text = 'In May the Valdonian League said that 212 clubs had folded.';
    expect(claim(text, 'May')).toBeDefined();
    expect(claim(text, '212 clubs')!.framing.time).toEqual({ to: '2025-05-31', basis: 'as-of', stated: true });
  });

  it('heading a clause whose verb gives or revises a source\'s own figure, is the as-of day of what follows', () => {
    for (const text of ['In May the Valdonian League gave 212 clubs.', 'In May, the Valdonian League settled on 212 clubs.', 'In May it raised its estimate to 212 clubs.', 'In May the league put the number at 212 clubs.']) {
      expect(claim(text, 'May')?.figure.date?.start).toBe('2025-05');
      expect(claim(text, '212 clubs')!.framing.time).toEqual({ to: '2025-05-31', basis: 'as-of', stated: true });
    }
    // A verb of what happened to the things counted is no source's: the month is their period.
    expect(claim('In May the league closed 212 clubs.', 'May')).toBeUndefined();
    expect(claim('In May the league cut 212 clubs.', '212 clubs')!.framing.time).toMatchObject({ from: '2025-05', basis: 'explicit' });
  });

  it('leaves a figure its own period', () => {
    expect(claim('The Valdonian League said in May that 212 clubs folded in 2024.', '212 clubs')!.framing.time).toEqual({ from: '2024', to: '2024', basis: 'explicit' });
  });

  it('takes its year from the article\'s date, not from the period of the figures', () => {
    expect(claim('Some 40 clubs folded in 2024, the Valdonian League said in February.', 'February')?.figure.date?.start).toBe('2025-02');
  });

  it('is no statement\'s month without a verb of saying, nor a year heading the sentence', () => {
    expect(claim('Some 40 clubs folded in May.', 'May')).toBeUndefined();
    expect(claim('Some 40 clubs folded in May.', 'Some 40 clubs')!.framing.time).toMatchObject({ from: '2025-05', basis: 'explicit' });
    expect(claim('In 2024 the Valdonian League said 40 clubs had folded.', '40 clubs')!.framing.time).toEqual({ from: '2024', to: '2024', basis: 'explicit' });
  });
});
