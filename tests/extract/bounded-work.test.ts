import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { extractionWork, resetExtractionWork } from '../../shared/extract/work.ts';

/**
 * Hostile families of input: each repeats one pattern that once made a scan run on past its
 * anchor. The work per byte, counted in steps (anchors tried, characters the number readers
 * read, earlier figures looked back over), must not grow with the article: a scan that starts
 * again at every anchor and reads to the end of the run grows with it. Timings are in the
 * benchmark, not here.
 */
const families: Record<string, (bytes: number) => string> = {
  'repeated number words': (n) => 'one '.repeat(n / 4),
  'repeated compound number words': (n) => 'one hundred and '.repeat(n / 16),
  'number words in a sentence': (n) => 'twenty one two three thousand four, '.repeat(n / 36) + 'soldiers.',
  'repeated qualifiers': (n) => 'about '.repeat(n / 6) + '5 soldiers.',
  'repeated bounds': (n) => 'more than at least '.repeat(n / 19) + '5 soldiers.',
  'a long digit run': (n) => '1'.repeat(n),
  'digits with separators': (n) => '1,000,'.repeat(n / 6),
  'spaced digits': (n) => '1 '.repeat(n / 2),
  'a long list of figures': (n) => '5, 6, '.repeat(n / 6) + 'and 7 soldiers.',
  'a long list of sides': (n) => 'Armenia lost 5, '.repeat(n / 16) + 'and 6 soldiers.',
  'one value referred back to': (n) => 'Armenia lost 5 soldiers. The 5 were buried. '.repeat(n / 45),
  'a long table': (n) => '| 2020 | 1 | 2 |\n'.repeat(n / 17),
};

function stepsPerByte(text: string): number {
  const bytes = new TextEncoder().encode(text);
  resetExtractionWork();
  extractClaims(bytes, { published: '2021-01-01' });
  const steps = extractionWork.anchors + extractionWork.numberChars + extractionWork.lookBack;
  return steps / bytes.length;
}

describe('work per byte on hostile input', () => {
  for (const [name, make] of Object.entries(families)) {
    it(`stays flat: ${name}`, () => {
      const small = stepsPerByte(make(4_000));
      const large = stepsPerByte(make(64_000));
      // Sixteen times the text: a scan to the end of the run at each anchor would be sixteen
      // times the steps per byte. A constant bound per anchor keeps it where it was.
      expect(large).toBeLessThanOrEqual(small * 1.2 + 0.05);
      // And a few steps per byte at most: each character is read by a bounded number of rules.
      expect(large).toBeLessThan(4);
    });
  }

  it('counts the steps it claims to count', () => {
    // A guard on the guard: an ordinary article does count anchors and number characters.
    resetExtractionWork();
    extractClaims(new TextEncoder().encode('Armenia lost 3,825 soldiers in the 44-day war. The 3,825 were named.'), {});
    expect(extractionWork.anchors).toBeGreaterThan(2);
    expect(extractionWork.numberChars).toBeGreaterThan(5);
    expect(extractionWork.lookBack).toBeGreaterThan(0);
  });
});
