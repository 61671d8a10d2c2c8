import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { judgeOn, testBeat } from '../helpers/judge.ts';

// Dates beside an event's name that do not date the event, and figures that are not the level a
// fact gives: each may not be contradicted. A beat written for these tests: a league's reserve
// rule (agreed in 2011), a stadium's closure (2023), attendance shares and a census of fans.
const beat = testBeat({
  eventKinds: [{ id: 'decision' }, { id: 'closure', nouns: ['closure'] }],
  entities: [
    { id: 'league', name: 'the Southern League', kind: 'alliance', aliases: ['Southern League'] },
    { id: 'ruritania', name: 'Ruritania', kind: 'country', aliases: ['Ruritania'] },
  ],
  events: [
    { id: 'reserve-rule', name: 'the reserve rule of 2011', kind: 'decision', start: '2011-06-01', entities: ['league'], aliases: ['reserve rule'] },
    { id: 'stadium-closure', name: 'the closure of the Old Ground', kind: 'closure', start: '2023-04-15', entities: ['ruritania'], aliases: ['closure of the Old Ground'] },
  ],
  measures: [
    { id: 'home_share', name: 'share of home fans in attendance', unit: '%', subjects: [], actions: [], phrases: ['of the crowd'] },
    { id: 'fans', name: 'registered fans', unit: 'person', subjects: ['fan'], actions: ['registered'], phrases: ['registered fans'], entity: 'ruritania' },
  ],
});
const facts: ReferenceFact[] = [
  fact({ id: 'rule-date', measure: 'event_date', entities: ['league'], event: 'reserve-rule', unit: 'date', date: { start: '2011-06-01', precision: 'day' } }),
  fact({ id: 'closure-date', measure: 'event_date', entities: ['ruritania'], event: 'stadium-closure', unit: 'date', date: { start: '2023-04-15', precision: 'day' } }),
  fact({ id: 'fans-2024', measure: 'fans', entities: ['ruritania'], unit: 'person', period: { from: '2024-01-01', to: '2024-12-31' }, asOf: '2025-01-10', value: 82_700_000 }),
];

const verdicts = judgeOn(beat, facts, { published: '2025-03-01' });

describe('a date beside an event that does not date it', () => {
  it('is when something is expected ("would reach the reserve rule in 2024"), never a contradiction of the event\'s date', async () => {
    const [c] = (await verdicts('In March the chairman forecast that 14 clubs would meet the reserve rule in 2024.')).filter((x) => x.figure.kind === 'date' && x.figure.text === '2024');
    expect(c?.verdict).not.toBe('contradicted');
    // The same year stated as the rule's own date is.
    const [own] = (await verdicts('The reserve rule was agreed in 2014.')).filter((x) => x.figure.text === '2014');
    expect(own?.verdict).toBe('contradicted');
  });

  it('is the period of the figure right before it ("38% of the crowd in 2022, … the closure of the Old Ground in April 2023")', async () => {
    const claims = await verdicts('Home fans made up 38% of the crowd in 2022, even after the closure of the Old Ground in April 2023.');
    expect(claims.find((x) => x.figure.text === '2022')?.verdict).not.toBe('contradicted');
    expect(claims.find((x) => x.figure.text === 'April 2023')?.verdict).toBe('supported');
    // Named before the date, the event is what the date speaks of.
    const named = await verdicts('After the closure of the Old Ground in 2022, home fans made up 38% of the crowd.');
    expect(named.find((x) => x.figure.text === '2022')?.verdict).toBe('contradicted');
  });
});

describe('a figure\'s period', () => {
  it('dates no event named after it, and is no claim of its own', async () => {
    const claims = await verdicts('Home fans made up 38% of the crowd last year, even after the closure of the Old Ground in April 2023.');
    expect(claims.map((c) => c.figure.text)).not.toContain('last year');
    expect(claims.find((c) => c.figure.text === '38%')?.framing?.time).toMatchObject({ from: '2024', basis: 'explicit' });
  });

  it('"…, when" ties it to the event as well; a date after "of" is the noun\'s before it', async () => {
    const when = await verdicts('Home fans made up 38% of the crowd in 2022, when the closure of the Old Ground was agreed.');
    expect(when.find((c) => c.figure.text === '2022')?.verdict).toBe('contradicted');
    const of = await verdicts('The ground stood empty for five days before the closure of the Old Ground of 15 April 2023.');
    expect(of.find((c) => c.figure.text === '15 April 2023')?.verdict).toBe('supported');
  });
});

describe('a figure that is a difference from another', () => {
  it('"about 1.4 million fewer than the registers had shown" is not the level: never contradicted by it', async () => {
    const [c] = (await verdicts('In 2024 the count found 81.3 million registered fans, about 1.4 million fewer than the registers had shown.')).filter((x) => x.figure.text.includes('1.4 million'));
    expect(c?.verdict).toBe('unverifiable');
    // (Read as a fall, a difference: the slot named is the change or its sign.)
    expect(['change', 'sign']).toContain(c?.abstained?.slot);
  });
});
