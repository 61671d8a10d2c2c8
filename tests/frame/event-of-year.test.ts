import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, reportOn, testBeat } from '../helpers/judge.ts';

// An event taken from an earlier sentence yields to the year the figure's own clause states: the
// one event of that kind in that year. A beat written for these tests: two elections of one
// country, and the seats a party won at each.
const beat = (withEarlier: boolean) =>
  testBeat({
    eventKinds: [{ id: 'election', nouns: ['election', 'vote'] }],
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
      { id: 'greens', name: 'the Green Party', kind: 'party', aliases: ['Green Party', 'Greens'] },
    ],
    measures: [{ id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won'], eventKinds: ['election'] }],
    events: [
      { id: 'election-2024', name: 'Ruritanian election of 2024', kind: 'election', start: '2024-05-12', entities: ['ruritania', 'greens'], aliases: ['2024 election'] },
      ...(withEarlier ? [{ id: 'election-2019', name: 'Ruritanian election of 2019', kind: 'election', start: '2019-05-05', entities: ['ruritania', 'greens'], aliases: ['2019 election'] }] : []),
    ],
  });
const facts = [
  fact({ id: 'greens-2024', measure: 'seats', entities: ['greens'], event: 'election-2024', unit: 'seat', period: { from: '2024-05-12', to: '2024-05-12' }, asOf: '2024-05-13', value: 40 }),
  fact({ id: 'greens-2019', measure: 'seats', entities: ['greens'], event: 'election-2019', unit: 'seat', period: { from: '2019-05-05', to: '2019-05-05' }, asOf: '2019-05-06', value: 31 }),
];
const text = 'Ruritania held the 2024 election on Sunday. The Green Party won 40 seats.\n\nThe Greens had won 28 seats in 2019.\n';

const seats28 = async (withEarlier: boolean) => (await judgeOn(beat(withEarlier), facts, { published: '2024-05-20' })(text)).find((c) => c.figure.text === '28 seats')!;

describe('an earlier sentence\'s event and a year of the figure\'s own', () => {
  it('is the one event of that kind in that year', async () => {
    const c = await seats28(true);
    expect(c.framing?.event).toMatchObject({ id: 'election-2019', via: 'year' });
    expect(c.verdict).toBe('contradicted');
  });

  it('is no event where the vocabulary has none of that kind in that year', async () => {
    const c = await seats28(false);
    expect(c.framing?.event ?? null).toBeNull();
    expect(c.verdict).not.toBe('contradicted');
  });
});

describe("a year right after a figure, in a sentence naming the event", () => {
  // A head count whose event a cue names (the place and the kind's noun), as a beat of
  // counts of residents writes it.
  const counts = testBeat({
    eventKinds: [{ id: 'count', nouns: ['count', 'census'] }],
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [{ id: 'residents', name: 'residents counted', unit: 'person', subjects: ['resident', 'people'], actions: ['counted'], eventKinds: ['count'], subjectKinds: ['country'] }],
    events: [{ id: 'valdonia-count-2022', name: 'the Valdonian count of 2022', kind: 'count', start: '2022-03-20', entities: ['valdonia'], aliases: [], cues: [['Valdonia', 'census']] }],
  });
  const residents = fact({ id: 'valdonia-2022', measure: 'residents', entities: ['valdonia'], event: 'valdonia-count-2022', unit: 'person', period: { from: '2022-03-20', to: '2022-03-20' }, asOf: '2023-01-10', value: 5_400_000 });

  it("is the figure's period, not a claim of the event's date (\"counted 5.4 million people in 2022\")", async () => {
    const r = await reportOn(counts, [residents], { published: '2024-05-20' })('Valdonia, which held its own census a year later, counted about 5.4 million people in 2022.\n');
    expect(r.claims.map((c) => c.figure.text)).not.toContain('2022');
    expect(r.claims.find((c) => c.figure.text === 'about 5.4 million people')!.verdict).toBe('supported');
  });

  it('a year of a clause of its own stays a claim ("… 5.4 million people; the census was held in 2022")', async () => {
    const doc = extractOn(counts, { published: '2024-05-20' })('Valdonia counted about 5.4 million people; the census was held in 2022.\n');
    expect(doc.claims.map((c) => c.figure.text)).toContain('2022');
  });
});

describe('a date that says which event a sentence\'s figures are of', () => {
  // The vote found by its cue (a party and the year), as a beat of elections writes it.
  const cued = testBeat({
    eventKinds: [{ id: 'election', nouns: ['election', 'vote'] }],
    entities: [{ id: 'greens', name: 'the Green Party', kind: 'party', aliases: ['Green Party', 'Greens'] }],
    measures: [{ id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won'], eventKinds: ['election'] }],
    events: [{ id: 'election-2019', name: 'Ruritanian election of 2019', kind: 'election', start: '2019-05-05', entities: ['greens'], aliases: [], cues: [['Greens', '2019']] }],
  });
  const claimsOf = (text: string) => extractOn(cued, { published: '2024-05-20' })(text).claims.map((c) => c.figure.text);

  it('set off by commas after the event ("At the last election, in May 2019, the Greens won 31 seats")', () => {
    const q = claimsOf('At the last election, in May 2019, the Greens won 31 seats.');
    expect(q).not.toContain('May 2019');
    expect(q).toContain('31 seats');
  });

  it('after a figure of that event, a few words of its clause between ("had won 31 seats under its old leader in May 2019")', () => {
    expect(claimsOf('The Greens, who had won 31 seats under their old leader in May 2019, lost half of them.')).not.toContain('May 2019');
  });

  it('a date of a sentence with no figure of that event is still a claim ("The election was held, in May 2019, after a long campaign")', () => {
    expect(claimsOf('The Greens fought the election, in May 2019, on housing.')).toContain('May 2019');
  });
});

describe('a year of the figure\'s own, with no event named anywhere before it', () => {
  const judgeText = judgeOn(beat(true), facts, { published: '2024-05-20' });
  const judgeAlone = async (sentence: string) => (await judgeText(sentence)).find(ofKind('count'))!;
  it('is of the one event of the measure\'s kinds that year whose parties include the named subject', async () => {
    const c = await judgeAlone('The Greens won 28 seats in 2019.');
    expect(c.framing?.event).toMatchObject({ id: 'election-2019', via: 'year' });
    expect(c.verdict).toBe('contradicted');
    expect((await judgeAlone('The Greens won 31 seats in 2019.')).verdict).toBe('supported');
  });

  it('but of none in a year with no such event, nor for a subject no event of that year has', async () => {
    expect((await judgeAlone('The Greens won 28 seats in 2021.')).framing?.event ?? null).toBeNull();
    expect((await judgeAlone('In 2019 the league won 28 seats.')).framing?.event ?? null).toBeNull();
  });
});
