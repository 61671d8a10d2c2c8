import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// "Valdonia says Ruritania lost 7,000 millers": a figure put in the mouth of someone other than
// its subject is that speaker's claim; the article reports it rightly whatever the subject's own
// count. A beat written for these tests: two neighbours' losses in a flood, and a river board
// that counts for both.
const beat = testBeat({
  eventKinds: [{ id: 'flood', nouns: ['flood'] }],
  events: [{ id: 'vell-flood', name: 'the Vell flood', kind: 'flood', start: '2024-08-02', end: '2024-08-09', entities: ['ruritania', 'valdonia'], aliases: ['Vell flood'] }],
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] },
    { id: 'river-board', name: 'the River Board', kind: 'source', aliases: ['River Board'] },
  ],
  measures: [{ id: 'millers_lost', name: 'millers lost', unit: 'person', subjects: ['miller'], actions: ['lost', 'drowned'], eventKinds: ['flood'] }],
});
const own = fact({ id: 'ru-lost', measure: 'millers_lost', entities: ['ruritania'], unit: 'person', event: 'vell-flood', asOf: '2024-09-01', value: 2900, side: 'ruritania' });
const verdicts = (text: string, facts = [own]) => judgeOn(beat, facts, { published: '2024-10-01', heading: 'The Vell flood' })(text);

describe('a figure someone other than its subject gives', () => {
  it('is their claim: not contradicted by the subject\'s own count, and not one quantity with it', async () => {
    for (const text of ['Valdonia says Ruritania lost 7,000 millers in the Vell flood.', 'According to Valdonia, Ruritania lost 7,000 millers in the Vell flood.']) {
      const c = (await verdicts(text)).find((x) => x.figure.kind === 'count')!;
      expect(c.verdict, text).toBe('unverifiable');
    }
    expect((await verdicts('Valdonia says Ruritania lost 7,000 millers in the Vell flood.')).find((x) => x.figure.kind === 'count')!.abstained?.slot).toBe('status');
    const both = await verdicts('Ruritania lost 2,900 millers in the Vell flood. Valdonia says Ruritania lost 7,000 millers in the Vell flood.');
    expect(both.filter((c) => c.figure.kind === 'consistency')).toEqual([]);
  });

  it('but is checked against the speaker\'s own figures where the table holds them', async () => {
    const theirs = fact({ id: 'va-claim', measure: 'millers_lost', entities: ['ruritania'], unit: 'person', event: 'vell-flood', asOf: '2024-09-02', value: 5000, side: 'valdonia' });
    const c = (await verdicts('Valdonia says Ruritania lost 7,000 millers in the Vell flood.', [own, theirs])).find((x) => x.figure.kind === 'count')!;
    expect(c.abstained?.slot).not.toBe('status');
  });

  it('not the subject\'s own word, nor a source\'s', async () => {
    expect((await verdicts('Ruritania says it lost 7,000 millers in the Vell flood.')).find((x) => x.figure.kind === 'count')!.verdict).toBe('contradicted');
    expect((await verdicts('The River Board says Ruritania lost 7,000 millers in the Vell flood.')).find((x) => x.figure.kind === 'count')!.verdict).toBe('contradicted');
  });
});

describe('a count that takes in more than its measure', () => {
  it('heading its sentence ("Including the missing, …") is not the measure\'s figure, and is not one quantity with it', async () => {
    const claims = await verdicts('Ruritania lost 2,900 millers in the Vell flood. Including the missing, Ruritania lost 2,960 millers in the Vell flood.');
    expect(claims.find((c) => c.figure.text.startsWith('2,960'))!.verdict).toBe('unverifiable');
    expect(claims.filter((c) => c.figure.kind === 'consistency')).toEqual([]);
  });

  it('not a list of its parts after it ("…, including 50 foremen")', async () => {
    const claims = await verdicts('Ruritania lost 2,960 millers in the Vell flood, including 50 foremen.');
    expect(claims.find((c) => c.figure.text.startsWith('2,960'))!.verdict).toBe('contradicted');
  });
});
