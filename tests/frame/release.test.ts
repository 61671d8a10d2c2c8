import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { releaseOf, releaseOfHeader } from '../../shared/frame/release.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { vocabularyFromFile } from '../../shared/vocabulary/file.ts';
import { fact } from '../helpers/facts.ts';

// A revised figure has releases: the first estimate and later ones. A claim about the first
// release is judged by the first, not by the figure as it stood when the article came out.

describe('which release a figure is of', () => {
  it.each([
    ["Ruritania's first estimate had shown ", 'first estimate'],
    ['The flash reading put growth at ', 'flash reading'],
    ['Exports were initially reported at ', 'initially reported'],
    ['The preliminary count, issued on Monday, stood at ', 'preliminary count'],
  ])('"%s…" is the first release', (before, text) => {
    expect(releaseOf(before, '')).toEqual({ value: 'first', text });
  });

  it('after the figure: "grew by 90,000 on the first count"', () => {
    expect(releaseOf('Payrolls grew by ', ' on the first count, the agency said.')).toMatchObject({ value: 'first' });
  });

  it('not once the clause turns to a later release: "first reported as 80,000 and now put at …"', () => {
    expect(releaseOf('March was first reported as 80,000 and is now put at ', '')).toBeNull();
    expect(releaseOf('The first estimate was later revised to ', '')).toBeNull();
  });

  it('not where nothing speaks of a release: "the first month of the year"', () => {
    expect(releaseOf('In the first month of the year employers added ', '')).toBeNull();
    expect(releaseOf('Ruritania added ', ' jobs in March.')).toBeNull();
  });

  it('a column of first releases', () => {
    expect(releaseOfHeader('First estimate')).toMatchObject({ value: 'first' });
    expect(releaseOfHeader('Initial reading (thousands)')).toMatchObject({ value: 'first' });
    expect(releaseOfHeader('Latest')).toBeNull();
  });
});

describe('a claim about the first release is judged by it', () => {
  const beat = vocabularyFromFile({
    extends: 'none',
    entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] }],
    measures: [{ id: 'jobs_added', name: 'jobs added in a month', unit: 'job', subjects: ['job'], actions: ['added', 'created'], phrases: ['payrolls'], kind: 'change', entity: 'ruritania' }],
  });
  const march = (id: string, asOf: string, value: number): ReferenceFact =>
    fact({ id, measure: 'jobs_added', entities: ['ruritania'], unit: 'job', period: { from: '2025-03-01', to: '2025-03-31' }, asOf, value, side: 'ruritania-statistics' });
  const facts = [march('mar-first', '2025-04-04', 80_000), march('mar-second', '2025-05-02', 104_000), march('mar-third', '2025-06-06', 97_000)];

  async function verdicts(text: string) {
    const doc = extractClaims(new TextEncoder().encode(text), { published: '2025-06-20', vocabulary: beat });
    const r = await judgeClaims(doc, new MemoryReferenceStore(facts), { vocabulary: beat });
    return r.claims.filter((c) => c.figure.kind !== 'date').map((c) => [c.figure.text, c.verdict, c.evidence.find((e) => e.role === 'main')?.factId ?? null, c.frame?.release?.value ?? null]);
  }

  it("the first estimate fits the first release, though the latest differs", async () => {
    expect(await verdicts("March's first estimate showed Ruritanian employers added 80,000 jobs.")).toEqual([['80,000 jobs', 'supported', 'mar-first', 'first']]);
  });

  it('without the words, the same figure is read as the latest release', async () => {
    const [row] = await verdicts('Ruritanian employers added 80,000 jobs in March.');
    expect(row).toMatchObject(['80,000 jobs', expect.not.stringMatching(/^supported$/), 'mar-third', null]);
  });

  it('"first reported as 80,000 and now stands at 97,000": each figure its own release', async () => {
    expect(await verdicts('Ruritanian payrolls for March were first reported as 80,000 and now stand at 97,000.')).toEqual([
      ['80,000', 'supported', 'mar-first', 'first'],
      ['97,000', 'supported', 'mar-third', null],
    ]);
  });
});
