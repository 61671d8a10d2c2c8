import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';

// A day written without its year, falling after the article's date: last year's when the
// clause speaks of the past, this year's when it is soon and no verb of its clause is past.
const dateOf = (text: string, published: string) =>
  extractClaims(new TextEncoder().encode(text), { published }).claims.find((c) => c.figure.kind === 'date')?.figure.date;

describe('a day without its year after publication', () => {
  it('is this year when it is soon and its clause has no past verb', () => {
    expect(dateOf('Ministers convene in Lisbon on 3 and 4 March, and the agenda is long.', '2026-02-20')).toMatchObject({ start: '2026-03-03', end: '2026-03-04' });
    expect(dateOf('The board sits on 12 October to set the rate.', '2026-10-01')?.start).toBe('2026-10-12');
  });

  it('is last year when its clause speaks of the past', () => {
    expect(dateOf('The accord was signed on 3 March in Lisbon.', '2026-02-20')?.start).toBe('2025-03-03');
    expect(dateOf('The accord signed on 3 March still holds.', '2026-02-20')?.start).toBe('2025-03-03');
    expect(dateOf('Talks began on 3 March.', '2026-02-20')?.start).toBe('2025-03-03');
  });

  it('is last year when it is months away', () => {
    expect(dateOf('Ministers convene in Lisbon on 3 December.', '2026-02-20')?.start).toBe('2025-12-03');
  });

  it('reads only the clause of the date, not the rest of the sentence', () => {
    expect(dateOf('Ministers convene on 3 March, and what they decided last time still binds them.', '2026-02-20')?.start).toBe('2026-03-03');
  });
});
