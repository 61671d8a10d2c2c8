import { describe, expect, it } from 'vitest';
import { conversion, plural } from '../../shared/judge/units.ts';

describe('unit conversions', () => {
  it('convert a bare unit into the same unit qualified by what it is of', () => {
    expect(conversion('t', 't CO2e')).toBe(1);
    expect(conversion('kg', 't CO2e')).toBeCloseTo(0.001);
    expect(conversion('t CO2e', 't')).toBe(1);
  });

  it('never convert between two different qualifiers or unrelated units', () => {
    expect(conversion('t coal', 't CO2e')).toBeNull();
    expect(conversion('t', 'km')).toBeNull();
    expect(conversion('GW', 't')).toBeNull();
  });

  it('convert areas through hectares, a unit spelt out too', () => {
    expect(conversion('km2', 'ha')).toBe(100);
    expect(conversion('acre', 'ha')).toBeCloseTo(0.4047, 4);
    expect(conversion('hectare', 'ha')).toBe(1);
    expect(conversion('mi2', 'acre')).toBeCloseTo(640, 6);
    expect(conversion('ha', 'km')).toBeNull();
  });

  it('keep the conversions they had', () => {
    expect(conversion('MW', 'GW')).toBeCloseTo(0.001);
    expect(conversion('week', 'day')).toBe(7);
    expect(conversion('mi', 'km')).toBeCloseTo(1.609344);
  });
});

describe('plural units', () => {
  it('pluralise words, not symbols', () => {
    expect(plural('person', 2)).toBe('persons');
    expect(plural('ally', 23)).toBe('allies');
    expect(plural('day', 3)).toBe('days');
    expect(plural('GW', 16.2)).toBe('GW');
    expect(plural('t CO2e', 2)).toBe('t CO2e');
    expect(plural('century', 2)).toBe('centuries');
    expect(plural('job', 1)).toBe('job');
  });
});
