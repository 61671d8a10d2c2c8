import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, reportOn, testBeat } from '../helpers/judge.ts';

// A sentence that puts figures for one quantity in several speakers' mouths reports what each
// said. A beat written for these tests: the clubs of a league, counted by the league and by an
// auditor.
const beat = testBeat({
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
  measures: [{ id: 'clubs', name: 'registered clubs', unit: 'club', subjects: ['club'], actions: ['registered'], subjectKinds: ['country'] }],
});
const clubs = fact({ id: 'clubs-2024', measure: 'clubs', entities: ['valdonia'], unit: 'club', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-02-01', value: 380, side: 'valdonia-auditor' });

const judgeText = judgeOn(beat, [clubs], { published: '2025-06-01' });
const verdictOf = async (text: string, figure: string) => (await judgeText(text)).find((c) => c.figure.text === figure)!;

describe('a sentence giving several speakers\' figures', () => {
  it('does not contradict the one whose speaker the table does not hold', async () => {
    const c = await verdictOf('For 2024 the Valdonian federation spoke of 412 registered clubs; the auditor arrived at 380; a rival body said fewer than 350 clubs were registered.', '412 registered clubs');
    expect(c.verdict).not.toBe('contradicted');
    expect(c.abstained?.slot).toBe('status');
  });

  it('a figure another source gives is still a dispute, not an abstention', async () => {
    const federation = fact({ id: 'clubs-2024-federation', measure: 'clubs', entities: ['valdonia'], unit: 'club', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-15', value: 412, side: 'valdonia-federation' });
    const r = await reportOn(beat, [clubs, federation], { published: '2025-06-01' })('For 2024 the Valdonian federation spoke of 412 registered clubs; the auditor arrived at 380; a rival body said fewer than 350 clubs were registered.');
    expect(['disputed', 'supported']).toContain(r.claims.find((c) => c.figure.text === '412 registered clubs')!.verdict);
  });

  it('a sentence with one speaker is still checked', async () => {
    const c = await verdictOf('Valdonia registered 412 clubs in 2024, the federation said.', '412 clubs');
    expect(c.verdict).toBe('contradicted');
  });
});
