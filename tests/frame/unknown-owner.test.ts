import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A measure that is only ever one country's ("the jobless rate" in a beat on Ruritania's mills)
// lets a figure with no subject named be that country's. Not where its clause gives the figure
// to a name the vocabulary does not know: "Valdonia's jobless rate" is someone else's, whatever
// its value. A beat written for these tests.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'jobless_rate', name: 'jobless rate', unit: '%', subjects: [], actions: [], phrases: ['jobless rate'], entity: 'ruritania' }],
});
const facts = [fact({ id: 'rate-2024-11', measure: 'jobless_rate', entities: ['ruritania'], unit: '%', period: { from: '2024-11', to: '2024-11' }, value: 4.2, asOf: '2024-12-06' })];
const judgeText = judgeOn(beat, facts, { published: '2024-12-10', heading: 'Mill notes' });
const judged = async (text: string) => (await judgeText(text)).find(ofKind('percent'))!;

describe('a figure its clause gives to a name the vocabulary does not know', () => {
  it('is nobody\'s the vocabulary knows: neither the measure\'s owner\'s nor the article\'s', async () => {
    for (const text of ['Valdonia\'s jobless rate held at 4.2% in November 2024.', 'In Upper Vale, the jobless rate held at 4.2% in November 2024.']) {
      const c = await judged(text);
      expect(c.verdict, text).toBe('unverifiable');
      expect(c.frame?.subject.value, text).toEqual([]);
    }
    expect((await judged('Valdonia\'s jobless rate held at 4.2% in November 2024.')).frame?.subject.reason).toContain("'Valdonia'");
  });

  it('not a month\'s, a source\'s, or a place where a source spoke', async () => {
    for (const text of [
      'The jobless rate held at 4.2% in November 2024.',
      'November\'s jobless rate held at 4.2%.',
      'The Statistics Office\'s jobless rate held at 4.2% in November 2024.',
      'In Port Vell, the office said the jobless rate held at 4.2% in November 2024.',
    ]) expect((await judged(text)).verdict, text).toBe('supported');
  });
});
