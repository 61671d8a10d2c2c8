import { describe, expect, it } from 'vitest';
import { checkAgainstVocabulary } from '../../shared/reference/coverage.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: the guild of Valdonia elects its master, and the candidates'
// shares of the ballots are what is checked. The 2024 ballot is the only one the vocabulary
// knows; the 2018 one it does not.
const beatWith = (personKinds: boolean) =>
  testBeat({
    eventKinds: [{ id: 'ballot', nouns: ['ballot', 'guild ballot'] }],
    entities: [
      { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
      { id: 'halvorsen', name: 'Mira Halvorsen', kind: 'person', aliases: ['Halvorsen', 'Mira Halvorsen'] },
      { id: 'brand', name: 'Otto Brand', kind: 'person', aliases: ['Brand', 'Otto Brand'] },
      { id: 'tellers', name: 'the guild tellers', kind: 'source', aliases: ['tellers'] },
    ],
    measures: [
      {
        id: 'ballot_share',
        name: 'share of the ballots',
        unit: '%',
        subjects: [],
        actions: ['won', 'took'],
        phrases: ['of the ballots', 'share of the ballots'],
        eventKinds: ['ballot'],
        subjectKinds: personKinds ? ['person', 'alliance'] : ['alliance'],
      },
    ],
    events: [{ id: 'guild-ballot-2024', name: 'the 2024 guild ballot', kind: 'ballot', start: '2024-05-12', entities: ['valdonia'], aliases: ['2024 guild ballot', 'May ballot'] }],
  });
const beat = beatWith(true);
const facts = [
  fact({ id: 'halvorsen-2024', measure: 'ballot_share', entities: ['halvorsen'], event: 'guild-ballot-2024', unit: '%', asOf: '2024-05-13', value: 51.2, date: { start: '2024-05-12', precision: 'day' } }),
  fact({ id: 'brand-2024', measure: 'ballot_share', entities: ['brand'], event: 'guild-ballot-2024', unit: '%', asOf: '2024-05-13', value: 44.2, date: { start: '2024-05-12', precision: 'day' } }),
];
const LEAD = 'The May ballot of 12 May 2024 was the closest the guild has held.';
const judgeText = judgeOn(beat, facts, { published: '2025-01-10', heading: LEAD });
const judge = async (text: string) => (await judgeText(text)).filter(ofKind('percent'));

describe('a person as whose figure it is', () => {
  it('only for a measure whose subjectKinds list persons: the person named before the figure', async () => {
    const [c] = await judge('Halvorsen won 51.2% of the ballots.');
    expect(c!.framing?.entities.find((e) => e.role === 'subject')?.id).toBe('halvorsen');
    expect(c!.verdict).toBe('supported');
    expect((await judge('Halvorsen won 44.2% of the ballots.'))[0]!.verdict).toBe('contradicted');
    // A measure that does not list persons reads the person as context, as before.
    const other = beatWith(false);
    const doc = extractOn(other, { published: '2025-01-10', heading: LEAD })('Halvorsen won 51.2% of the ballots.');
    expect(doc.claims.find((x) => x.figure.kind === 'percent')!.framing.entities.some((e) => e.role === 'subject')).toBe(false);
  });

  it('the person a figure is given to, right after it, before one named earlier ("51.2% for Halvorsen and 44.2% for Brand")', async () => {
    const claims = await judge('The tellers declared 51.2% of the ballots for Halvorsen and 44.2% for Brand.');
    expect(claims.map((c) => c.framing?.entities.find((e) => e.role === 'subject')?.id)).toEqual(['halvorsen', 'brand']);
    expect(claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
  });

  it('not one named before another figure of the clause, nor one who only speaks', async () => {
    const [, second] = await judge('Halvorsen won 51.2% of the ballots and 44.2% went elsewhere.');
    expect(second!.framing?.entities.find((e) => e.role === 'subject')?.id).not.toBe('halvorsen');
    const [spoken] = await judge('Brand said 51.2% of the ballots were counted by noon.');
    expect(spoken!.framing?.entities.find((e) => e.role === 'subject')?.id).toBeUndefined();
  });

  it('a fact about a person is flagged when its measure does not list persons: no claim could find it', () => {
    const rows = checkAgainstVocabulary(facts, [1, 2], beatWith(false));
    expect(rows.map((r) => [r.id, r.field])).toEqual([['halvorsen-2024', 'entities'], ['brand-2024', 'entities']]);
    expect(rows[0]!.message).toMatch(/halvorsen: person.*subjectKinds: alliance/);
    expect(checkAgainstVocabulary(facts, [1, 2], beat)).toEqual([]);
  });
});

describe('another contest of the same kind', () => {
  it('"In the 2018 ballot, Halvorsen won 67.8%": the year names another event than the one taken from context, and its figures are of that year', async () => {
    for (const text of ['In the 2018 guild ballot, Halvorsen won 67.8% of the ballots.', 'Halvorsen won 67.8% of the ballots in the 2018 ballot.', 'In the ballot of 2018, Halvorsen won 67.8% of the ballots.']) {
      const [c] = await judge(text);
      expect(c!.framing?.event ?? null, text).toBeNull();
      expect(c!.framing?.time, text).toMatchObject({ from: '2018', basis: 'explicit' });
      expect(c!.verdict, text).toBe('unverifiable');
    }
    // The year of the event itself changes nothing.
    expect((await judge('In the 2024 ballot, Halvorsen won 44.2% of the ballots.'))[0]!.verdict).toBe('contradicted');
  });

  it('"…, who had won 67.8% six years earlier, …": a span with "earlier" or "later" moves its stretch of the clause to another year', async () => {
    const claims = await judge('Brand won 44.2% of the ballots, and Halvorsen, who had won 67.8% six years earlier, took 51.2%.');
    const byText = Object.fromEntries(claims.map((c) => [c.figure.text, c]));
    expect(byText['67.8%']!.framing?.time).toMatchObject({ from: '2018', basis: 'explicit' });
    expect(byText['67.8%']!.verdict).toBe('unverifiable');
    // The rest of the clause keeps the event's time.
    expect(byText['51.2%']!.verdict).toBe('supported');
    const [headed] = await judge('Six years earlier, Halvorsen won 67.8% of the ballots.');
    expect(headed!.framing?.time).toMatchObject({ from: '2018' });
    expect(headed!.verdict).toBe('unverifiable');
  });
});

describe('a poll\'s figure', () => {
  it('is no outcome: "polls gave Halvorsen 40%", "an exit poll put Brand at 35%"', async () => {
    for (const text of ['Before the count, polls gave Halvorsen 40% of the ballots.', 'An exit poll put Brand at 35% of the ballots.', 'Pollsters had Brand on 35% of the ballots.']) {
      const [c] = await judge(text);
      expect(c!.frame?.status.value, text).toBe('forecast');
      expect(c!.verdict, text).toBe('unverifiable');
    }
  });

  it('but "went to the polls" is where ballots are cast, said of the outcome', async () => {
    const [c] = await judge('When Valdonia went to the polls, Halvorsen won 44.2% of the ballots.');
    expect(c!.frame?.status.value).toBe('reported');
  });
});
