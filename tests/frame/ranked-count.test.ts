import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { fact } from '../helpers/facts.ts';

// "Freedonia became the league's 21st member": the rank of a joiner is the league's count of
// members once it joined. A beat written for these tests: a league and its members.
const beat = compileVocabulary(
  Vocabulary.parse({
    version: 'ranked-count-test',
    events: [],
    entities: [
      { id: 'league', name: 'the Coastal League', kind: 'alliance', aliases: ['Coastal League', 'the league'] },
      { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
    ],
    measures: [
      { id: 'league_members', name: 'members of the league', unit: 'member', subjects: ['member'], actions: ['joined'], entity: 'league' },
      { id: 'members_on_target', name: 'members meeting the target', unit: 'member', subjects: ['member'], actions: ['met', 'meet'] },
    ],
  }),
);
const members = fact({ id: 'members-21', measure: 'league_members', entities: ['league'], unit: 'member', period: { from: '2024-03-01', to: '2026-12-31' }, asOf: '2024-03-01', value: 21, precision: 1 });

async function claimOf(text: string) {
  const doc = extractClaims(new TextEncoder().encode(text), { published: '2024-09-01', vocabulary: beat });
  const r = await judgeClaims(doc, new MemoryReferenceStore([members]), { vocabulary: beat });
  return r.claims.find((c) => /\d(?:st|nd|rd|th)$/.test(c.figure.text))!;
}

describe('the rank of a joiner', () => {
  it('is the count of the whole it joined, the owner\'s', async () => {
    const right = await claimOf('Freedonia became the 21st member in March 2024.');
    expect(right.figure).toMatchObject({ kind: 'count', value: 21, unit: 'member' });
    expect(right.frame?.subject.value).toEqual(['league']);
    expect(right.verdict).toBe('supported');
    expect((await claimOf('Freedonia became the 20th member in March 2024.')).verdict).toBe('contradicted');
    // The date is the joining's, a claim of its own, as well as the count's time.
    const doc = extractClaims(new TextEncoder().encode('Freedonia became the 21st member in March 2024.'), { published: '2024-09-01', vocabulary: beat });
    expect(doc.claims.map((c) => c.figure.text)).toContain('March 2024');
  });

  it('is no count without joining, or as a rank among those who did more', async () => {
    expect((await claimOf('Freedonia is the 20th member by size.')).figure.kind).toBe('ordinal');
    expect((await claimOf('Freedonia became the 20th member to meet the target in 2024.')).figure.kind).toBe('ordinal');
  });
});
