import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmtDate, fmtNumber, formatDecimal } from '../../shared/words.ts';

describe('wording of numbers and dates', () => {
  it('groups whole numbers exactly as Intl does, without its cost', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => {
      expect(formatDecimal(n)).toBe(intl.format(n === 0 ? 0 : n));
    }), { numRuns: 2000 });
    expect(formatDecimal(-0)).toBe('0');
  });

  it('words decimals exactly as Intl does, without loading it', () => {
    for (const digits of [0, 1, 2, 3, 6]) {
      const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
      fc.assert(fc.property(fc.double({ min: -1e14, max: 1e14, noNaN: true }), (n) => {
        if (Object.is(n, -0)) return;
        expect(formatDecimal(n, digits)).toBe(intl.format(n));
      }), { numRuns: 3000 });
      // Halves and the values either side of them, where rounding rules differ.
      for (const n of [0.125, -0.125, 2.5, -2.5, 1.005, 0.0049, 1234.5678, -0.001, 999999.995]) expect(formatDecimal(n, digits)).toBe(intl.format(n));
    }
  });

  it('keeps decimals to the precision asked', () => {
    expect(formatDecimal(3.14159, 2)).toBe('3.14');
    expect(formatDecimal(1234.5, 1)).toBe('1,234.5');
  });

  it('says millions and billions only when nothing is lost', () => {
    expect(fmtNumber(3_561_000_000)).toBe('3.561 billion');
    expect(fmtNumber(1_330_000_000)).toBe('1.33 billion');
    expect(fmtNumber(2_783)).toBe('2,783');
    expect(fmtNumber(1_234_567)).toBe('1,234,567');
  });

  it('dates at their precision', () => {
    expect(fmtDate('2020-11-10')).toBe('10 November 2020');
    expect(fmtDate('2024-04')).toBe('April 2024');
    expect(fmtDate('2023')).toBe('2023');
    expect(fmtDate('XXXX-09-27')).toBe('27 September');
    expect(fmtDate('2020-13')).toBe('2020-13');
  });
});
