import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import type { JudgedClaim } from '../../shared/report/report.ts';
import { judgeOn, ofKind, reportOn, testBeat } from '../helpers/judge.ts';

// Two sources that both stood when an article was written and give different figures for the
// same thing (a league's own count and an auditor's, by another definition): a claim that takes
// the one the engine does not lead with is disputed, not contradicted. An earlier release of the
// leading source, or another source's bound ("more than 20"), is no such rival. A beat written
// for these tests.
const beat = testBeat({
  entities: [{ id: 'league', name: 'the Northern League', kind: 'alliance', aliases: ['Northern League', 'the league'] }],
  measures: [{ id: 'clubs_solvent', name: 'clubs meeting the solvency rule', unit: 'club', subjects: ['club'], actions: ['met the solvency rule'], phrases: ['met the solvency rule'], entity: 'league' }],
  sources: [
    { id: 'league-office', name: "the league's own office" },
    { id: 'auditor', name: 'an independent auditor' },
  ],
});

const source = (organisation: string, published: string) => ({ organisation, title: 'A test page', url: 'https://example.org/page', published, retrieved: '2026-12-01' });
const season = { from: '2024-01-01', to: '2024-12-31' };
const own = (id: string, asOf: string, v: Partial<ReferenceFact>): ReferenceFact =>
  ({ id, entities: ['league'], measure: 'clubs_solvent', period: season, asOf, unit: 'club', precision: 1, side: 'league-office', source: source('League Office', asOf), ...v }) as ReferenceFact;
const audit = (id: string, asOf: string, v: Partial<ReferenceFact>): ReferenceFact =>
  ({ id, entities: ['league'], measure: 'clubs_solvent', period: season, asOf, unit: 'club', precision: 1, side: 'auditor', source: source('Auditor', asOf), ...v }) as ReferenceFact;

