import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

/** A weekday alone names the day of that name nearest the publication date: a weak reading. */
const dateOf = (text: string, published: string) => {
  const doc = extractClaims(new TextEncoder().encode(text), { published });
  return doc.claims.filter((c) => c.figure.kind === 'date').map((c) => [c.figure.text, c.figure.date?.start, c.figure.date?.resolution]);
};

describe('weekdays alone', () => {
  // 14 February 2024 was a Wednesday.
  it('the same day, or the last one before, in a report of the past', () => {
    expect(dateOf('The minister said on Wednesday that talks had failed.', '2024-02-14')).toEqual([['Wednesday', '2024-02-14', 'context']]);
    expect(dateOf('The minister said on Monday that talks had failed.', '2024-02-14')).toEqual([['Monday', '2024-02-12', 'context']]);
    expect(dateOf('The minister spoke last Wednesday.', '2024-02-14')).toEqual([['Wednesday', '2024-02-07', 'context']]);
  });

  it('the next one, where the sentence speaks of the future', () => {
    expect(dateOf('The ministers will meet next Monday.', '2024-02-14')).toEqual([['Monday', '2024-02-19', 'context']]);
  });

  it('unresolved without a publication date', () => {
    const doc = extractClaims(new TextEncoder().encode('The minister said on Wednesday that talks had failed.'));
    expect(doc.claims.filter((c) => c.figure.kind === 'date').map((c) => c.figure.date?.resolution)).toEqual(['unresolved']);
  });
});
