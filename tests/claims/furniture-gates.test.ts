import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATED } from '../../shared/claims/furniture.ts';

// The costly page-furniture patterns run only behind a cheap gate of words they cannot match
// without. A gate must be implied by its pattern: wherever the pattern matches, so does the gate,
// or a line of furniture would be read as the story's.
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const corpus = [...files('eval/beats').filter((f) => /articles\/.+\.(?:txt|md|html)$/.test(f)), ...files('examples').filter((f) => /\.(?:txt|md|html)$/.test(f)), ...files('tests').filter((f) => /\.test\.ts$/.test(f))]
  .flatMap((f) => readFileSync(f, 'utf8').split(/\n\s*\n|\n/))
  .map((l) => l.replace(/<[^>]*>/g, ' ').trim())
  .filter(Boolean);

// Words and marks the patterns are made of, to build lines that come near them.
const WORDS = ['join', 'our', 'the', 'us', '12,000', 'readers', 'subscribe', 'sign up', 'newsletter', 'membership', 'costs', '£4', 'a month', 'become one of', 'and counting', 'support', 'independent', 'journalism', 'write to', 'email', 'get in touch', 'contact us', 'in your inbox', 'reader-funded', 'paid for by', 'read by', 'people', 'Reporting by', '(Editing by', 'Translated by', 'Originally published', '3 comments', 'Related:', 'Read more:', 'Next week on', ':', 'EMBARGOED', 'For immediate release', '©', 'Copyright', 'All rights reserved', 'Share this', 'Follow us', 'This article was amended', 'Correction, 5 May:', 'Clarification:', "Editor's note:", 'Comments (4)', 'Photo:', 'Image', 'Pictured', '[Slide 3]', 'photo 2 of 9', '(Photos: Ann Lee)', 'Retrieved', 'accessed on', '12 March 2024', '5 min read', 'Reading time:', 'about', '4 minutes', 'By', 'Ann Lee', 'Opinion', '|', '·', 'Updated', 'Published on', '4 June 2024', '.', '(Ann Lee', '/', 'Valley Press)', 'PORT VELL,', 'May 4', '(Norland Press)', '–', '—', '-', 'VELL', 'OSTRIA,', '2024', '\n', 'The mill shut.', '(Ann Lee/Valley Press)', '(Photo by Ann Lee / Valley Press)', 'The mill shut. (Ann Lee/Valley Press)', 'Rye rose! (Photo by Ann Lee / Valley Press)', 'PORT VELL, 4 May 2024 –', 'OSTRIA AND VELL, May 4, 2024 —', 'This article is more than 2 years old', '2 hours ago', '12m ago', 'Posted by u/ann 5 hours ago', 'Issue #47', 'Episode 3', 'Page 2 of 3', '-30-', '347 points', '82 comments', '1.2K Reposts', 'Reply', 'Edited 2 times', 'Originally published on 4 June 2024', 'First posted in The Valley Courier on 4 June 2024', 'Filed at 14:03 on 4 June 2024', 'Updated on 4 June 2024', 'Video duration', 'Click here', 'in a 5-part series', 'Listen (6 min)', 'watch the short video', 'Photo (cc) 2017', 'Image © 2019', 'Fri 5 July, 11:40', '11:40, Fri 5 July', '14:05 BST –', '09:12 Port Vell:', 'Hearings: 14 June 2010', 'Judgment delivered: 9 November 2010', 'Published on: 4 June 2024', 'Dated 4 June 2024', '2024-06-04', 'PORT VELL · 4 June 2024', 'Port Vell, 4 June 2024', 'paid for by', '3,000 members', 'supporter', 'kept going by', 'get this newsletter by e-mail', 'This sponsored by', 'Today\'s episode is brought to you by', 'An earlier version of this story was corrected', 'This page was last edited', '12 replies', 'More on this:', 'Most read:', 'In the next issue:', 'follow our', '(1 of 12)', 'Last edited 3 days ago'];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));

describe('the gates of the page-furniture patterns', () => {
  for (const [name, gate, pattern] of GATED) {
    it(`${name}: its gate holds wherever it matches, over the corpus and made-up lines`, () => {
      // (The patterns' own words are lines too: each pattern matches one of them, whatever the
      // made-up lines happen to hold.)
      const hits = [...corpus, ...WORDS].filter((l) => ((pattern.lastIndex = 0), pattern.test(l)));
      for (const l of hits) expect(gate.test(l), `${name} matched a line its gate refused: ${l.slice(0, 120)}`).toBe(true);
      let made = 0;
      fc.assert(
        fc.property(line, (l) => {
          pattern.lastIndex = 0;
          if (!pattern.test(l)) return true;
          made++;
          return gate.test(l);
        }),
        { numRuns: 3000 },
      );
      // (Not a test of nothing: the pattern matched lines the test holds.)
      expect(hits.length).toBeGreaterThan(0);
    });
  }
});
