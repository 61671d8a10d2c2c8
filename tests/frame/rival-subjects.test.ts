import { describe, expect, it } from 'vitest';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// A second country in a figure's clause makes its subject a guess ("two possible subjects"),
// except where the grammar says whose the figure is: a subject in apposition with the figure
// ("Ruritania, at 2.4% of GDP, …"), or a rival named only after a "than" (what the figure is set
// against). A beat written for these tests.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Fredburg'] },
  ],
  measures: [
    { id: 'aid_share', name: 'aid as a share of national income', unit: '%', subjects: [], actions: [], phrases: ['of national income'] },
    { id: 'teachers_hired', name: 'teachers hired', unit: 'person', subjects: ['teacher'], actions: ['hired'] },
  ],
});

const judgeText = judgeOn(beat, [], { published: '2025-06-10' });
const subjectOf = async (text: string, quote: string) => (await judgeText(text)).find((c) => c.figure.text === quote)!.frame!.subject;

describe('whose figure, when a clause names two countries', () => {
  it('a subject in apposition with the figure owns it', async () => {
    expect(await subjectOf('Ruritania, at 0.7% of national income last year, is under pressure from Freedonia to give more.', '0.7%')).toMatchObject({ value: ['ruritania'], confidence: 'high' });
    expect(await subjectOf('Ruritania, with 0.7% of national income, is well ahead of Freedonia.', '0.7%')).toMatchObject({ value: ['ruritania'], confidence: 'high' });
  });

  it('a rival named after "than" is what the figure is set against, not a possible owner', async () => {
    expect(await subjectOf('Ruritania hired 4,000 teachers last year, far more than Fredburg admits.', '4,000 teachers')).toMatchObject({ value: ['ruritania'], confidence: 'high' });
  });

  it('a rival named after "than" before the figure is set against it too ("in Ruritania … lower than Freedonia\'s, at 0.7%")', async () => {
    expect(await subjectOf('In neighbouring Ruritania, aid last year was even lower than Freedonia\'s, at 0.7% of national income.', '0.7%')).toMatchObject({ value: ['ruritania'] });
    // (A rival all the same: the name set against the subject may own a figure after it.)
    expect(await subjectOf('Ruritania now gives more than Freedonia, ranked first with 0.7% of national income.', '0.7%')).toMatchObject({ confidence: 'low', reason: expect.stringContaining('Freedonia') });
  });

  it('otherwise two countries in the clause leave the subject a guess', async () => {
    expect(await subjectOf('Ruritania hired 4,000 teachers last year with money from Freedonia.', '4,000 teachers')).toMatchObject({ confidence: 'low', reason: expect.stringContaining('two possible subjects') });
    expect(await subjectOf('Ruritania at last gave 0.7% of national income, pressed by Freedonia.', '0.7%')).toMatchObject({ confidence: 'low' });
  });
});

describe('the whole a superlative ranks in', () => {
  it('is not whose figure it is ("the highest ratio among Freedonia and its neighbours, up from 0.5%")', async () => {
    const s = await subjectOf('Ruritania gave 0.7% of national income, the highest ratio among Freedonia and its neighbours, and up from 0.5% of national income in 2023.', '0.5%');
    expect(s.value).toEqual(['ruritania']);
  });
});

describe('the owner of a superlative', () => {
  it('is the whole it ranks in, not whose figure ("Ruritania was Freedonia\'s second-largest donor, with 0.7%")', async () => {
    expect(await subjectOf('Ruritania remained Freedonia\'s biggest employer in 2024 and hired 4,000 teachers.', '4,000 teachers')).toMatchObject({ value: ['ruritania'] });
    expect(await subjectOf('Last year Ruritania was Freedonia\'s second-largest donor, with 0.7% of national income.', '0.7%')).toMatchObject({ value: ['ruritania'] });
  });
});

describe('a name a few words after a superlative', () => {
  it('is the field it ranks in ("the largest global donor", "the top donor globally")', async () => {
    const withWorld = testBeat({
      entities: [
        { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
        { id: 'world', name: 'the world', kind: 'region', aliases: ['global', 'globally', 'world'] },
      ],
      measures: [{ id: 'aid_share', name: 'aid as a share of national income', unit: '%', subjects: [], actions: [], phrases: ['of national income'] }],
    });
    const subject = async (text: string) => (await judgeOn(withWorld, [], { published: '2025-06-10' })(text)).find((c) => c.figure.text === '0.7%')!.frame!.subject;
    expect(await subject('In 2024 Ruritania remained the largest global donor, with 0.7% of national income.')).toMatchObject({ value: ['ruritania'] });
    expect(await subject('Ruritania stayed the top aid donor globally in 2024, giving 0.7% of national income.')).toMatchObject({ value: ['ruritania'] });
  });
});

describe('a superlative with "of"', () => {
  it('names whose figure it is ("the largest share of Ruritania\'s national income, 0.7%")', async () => {
    const s = await subjectOf('Aid took the largest share of Ruritania\'s national income, 0.7% of national income in 2023.', '0.7%');
    expect(s.value).toEqual(['ruritania']);
  });
});
