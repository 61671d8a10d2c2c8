import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, reportOn, testBeat } from '../helpers/judge.ts';

// A month named as what its clause speaks of scopes that clause's figures: after a semicolon,
// after an aside, or as the object of a revision ("revised March down by 12,000 to 88,000").
const beat = testBeat({
  entities: [{ id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] }],
  measures: [{ id: 'hires', name: 'net hires in a month', unit: 'job', subjects: ['job'], actions: ['add', 'added'], kind: 'change', entity: 'freedonia' }],
});

const hires = (month: string, value: number): ReferenceFact =>
  fact({ id: `fr-${month}`, measure: 'hires', entities: ['freedonia'], unit: 'job', period: { from: `${month}-01`, to: `${month}-28` }, asOf: '2025-06-06', value, side: 'freedonia-statistics' });
const table = [hires('2025-02', 61_000), hires('2025-03', 88_000), hires('2025-04', 97_000), hires('2025-05', 120_000)];

const judgeText = judgeOn(beat, table, { published: '2025-06-10' });
async function frames(text: string) {
  const claims = await judgeText(text);
  return (figure: string) => {
    const c = claims.find((x) => x.figure.text === figure && x.figure.kind !== 'consistency')!;
    return { verdict: c.verdict, time: c.frame?.time.value };
  };
}

describe('a period named as what its clause speaks of', () => {
  it('scopes the clause after a semicolon, past an aside, and not the clause before it', async () => {
    const at = await frames('Employers added 120,000 jobs in May. April was first put at 90,000 and now stands at 97,000; March, a month of storms, has been lifted to 88,000.');
    expect(at('97,000').time).toEqual({ from: '2025-04', to: '2025-04' });
    expect(at('88,000').time).toEqual({ from: '2025-03', to: '2025-03' });
    expect(at('88,000').verdict).toBe('supported');
  });

  it('scopes the figures of a revision whose object it is', async () => {
    const at = await frames('Employers added 120,000 jobs in May, the office said, and it revised February down by 5,000 to 61,000.');
    expect(at('61,000').time).toEqual({ from: '2025-02', to: '2025-02' });
    expect(at('61,000').verdict).toBe('supported');
  });

  it('scopes the new and the earlier level of any verb of revising: "cut April to 97,000, from 99,000"', async () => {
    const at = await frames('Employers added 120,000 jobs in May, the office said. It cut April to 97,000, from 99,000, and trimmed March to 88,000.');
    expect(at('97,000').time).toEqual({ from: '2025-04', to: '2025-04' });
    expect(at('99,000').time).toEqual({ from: '2025-04', to: '2025-04' });
    expect(at('88,000').time).toEqual({ from: '2025-03', to: '2025-03' });
  });

  it('is not a period where the month is only named in passing', async () => {
    // "in March" dates what follows it; a month inside a name or after "since" is no subject.
    const at = await frames('Employers added 120,000 jobs in May. The March Report, a survey, found 40,000 vacancies; its authors expect more.');
    expect(at('40,000 vacancies').time).not.toEqual({ from: '2025-03', to: '2025-03' });
  });
});

describe('a period as subject, with a verb of movement or an aside holding a number', () => {
  it('"April slid to 97,000", "March, first put at 80,000, was revised to 88,000": their months', async () => {
    const slid = await frames('April slid to 97,000 by its third reading.');
    expect(slid('97,000').time).toEqual({ from: '2025-04', to: '2025-04' });
    const aside = await frames('March, first put at 80,000 and raised a month later, was revised to 88,000.');
    expect(aside('88,000').time).toEqual({ from: '2025-03', to: '2025-03' });
  });
});

