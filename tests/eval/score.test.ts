import { describe, expect, it } from 'vitest';
import { valueMatch } from '../../eval/score.ts';
import type { JudgedClaim } from '../../shared/report/report.ts';
import type { KeyClaim } from '../../eval/key.ts';

// Only the fields valueMatch reads.
const claim = (value: number, qualifier: string): JudgedClaim => ({ figure: { kind: 'count', text: String(value), value, qualifier } } as unknown as JudgedClaim);
const key = (value: KeyClaim['value']): KeyClaim => ({ id: 'x.1', anchor: 'x', value, expect: 'U', accept: [], classes: [] } as unknown as KeyClaim);

describe('the scorer matching a bound against a key range', () => {
  it('finds "more than 30,000" in a key range that opens just above it', () => {
    expect(valueMatch(claim(30000, 'more_than'), key({ low: 30001, high: 39999 }))).toBe('full');
    expect(valueMatch(claim(50, 'more_than'), key({ low: 50, high: 100 }))).toBe('full');
  });

  it('finds "below a tenth" in a key range that closes at it', () => {
    expect(valueMatch(claim(10, 'less_than'), key({ low: 0, high: 10 }))).toBe('full');
  });

  it('finds "just shy of 100" at the top of a key range that closes at it', () => {
    expect(valueMatch(claim(100, 'nearly'), key({ low: 99, high: 100 }))).toBe('full');
  });

  it('finds a power given in another prefix: "2 GW" for 2,000 MW', () => {
    const gw = { figure: { kind: 'measure', text: '2 GW', value: 2, unit: 'GW', qualifier: 'exact' }, quote: '2 GW' } as unknown as JudgedClaim;
    expect(valueMatch(gw, { ...key(2000), unit: 'MW' })).toBe('full');
    expect(valueMatch(gw, { ...key(2000), unit: 'MWh' })).toBeNull();
  });

  it('finds a fraction against a key percentage rounded to one decimal: "two-thirds" for 66.7', () => {
    const twoThirds = { figure: { kind: 'ratio', text: 'two-thirds', value: 2 / 3, unit: 'fraction', qualifier: 'exact' }, quote: 'two-thirds' } as unknown as JudgedClaim;
    expect(valueMatch(twoThirds, { ...key(66.7), unit: '%' })).toBe('full');
    expect(valueMatch(twoThirds, { ...key(66.8), unit: '%' })).toBeNull();
    expect(valueMatch(twoThirds, key(66.7))).toBeNull();
  });

  it('finds a span of time or a fraction in another unit of a key\'s "within": "a century", "more than three decades", "nearly half"', () => {
    const span = (text: string, value: number, unit: string, qualifier: string) => ({ figure: { kind: 'duration', text, value, unit, qualifier }, quote: text } as unknown as JudgedClaim);
    expect(valueMatch(span('a century', 1, 'century', 'exact'), { ...key(100), unit: 'year' })).toBe('full');
    expect(valueMatch(span('more than three decades', 3, 'decade', 'more_than'), { ...key({ within: [30, 40] }), unit: 'year' })).toBe('full');
    expect(valueMatch(span('five decades', 5, 'decade', 'exact'), { ...key({ within: [30, 40] }), unit: 'year' })).toBeNull();
    const half = { figure: { kind: 'ratio', text: 'nearly half', value: 0.5, unit: 'fraction', qualifier: 'nearly' }, quote: 'nearly half' } as unknown as JudgedClaim;
    expect(valueMatch(half, { ...key({ within: [40, 50] }), unit: '%' })).toBe('full');
  });

  it('keeps an exact figure at one end of a range as that end only', () => {
    expect(valueMatch(claim(30001, 'exact'), key({ low: 30001, high: 39999 }))).toBe('lo');
    expect(valueMatch(claim(30000, 'exact'), key({ low: 30001, high: 39999 }))).toBeNull();
  });
});

describe('where an anchor stands', () => {
  it('a number is not found inside a longer one: "5%" is not the end of "82.5%"', async () => {
    const { findAll } = await import('../../eval/anchors.ts');
    const text = 'Turnout reached 82.5%, and one party fell short of the 5% threshold; 1,500 voted early, 500 late.';
    expect(findAll(text, '5%')).toEqual([[text.indexOf('the 5%') + 4, text.indexOf('the 5%') + 6]]);
    expect(findAll(text, '500').map(([a]) => text.slice(a - 1, a + 3))).toEqual([' 500']);
  });
});
