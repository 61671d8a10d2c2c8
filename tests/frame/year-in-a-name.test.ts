import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../shared/claims/extract-claims.ts';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A year closing a name of capitalised words ("The Rye Outlook 2025 calls for …") is the name's,
// not a claim of when, whatever word follows it. A beat written for these tests: Valdonia's general elections.
const beat = testBeat({
  eventKinds: [{ id: 'election', nouns: ['election', 'contest', 'vote'] }],
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
  measures: [{ id: 'seats', name: 'seats won', unit: 'seat', subjects: ['seat'], actions: ['won'] }],
  events: [
    { id: 'valdonia-2024', name: 'the 2024 Valdonian general election', kind: 'election', start: '2024-07-04', entities: ['valdonia'], aliases: ['general election'] },
    { id: 'valdonia-2019', name: 'the 2019 Valdonian general election', kind: 'election', start: '2019-12-12', entities: ['valdonia'], aliases: ['general election'] },
  ],
});
const dates = (text: string) => extractOn(beat, { published: '2025-04-26' })(text).claims.filter((c) => c.figure.kind === 'date').map((c) => c.figure.text);

describe('a year in a name', () => {
  // (In a sentence, a year before an event's noun, "a 2010 agreement", is still a claim of when: the sample
  // articles' golden verdicts check it.)
  it('a year before an event\'s noun is still a claim of when ("the 2024 general election")', () => {
    expect(dates('Turnout at the 2024 general election fell.')).toEqual(['2024']);
  });

  it('in a title, a year or a month before the event\'s noun names the event and claims nothing', () => {
    // A section heading, a live page's headline, a talk's title in quotes.
    expect(dates('Turnout fell.\n\n## The 2024 general election\n\nThe count was slow.')).toEqual([]);
    expect(dates('Valdonia decides: 2024 general election results as they come in\n\nThe count was slow.')).toEqual([]);
    expect(dates('"Two votes, one record: what changed after the July 2024 general election"\n\nThe count was slow.')).toEqual([]);
    // A sentence of the text says when, and may be wrong: a claim.
    expect(dates('Turnout fell.\n\nThe 2024 general election was held in the rain.')).toEqual(['2024']);
    // Nor in a question, which asserts nothing.
    expect(dates('Turnout fell.\n\nRoughly how many voters did the 2024 general election draw?')).toEqual([]);
    // In a title, a year after the noun, or before another noun, is no name of the event.
    expect(dates('Turnout fell.\n\n## The general election of 2024\n\nThe count was slow.')).toEqual(['2024']);
  });

  it('a year closing a name of capitalised words is the name\'s, even before a noun', () => {
    expect(dates('The Rye Outlook 2025 calls for storage targets.')).toEqual([]);
    const counts = extractOn(beat, { published: '2025-04-26' })('The Rye Outlook 2025 draws on public statistics.').claims;
    expect(counts).toEqual([]);
  });

  it('in a title with no figure of its own, a year names what the piece is about ("Valdonia\'s vote in 2024: a closer count")', () => {
    expect(dates('## Valdonia\'s clerks in 2024: slower counts, longer queues\n\nThe count was slow.')).toEqual([]);
    expect(dates('Turnout fell.\n\nHow slow was the count of 2023?')).toEqual([]);
    // A sentence says when; a heading that is a date and little else heads a timeline\'s entry.
    expect(dates('Turnout fell.\n\nThe clerks counted slowly in 2024.')).toEqual(['2024']);
    // Nor is a bracketed note a title: "(Source: the clerks, April 2025)".
    expect(dates('* TURNOUT: It fell by a third, to 18 wards. (Source: the clerks\' office, April 2025)\n* THE COUNT: It was slow.')).toEqual(['April 2025']);
    expect(dates('Turnout fell.\n\n## Early 2024\n\nThe clerks counted slowly.')).toHaveLength(1);
  });

  it('at a sentence\'s head, a capitalised word and a year before a verb are a work\'s name ("Tally 2024 is out")', () => {
    expect(dates('Turnout fell.\n\nTally 2024 is out now in paperback.')).toEqual([]);
    expect(dates('The count was slow. Ballotbook 2019 counted every seat.')).toEqual([]);
    // Words of the calendar make a date, and a year with no verb after it stays one.
    expect(dates('Turnout fell. Fiscal 2024 was a record for the clerks.')).toEqual(['2024']);
    expect(dates('Turnout fell. Summer 2023 was wet.')).toEqual(['Summer 2023']);
    expect(dates('Turnout fell. In 2023, the count was slow.')).toEqual(['2023']);
  });
});

describe('a year as the base of a comparison', () => {
  const quotes = (text: string) => extractClaims(new TextEncoder().encode(text), { published: '2025-04-26' }).claims.map((c) => c.figure.text);
  it('after "points on", "% on" or "set against" is no claim ("a fall of 7.5 points on 2019")', () => {
    expect(quotes('Turnout was 59.8%, a fall of 7.5 percentage points on 2019.')).toEqual(['59.8%', '7.5 percentage points']);
    expect(quotes('Set against 2019, the Greens have lost 244 seats.')).toEqual(['244 seats']);
  });
});

describe('a year closing an acronym\'s name', () => {
  it('is the name\'s ("what RYESTAT 2025 says")', () => {
    expect(extractClaims(new TextEncoder().encode('Thread: what RYESTAT 2025 says about the mills.'), { published: '2025-04-26' }).claims).toEqual([]);
  });
});

describe('a year after a name and a spaced dash', () => {
  it('ends the name when it closes its clause ("a drill named Grand Mill – 2031."), and a span of years stays a span', () => {
    expect(dates('The guilds held a drill named after their founder: Grand Mill – 2031.')).toEqual([]);
    expect(dates('The drought lasted from 2020 – 2021.')).toHaveLength(1);
  });
});
