import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// Sources disagree on a figure (a river authority counts 190 displaced by a flood, one party's
// ministry 33): a claim that fits one is disputed. But where its sentence says whose figure it
// quotes ("according to the river authority") and that source gives it, the claim is true as
// stated: supported, with the other sources' figures beside it. A beat written for these tests.
const beat = testBeat({
  eventKinds: [{ id: 'flood', nouns: ['flood'] }],
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
    { id: 'river-authority', name: 'the Delta River Authority', kind: 'source', aliases: ['river authority', 'Delta River Authority'] },
    { id: 'freedonia-ministry', name: 'the Freedonian interior ministry', kind: 'source', aliases: ['Freedonian ministry', 'interior ministry'] },
  ],
  events: [{ id: 'delta-flood', name: 'the Delta flood of 2019', kind: 'flood', start: '2019-05-02', end: '2019-05-20', entities: ['ruritania', 'freedonia'], aliases: ['Delta flood'] }],
  measures: [{ id: 'displaced', name: 'people displaced', unit: 'person', subjects: ['people', 'person', 'resident'], actions: ['displaced'], phrases: [] }],
  sources: [{ id: 'freedonia-ministry', name: 'the Freedonian interior ministry', party: 'freedonia' }],
});
const source = (organisation: string) => ({ organisation, title: 'A test page', url: 'https://example.org/flood', published: '2019-07-01', retrieved: '2026-12-01' });
const displaced = (id: string, side: string, value: number): ReferenceFact =>
  ({ id, entities: ['ruritania', 'freedonia'], measure: 'displaced', event: 'delta-flood', unit: 'person', value, precision: 10, asOf: '2019-07-01', side, source: source(side) }) as ReferenceFact;
const facts = [displaced('authority', 'river-authority', 190), displaced('ministry', 'freedonia-ministry', 33)];

const judgeText = judgeOn(beat, facts, { published: '2019-09-01' });
const verdictOf = async (text: string) => (await judgeText(text)).find(ofKind('count'))!;

describe('a figure the sentence attributes to its source', () => {
  it('is supported where that source gives it, with the others shown', async () => {
    const c = await verdictOf('Some 190 people were displaced by the Delta flood, according to the river authority.');
    expect(c.verdict).toBe('supported');
    expect(c.explanation).toMatch(/attributes it to the Delta River Authority, whose figure it is\. Other sources differ: freedonia: 33/);
  });

  it('without the attribution, sources disagree', async () => {
    expect((await verdictOf('Some 190 people were displaced by the Delta flood.')).verdict).toBe('disputed');
  });

  it('attributed to a source that does not give it, sources still disagree', async () => {
    expect((await verdictOf('Some 190 people were displaced by the Delta flood, according to the Freedonian ministry.')).verdict).toBe('disputed');
  });
});

describe('a table row labelled by a source', () => {
  // (The same two counts, of Ruritania alone and of no event: a table's cells take no event from
  // the text around them, and their subject from the caption.)
  const undated = facts.map((f) => ({ ...f, entities: ['ruritania'], event: undefined }) as ReferenceFact);
  const judgeTable = judgeOn(beat, undated, { published: '2019-09-01', heading: 'People displaced in Ruritania' });
  const cellOf = async (table: string) => (await judgeTable(table)).find((c) => c.figure.text === '190')!;

  it('gives that source\'s count: supported where the source gives it', async () => {
    expect((await cellOf('| Source | Displaced |\n| Delta River Authority | 190 |\n')).verdict).toBe('supported');
  });

  it('a row labelled by another source that does not give it stays disputed', async () => {
    expect((await cellOf('| Source | Displaced |\n| Freedonian ministry | 190 |\n')).verdict).toBe('disputed');
  });
});