describe('a period as subject beside an event', () => {
  // A beat with one event, a dock strike, dated April 2025 in the table.
  const withStrike = testBeat({
    eventKinds: [{ id: 'strike', nouns: ['strike', 'walkout'] }],
    events: [{ id: 'dock-strike', name: 'the Freedonia dock strike', kind: 'strike', start: '2025-04-03', end: '2025-04-20', entities: ['freedonia'], aliases: ['dock strike'] }],
    entities: [{ id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] }],
    measures: [{ id: 'hires', name: 'net hires in a month', unit: 'job', subjects: ['job'], actions: ['add', 'added'], kind: 'change', entity: 'freedonia' }],
  });
  const strikeDate = fact({ id: 'strike-date', measure: 'event_date', entities: ['freedonia'], event: 'dock-strike', unit: 'date', date: { start: '2025-04-03', end: '2025-04-20', precision: 'day' }, asOf: '2025-04-21' });

  it('"March 2025 was first put at 88,000, held down by the dock strike": the figure\'s month, not the strike\'s date', async () => {
    const report = await reportOn(withStrike, [...table, strikeDate], { published: '2025-06-10' })('March 2025 was first put at 88,000, held down by the dock strike.');
    expect(report.claims.map((c) => c.figure.text)).not.toContain('March 2025');
    expect(report.claims.find((c) => c.figure.text === '88,000')!.frame?.time.value).toEqual({ from: '2025-03', to: '2025-03' });
  });

  it('a month inside the event\'s name in a sentence of amounts dates nothing: "at the April 2025 dock strike"', async () => {
    const report = await reportOn(withStrike, [strikeDate], { published: '2025-06-10' })('Some 4,000 jobs were lost at the April 2025 dock strike.');
    expect(report.claims.map((c) => c.figure.text)).not.toContain('April 2025');
  });
});

// A bare count whose clause is about a month standing for its figure ("August was first printed
// at 142,000") takes the article's main counted measure, as a weak reading: it may support the
// figure, never contradict it. With two counted measures named as often, or none, it takes none.
const twoCounts = testBeat({
  events: [{ id: 'walkout-2025', name: 'the dock walkout', kind: 'walkout', start: '2025-03-02', end: '2025-03-20', entities: ['freedonia'], aliases: ['dock walkout'] }],
  entities: [{ id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] }],
  measures: [
    { id: 'hires', name: 'net hires in a month', unit: 'job', subjects: ['job'], actions: ['add', 'added'], kind: 'change', entity: 'freedonia' },
    { id: 'guild-hires', name: 'net hires by guild members', unit: 'job', subjects: ['guild job'], actions: [], phrases: ['guild members added'], kind: 'change', entity: 'freedonia' },
    { id: 'strikers', name: 'dockers on strike', unit: 'docker', subjects: ['docker'], actions: ['walked out'], eventKinds: ['walkout'] },
  ],
});

async function framesOf(text: string, facts: ReferenceFact[] = table) {
  const claims = await judgeOn(twoCounts, facts, { published: '2025-06-10' })(text);
  return (figure: string) => claims.find((x) => x.figure.text === figure && x.figure.kind !== 'consistency')!;
}

describe('a month standing for its figure of the article\'s main count', () => {
  it('takes the measure named most, not the last one named, and may support', async () => {
    const at = await framesOf('Employers added 120,000 jobs in May, and 97,000 jobs in April. Guild members added 9,000 guild jobs, and 4,000 dockers walked out in the dock walkout.\n\nThe revisions matter more. March, first put at 80,000, now stands at 88,000. February was first printed at 58,000.');
    expect(at('88,000').framing).toMatchObject({ measure: 'hires', measureVia: 'context' });
    expect(at('88,000').verdict).toBe('supported');
    expect(at('58,000').framing).toMatchObject({ measure: 'hires', measureVia: 'context' });
    // Read weakly, a figure that does not fit is not contradicted.
    expect(at('58,000').verdict).toBe('unverifiable');
    // A revision's object ("cut March to 88,000") stands for its figure too.
    const cut = await framesOf('Employers added 120,000 jobs in May, and 97,000 jobs in April. Guild members added 9,000 guild jobs.\n\nThe office also cut March to 88,000.');
    expect(cut('88,000').framing).toMatchObject({ measure: 'hires', measureVia: 'context' });
  });

  it('takes none where two counts are named as often, or where no month heads the clause', async () => {
    const tie = await framesOf('Employers added 120,000 jobs in May. Guild members added 9,000 guild jobs.\n\nMarch, first put at 80,000, now stands at 88,000.');
    expect(tie('88,000').framing?.measure ?? null).toBeNull();
    const noMonth = await framesOf('Employers added 120,000 jobs in May, and 97,000 jobs in April. Guild members added 9,000 guild jobs.\n\nThe fund, first put at 80,000, now stands at 88,000.');
    expect(noMonth('88,000').framing?.measure ?? null).toBeNull();
    // A measure of an event's own (the dockers who walked out) is no month's figure, however often named.
    const event = await framesOf('Some 4,000 dockers walked out in the dock walkout, and 5,000 dockers walked out later. Guild members added 9,000 guild jobs.\n\nMarch, first put at 80,000, now stands at 88,000.');
    expect(event('88,000').framing).toMatchObject({ measure: 'guild-hires' });
  });
});
