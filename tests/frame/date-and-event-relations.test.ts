import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, reportOn, testBeat } from '../helpers/judge.ts';

// How a date relates to an event named beside it, and when it is that event's date. A beat
// written for these tests: a dockers' walkout (one date in the table: the day it began), a
// flood, a league's pact on a minimum of home-grown players and the clubs meeting it.
const beat = testBeat({
  eventKinds: [{ id: 'walkout', nouns: ['walkout', 'strike'] }, { id: 'flood', nouns: ['flood'] }, { id: 'pact', nouns: ['pact'] }],
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'port-vell', name: 'Port Vell', kind: 'place', aliases: ['Port Vell'] },
    { id: 'league', name: 'the Valdonian League', kind: 'alliance', aliases: ['Valdonian League', 'the league'] },
  ],
  measures: [
    { id: 'clubs_meeting_pact', name: 'clubs meeting the home-grown pact', unit: 'club', subjects: ['club'], actions: ['met', 'meet', 'meeting'], entity: 'league' },
    // (A beat may list a preposition among a count's actions: "homes lost from the flood".)
    { id: 'homes_lost', name: 'homes lost', unit: 'home', subjects: ['home'], actions: ['lost', 'from'], entity: 'ruritania' },
  ],
  events: [
    { id: 'dock-walkout', name: 'the dockers\' walkout', kind: 'walkout', start: '2024-09-13', entities: ['port-vell'], aliases: ['dockers\' walkout'], cues: [['Port Vell', 'walkout']] },
    { id: 'river-flood', name: 'the river flood', kind: 'flood', start: '2021-07-14', end: '2021-07-18', entities: ['ruritania'], aliases: ['river flood'], cues: [['Ruritania', 'flood']] },
    { id: 'home-grown-pact', name: 'the home-grown pact', kind: 'pact', start: '2006-06-08', entities: ['league'], aliases: ['home-grown pact'] },
  ],
});

const facts = [
  fact({ id: 'walkout-date', measure: 'event_date', entities: ['port-vell'], event: 'dock-walkout', unit: 'date', date: { start: '2024-09-13', precision: 'day' }, asOf: '2024-09-13' }),
  fact({ id: 'flood-date', measure: 'event_date', entities: ['ruritania'], event: 'river-flood', unit: 'date', date: { start: '2021-07-14', end: '2021-07-18', precision: 'day' }, asOf: '2021-08-01' }),
  fact({ id: 'pact-date', measure: 'event_date', entities: ['league'], event: 'home-grown-pact', unit: 'date', date: { start: '2006-06-08', precision: 'day' }, asOf: '2006-06-09' }),
];

const judge = reportOn(beat, facts, { published: '2024-12-06' });
const read = extractOn(beat, { published: '2024-12-06' });
const dateClaim = (r: Awaited<ReturnType<typeof judge>>, text: string) => r.claims.find((c) => c.figure.kind === 'date' && c.figure.text === text);

describe('a date said to be when an event ended, where the table holds only one date of it', () => {
  it('is not contradicted by the day it began ("a walkout that ended last month")', async () => {
    const r = await judge('Some 3,000 dockers were off the job in Port Vell during a walkout of seven weeks that ended last month.');
    expect(dateClaim(r, 'last month')?.verdict ?? 'unverifiable').not.toBe('contradicted');
  });

  it('an end the table gives is still checked ("the flood, which ended on 25 July")', async () => {
    const r = await judge('The river flood in Ruritania, which ended on 25 July 2021, left towns under water.');
    expect(dateClaim(r, '25 July 2021')?.verdict).toBe('contradicted');
  });
});

describe('a date set before or after an event', () => {
  it('is not the event\'s date ("on 2 July, a week before the flood")', async () => {
    const r = await judge('Two bridges in Ruritania were closed on 2 July 2021, a week before the flood.');
    expect(dateClaim(r, '2 July 2021')?.verdict ?? 'unverifiable').not.toBe('contradicted');
  });

  it('a date the event is named beside is still its own ("the flood of 14 July 2021")', async () => {
    const r = await judge('Towns in Ruritania still remember the flood of 14 July 2021.');
    expect(dateClaim(r, '14 July 2021')?.verdict).toBe('supported');
  });
});

describe('a date of a clause of its own, joined by "and" to the clause that names the event', () => {
  it('is not the event\'s date ("Fighting began on 7 June and stopped with the pact agreed on 8 June")', async () => {
    const r = await judge('Talks began on 2 June 2006 and ended with the home-grown pact agreed in Valdonia by the chairmen of all twelve member clubs on 8 June.', '2006-07-01');
    expect(dateClaim(r, '2 June 2006')?.verdict ?? 'unverifiable').not.toBe('contradicted');
    expect(dateClaim(r, '8 June')?.verdict).toBe('supported');
  });
});

