import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { judgeOn, ofKind, testBeat } from '../helpers/judge.ts';

// A review corrects a book: it quotes the book's figure, then gives the right one. A beat
// written for these tests: the guild's count of the millers of a valley, year by year.
const beat = testBeat({
  entities: [{ id: 'upper-vale', name: 'Upper Vale', kind: 'region', aliases: ['Upper Vale'] }],
  measures: [{ id: 'millers', name: 'millers counted', unit: 'person', subjects: ['miller'], actions: ['counted', 'found'] }],
});
const facts = [2023, 2024].map((y, i) => fact({ id: `vale-${y}`, measure: 'millers', entities: ['upper-vale'], unit: 'person', period: { from: `${y}-01-01`, to: `${y}-12-31` }, asOf: `${y + 1}-01-31`, value: 4000 + 200 * i }));
const judgeText = judgeOn(beat, facts, { published: '2025-06-10' });
async function verdicts(text: string) {
  return (await judgeText(text)).filter(ofKind('count')).map((c) => `${c.figure.text}: ${c.verdict}`);
}

describe('a figure put in someone\'s mouth that the article goes on to correct', () => {
  it('is reported in order to be corrected: not contradicted', async () => {
    expect(await verdicts('In 2024 the guild counted 4,400 millers in Upper Vale, she writes. That was the register\'s estimate; the guild\'s own count in 2024 found 4,200 millers in Upper Vale.')).toEqual([
      '4,400 millers: unverifiable',
      '4,200 millers: supported',
    ]);
  });

  it('but stays contradicted in the article\'s own voice, or where the later figure is of another year', async () => {
    expect(await verdicts('In 2024 the guild counted 4,400 millers in Upper Vale. The guild\'s own count in 2024 found 4,200 millers in Upper Vale.')).toContain('4,400 millers: contradicted');
    expect(await verdicts('In 2024 the guild counted 4,400 millers in Upper Vale, she writes. In 2023 the guild found 4,000 millers in Upper Vale.')).toContain('4,400 millers: contradicted');
  });

  it('in the same sentence, after a word of contrast; by a plural voice ("critics say"); by a figure of no time of its own', async () => {
    expect(await verdicts('Critics say the guild counted 4,400 millers in Upper Vale in 2024, but its own count found 4,200 millers in Upper Vale.')).toEqual([
      '4,400 millers: unverifiable',
      '4,200 millers: supported',
    ]);
    expect(await verdicts('Critics say the guild counted 4,400 millers in Upper Vale in 2024. The guild found 4,200 millers in Upper Vale.')).toContain('4,400 millers: unverifiable');
  });

  it('not where the words of someone\'s voice stand after the contrast: the figure before it is the article\'s own', async () => {
    expect(await verdicts('The guild counted 4,400 millers in Upper Vale in 2024, but critics say its own count found 4,200 millers in Upper Vale.')).toContain('4,400 millers: contradicted');
  });
});
