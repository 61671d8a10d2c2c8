import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { judgeClaims } from '../../shared/judge/judge.ts';
import { MemoryReferenceStore } from '../../shared/reference/store.ts';
import { compileVocabulary } from '../../shared/vocabulary/vocabulary.ts';
import { Vocabulary } from '../../shared/vocabulary/schema.ts';
import { fact } from '../helpers/facts.ts';

// A rate of change is measured over a span: flour prices "rose 0.4% on the month" and "3.2% from a
// year earlier" in the same release. A change over one span is no evidence about a change over
// another. A beat written for these tests: the yearly rise of Valdonia's flour prices, declared
// as a change over a year (`span`), and the same measure without a span.
const beat = (span: boolean) =>
  compileVocabulary(
    Vocabulary.parse({
      version: 'change-span-test',
      events: [],
      entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
      measures: [{ id: 'flour_price_rise', name: 'rise in flour prices', unit: '%', kind: 'change', subjects: [], actions: [], phrases: ['flour prices', 'flour inflation'], ...(span ? { span: 'year' } : {}) }],
    }),
  );
const facts = [fact({ id: 'flour-2024-02', measure: 'flour_price_rise', entities: ['valdonia'], unit: '%', period: { from: '2024-02-01', to: '2024-02-29' }, asOf: '2024-03-12', value: 3.2 })];
async function verdict(text: string, span = true) {
  const v = beat(span);
  const doc = extractClaims(new TextEncoder().encode(`Notes from the valley\n\n${text}`), { published: '2024-03-13', vocabulary: v });
  const r = await judgeClaims(doc, new MemoryReferenceStore(facts), { vocabulary: v });
  return { claim: r.claims.find((c) => c.figure.kind === 'percent')!, consistency: r.claims.filter((c) => c.figure.kind === 'consistency') };
}

describe('the span a change is measured over', () => {
  it('a change over another span than the measure declares is neither contradicted nor supported', async () => {
    for (const text of ['Valdonian flour prices rose 0.4% in February from January.', 'Valdonian flour inflation was 0.4% on the month in February.', 'Valdonian flour prices rose 3.2% month on month in February.']) {
      const { claim } = await verdict(text);
      expect(claim.verdict, text).toBe('unverifiable');
      expect(claim.explanation, text).toMatch(/change over a month/);
    }
  });

  it('the declared span, stated, is judged: "from a year earlier", "year on year"', async () => {
    expect((await verdict('Valdonian flour prices rose 3.5% in February from a year earlier.')).claim.verdict).toBe('contradicted');
    expect((await verdict('Valdonian flour prices rose 3.2% year on year in February.')).claim.verdict).toBe('supported');
    expect((await verdict('Valdonian flour prices were 3.2% higher on the year in February.')).claim.verdict).toBe('supported');
  });

  it('a level of the rate the same as the month before ("unchanged from January") is no change over a month', async () => {
    expect((await verdict('Valdonian flour inflation held at 3.2% in February, unchanged from January.')).claim.verdict).toBe('supported');
  });

  it('a rise of a month with no span stated, against a yearly measure, is not contradicted: on the month, or on the year?', async () => {
    const { claim } = await verdict('Valdonian flour prices rose 0.4% in February.');
    expect(claim.verdict).toBe('unverifiable');
    expect(claim.abstained?.slot).toBe('change');
  });

  it('a span stated where the measure declares none is never contradicted', async () => {
    expect((await verdict('Valdonian flour prices rose 3.5% in February from a year earlier.', false)).claim.verdict).toBe('unverifiable');
  });

  it('a change on the month and one on the year are not one quantity stated twice', async () => {
    const { consistency } = await verdict('Valdonian flour inflation was 0.4% on the month in February. Valdonian flour inflation was 3.2% in February.');
    expect(consistency).toEqual([]);
  });
});
