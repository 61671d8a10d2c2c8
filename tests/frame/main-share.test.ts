import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// A level of a subject its clause names, with no words of a measure ("Ostria, at 1.3%, and
// Valdonia, at 1.4%, sit at the bottom"), is that subject's figure of the article's main share:
// the share measure the article has named most, with no tie. A weak reading: it may support the
// figure, never contradict it.
const beat = testBeat({
  entities: [
    { id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria'] },
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
  ],
  measures: [
    { id: 'mill_share', name: 'milling as a share of output', unit: '%', subjects: [], actions: [], phrases: ['of output on milling', 'of its output on milling'] },
    { id: 'mill_change', name: 'change in milling spending', unit: '%', subjects: [], actions: [], phrases: ['milling spending rose', 'milling spending fell'], kind: 'change' },
  ],
});
const share = (who: string, value: number): ReferenceFact =>
  fact({ id: `${who}-mill-2024`, measure: 'mill_share', entities: [who], unit: '%', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value });
const facts = [share('ostria', 1.3), share('valdonia', 1.4)];

const judgeText = judgeOn(beat, facts, { published: '2025-06-10' });
async function judge(text: string) {
  const claims = await judgeText(text);
  // The last claim of that text: the lede states the same figures with their measure.
  return (figure: string) => claims.filter((c) => c.figure.text === figure && c.figure.kind !== 'consistency').pop()!;
}

const lede = 'In 2024 Ostria spent 1.3% of its output on milling, and Valdonia spent 1.4% of output on milling. Milling spending rose 9% across the region.\n\n';

describe('the article\'s main share, for a level its clause gives a subject but no measure', () => {
  it('reads the level as that share, weakly: it supports, and a figure that does not fit is left unverifiable', async () => {
    const at = await judge(`${lede}In 2024 Ostria, at 1.3%, and Valdonia, at 1.6%, sat at the bottom of the table.`);
    expect(at('1.3%').framing).toMatchObject({ measure: 'mill_share', measureVia: 'context' });
    expect(at('1.3%').verdict).toBe('supported');
    expect(at('1.6%').framing).toMatchObject({ measure: 'mill_share', measureVia: 'context' });
    expect(at('1.6%').verdict).toBe('unverifiable');
  });

  it('takes nothing for a change, with no subject named in its clause, or where two shares are named as often', async () => {
    const change = await judge(`${lede}In 2024 Ostria's budget rose 4%.`);
    expect(change('4%').framing?.measure ?? null).toBeNull();
    const nobody = await judge(`${lede}In 2024 the bottom of the table stood at 1.3%.`);
    expect(nobody('1.3%').framing?.measure ?? null).toBeNull();
    const tie = await judge('In 2024 Ostria spent 1.3% of its output on milling. Milling spending rose 9% across the region.\n\nIn 2024 Valdonia, at 1.4%, sat at the bottom of the table.');
    expect(tie('1.4%').framing?.measure ?? null).toBeNull();
  });
});

describe('a label heading a list item or a paragraph', () => {
  it('names the subject of each of its sentences that names nobody, as a weak reading', async () => {
    const at = await judge('The guild met in Port Vell.\n\n* VALDONIA: Its mills stood idle for weeks. In 2024 it spent 1.4% of output on milling.');
    expect(at('1.4%').framing?.entities).toEqual([expect.objectContaining({ id: 'valdonia', role: 'subject', via: 'antecedent' })]);
    expect(at('1.4%').verdict).toBe('supported');
    // A label of two entities names no one subject; nor does a sentence of its own subject take the label's.
    const two = await judge('The guild met in Port Vell.\n\n* OSTRIA AND VALDONIA: Their mills stood idle for weeks. In 2024 it spent 1.4% of output on milling.');
    expect(two('1.4%').framing?.entities.some((e) => e.role === 'subject' && e.via === 'antecedent')).toBe(false);
    const own = await judge('The guild met in Port Vell.\n\n* VALDONIA: Its mills stood idle for weeks. In 2024 Ostria spent 1.3% of its output on milling.');
    expect(own('1.3%').framing?.entities.find((e) => e.role === 'subject')?.id).toBe('ostria');
  });
});
