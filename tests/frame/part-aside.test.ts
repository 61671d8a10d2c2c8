import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// "67 servicemen, peacekeepers among them, killed in …": an aside right after a count names a
// part of it. A measure whose word the aside holds (here, engineers sent) is not the count's: the
// action after the aside is. A beat written for these tests.
const beat = testBeat({
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia', 'Valdonian'] }],
  measures: [
    { id: 'workers_injured', name: 'workers injured', unit: 'person', subjects: ['worker', 'engineer'], actions: ['injured', 'hurt'] },
    { id: 'engineers_sent', name: 'engineers sent', unit: 'person', subjects: ['worker', 'engineer'], actions: ['sent', 'engineers'] },
  ],
});

const measureOf = (text: string, quote: string) =>
  extractOn(beat, { published: '2025-06-10' })(text).claims.find((c) => c.figure.text === quote)?.framing.measure;

describe('an aside naming a part of a count', () => {
  it('is passed over when the count\'s action is read', () => {
    expect(measureOf('The ministry counts 40 Valdonian workers, engineers among them, injured in the blast.', '40 Valdonian workers')).toBe('workers_injured');
    expect(measureOf('The ministry counts 40 workers, including some engineers, injured in the blast.', '40 workers')).toBe('workers_injured');
    expect(measureOf('The ministry counts 40 workers, most of them engineers, injured in the blast.', '40 workers')).toBe('workers_injured');
  });

  it('is read as ever where no aside stands', () => {
    expect(measureOf('The ministry sent 40 workers, engineers, to the site.', '40 workers')).toBe('engineers_sent');
    expect(measureOf('The company sent 40 workers to the site.', '40 workers')).toBe('engineers_sent');
  });
});
