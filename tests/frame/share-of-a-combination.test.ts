import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A share names its quantity by its part as much as by its whole: "rye and spelt made up 30% of
// the harvest" is the share of the two together, which no fact of rye's share judges. A beat
// written for these tests: the share of rye in Ruritania's grain harvest.
const beat = testBeat({
  entities: [{ id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] }],
  measures: [{ id: 'rye_share', name: "rye's share of the grain harvest", unit: '%', subjects: [], actions: [], phrases: ["rye's share of the harvest"], share: { parts: ['rye'], of: ['grain harvest', 'harvest'] } }],
});
const facts = [fact({ id: 'rye-2024', measure: 'rye_share', entities: ['ruritania'], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 12, precision: 1 })];
const judge = judgeOn(beat, facts, { published: '2025-03-01', heading: 'Notes from the guild' });
const share = async (text: string) => (await judge(text)).find(ofKind('percent'))!;

describe('a share of a part joined to another', () => {
  it('the part alone is judged: "rye made up 12% of the harvest"', async () => {
    expect((await share('In Ruritania in 2024, rye made up 12% of the grain harvest.')).verdict).toBe('supported');
    expect((await share('In Ruritania in 2024, rye made up 30% of the grain harvest.')).verdict).toBe('contradicted');
  });

  it('joined by "and", "&" or "plus", on either side, the share is of both: no contradiction', async () => {
    for (const text of [
      'In Ruritania in 2024, rye and spelt made up 30% of the grain harvest.',
      'In Ruritania in 2024, spelt and rye made up 30% of the grain harvest.',
      'In Ruritania in 2024, rye & oats made up 30% of the grain harvest.',
      'Ruritania brought in a record crop in 2024, with rye plus oats making up 30% of the grain harvest.',
    ]) {
      const c = await share(text);
      expect(c.verdict, text).not.toBe('contradicted');
      expect(c.framing?.measure === 'rye_share' && c.frame?.measure.confidence === 'high', text).toBe(false);
    }
  });

  it('an item of a list, whatever closes it: "rye, oats and other grains"', async () => {
    for (const text of ['In Ruritania in 2024, rye, oats and other grains made up 30% of the grain harvest.', 'In Ruritania in 2024, oats, rye and barley made up 30% of the grain harvest.']) {
      expect((await share(text)).verdict, text).not.toBe('contradicted');
    }
  });
});
