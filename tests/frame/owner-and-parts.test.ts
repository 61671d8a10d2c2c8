import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { compileVocabulary, inflections, Vocabulary } from '../../shared/vocabulary/vocabulary.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';

// A beat written for these tests: a national jobs statistic only one country publishes, and a
// league whose members meet a target or not.
const beat = compileVocabulary(
  Vocabulary.parse({
    version: 'owner-test',
    events: [],
    entities: [
      { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
      { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
      { id: 'league', name: 'the Trade League', kind: 'alliance', aliases: ['Trade League'] },
    ],
    measures: [
      { id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['add', 'created'], kind: 'change', entity: 'ruritania' },
      { id: 'league_members', name: 'members of the league', unit: 'member', subjects: ['member'], actions: ['members'], entity: 'league' },
      { id: 'members_on_target', name: 'members meeting the export target', unit: 'member', subjects: ['member'], actions: ['reach', 'met'], entity: 'league' },
    ],
  }),
);

const may = (value: number): ReferenceFact => fact({ id: `ru-may-${value}`, measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-05-01', to: '2025-05-31' }, asOf: '2025-06-06', value, side: 'ruritania-statistics' });

async function judge(text: string, facts: ReferenceFact[]) {
  const doc = extractClaims(new TextEncoder().encode(text), { published: '2025-06-10', vocabulary: beat });
  return judgeClaims(doc, new MemoryReferenceStore(facts), { vocabulary: beat });
}

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
});

describe('an action in any regular form', () => {
  it('is found as the vocabulary lists it and in its other forms', () => {
    expect(inflections('reach')).toEqual(expect.arrayContaining(['reach', 'reaches', 'reached', 'reaching']));
    expect(inflections('reached')).toEqual(expect.arrayContaining(['reach', 'reaching']));
    expect(inflections('displaced')).toEqual(expect.arrayContaining(['displace', 'displaces', 'displacing']));
    expect(inflections('killed')).toEqual(expect.arrayContaining(['kill', 'kills', 'killing']));
    // A doubled consonant's single stem takes only -ed and -ing: "added" gives no "ads".
    expect(inflections('added')).not.toContain('ads');
    // Phrases and short words as written.
    expect(inflections('spend at least')).toEqual(['spend at least']);
    expect(inflections('up')).toEqual(['up']);
  });
});
