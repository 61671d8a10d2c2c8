import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// "74 dead", "300 injured": an adjective right after a number stands for the people it
// describes; beside a count of people it says which of that count's measures it is.
const beat = testBeat({
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonians'] }],
  measures: [
    { id: 'quake_dead', name: 'people killed by the quake', unit: 'person', subjects: ['people', 'Valdonian', 'resident'], actions: ['killed', 'dead', 'died'] },
    { id: 'quake_injured', name: 'people injured by the quake', unit: 'person', subjects: ['people', 'Valdonian', 'resident'], actions: ['injured', 'hurt'] },
  ],
});

const frames = (text: string) => extractOn(beat, { published: '2025-06-10' })(text).claims;

describe('an adjective standing for the people it describes', () => {
  it('is the counted noun of a number it follows', () => {
    const [dead, injured] = frames('Rescuers reported 74 dead on Monday and 300 injured.').filter((c) => c.figure.kind === 'count');
    expect(dead!.figure.text).toBe('74 dead');
    expect(injured!.figure.text).toBe('300 injured');
  });

  it('says which measure a neighbour\'s noun is counted by', () => {
    const claims = frames('The ministry said 215 Valdonians had been killed and 1,469 injured since the quake struck.');
    expect(claims.find((c) => c.figure.text === '215 Valdonians')?.framing.measure).toBe('quake_dead');
    expect(claims.find((c) => c.figure.text === '1,469 injured')?.framing.measure).toBe('quake_injured');
  });

  it('"others" after a number stands for the noun of the count before it: "215 Valdonians killed and 1,469 others injured"', () => {
    for (const text of ['The ministry said 215 Valdonians were killed and 1,469 others injured.', 'The ministry said 215 Valdonians were killed and 1,469 others were hurt.']) {
      const claims = frames(text);
      expect(claims.find((c) => c.figure.text.startsWith('1,469'))?.framing.measure, text).toBe('quake_injured');
    }
  });

  it('before the figure, after "the", a possessive or one more adjective: "put the dead at 215", "its elderly injured as 40", "Valdonia\'s injured stand at 300"', () => {
    const measureOf = (t: string) => frames(t).find((c) => c.figure.kind === 'count')?.framing.measure;
    expect(measureOf('The ministry put the dead at 215.')).toBe('quake_dead');
    expect(measureOf('The ministry gave its elderly injured as 40.')).toBe('quake_injured');
    expect(measureOf('Valdonia\'s injured stand at 300, the ministry said.')).toBe('quake_injured');
  });

  it('is only an adjective before a noun of its own', () => {
    const claims = frames('Rescuers found 40 injured residents in the school.');
    expect(claims.find((c) => c.figure.kind === 'count')?.figure.text).toBe('40 injured residents');
  });
});

// "Of the dead, 133 were civilians": a bare count, a copula, then the noun phrase it counts.
describe('a count whose noun follows a copula', () => {
  it('counts the plural noun phrase after "were" or "are"', () => {
    const claims = frames('Of the dead, 58 were residents and 12 were Valdonian rescue workers.').filter((c) => c.figure.kind === 'count');
    expect(claims.map((c) => c.figure.text)).toEqual(['58 were residents', '12 were Valdonian rescue workers']);
    expect(claims[0]!.framing.measure).toBe('quake_dead');
  });

  it('counts nothing when a participle or a preposition follows the copula', () => {
    const claims = frames('Rescuers said 74 were killed and 30 were in hospital.').filter((c) => c.figure.kind === 'count');
    expect(claims.map((c) => c.figure.text)).toEqual(['74', '30']);
  });
});

// "74 dead", "put the injured at 300", "12 were hurt": with no noun anywhere near, the adjective
// or participle stands for people. Whom it counts is read, not said (a ministry's "74 dead" may be
// its own staff): a weak reading, which may support a figure and never contradict one.
describe('a count whose noun is left out', () => {
  const measureOf = (text: string, figure: string) => {
    const c = frames(text).find((x) => x.figure.text === figure)!;
    return { measure: c.framing.measure, via: c.framing.measureVia };
  };

  it('counts people, by the measure whose action the adjective is', () => {
    expect(measureOf('Rescuers reported 74 dead on Monday.', '74 dead')).toEqual({ measure: 'quake_dead', via: 'elided' });
  });

  it('takes "the dead at", "the injured numbered" before a bare number', () => {
    const text = 'The first tally put the dead at 74 and the injured at 300.';
    expect(measureOf(text, '74')).toEqual({ measure: 'quake_dead', via: 'elided' });
    expect(measureOf(text, '300')).toEqual({ measure: 'quake_injured', via: 'elided' });
  });

  it('takes a participle right after the count, or after its verb', () => {
    expect(measureOf('Officials said 12 were hurt in the aftershock.', '12')).toEqual({ measure: 'quake_injured', via: 'elided' });
  });

  it('counts nothing where no measure counts people', () => {
    const crews = testBeat({
      entities: [],
      measures: [{ id: 'crew_dead', name: 'crew members killed', unit: 'person', subjects: ['crew member'], actions: ['killed', 'dead'] }],
    });
    const c = extractOn(crews, { published: '2025-06-10' })('Rescuers reported 74 dead on Monday.').claims.find((x) => x.figure.kind === 'count')!;
    expect(c.framing.measure).toBeNull();
  });

  it('may support a fact, never contradict one', async () => {
    const judge = async (value: number) => {
      const facts = [fact({ id: 'quake-dead', measure: 'quake_dead', entities: ['valdonia'], unit: 'person', asOf: '2025-06-09', value })];
      return (await judgeOn(beat, facts, { published: '2025-06-10' })('Valdonia reported 74 dead on Monday.')).find(ofKind('count'))!;
    };
    expect((await judge(74)).verdict).toBe('supported');
    const other = await judge(90);
    expect(other.verdict).toBe('unverifiable');
    expect(other.frame?.measure.confidence).toBe('low');
  });
});

