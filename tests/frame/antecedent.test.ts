import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// "Freedonia is the story. Its share climbs to 2.1%": a possessive opening a sentence points back
// at the one entity the sentence before names. A beat written for these tests: the share of
// national income two countries put into their harbours.
const beat = testBeat({
  entities: [
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia'] },
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
    { id: 'harbour-board', name: 'the Harbour Board', kind: 'authority', aliases: ['Harbour Board'] },
  ],
  measures: [{ id: 'harbour_share', name: 'harbour spending as a share of national income', unit: '%', subjects: [], actions: [], phrases: ['share of national income', 'harbour share'] }],
});
const facts = [fact({ id: 'fr-2024', measure: 'harbour_share', entities: ['freedonia'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-10', value: 2.1, precision: 0.1 })];
const read = extractOn(beat, { published: '2025-02-01' });
const judgeText = judgeOn(beat, facts, { published: '2025-02-01' });
const claimOf = async (text: string, figure: string) => (await judgeText(text)).find((c) => c.figure.text === figure)!;

describe('a possessive that points back at the sentence before', () => {
  it('"Its harbour share" is the one country the sentence before names: a weak reading that may support', async () => {
    const c = await claimOf('Freedonia is the story of the year. Its harbour share climbed to 2.1% in 2024.', '2.1%');
    expect(c.frame?.subject).toMatchObject({ value: ['freedonia'], confidence: 'low' });
    expect(c.verdict).toBe('supported');
  });

  it('"the country\'s" after a leading clause, likewise; and it never contradicts', async () => {
    const c = await claimOf('Freedonia is the story of the year. Once the audit was in, the country\'s harbour share stood at 2.6% in 2024.', '2.6%');
    expect(c.frame?.subject.value).toEqual(['freedonia']);
    expect(c.verdict).not.toBe('contradicted');
  });

  it('is nobody where the sentence before names two, or none, or another paragraph names one', async () => {
    expect((await claimOf('Freedonia and Ruritania are the story. Its harbour share climbed to 2.1% in 2024.', '2.1%')).frame?.subject.value).not.toEqual(['freedonia']);
    expect((await claimOf('Freedonia is the story.\n\nIts harbour share climbed to 2.1% in 2024.', '2.1%')).framing?.entities.some((e) => e.via === 'antecedent')).toBe(false);
  });
});

// "Freedonia leads. It spent 2.1% of national income on its harbours": "It", or "The country",
// opening a sentence as its subject points back the same way.
describe('a subject pronoun that points back at the sentence before', () => {
  it('"It spent …" and "The country spent …" are the one country the sentence before names: a weak reading', async () => {
    for (const text of ['Freedonia leads the league. It spent 2.1% of national income on its harbours in 2024.', 'Freedonia leads the league. The country spent 2.1% of national income on its harbours in 2024.']) {
      const c = await claimOf(text, '2.1%');
      expect(c.frame?.subject, text).toMatchObject({ value: ['freedonia'], confidence: 'low' });
      expect(c.verdict, text).toBe('supported');
    }
  });

  it('is nobody after an empty "It is clear that …", or where the sentence before names two', async () => {
    expect((await claimOf('Freedonia leads the league. It is clear that 2.1% of national income went to harbours in 2024.', '2.1%')).framing?.entities.some((e) => e.via === 'antecedent')).toBe(false);
    expect((await claimOf('Freedonia and Ruritania lead. It spent 2.1% of national income on harbours in 2024.', '2.1%')).framing?.entities.some((e) => e.via === 'antecedent')).toBe(false);
  });
});

// "Freedonia spends the most. The Harbour Board put it at 2.1%": the body before the verb gave the
// figure; "it" points back at the one entity the sentence before names.
describe('a body that put "it" at a figure', () => {
  it('"The Harbour Board put it at 2.1% … in 2024": the entity the sentence before names, not the body', async () => {
    const c = await claimOf('Freedonia spends the most. The Harbour Board put it at 2.1% of national income in 2024.', '2.1%');
    expect(c.frame?.subject).toMatchObject({ value: ['freedonia'], confidence: 'low' });
    expect(c.verdict).toBe('supported');
  });

  it('and a figure coordinated after it; "estimated its share at" likewise', async () => {
    const doc = read('Freedonia spends the most. The Harbour Board put it at 1.9% of national income in 2023 and 2.1% in 2024.');
    expect(doc.claims.filter((c) => c.figure.kind === 'percent').map((c) => c.framing.entities.find((e) => e.role === 'subject')?.id)).toEqual(['freedonia', 'freedonia']);
    const its = await claimOf('Freedonia spends the most. The Harbour Board estimated its harbour share at 2.1% in 2024.', '2.1%');
    expect(its.frame?.subject.value).toEqual(['freedonia']);
  });
});

// "Freedonia passed 2% in 2024. At 2.1% of national income, up from 1.9% the year before.": a
// fragment with no verb of its own goes on from the sentence before, its subject and its period.
describe('a fragment that goes on from the sentence before', () => {
  it('takes that sentence\'s subject and period, in its paragraph or after a one-line question', async () => {
    for (const text of [
      'Freedonia passed 2% in 2024. At 2.1% of national income, up from 1.9% the year before.',
      'What did Freedonia reach in 2024?\n\nAt 2.1% of national income, up from 1.9% the year before. Nobody expected it.',
    ]) {
      const doc = read(text);
      const [level, base] = doc.claims.filter((c) => c.figure.text === '2.1%' || c.figure.text === '1.9%');
      expect(level!.framing.entities.find((e) => e.role === 'subject')?.id).toBe('freedonia');
      expect(level!.framing.time).toMatchObject({ from: '2024', basis: 'explicit' });
      expect(base!.framing.time).toMatchObject({ from: '2023' });
    }
    expect((await claimOf('Freedonia passed 2% in 2024. At 2.1% of national income, up from 1.9% the year before.', '2.1%')).verdict).toBe('supported');
  });

  it('not a sentence with a verb, nor after a paragraph of several sentences', () => {
    const doc = read('Freedonia passed 2% in 2024. It spent 2.1% of national income.');
    expect(doc.claims.find((c) => c.figure.text === '2.1%')!.framing.time.basis).not.toBe('explicit');
  });
});
