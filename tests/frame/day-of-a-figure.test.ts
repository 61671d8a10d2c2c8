import { describe, expect, it } from 'vitest';
import { fact } from '../helpers/facts.ts';
import { extractOn, judgeOn, testBeat } from '../helpers/judge.ts';

// "the mills ground 9,000 tonnes on 18 August": a calendar day right after a figure is the one
// day the figure is of; a month's or a year's fact neither supports nor contradicts it.
const milling = testBeat({
  entities: [{ id: 'valdonia', name: 'Valdonia', kind: 'country', aliases: ['Valdonia'] }],
  measures: [{ id: 'flour_milled', name: 'flour milled', unit: 't', subjects: [], phrases: ['flour milled', 'flour output'], actions: ['ground'] }],
});
const august = fact({ id: 'milled-2024-08', measure: 'flour_milled', entities: ['valdonia'], unit: 't', period: { from: '2024-08-01', to: '2024-08-31' }, asOf: '2024-09-05', value: 250_000 });

const judgeText = judgeOn(milling, [august], { published: '2024-09-10' });
const claimOf = async (text: string, figure: string) => (await judgeText(text)).find((c) => c.figure.text === figure)!;

describe('a calendar day right after a figure', () => {
  it('is the figure\'s time, and a month\'s fact does not contradict it', async () => {
    const c = await claimOf('Valdonia\'s flour output was 9,000 tonnes on 18 August 2024.', '9,000 tonnes');
    expect(c.framing?.time).toEqual({ from: '2024-08-18', to: '2024-08-18', basis: 'explicit' });
    expect(c.verdict).toBe('unverifiable');
    expect(c.abstained?.slot).toBe('time');
  });

  it('narrows a month its clause names to the day: "its busiest day last month, with 9,000 tonnes on August 18"', async () => {
    const c = await claimOf('Valdonia\'s mills had their busiest day of flour output last month, with 9,000 tonnes on August 18.', '9,000 tonnes');
    expect(c.framing?.time.from).toBe('2024-08-18');
    expect(c.verdict).toBe('unverifiable');
  });

  it('is not the time of a count reaching a level that day, nor of a figure a source gave that day', async () => {
    expect((await claimOf('Valdonia\'s flour output reached 9,000 tonnes on 18 August 2024.', "9,000 tonnes")).framing?.time.from).not.toBe('2024-08-18');
    expect((await claimOf('The guild said Valdonia\'s flour output was 9,000 tonnes on 18 August 2024.', "9,000 tonnes")).framing?.time.from).not.toBe('2024-08-18');
  });

  it('leaves the month\'s own figure to its fact', async () => {
    expect((await claimOf('Valdonia\'s flour output was 9,000 tonnes in August 2024.', '9,000 tonnes')).verdict).toBe('contradicted');
  });
});

// "the lowest since the count began in April 1998": the date a record's "since" reaches back to
// is not the period of the figures before it.
describe('the date of a record\'s "since"', () => {
  it('does not scope the figure: "fell to 9,000 tonnes, the lowest recorded since the start of the count in April 1998"', async () => {
    const c = await claimOf('Valdonia\'s flour output fell to 9,000 tonnes, marking the lowest figure recorded since the start of the count in April 1998.', '9,000 tonnes');
    expect(c.framing?.time.from).not.toBe('1998-04');
  });

  it('a change\'s "since" still reaches back to its base: "grew by 300 tonnes since the last count in 2019"', async () => {
    const doc = extractOn(milling, { published: '2024-09-10' })('Valdonia\'s flour output grew by 300 tonnes since the last count in 2019.');
    expect(doc.claims.some((c) => c.figure.kind === 'date' && c.figure.text === '2019')).toBe(false);
  });
});
