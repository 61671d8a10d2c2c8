import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { fact } from '../helpers/facts.ts';

// A percentage of change in a sentence that names only a money measure ("its flood budget rose
// 28%") is the change of that measure: the vocabulary's measure of it in %, where the beat
// declares one (`changeOf`). A beat written for these tests: one country's flood-defence budget.
const words = (changeOf: boolean) =>
  compileVocabulary(
    Vocabulary.parse({
      version: 'change-of-level-test',
      events: [],
      currencies: [{ id: 'usd', code: 'USD', symbols: ['$'], words: ['dollar'] }],
      entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
      measures: [
        { id: 'flood_budget', name: 'flood-defence budget', unit: 'USD', subjects: [], actions: [], phrases: ['flood budget'] },
        { id: 'flood_budget_change', name: 'change in the flood-defence budget', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['rise in the flood budget'], ...(changeOf ? { changeOf: 'flood_budget' } : {}) },
      ],
    }),
  );
const rise = fact({ id: 'rise-2024', measure: 'flood_budget_change', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 28, precision: 1 });

async function claimOf(text: string, changeOf: boolean) {
  const v = words(changeOf);
  const doc = extractClaims(new TextEncoder().encode(text), { published: '2025-03-01', vocabulary: v });
  const r = await judgeClaims(doc, new MemoryReferenceStore([rise]), { vocabulary: v });
  return r.claims.find((c) => c.figure.kind === 'percent')!;
}

describe('a percentage of change of a money measure', () => {
  it('is the measure of its change where the beat declares one', async () => {
    const c = await claimOf('Ruritania\'s flood budget rose 28% in 2024.', true);
    expect(c.framing?.measure).toBe('flood_budget_change');
    expect(c.verdict).toBe('supported');
    expect((await claimOf('Ruritania\'s flood budget rose 31% in 2024.', true)).verdict).toBe('contradicted');
  });

  it('stays the money measure where none is declared', async () => {
    expect((await claimOf('Ruritania\'s flood budget rose 28% in 2024.', false)).framing?.measure).toBe('flood_budget');
  });
});
