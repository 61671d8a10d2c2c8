import { describe, expect, it } from 'vitest';
import { segment } from '../../shared/split/segment.ts';

const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('does not split after abbreviations, initials, decimals or numeric dates', () => {
    expect(sentences('Dr. Amir Khodadadi spoke. The U.S. is wary. It cost $3.1 billion. On 23.09.2020 J. Smith left. No. 5 won.')).toEqual([
      'Dr. Amir Khodadadi spoke.',
      'The U.S. is wary.',
      'It cost $3.1 billion.',
      'On 23.09.2020 J. Smith left.',
      'No. 5 won.',
    ]);
  });

  it('splits two sentences glued by a full stop ("the year before.This one"), not a name or an abbreviation', () => {
    expect(sentences('Output rose on the year before.This corresponds to a fifth. Then it fell.')).toEqual([
      'Output rose on the year before.',
      'This corresponds to a fifth.',
      'Then it fell.',
    ]);
    expect(sentences('The mill at Vell.Example lost e.g.Some wheels. A U.S.Army post.')).toEqual(['The mill at Vell.Example lost e.g.Some wheels.', 'A U.S.Army post.']);
  });

  it('does not split "July 28." when the sentence runs on in lower case', () => {
    expect(sentences('It was signed on July 28. between three states. Then it ended.')).toEqual([
      'It was signed on July 28. between three states.',
      'Then it ended.',
    ]);
  });

  it('splits a date at the end of a sentence', () => {
    expect(sentences('It was signed on Jan. 5. Then it ended.')).toEqual(['It was signed on Jan. 5.', 'Then it ended.']);
  });

  it('keeps quotes and brackets with their sentence', () => {
    expect(sentences('He said "Yes." Then (briefly) she left! Why?')).toEqual(['He said "Yes."', 'Then (briefly) she left!', 'Why?']);
  });

  it('makes list items and table rows their own paragraphs', () => {
    const text = 'Advantages:\n- one thing\n- another thing\n| a | b |\n|---|---|\n| 1 | 2 |';
    const s = segment(text);
    expect(s.paragraphs).toHaveLength(6);
    expect(sentences(text)).toEqual(['Advantages:', '- one thing', '- another thing', '| a | b |', '|---|---|', '| 1 | 2 |']);
  });

  it('joins hard-wrapped lines and splits at blank lines', () => {
    const text = 'A long line that wraps\nonto the next one. Another.\n\nNew paragraph.';
    const s = segment(text);
    expect(s.paragraphs).toHaveLength(2);
    expect(sentences(text)).toEqual(['A long line that wraps\nonto the next one.', 'Another.', 'New paragraph.']);
    expect(s.sentences.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it('stays linear on one huge paragraph', () => {
    const unit = 'The force of 1,960 troops arrived. Dr. Smith said so. ';
    const small = unit.repeat(2_000);
    const big = unit.repeat(40_000);
    expect(segment(small).sentences).toHaveLength(4_000);
    // A quadratic scan would take minutes here; a linear one takes well under a second.
    expect(segment(big).sentences).toHaveLength(80_000);
  });
});

describe('overlong sentences', () => {
  it('are cut into pieces of at most MAX_SENTENCE characters, at a comma or a space', async () => {
    const { MAX_SENTENCE } = await import('../../shared/split/segment.ts');
    const text = 'Moscow has deployed 2,000 peacekeepers, and '.repeat(5_000);
    const s = segment(text).sentences;
    expect(s.length).toBeGreaterThan(200);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
    // Nothing is lost between the pieces.
    expect(s.map((x) => text.slice(x.start, x.end)).join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });
});