const verdictOf = async (text: string, facts: ReferenceFact[], published = '2025-05-01'): Promise<JudgedClaim> => {
  const claims = (await judgeOn(beat, facts)(text, published)).filter((c) => c.figure.kind !== 'consistency' && c.figure.kind !== 'date');
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

// The league counted 14 clubs in the summer; the auditor, later and by its own definition, 11.
const twoSources = [own('league-2024', '2024-07-01', { value: 14 }), audit('auditor-2024', '2025-03-15', { value: 11 })];

describe('a claim that only another current source fits', () => {
  it('is disputed, naming both figures', async () => {
    const v = await verdictOf('In 2024, 14 clubs met the solvency rule.', twoSources);
    expect(v.verdict).toBe('disputed');
    expect(v.explanation).toMatch(/^Sources disagree: '14 clubs' fits 14 clubs \(League Office.*but not 11 clubs \(Auditor/);
  });

  it('the leading source is supported as before, and a figure neither gives is contradicted', async () => {
    expect((await verdictOf('In 2024, 11 clubs met the solvency rule.', twoSources)).verdict).toBe('supported');
    expect((await verdictOf('In 2024, 17 clubs met the solvency rule.', twoSources)).verdict).toBe('contradicted');
  });

  it('a source published after the article is no rival: its figure is a later one', async () => {
    // Written before the auditor reported: the league's count is the one it is checked against,
    // and the auditor's, which it fits, makes the engine abstain, as any later figure does.
    const v = await verdictOf('In 2024, 11 clubs met the solvency rule.', twoSources, '2024-09-01');
    expect(v.verdict).toBe('unverifiable');
    expect(v.abstained).toMatchObject({ verdict: 'contradicted', slot: 'evidence' });
    expect((await verdictOf('In 2024, 17 clubs met the solvency rule.', twoSources, '2024-09-01')).verdict).toBe('contradicted');
  });

  it("an earlier release of the leading source's own figure is no rival", async () => {
    const revised = [own('league-2024-first', '2024-03-01', { value: 12 }), own('league-2024', '2024-07-01', { value: 14 })];
    expect((await verdictOf('In 2024, 12 clubs met the solvency rule.', revised)).verdict).toBe('contradicted');
  });

  it("another source's bound is no rival: a wrong figure can fall within it", async () => {
    const bound = [audit('auditor-2024', '2025-03-15', { value: 11 }), own('league-2024-bound', '2024-07-01', { low: 13, high: 40, precision: undefined })];
    expect((await verdictOf('In 2024, 15 clubs met the solvency rule.', bound)).verdict).toBe('contradicted');
  });

  it('an unsure slot still abstains, and says it would be disputed', async () => {
    // No period in its clause, and its subject only the measure's owner: weak readings.
    const v = await verdictOf('Fourteen clubs of the Northern League met the solvency rule.', twoSources);
    expect(v.verdict).toBe('unverifiable');
    expect(v.abstained).toMatchObject({ verdict: 'disputed' });
    expect(v.explanation).toMatch(/Read as written, sources disagree:/);
  });
});

// Two leagues, and a measure either may have: an article about one of them names only the
// league's clubs in the sentence of the figure. The article's main subject is a weak reading of
// who it is about: enough for a dispute between sources (a source says so), never for a
// contradiction.
const twoLeagues = testBeat({
  entities: [
    { id: 'league', name: 'the Northern League', kind: 'alliance', aliases: ['Northern League'] },
    { id: 'south', name: 'the Southern League', kind: 'alliance', aliases: ['Southern League'] },
  ],
  measures: [{ id: 'clubs_solvent', name: 'clubs meeting the solvency rule', unit: 'club', subjects: ['club'], actions: ['met the solvency rule'], phrases: ['met the solvency rule'] }],
  sources: [
    { id: 'league-office', name: "the league's own office" },
    { id: 'auditor', name: 'an independent auditor' },
  ],
});

describe('a dispute whose subject is the article\'s main subject', () => {
  // The article names the other league once: its main subject is not the only possible one.
  const article = (figure: string, other = ' Its rival, the Southern League, kept its own.') =>
    `Northern League tightens its books\n\nThe Northern League has changed its rules for clubs. Officials of the Northern League met on Monday.${other}\n\nIn 2024, ${figure} met the solvency rule, the count showed.\n`;
  const judgeText = judgeOn(twoLeagues, twoSources, { published: '2025-05-01' });
  const judgeIt = async (figure: string, other?: string) => (await judgeText(article(figure, other))).find(ofKind('count'))!;

  it('is disputed when a rival source fits', async () => {
    const v = await judgeIt('14 clubs');
    expect(v.frame?.subject).toMatchObject({ value: ['league'], confidence: 'low' });
    expect(v.verdict).toBe('disputed');
  });

  it('is never contradicted: a figure no source gives abstains on the subject', async () => {
    const v = await judgeIt('17 clubs');
    expect(v.verdict).toBe('unverifiable');
    expect(v.abstained).toMatchObject({ verdict: 'contradicted', slot: 'subject' });
  });

  it('two figures of the main subject, each given by a source, are no inconsistency of the text', async () => {
    const text = 'Northern League tightens its books\n\nThe Northern League has changed its rules. Officials of the Northern League met on Monday.\n\nIn 2024, 14 clubs met the solvency rule, the league office said. In 2024, 11 clubs met the solvency rule, an auditor found.\n';
    const report = await reportOn(twoLeagues, twoSources, { published: '2025-05-01' })(text);
    expect(report.claims.filter((c) => c.figure.kind === 'consistency' && c.verdict === 'contradicted')).toEqual([]);
  });

  it('unless the article names no other entity the measure could be about: then the main subject is sure', async () => {
    const v = await judgeIt('17 clubs', '');
    expect(v.frame?.subject).toMatchObject({ value: ['league'], confidence: 'high' });
    expect(v.verdict).toBe('contradicted');
  });
});

// A claim that names no subject, fitting one source's figure about one entity: another source's
// figure about another entity altogether is another quantity, no rival.
describe('a source\'s figure about another entity', () => {
  const towns = testBeat({
    eventKinds: [{ id: 'flood', nouns: ['flood'] }],
    events: [{ id: 'may-flood', name: 'the May flood', kind: 'flood', start: '2024-05-03', end: '2024-05-09', entities: ['ruritania', 'port-vell'], aliases: ['May flood'] }],
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
      { id: 'port-vell', name: 'Port Vell', kind: 'region', aliases: ['Port Vell'] },
      { id: 'ruritania-ministry', name: 'the Ruritanian ministry', kind: 'authority', aliases: ['the ministry'] },
    ],
    measures: [{ id: 'people_displaced', name: 'people displaced', unit: 'person', subjects: ['people', 'person', 'resident'], actions: ['drove', 'fled', 'displaced'] }],
    sources: [{ id: 'red-cross', name: 'the Red Cross' }, { id: 'ruritania-ministry', name: 'the ministry', party: 'ruritania' }],
  });
  const flood = { from: '2024-05-01', to: '2024-05-31' };
  const f = (id: string, entities: string[], side: string, value: number): ReferenceFact =>
    ({ id, entities, measure: 'people_displaced', event: 'may-flood', period: flood, asOf: '2024-06-10', unit: 'person', precision: 1, side, source: source(side, '2024-06-10'), value }) as ReferenceFact;
  const judged = async (text: string, facts: ReferenceFact[]) => (await judgeOn(towns, facts, { published: '2024-07-01' })(text)).find(ofKind('count'))!;

  it('"The May flood drove 12,000 people from their homes": the one fitting figure, not a dispute with a region\'s count', async () => {
    const c = await judged('The May flood drove 12,000 people from their homes.', [f('all', ['ruritania'], 'red-cross', 12_000), f('port', ['port-vell'], 'ruritania-ministry', 3_000)]);
    expect(c.verdict).toBe('supported');
  });

  it('a rival about the same entity is still a dispute', async () => {
    const c = await judged('The May flood drove 12,000 people from their homes.', [f('all', ['ruritania'], 'red-cross', 12_000), f('all-ministry', ['ruritania'], 'ruritania-ministry', 9_000)]);
    expect(c.verdict).toBe('disputed');
  });
});
