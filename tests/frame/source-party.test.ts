import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A source that gives its own party's figures: a guild office counts the guild's own millers.
// A beat written for these tests: two guilds' millers hurt in a flood, each guild's office
// counting its own, and an independent inspectorate.
const ENTITIES = [
  { id: 'north-guild', name: 'the North Guild', kind: 'organisation', aliases: ['North Guild'] },
  { id: 'south-guild', name: 'the South Guild', kind: 'organisation', aliases: ['South Guild'] },
  { id: 'north-office', name: 'the North Guild\'s records office', kind: 'source', party: 'north-guild', aliases: ['North Office', 'records office'] },
  { id: 'inspectorate', name: 'the Mill Inspectorate', kind: 'source', aliases: ['Mill Inspectorate'] },
];
const beat = testBeat({
  entities: ENTITIES,
  measures: [{ id: 'millers_hurt', name: 'millers hurt', unit: 'person', subjects: ['miller'], actions: ['hurt', 'injured'] }],
});
const facts = [
  fact({ id: 'north-hurt', measure: 'millers_hurt', entities: ['north-guild'], unit: 'person', period: { from: '2024-05-01', to: '2024-05-31' }, asOf: '2024-06-03', value: 74 }),
  fact({ id: 'south-hurt', measure: 'millers_hurt', entities: ['south-guild'], unit: 'person', period: { from: '2024-05-01', to: '2024-05-31' }, asOf: '2024-06-03', value: 12 }),
];
const judgeText = judgeOn(beat, facts, { published: '2024-07-01' });
const judge = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;

describe('a source that gives its party\'s own figures', () => {
  it('names the subject of a figure it gives where its sentence names none, a weak reading', async () => {
    const c = await judge('In May the records office said 74 millers were hurt.');
    expect(c.framing?.entities.find((e) => e.role === 'subject')).toMatchObject({ id: 'north-guild', via: 'party' });
    expect(c.frame?.subject.confidence).toBe('low');
    expect(c.verdict).toBe('supported');
    // Weak: a wrong count is not contradicted on it.
    expect((await judge('In May the records office said 90 millers were hurt.')).verdict).toBe('unverifiable');
  });

  it('gives way to a subject the sentence names, and a source with no party names none', async () => {
    const other = await judge('In May the records office said the South Guild had 12 millers hurt.');
    expect(other.framing?.entities.some((e) => e.role === 'subject' && e.id === 'north-guild')).toBe(false);
    const independent = await judge('In May the Mill Inspectorate said 74 millers were hurt.');
    expect(independent.framing?.entities.some((e) => e.role === 'subject')).toBe(false);
  });
});

describe('a statement\'s day after the list of figures it gave', () => {
  const times = (text: string) => extractOn(beat, { published: '2024-07-01' })(text).claims.filter((c) => c.figure.kind === 'count').map((c) => c.framing.time);
  it('is the day of every figure of the list ("announced 74 hurt, 12 missing and 3 dead on 3 June")', () => {
    expect(times('The records office announced 74 hurt, 12 missing and 3 dead on 3 June.').map((t) => t.to)).toEqual(['2024-06-03', '2024-06-03', '2024-06-03']);
  });

  it('but only the nearest figure\'s where no verb of stating gives the list', () => {
    const t = times('Floods left 74 hurt, and the office confirmed 12 missing on 3 June.');
    expect(t[0]!.to).not.toBe('2024-06-03');
    expect(t[1]!.to).toBe('2024-06-03');
  });
});

describe('a bare number a source counts or settles on', () => {
  // Two measures of the same unit, so that no bare number is read as the article's one measure.
  const two = testBeat({
    entities: ENTITIES,
    measures: [
      { id: 'millers_hurt', name: 'millers hurt', unit: 'person', subjects: ['miller'], actions: ['hurt', 'injured'] },
      { id: 'millers_missing', name: 'millers missing', unit: 'person', subjects: ['miller'], actions: ['missing'] },
    ],
  });
  const judgeText = judgeOn(two, facts, { published: '2024-07-01' });
  const judgeAll = async (text: string) => (await judgeText(text)).filter(ofKind('count'));
  it('counts what the paragraph counts ("… the records office later settled on 74"), a weak reading', async () => {
    for (const verb of ['counted', 'settled on', 'arrived at', 'registered']) {
      const [, , c] = await judgeAll(`In the first week the Mill Inspectorate counted 9 millers missing and put the number of millers hurt at 60. The records office later ${verb} 74.`);
      expect(c!.framing?.measure, verb).toBe('millers_hurt');
      expect(c!.frame?.measure.confidence).toBe('low');
      expect(c!.verdict, verb).toBe('supported');
    }
    // Weak: a wrong count is not contradicted on it.
    const [, , wrong] = await judgeAll('In the first week the Mill Inspectorate counted 9 millers missing and put the number of millers hurt at 60. The records office later counted 90.');
    expect(wrong!.verdict).toBe('unverifiable');
  });

  it('but a bare number after another verb, or in another paragraph, counts nothing', async () => {
    const [, , kept] = await judgeAll('In the first week the Mill Inspectorate counted 9 millers missing and put the number of millers hurt at 60. The records office later kept 74.');
    expect(kept!.framing?.measure ?? null).toBeNull();
    const [, , apart] = await judgeAll('In the first week the Mill Inspectorate counted 9 millers missing and put the number of millers hurt at 60.\n\nThe records office later counted 74.');
    expect(apart!.framing?.measure ?? null).toBeNull();
  });
});

describe('a clause of cause after a comma', () => {
  it('is no part of the figure\'s clause: a place named in it is no rival to the source\'s party', async () => {
    const c = await judge('The records office counts 74 millers hurt, because it includes the apprentices who were at the weir in South Guild country.');
    expect(c.framing?.entities.find((e) => e.role === 'subject')).toMatchObject({ id: 'north-guild', via: 'party' });
    expect(c.verdict).toBe('supported');
  });
});

describe('a figure its sentence says a source gave', () => {
  const releases = [
    fact({ id: 'office-june', measure: 'millers_hurt', entities: ['north-guild'], unit: 'person', period: { from: '2024-05-01', to: '2024-05-31' }, asOf: '2024-06-03', value: 74, side: 'north-office' }),
    fact({ id: 'office-sept', measure: 'millers_hurt', entities: ['north-guild'], unit: 'person', period: { from: '2024-05-01', to: '2024-05-31' }, asOf: '2024-09-01', value: 90, side: 'north-office' }),
  ];
  const judgeText = judgeOn(beat, releases, { published: '2025-03-01' });
  const judgeLater = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;
  it('is true as stated where that source gave it at some time before the article, whatever it said later', async () => {
    const c = await judgeLater('After the flood the records office announced that 74 North Guild millers were hurt.');
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toMatch(/^Read as the figure .* gave on 3 June 2024/);
  });

  it('but not a figure that source never gave, nor one the sentence gives no source for', async () => {
    expect((await judgeLater('After the flood the records office announced that 80 North Guild millers were hurt.')).verdict).not.toBe('supported');
    expect((await judgeLater('After the flood 74 North Guild millers were hurt.')).verdict).not.toBe('supported');
  });
});
