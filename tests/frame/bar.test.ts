import { describe, expect, it } from 'vitest';
import type { ReferenceFact } from '../../shared/reference/fact.ts';
import { fact } from '../helpers/facts.ts';
import { extractOn, reportOn, testBeat } from '../helpers/judge.ts';

// A count of those who clear a bar ("clubs holding at least 8% of turnover in reserve") names
// the bar by its figure: that figure is the bar's, not a club's share, and the figures after it
// are the clubs' shares again. A beat written for these tests: a league's reserve rule.
const beat = testBeat({
  entities: [
    { id: 'league', name: 'the Southern League', kind: 'alliance', aliases: ['Southern League', 'the league'] },
    { id: 'ashford', name: 'Ashford Rovers', kind: 'company', aliases: ['Ashford Rovers', 'Ashford'] },
    { id: 'dunmore', name: 'Dunmore', kind: 'region', aliases: ['Dunmore'] },
  ],
  measures: [
    { id: 'clubs_in_reserve', name: 'clubs meeting the reserve rule', unit: 'club', subjects: ['club'], actions: ['at or above', 'held at least', 'meet'], entity: 'league', bar: 'reserve_floor' },
    { id: 'reserve_floor', name: 'the reserve rule (share of turnover)', unit: '%', subjects: [], actions: [], phrases: ['reserve rule'], entity: 'league' },
    { id: 'reserve_share', name: 'reserves as a share of turnover', unit: '%', subjects: [], actions: [], phrases: ['of turnover'] },
  ],
});

const year = { from: '2024-01-01', to: '2024-12-31' };
const facts: ReferenceFact[] = [
  fact({ id: 'floor', measure: 'reserve_floor', entities: ['league'], unit: '%', period: { from: '2020-01-01', to: '2026-12-31' }, value: 8 }),
  fact({ id: 'ashford-2024', measure: 'reserve_share', entities: ['ashford'], unit: '%', period: year, asOf: '2025-02-01', value: 11.5 }),
];

const doc = extractOn(beat, { published: '2025-03-01' });
const judge = reportOn(beat, facts, { published: '2025-03-01' });
const framingOf = (text: string, quote: RegExp) => doc(text).claims.find((c) => quote.test(c.figure.text))!.framing;

describe('a bar named by its figure', () => {
  it('after the action of a count that declares its bar, the figure is the bar\'s', () => {
    expect(framingOf('In 2024, 14 of the 20 clubs held at least 8% of turnover in reserve.', /8%/).measure).toBe('reserve_floor');
    expect(framingOf('In 2024, 14 clubs were at or above 8% of turnover.', /8%/).measure).toBe('reserve_floor');
    // The count keeps its action, though the bar's quote begins with it.
    expect(framingOf('In 2024, 14 clubs were at or above 8% of turnover.', /14 clubs/).measure).toBe('clubs_in_reserve');
  });

  it('without the count, it is the subject\'s own figure', () => {
    expect(framingOf('In 2024 Ashford held at least 8% of turnover in reserve.', /8%/).measure).toBe('reserve_share');
  });

  it('"the 8% club" is the one bar of its unit; it is the owner\'s, not a place\'s named beside it', () => {
    const f = framingOf('Dunmore waits as the 8% club grows.', /8%/);
    expect(f.measure).toBe('reserve_floor');
    expect(f.entities.find((e) => e.role === 'subject')?.id).not.toBe('dunmore');
  });

  it('the figures after a bar carry the share its sentence names, not the bar', () => {
    const text = 'In 2024, 14 clubs were at or above 8% of turnover. Ashford Rovers stood at 11.5%.';
    expect(framingOf(text, /11\.5%/).measure).toBe('reserve_share');
  });

  it('states the bar whatever the sentence forecasts of those who clear it', async () => {
    const report = await judge('In 2024, 14 of the 20 clubs are on course to meet 8% of turnover in reserve.');
    const bar = report.claims.find((c) => /8%/.test(c.figure.text))!;
    expect(bar.frame?.status.value).toBe('reported');
    expect(bar.verdict).toBe('supported');
  });

  it('is judged against the bar\'s fact', async () => {
    const report = await judge('In 2024, 14 of the 20 clubs held at least 8% of turnover in reserve.');
    const bar = report.claims.find((c) => /8%/.test(c.figure.text))!;
    expect(bar.verdict).toBe('supported');
    expect(bar.evidence?.[0]?.factId).toBe('floor');
  });
});
