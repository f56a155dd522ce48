import { fc, test } from '@fast-check/vitest';
import { CentsSchema, euros, formatEuro, toWholeEuros } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

describe('money', () => {
  it('formats the Dutch way', () => {
    expect(formatEuro(152796)).toBe('€ 1.527,96');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(-152796)).toBe('-€ 1.527,96');
    expect(formatEuro(123456789)).toBe('€ 1.234.567,89');
  });
  it('converts euros without float drift', () => {
    expect(euros(1527.96)).toBe(152796);
    expect(euros(0.1 + 0.2)).toBe(30);
    expect(euros(19.99)).toBe(1999);
    expect(() => euros(Number.NaN)).toThrow(RangeError);
  });
  it('rounds to whole euros half away from zero (DDAS bedrag)', () => {
    expect(toWholeEuros(1249)).toBe(12);
    expect(toWholeEuros(1250)).toBe(13);
    expect(toWholeEuros(-1250)).toBe(-13);
  });
  it('rejects fractional cents and non-numbers', () => {
    expect(CentsSchema.safeParse(1.5).success).toBe(false);
    expect(CentsSchema.safeParse('100').success).toBe(false);
    expect(() => formatEuro(1.5)).toThrow(RangeError);
  });
});

test.prop([fc.integer({ min: -1e12, max: 1e12 })])(
  'formatEuro and a Dutch amount parser round-trip',
  (cents) => {
    const text = formatEuro(cents);
    const negative = text.startsWith('-');
    const digits = text.replace(/^-?€ /, '').replace(/\./g, '').replace(',', '');
    const back = Number(digits) * (negative ? -1 : 1);
    return back === cents || (cents === 0 && back === 0);
  },
);

test.prop([fc.integer({ min: 0, max: 1e9 })])('euros(cents / 100) gives the cents back', (cents) => {
  return euros(cents / 100) === cents;
});
