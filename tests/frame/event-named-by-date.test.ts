import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { reportOn, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: a country's censuses and a flood, as events of two kinds.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'residents', name: 'residents counted', unit: 'person', subjects: ['resident'], actions: ['counted'] }],
  events: [
    { id: 'census-2012', name: 'Ruritanian census of 2012', kind: 'census', start: '2012-03-11', entities: ['ruritania'], aliases: ['2012 census'] },
    { id: 'census-2022', name: 'Ruritanian census of 2022', kind: 'census', start: '2022-03-13', entities: ['ruritania'], aliases: ['2022 census'] },
    { id: 'great-flood', name: 'the Great Flood', kind: 'flood', start: '2019-04', entities: ['ruritania'], aliases: ['Great Flood'] },
  ],
});

const facts = [
  fact({ id: 'flood-date', measure: 'event_date', entities: ['ruritania'], event: 'great-flood', unit: 'date', date: { start: '2019-04', precision: 'month' }, asOf: '2019-05-01' }),
  fact({ id: 'c12-date', measure: 'event_date', entities: ['ruritania'], event: 'census-2012', unit: 'date', date: { start: '2012-03-11', precision: 'day' }, asOf: '2012-03-12' }),
];

const judge = reportOn(beat, facts, { published: '2024-06-10' });

const dateClaim = (r: Awaited<ReturnType<typeof judge>>, text: string) => r.claims.find((c) => c.figure.kind === 'date' && c.figure.text === text);

describe('a date after "the <event kind> of"', () => {
  it('names the article\'s one event of that kind, and is judged as its date', async () => {
    const r = await judge('The Great Flood left towns under water. Five years on, the flood of May 2019 is still remembered in every valley.');
    const c = dateClaim(r, 'May 2019');
    expect(c?.framing?.event?.id).toBe('great-flood');
    expect(c?.verdict).toBe('contradicted');
  });

  it('is a claim of its own, not the time of the sentence\'s other figures', async () => {
    const r = await judge('The Great Flood struck Ruritania. Rebuilding after the flood of April 2019 has cost 4,000 jobs, officials say.');
    const c = dateClaim(r, 'April 2019');
    expect(c).toBeDefined();
    expect(c?.verdict).toBe('supported');
    const jobs = r.claims.find((x) => x.figure.kind === 'count');
    expect(jobs?.framing?.time.basis).not.toBe('explicit');
  });

  it('stays unresolved where the article names two events of the kind', async () => {
    const r = await judge('The 2012 census and the 2022 census disagree. Planners still cite the census of March 2011 for rural areas.');
    const c = dateClaim(r, 'March 2011');
    expect(c).toBeDefined();
    expect(c?.framing?.event).toBeNull();
    expect(c?.verdict).toBe('unverifiable');
  });

  it('leaves a plain time scope alone: "in May 2019" dates the figures of its sentence', async () => {
    const r = await judge('The Great Flood struck Ruritania. In May 2019, 4,000 residents were counted in shelters.');
    expect(dateClaim(r, 'May 2019')).toBeUndefined();
    const count = r.claims.find((x) => x.figure.kind === 'count');
    expect(count?.framing?.time).toMatchObject({ from: '2019-05', basis: 'explicit' });
  });
});

describe('a year naming an event, in a sentence of amounts', () => {
  // Which of the events the amounts are of: the year says when they were, not when the event
  // was, where it stands before the event's noun or heads the sentence.
  it('before the noun ("the 2022 census counted 4,000") it is the amounts\' time, not a claim', async () => {
    const r = await judge('In its first phase, the 2022 census counted 4,000 residents in the capital.');
    expect(dateClaim(r, '2022')).toBeUndefined();
    expect(r.claims.find((x) => x.figure.kind === 'count')?.framing?.time.from).toMatch(/^2022/);
  });

  it('heading the sentence ("In 2019, … 4,000 …"), the same', async () => {
    const r = await judge('In 2019 the Great Flood drove 4,000 residents from their homes.');
    expect(dateClaim(r, '2019')).toBeUndefined();
  });

  it('after the noun it dates the event: a claim', async () => {
    const r = await judge('The Great Flood struck Ruritania. Rebuilding after the flood of 2019 has cost 4,000 jobs.');
    expect(dateClaim(r, '2019')?.framing?.event?.id).toBe('great-flood');
    const after = await judge('Ruritania still remembers the Great Flood in 2018, which drove 4,000 residents from their homes.');
    expect(dateClaim(after, '2018')?.verdict).toBe('contradicted');
  });

  it('with no amount beside it, it stays a claim', async () => {
    expect(dateClaim(await judge('The Great Flood struck Ruritania. In 2019 the flood reached the capital.'), '2019')).toBeDefined();
    expect(dateClaim(await judge('The Great Flood struck Ruritania in 2019, when it reached the capital.'), '2019')).toBeDefined();
  });
});

describe('an event whose parties the article does not name', () => {
  // Freedonia holds no census in the table; Ruritania's census of 2012 is the one it knows.
  const twoCountries = testBeat({
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
      { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
    ],
    measures: [{ id: 'residents', name: 'residents counted', unit: 'person', subjects: ['resident'], actions: ['counted'] }],
    events: [{ id: 'census-2012', name: 'Ruritanian census of 2012', kind: 'census', start: '2012-03-11', entities: ['ruritania'], aliases: ['Ruritanian census'], cues: [['census', '2012']] }],
  });

  it('is a guess at which event: its date is neither contradicted nor supported', async () => {
    const text = 'Freedonia counts its people\n\nFreedonia still allocates seats on old data. The census it held in 2012 was its last.\n';
    const r = await reportOn(twoCountries, facts, { published: '2024-06-10' })(text);
    const c = r.claims.find((x) => x.figure.kind === 'date' && x.figure.text === '2012');
    expect(c?.framing?.event).toMatchObject({ id: 'census-2012', unanchored: true });
    expect(c?.verdict).toBe('unverifiable');
  });
});

// "The Great Flood … . It began in April 2019": an "it" opening a sentence stands for the event
// heading the sentence before, a weak reading (the verb may give another of its dates).
describe('a date in a sentence opened by "it", after one headed by an event', () => {
  it('dates that event, and may support its date', async () => {
    const r = await judge('The Great Flood swept through Ruritania and the hill towns. It began in April 2019, after a wet winter.');
    const c = dateClaim(r, 'April 2019');
    expect(c?.framing?.event).toEqual({ id: 'great-flood', via: 'pronoun' });
    expect(c?.verdict).toBe('supported');
  });

  it('never contradicts it', async () => {
    const r = await judge('The Great Flood swept through Ruritania. It was declared over in August 2019, after a wet summer.');
    const c = dateClaim(r, 'August 2019');
    expect(c?.framing?.event?.id).toBe('great-flood');
    expect(c?.verdict).toBe('unverifiable');
    expect(c?.frame?.event.confidence).toBe('low');
  });

  it('is no link where the event is not the sentence\'s head, the "it" is an empty subject, or a paragraph lies between', async () => {
    const event = async (text: string, date: string) => dateClaim(await judge(text), date)?.framing?.event ?? null;
    expect(await event('Towns still rebuild after the Great Flood. It began in April 2019.', 'April 2019')).toBeNull();
    expect(await event('The Great Flood swept through Ruritania. It is clear that in April 2019 the rivers rose.', 'April 2019')).toBeNull();
    expect(await event('The Great Flood swept through Ruritania.\n\nIt began in April 2019.', 'April 2019')).toBeNull();
  });
});
