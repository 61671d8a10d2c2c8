import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PART_BEFORE, DOCUMENT_PART_GATE } from '../../shared/extract/extract.ts';
import { BYLINE, BYLINE_GATE } from '../../shared/claims/metadata.ts';

// A costly pattern runs only behind a cheap gate of words it cannot match without; the gate must
// hold wherever the pattern matches, or a document's part number would be read as a figure.
const text = (words: string[]) => fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));

describe('the gates of the extraction\'s costly patterns', () => {
  it('DOCUMENT_PART_BEFORE: its gate holds wherever it matches', () => {
    const words = ['No.', 'Nos.', 'Page', 'pages', 'Chapter', 'Section', 'Table', 'Figure', 'Fig.', 'Note', 'Questions', 'Episode', 'Season', 'Series', 'Issue', 'Vol.', 'Volume', 'Paragraph', 'Clause', 'Annex', 'Appendix', 'Item', 'Part', 'Column', 'Article', 'Story', 'slide', 'SLIDE', 'CASE', 'TABLE', 'the', 'mills', 'of', 'in', '(', ' '];
    let hits = 0;
    fc.assert(fc.property(text(words), (t) => !DOCUMENT_PART_BEFORE.test(t) || (hits++, DOCUMENT_PART_GATE.test(t))), { numRuns: 5000 });
    expect(hits).toBeGreaterThan(100);
  });

  it('BYLINE: its gate holds wherever it matches', () => {
    const words = ['By', 'by', 'Written by', 'Author:', 'Ann', 'Lee', 'Mara', "O'Neill", 'Holt-Vell', 'and', '.', 'Desk'];
    let hits = 0;
    fc.assert(fc.property(text(words), (t) => !BYLINE.test(t) || (hits++, BYLINE_GATE.test(t))), { numRuns: 5000 });
    expect(hits).toBeGreaterThan(100);
  });
});
