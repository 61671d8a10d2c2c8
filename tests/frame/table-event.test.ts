import { describe, expect, it } from 'vitest';
import { extractOn, testBeat } from '../helpers/judge.ts';

// A table whose rows are events of a kind by their year ("| Election | Turnout |", "| 2019 |
// 67% |"): each cell is of the event of that kind in that year, the one whose parties the
// article names where two countries held one.
const beat = testBeat({
  entities: [
    { id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] },
    { id: 'ostria', name: 'Ostria', kind: 'country', aliases: ['Ostria'] },
  ],
  events: [
    { id: 'valdonia-2019', name: 'the 2019 Valdonian election', kind: 'election', start: '2019-05-02', entities: ['valdonia'], aliases: ['2019 Valdonian election'] },
    { id: 'ostria-2019', name: 'the 2019 Ostrian election', kind: 'election', start: '2019-10-20', entities: ['ostria'], aliases: ['2019 Ostrian election'] },
    { id: 'valdonia-2023', name: 'the 2023 Valdonian election', kind: 'election', start: '2023-04-30', entities: ['valdonia'], aliases: ['2023 Valdonian election'] },
  ],
  measures: [{ id: 'turnout', name: 'turnout', unit: '%', subjects: [], actions: [], phrases: ['turnout'], subjectKinds: ['country'] }],
});

const events = (text: string) =>
  extractOn(beat, { published: '2024-01-10' })(text).claims.filter((c) => c.figure.kind === 'percent').map((c) => [c.figure.text, c.framing.event?.id ?? null]);

describe('a table of events by year', () => {
  it('frames each cell by the event of its row, among those of the country the article names', () => {
    expect(events('Valdonia votes less\n\nFewer Valdonians vote each time, in Valdonia as elsewhere.\n\n| Election | Turnout |\n|---|---:|\n| 2015 | 71% |\n| 2019 | 67% |\n| 2023 | 62% |\n')).toEqual([
      ['71%', null],
      ['67%', 'valdonia-2019'],
      ['62%', 'valdonia-2023'],
    ]);
  });

  it('names no event where two fit and the article names neither country, or the header names no kind', () => {
    expect(events('Turnout falls\n\n| Election | Turnout |\n|---|---:|\n| 2019 | 67% |\n')).toEqual([['67%', null]]);
    expect(events('Valdonia\n\n| Year | Turnout |\n|---|---:|\n| 2019 | 67% |\n')).toEqual([['67%', null]]);
  });
});

describe('a table of events by year, in an article about another country', () => {
  it('is not the one election of that year when its country goes unnamed', () => {
    expect(events('Ostria votes\n\nOstria held its poll late.\n\n| Election | Turnout |\n|---|---:|\n| 2023 | 62% |\n')).toEqual([['62%', null]]);
  });
});

describe('a date in a table under a header naming a kind of event', () => {
  const dated = testBeat({ ...beat.source, eventKinds: [{ id: 'election', nouns: ['election', 'vote'] }] });
  const dates = (text: string) =>
    extractOn(dated, { published: '2024-01-10' })(text).claims.filter((c) => c.figure.kind === 'date').map((c) => [c.figure.text, c.framing.event?.id ?? null, c.framing.event?.via ?? null]);

  it("dates the event of that kind of the row's country, in the date's year", () => {
    expect(dates('Polls compared\n\n| Country | Election date | Turnout |\n|---|---|---:|\n| Valdonia | 2 May 2019 | 67% |\n| Ostria | 20 October 2019 | 71% |\n')).toEqual([
      ['2 May 2019', 'valdonia-2019', 'context'],
      ['20 October 2019', 'ostria-2019', 'context'],
    ]);
  });

  it('by a noun of the kind too ("Vote held on"), and none where no event of the row fits', () => {
    expect(dates('Polls\n\n| Country | Vote held on |\n|---|---|\n| Valdonia | 30 April 2023 |\n| Ostria | 3 March 2021 |\n')).toEqual([
      ['30 April 2023', 'valdonia-2023', 'context'],
      ['3 March 2021', null, null],
    ]);
  });

  it('none under a header that names no kind', () => {
    expect(dates('Polls\n\n| Country | Date |\n|---|---|\n| Valdonia | 2 May 2019 |\n')).toEqual([['2 May 2019', null, null]]);
  });
});