describe('a date after an event named as what a count\'s subjects did', () => {
  it('is the count\'s period, not the event\'s date ("clubs that met the home-grown pact in 2022")', async () => {
    const r = await judge('Seven: clubs that met the home-grown pact in 2022, by the league\'s own count.');
    expect(dateClaim(r, '2022')?.verdict ?? 'unverifiable').not.toBe('contradicted');
  });

  it('a year heading the sentence, which the event was not in, is the count\'s period ("In 2022, seven clubs met the pact" of 2006)', async () => {
    const clubs = [fact({ id: 'clubs-2022', measure: 'clubs_meeting_pact', entities: ['league'], unit: 'club', period: { from: '2022-01-01', to: '2022-12-31' }, asOf: '2023-01-31', value: 7 }), fact({ id: 'clubs-2024', measure: 'clubs_meeting_pact', entities: ['league'], unit: 'club', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-31', value: 23 })];
    const r = await reportOn(beat, [...facts, ...clubs], { published: '2024-12-06' })('In 2022, seven clubs met the home-grown pact.');
    const c = r.claims.find((x) => x.figure.kind === 'count')!;
    expect(c.framing?.time).toMatchObject({ from: '2022', basis: 'explicit' });
    expect(c.verdict).toBe('supported');
  });

  it('a date of the event\'s own making is its date ("the league agreed the home-grown pact in 2008")', async () => {
    const r = await judge('The league agreed the home-grown pact in 2008.');
    expect(dateClaim(r, '2008')?.verdict).toBe('contradicted');
  });
});

describe('a date after an event named as the line a count is set against', () => {
  it('is the count\'s period ("clubs at or above the home-grown pact in 2024", "two short of the pact last year")', async () => {
    const r = await judge('The league\'s June tables have 23 of its 32 clubs at or above the home-grown pact in 2024.');
    expect(dateClaim(r, '2024')?.verdict ?? 'unverifiable').not.toBe('contradicted');
    const s = await judge('Freedonia\'s clubs finished two short of the home-grown pact in 2023.');
    expect(dateClaim(s, '2023')?.verdict ?? 'unverifiable').not.toBe('contradicted');
  });

  it('a date of the event\'s own clause is still its date ("above the pact that the league agreed in 2008")', async () => {
    const r = await judge('Nine clubs are above the home-grown pact that the league first agreed in 2008.');
    expect(dateClaim(r, '2008')?.verdict).toBe('contradicted');
  });
});

describe('a date of a clause joined by "and" after the event\'s', () => {
  it('is the second clause\'s, not the event\'s ("walked out on 13 September and voted to return on 4 November")', async () => {
    const r = await judge('The dockers of Port Vell began their walkout on 13 September 2024 and voted to return on 4 November 2024.');
    expect(dateClaim(r, '13 September 2024')?.verdict).toBe('supported');
    expect(dateClaim(r, '4 November 2024')?.verdict ?? 'unverifiable').not.toBe('contradicted');
  });

  it('a verb of the event\'s own end still dates it ("and ended on …")', async () => {
    const r = await judge('The river flood in Ruritania began on 14 July 2021 and ended on 25 July 2021.');
    expect(dateClaim(r, '25 July 2021')?.verdict).toBe('contradicted');
  });
});

describe('a date given as when something was expected', () => {
  it('supports no claim that the event took place then ("a flood that was due in 2021")', async () => {
    const r = await judge('Engineers warned of a river flood in Ruritania that was due in 2021, and the levees held.');
    expect(dateClaim(r, '2021')?.verdict).toBe('unverifiable');
    expect(dateClaim(r, '2021')?.explanation).toMatch(/expected/);
  });

  it('a date far after the word of expecting still dates its event', async () => {
    const r = await judge('The league said 18 clubs were expected to meet the home-grown pact next season, against only four in 2006, when the league agreed the home-grown pact.');
    expect(dateClaim(r, '2006')?.verdict).toBe('supported');
  });
});

describe('a span of days said of an event whose table holds one day', () => {
  it('is not supported by that day alone ("the walkout, 13 September to 4 November")', async () => {
    const r = await judge('Shaded band: the dockers\' walkout in Port Vell, 13 September to 4 November 2024.');
    const c = r.claims.find((x) => x.figure.kind === 'date')!;
    expect(c.figure.date).toMatchObject({ start: '2024-09-13', end: '2024-11-04' });
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/one date for it/);
  });
});

describe('a date in the event\'s own words, after a relation to another time', () => {
  it('"until the flood of July 2021" still dates the flood', async () => {
    const r = await judge('The old bridge stood until the river flood of July 2021.');
    expect(dateClaim(r, 'July 2021')?.verdict).toBe('supported');
  });
});

describe('a date inside the clause a relation word governs', () => {
  it('dates the event ("since the river flood in Ruritania ended last July")', async () => {
    const r = await judge('Rebuilding has gone slowly since the river flood in Ruritania ended on 18 July 2021.');
    expect(dateClaim(r, '18 July 2021')?.verdict).toBe('supported');
  });

  it('a place\'s name before the date is not the event\'s own words ("near Port Vell on 2 September, a week before the walkout")', async () => {
    const r = await judge('Two cranes were damaged near Port Vell on 2 September 2024, a week before the walkout.');
    expect(dateClaim(r, '2 September 2024')?.verdict ?? 'unverifiable').not.toBe('contradicted');
  });
});

describe('a preposition before an event is no action of a count', () => {
  it('"the toll from the flood, which ended on 18 July 2021" still dates the flood', async () => {
    const r = await judge('The toll from the river flood, which ended on 18 July 2021, rose again.');
    expect(dateClaim(r, '18 July 2021')?.verdict).toBe('supported');
  });
});

describe('an event named after a date, across a conjunction', () => {
  it('heads a clause of its own and takes its own date, not the one before ("walked out on 13 September and the river flood struck on 14 July")', async () => {
    const r = await judge('The Port Vell dockers began their walkout on 13 September 2024 and the river flood in Ruritania struck on 14 July 2021.');
    expect(dateClaim(r, '13 September 2024')?.verdict).toBe('supported');
    expect(dateClaim(r, '14 July 2021')?.verdict).toBe('supported');
  });
});

describe('a day counted from the article\'s own date', () => {
  it('supports no event\'s day: the article\'s date may be the day it was written ("began their walkout last night")', async () => {
    const r = await judge('The Port Vell dockers began their walkout last night.', '2024-09-14');
    const c = dateClaim(r, 'last night')!;
    expect(c.figure.date?.start).toBe('2024-09-13');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toMatch(/counted from the article's date/);
  });
});

describe('an event\'s year bounding the period of a change', () => {
  const dates = (text: string) => read(text).claims.filter((c) => c.figure.kind === 'date').map((c) => c.figure.text);
  it('dates the change and claims nothing ("between the floods of 2011 and 2021", "since the flood of 2011")', () => {
    expect(dates('Ruritania mourned. The town lost 300 homes between the floods of 2011 and 2021.')).toEqual([]);
    expect(dates('Ruritania mourned. Since the flood of 2011 the number of homes has fallen by 300.')).toEqual([]);
    // With no change in its sentence, the year is the event's date: a claim of when.
    expect(dates('Ruritania mourned. Since the flood of 2011 the town has had 300 homes.')).toEqual(['2011']);
  });
});

describe('the second of two events bounding the period of a change', () => {
  // A beat with a census that the vocabulary knows, and its measure counted at censuses.
  const census = testBeat({
    eventKinds: [{ id: 'census', nouns: ['census', 'censuses'] }],
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
    measures: [{ id: 'mills', name: 'mills', unit: 'mill', subjects: ['mill'], actions: ['counted'], entity: 'ruritania', eventKinds: ['census'] }],
    events: [{ id: 'census-2021', name: 'Census 2021', kind: 'census', start: '2021-03-21', entities: ['ruritania'], aliases: ['census'] }],
  });
  it('claims nothing either ("between the censuses of 2011 and 2021")', () => {
    const text = 'The census of 21 March 2021 found 500 mills in Ruritania, and the number fell by more than 30 between the censuses of 2011 and 2021.';
    expect(extractClaims(new TextEncoder().encode(text), { published: '2024-12-06', vocabulary: census }).claims.map((c) => c.figure.text)).toEqual(['21 March 2021', '500 mills', 'more than 30']);
  });
});

describe('a duration beside the noun of an event\'s kind', () => {
  // "the 9-day flood", "a flood of nine days", "the walkout itself lasted …", "weeks on strike":
  // the length of the article's one event of that kind, found by its name or its cue words.
  const eventOf = (text: string) => read(text).claims.filter((c) => c.figure.kind === 'duration').map((c) => [c.figure.text, c.framing.event?.id ?? null]);
  it('is the length of the one event of that kind the article names', () => {
    expect(eventOf('Port Vell\'s dockers voted to go back, ending a walkout of just over seven weeks.')).toEqual([['just over seven weeks', 'dock-walkout']]);
    expect(eventOf('The flood in Ruritania broke the banks. The 5-day flood cost the valley its bridges.')).toEqual([['5-day', 'river-flood']]);
    expect(eventOf('Ruritania had never seen such a flood. The flood itself lasted five days.')).toEqual([['five days', 'river-flood']]);
    expect(eventOf('The Port Vell walkout is over. The dockers spent seven weeks on strike.')).toEqual([['seven weeks', 'dock-walkout']]);
  });

  it('not where the article names no event of that kind, nor beside another noun', () => {
    expect(eventOf('Somewhere a walkout of seven weeks ended.')).toEqual([['seven weeks', null]]);
    expect(eventOf('The Port Vell walkout is over. The dockers spent seven weeks on the quay.')).toEqual([['seven weeks', null]]);
  });
});
