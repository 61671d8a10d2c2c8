import { describe, expect, it } from 'vitest';
import { inflections } from '../../shared/vocabulary/vocabulary.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { reportOn, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: a national jobs statistic only one country publishes, and a
// league whose members meet a target or not.
const beat = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
    { id: 'league', name: 'the Trade League', kind: 'alliance', aliases: ['Trade League'] },
  ],
  measures: [
    { id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['add', 'created'], actors: ['employer'], kind: 'change', entity: 'ruritania' },
    { id: 'league_members', name: 'members of the league', unit: 'member', subjects: ['member'], actions: ['members'], entity: 'league' },
    { id: 'members_on_target', name: 'members meeting the export target', unit: 'member', subjects: ['member'], actions: ['reach', 'met'], entity: 'league' },
  ],
});

const may = (value: number): ReferenceFact => fact({ id: `ru-may-${value}`, measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-05-01', to: '2025-05-31' }, asOf: '2025-06-06', value, side: 'ruritania-statistics' });

const judge = (text: string, facts: ReferenceFact[]) => reportOn(beat, facts, { published: '2025-06-10' })(text);

describe('a measure only one entity has', () => {
  it('is that entity\'s where its sentence names nobody, read with confidence', async () => {
    const r = await judge('Employers added 12,000 jobs in May.', [may(15000)]);
    const c = r.claims.find((x) => x.figure.kind === 'count')!;
    expect(c.frame?.subject).toMatchObject({ value: ['ruritania'], confidence: 'high' });
    expect(c.verdict).toBe('contradicted');
  });

  it('is a guess where the article is about another country', async () => {
    const r = await judge('Freedonia\'s economy cools\n\nFreedonia is slowing. Employers added 12,000 jobs in May.', [may(15000)]);
    const c = r.claims.find((x) => x.figure.kind === 'count')!;
    expect(c.frame?.subject.confidence).toBe('low');
    expect(c.verdict).toBe('unverifiable');
  });

  it('is not the subject where the sentence names another', async () => {
    const r = await judge('Freedonian employers added 12,000 jobs in May.', [may(15000)]);
    expect(r.claims.find((x) => x.figure.kind === 'count')!.verdict).toBe('unverifiable');
  });
});

describe('a part and its whole', () => {
  it('"12 of its 30 members reaching the target": the verb is the part\'s, the whole is not the part\'s measure', async () => {
    const r = await judge('The Trade League says 12 of its 30 members are reaching the target this year.', []);
    const [part, whole] = r.claims.filter((x) => x.figure.kind === 'count');
    expect(part!.framing?.measure).toBe('members_on_target');
    expect(whole!.framing?.measure).not.toBe('members_on_target');
    // Two different quantities: no consistency claim between them.
    expect(r.claims.some((x) => x.figure.kind === 'consistency')).toBe(false);
  });

  it('the whole is read by its own noun where the vocabulary lists the noun as a measure\'s word', async () => {
    const members = fact({ id: 'league-members', measure: 'league_members', entities: ['league'], unit: 'member', asOf: '2025-01-01', value: 30 });
    const r = await judge('By its own count, 12 of the Trade League\'s 30 members are reaching the target this year.', [members]);
    const whole = r.claims.find((x) => x.figure.text.startsWith('30'))!;
    expect(whole.framing?.measure).toBe('league_members');
    expect(whole.verdict).toBe('supported');
    // A count that is no partitive's whole still needs a word of its measure beside its noun.
    const alone = await judge('The Trade League has 30 members.', [members]);
    expect(alone.claims.find((x) => x.figure.text.startsWith('30'))!.framing?.measure).toBeNull();
  });
});

describe('an action in any regular form', () => {
  it('is found as the vocabulary lists it and in its other forms', () => {
    expect(inflections('reach')).toEqual(expect.arrayContaining(['reach', 'reaches', 'reached', 'reaching']));
    expect(inflections('reached')).toEqual(expect.arrayContaining(['reach', 'reaching']));
    expect(inflections('displaced')).toEqual(expect.arrayContaining(['displace', 'displaces', 'displacing']));
    expect(inflections('killed')).toEqual(expect.arrayContaining(['kill', 'kills', 'killing']));
    // A doubled consonant's single stem takes only -ed and -ing: "added" gives no "ads".
    expect(inflections('added')).not.toContain('ads');
    // Short words as written.
    expect(inflections('up')).toEqual(['up']);
  });

  it('is found in its irregular forms, from any of them', () => {
    expect(inflections('lose')).toEqual(expect.arrayContaining(['loses', 'losing', 'lost']));
    expect(inflections('fled')).toEqual(expect.arrayContaining(['flee', 'flees', 'fleeing']));
    expect(inflections('rise')).toEqual(expect.arrayContaining(['rose', 'risen', 'rising']));
    // A past form takes no regular endings of its own.
    expect(inflections('lost')).not.toContain('losts');
  });

  it('inflects the first word of a phrase only when it is a verb', () => {
    expect(inflections('spend at least')).toEqual(expect.arrayContaining(['spend at least', 'spent at least', 'spends at least']));
    expect(inflections('lost their homes')).toEqual(expect.arrayContaining(['lose their homes', 'losing their homes']));
    expect(inflections('death toll')).toEqual(['death toll']);
    expect(inflections('casualty figures')).toEqual(['casualty figures']);
  });
});

// An elections beat, written for these tests.
const elections = testBeat({
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
    { id: 'greens', name: 'Green Party', kind: 'party', aliases: ['Green Party', 'Greens'] },
  ],
  measures: [
    { id: 'turnout', name: 'voter turnout', unit: '%', subjects: [], actions: [], phrases: ['turnout'], eventKinds: ['election'], subjectKinds: ['country'] },
    { id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won', 'took'], eventKinds: ['election'], subjectKinds: ['party'] },
  ],
  events: [
    { id: 'ru-2023-election', name: 'Ruritanian general election of 2023', kind: 'election', start: '2023-05-14', end: '2023-05-14', entities: ['ruritania', 'greens'], aliases: ['2023 general election', 'May election'] },
  ],
});
const turnout = (value: number): ReferenceFact => fact({ id: `ru-turnout-${value}`, measure: 'turnout', entities: ['ruritania'], unit: '%', event: 'ru-2023-election', period: { from: '2023-05-14', to: '2023-05-14' }, asOf: '2023-05-20', value, side: 'ru-electoral-commission' });

const judgeElection = (text: string, facts: ReferenceFact[]) => reportOn(elections, facts, { published: '2023-06-01' })(text);

describe('the kinds of subject a measure accepts', () => {
  it('a party named beside a turnout is not whose turnout it is; the event\'s one country is', async () => {
    const r = await judgeElection('Ruritania voted in May. In the 2023 general election the Greens campaigned hard, and turnout was 64.2%.', [turnout(71.5)]);
    const c = r.claims.find((x) => x.figure.kind === 'percent')!;
    expect(c.framing?.entities.find((e) => e.role === 'subject')).toMatchObject({ id: 'ruritania', via: 'event' });
    expect(c.frame?.subject.confidence).toBe('high');
    expect(c.verdict).toBe('contradicted');
  });

  it('a measure of an election takes the election its paragraph named before', async () => {
    const r = await judgeElection('Ruritania held its 2023 general election in May. Turnout was 71.5%.', [turnout(71.5)]);
    const c = r.claims.find((x) => x.figure.kind === 'percent')!;
    expect(c.framing?.event).toMatchObject({ id: 'ru-2023-election', via: 'context' });
    expect(c.verdict).toBe('supported');
  });

  it('an event found by a shared name, in an article about another country, is a weak reading', async () => {
    const r = await judgeElection('Freedonia voted last week. In the 2023 general election turnout was 64.2%.', [turnout(71.5)]);
    const c = r.claims.find((x) => x.figure.kind === 'percent')!;
    expect(c.frame?.event.confidence).toBe('low');
    expect(c.verdict).toBe('unverifiable');
  });
});
