import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A beat written for these tests: the millers hurt in Ruritania's flood, counted by the guild
// and by the valley's own office; and the guild's spending on its mills, in money.
const beat = testBeat({
  eventKinds: [{ id: 'flood', nouns: ['flood'] }],
  events: [{ id: 'flood-2020', name: 'the 2020 flood', kind: 'flood', start: '2020-05-01', end: '2020-05-20', entities: ['ruritania'], aliases: ['2020 flood'] }],
  entities: [
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania', 'Ruritanian'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'country', aliases: ['Freedonia', 'Freedonian'] },
  ],
  measures: [
    { id: 'millers_hurt', name: 'millers hurt', unit: 'person', subjects: ['miller'], actions: ['hurt', 'injured'], eventKinds: ['flood'] },
    { id: 'mill_spending', name: 'spending on mills', unit: 'currency', subjects: [], actions: [], phrases: ['spending on its mills', 'spending on mills'] },
  ],
});
const hurt = [
  // The guild's final count, undated, and the valley office's, which came later and differs.
  fact({ id: 'guild-final', measure: 'millers_hurt', entities: ['ruritania'], event: 'flood-2020', unit: 'person', value: 85, side: 'ruritania-guild' }),
  fact({ id: 'office-2020', measure: 'millers_hurt', entities: ['ruritania'], event: 'flood-2020', unit: 'person', asOf: '2020-12-22', value: 60, side: 'valley-office' }),
  fact({ id: 'office-2021', measure: 'millers_hurt', entities: ['ruritania'], event: 'flood-2020', unit: 'person', asOf: '2021-09-27', value: 80, side: 'valley-office' }),
];
const spending: ReferenceFact[] = [
  fact({ id: 'mills-2020', measure: 'mill_spending', entities: ['ruritania'], unit: 'USD', period: { from: '2020-01-01', to: '2020-12-31' }, asOf: '2022-04-25', value: 3.35e9, side: 'guild' }),
  fact({ id: 'mills-2021', measure: 'mill_spending', entities: ['ruritania'], unit: 'USD', period: { from: '2021-01-01', to: '2021-12-31' }, asOf: '2022-04-25', value: 5.7e9, side: 'guild' }),
  fact({ id: 'fr-mills-2021', measure: 'mill_spending', entities: ['freedonia'], unit: 'USD', period: { from: '2021-01-01', to: '2021-12-31' }, asOf: '2022-04-25', value: 1.9e9, side: 'guild' }),
];
const judge = async (text: string, facts: ReferenceFact[], published?: string) => (await judgeOn(beat, facts)(text, published)).filter(ofKind('count', 'percent'));

describe('an article whose date is unknown', () => {
  it('is not contradicted by one source where another source\'s figure fits it: either may have been current', async () => {
    // (The article's date is only inferred, from the first date its text gives.)
    const [c] = await judge('The flood broke over the valley on 1 May 2020. In the 2020 flood, 80 Ruritanian millers were hurt.', hurt);
    expect(c!.verdict).toBe('unverifiable');
    expect(c!.abstained).toMatchObject({ verdict: 'contradicted', slot: 'evidence' });
    // A figure that no source gives is still contradicted.
    expect((await judge('The flood broke over the valley on 1 May 2020. In the 2020 flood, 120 Ruritanian millers were hurt.', hurt))[0]!.verdict).toBe('contradicted');
  });
});

describe('a change of an amount of money', () => {
  it('computed from two levels never contradicts a stated change: that one may be in real terms', async () => {
    const [c] = await judge('Ruritania increased its spending on its mills by 11% in 2021.', spending, '2022-05-01');
    expect(c!.verdict).toBe('unverifiable');
    expect(c!.abstained).toMatchObject({ verdict: 'contradicted', slot: 'evidence' });
    // It may still support one that the two levels give.
    expect((await judge('Ruritania increased its spending on its mills by 70% in 2021.', spending, '2022-05-01'))[0]!.verdict).toBe('supported');
  });
});

describe('a ratio of two spenders\' amounts', () => {
  it('is of the year its clause names; with none, it is not contradicted by the latest year\'s', async () => {
    const judgeText = judgeOn(beat, spending, { published: '2022-05-01' });
    const all = async (text: string) => (await judgeText(text)).find(ofKind('ratio'))!;
    expect((await all('In 2021 Ruritania\'s spending on its mills was three times that of Freedonia.')).verdict).toBe('supported');
    expect((await all('In 2021 Ruritania\'s spending on its mills was five times that of Freedonia.')).verdict).toBe('contradicted');
    const undated = await all('Ruritania\'s spending on its mills is five times that of Freedonia.');
    expect(undated.verdict).toBe('unverifiable');
    expect(undated.abstained).toMatchObject({ verdict: 'contradicted', slot: 'time' });
  });
});