// "Valdonia … counted 4,100": a bare count right after a verb that is one measure's action.
describe('a bare count after a verb of one measure', () => {
  const counting = testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [
      { id: 'residents', name: 'residents counted', unit: 'person', subjects: ['resident'], actions: ['counted', 'was home to'] },
      { id: 'quake_dead', name: 'people killed by the quake', unit: 'person', subjects: ['people'], actions: ['killed'] },
    ],
  });
  const measureOf = (text: string, figure: string) => {
    const c = extractOn(counting, { published: '2025-06-10' })(text).claims.find((x) => x.figure.text === figure)!;
    return { measure: c.framing.measure, via: c.framing.measureVia };
  };

  it('is that measure, a weak reading, for a verb of one, two or three words', () => {
    expect(measureOf('Valdonia, which ran its count a year late, counted 4,100.', '4,100')).toEqual({ measure: 'residents', via: 'action' });
    expect(measureOf('The valley was home to some 4,100.', 'some 4,100')).toEqual({ measure: 'residents', via: 'action' });
  });

  it('is nothing after a verb no measure has, or one two measures share', () => {
    expect(measureOf('Valdonia reported 4,100.', '4,100').measure).toBeNull();
  });
});

// "the mills ground 4,100 tonnes": a quantity in a unit, its sentence naming no measure, after a
// verb that is the action of one measure in a unit it converts to.
describe('a quantity in a unit after a verb of one measure', () => {
  const milling = testBeat({
    entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
    measures: [
      { id: 'flour_milled', name: 'flour milled', unit: 't', subjects: [], phrases: ['flour output'], actions: ['ground', 'milled'] },
      { id: 'grain_stored', name: 'grain in store', unit: 't', subjects: [], phrases: ['grain stocks'], actions: ['stored'] },
      { id: 'water_drawn', name: 'water drawn by the mills', unit: 'm3', subjects: [], phrases: ['water drawn'], actions: ['drew'] },
    ],
  });
  const claimOf = (text: string, figure: string, vocabulary = milling) => extractOn(vocabulary, { published: '2025-06-10' })(text).claims.find((x) => x.figure.text === figure)!;

  it('is that measure, a weak reading, for a verb before it or of a relative clause after it', () => {
    const ground = claimOf('Valdonia\'s mills ground 4,100 tonnes in 2024.', '4,100 tonnes');
    expect({ measure: ground.framing.measure, via: ground.framing.measureVia }).toEqual({ measure: 'flour_milled', via: 'action' });
    expect(claimOf('Valdonia kept the 900 tonnes it stored in 2024.', '900 tonnes').framing.measure).toBe('grain_stored');
  });

  it('is nothing after a verb no measure of a fitting unit has, or with a phrase of the measure beside it', () => {
    expect(claimOf('Valdonia drew 4,100 tonnes in 2024.', '4,100 tonnes').framing.measure).toBeNull();
    expect(claimOf('Valdonia shipped 4,100 tonnes in 2024.', '4,100 tonnes').framing.measure).toBeNull();
    const named = claimOf('Valdonia ground 4,100 tonnes in 2024, and its grain stocks grew.', '4,100 tonnes');
    expect(named.framing.measureVia).toBeUndefined();
  });

  it('may support a fact, never contradict one', async () => {
    const judge = async (value: number) => {
      const facts = [fact({ id: 'milled-2024', measure: 'flour_milled', entities: ['valdonia'], unit: 't', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value })];
      return (await judgeOn(milling, facts, { published: '2025-06-10' })('Valdonia\'s mills ground 4,100 tonnes in 2024.')).find((c) => c.figure.text === '4,100 tonnes')!;
    };
    expect((await judge(4100)).verdict).toBe('supported');
    const other = await judge(5200);
    expect(other.verdict).toBe('unverifiable');
    expect(other.frame?.measure.confidence).toBe('low');
  });
});

describe('a bare count whose noun is left out, read from what surrounds it', () => {
  it('"74 civilian dead": an adjective before the one standing for people', () => {
    const c = frames('The ministry gave 74 civilian dead on Friday.').find((x) => x.figure.kind === 'count')!;
    expect(c.framing.measure).toBe('quake_dead');
  });

  it('"the 74 it counted": the verb of a relative clause after it, where one measure has that action', () => {
    const c = frames('Rescuers were still searching, against the 74 they killed outright.').find((x) => x.figure.text === '74')!;
    expect(c.framing.measure).toBe('quake_dead');
  });

  it('"1,200 of those": a part of the count named before it', () => {
    const claims = frames('The quake hurt 3,000 Valdonians, and 1,200 of those were children.');
    expect(claims.find((x) => x.figure.text === '1,200')?.framing.measure).toBe('quake_injured');
  });
});
