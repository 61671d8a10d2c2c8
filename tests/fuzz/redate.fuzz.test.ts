import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures, redateFigures } from '../../shared/extract/extract.ts';
import { segment } from '../../shared/split/segment.ts';
import { fuzzer } from '../helpers/fuzz.ts';
import { isoDate, prose } from './arbitraries.ts';

const fuzz = fuzzer(import.meta.url);

describe('redating figures with a publication date found later', () => {
  it('gives what a whole second pass with the date gives', () => {
    fuzz.check(
      fc.property(prose, isoDate, (text, date) => {
        const { sentences } = segment(text);
        const lower = text.toLowerCase();
        const undated = extractFigures(text, sentences, { lower });
        const published = { date };
        expect(redateFigures(text, sentences, undated, { lower, published })).toEqual(extractFigures(text, sentences, { lower, published }));
      }),
      1_500,
    );
  });

  it('reads again only what the date changes', () => {
    const text = 'Troops left last year. The war lasted 44 days. It ended on November 10.';
    const { sentences } = segment(text);
    const undated = extractFigures(text, sentences);
    expect(undated.filter((f) => f.figure.date?.resolution === 'unresolved').map((f) => f.sentence)).toEqual([0, 2]);
    const redated = redateFigures(text, sentences, undated, { published: { date: '2021-08-16' } });
    expect(redated[1]).toBe(undated[1]);
    expect(redated.map((f) => f.figure.date?.start ?? f.figure.value)).toEqual(['2020', 44, '2020-11-10']);
  });
});
