import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addMonths } from '../calendar/months';
import { asIsoMonth, type IsoMonth } from '../model/iso-date';
import { daysInMonth, vlpDayInMonth } from './month-days';

const month = fc
  .record({ y: fc.integer({ min: 1900, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => asIsoMonth(`${y}-${String(m).padStart(2, '0')}`) as IsoMonth);
const day = fc.integer({ min: 1, max: 31 });

describe('the month-end rule', () => {
  test.prop([month, day])('a day stays in its month and is the day itself or the last day', (m, d) => {
    const date = vlpDayInMonth(m, d);
    expect(date.slice(0, 7)).toBe(m);
    const n = Number(date.slice(8));
    expect(n).toBe(Math.min(d, daysInMonth(m)));
  });

  test.prop([month, day, day])('keeps the order of two days', (m, a, b) => {
    if (a <= b) expect(vlpDayInMonth(m, a) <= vlpDayInMonth(m, b)).toBe(true);
  });

  test.prop([month])('days in a month: the next month starts the day after the last day', (m) => {
    const last = vlpDayInMonth(m, 31);
    const next = vlpDayInMonth(addMonths(m, 1), 1);
    expect(new Date(`${next}T00:00:00Z`).getTime() - new Date(`${last}T00:00:00Z`).getTime()).toBe(
      86_400_000,
    );
  });
});

describe('vlpDayInMonth', () => {
  test.prop([
    month,
    fc.oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 32 }),
      fc.double({ min: 1.1, max: 30.9, noInteger: true }),
    ),
  ])('throws a RangeError for a day outside 1–31 (a programming error: the schema checks input)', (m, d) => {
    expect(() => vlpDayInMonth(m, d)).toThrow(RangeError);
  });
});
