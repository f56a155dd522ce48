import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import { describe, expect, it, vi } from 'vitest';
import { holidayRow, renderHolidayTable, TABLE_YEARS } from '../../scripts/holiday-table';
import { HOLIDAY_TABLE, HOLIDAY_TABLE_FROM } from './holiday-table';
import { HOLIDAY_YEARS } from './holidays';

describe('holiday-table.ts (generated from date-holidays)', () => {
  it('is what the generator writes today (regenerate with `pnpm --filter @signaalreis/core generate:holidays`)', () => {
    const committed = readFileSync(new URL('./holiday-table.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderHolidayTable());
  });

  it('covers exactly the documented years, and HOLIDAY_YEARS follows it', () => {
    expect(HOLIDAY_TABLE_FROM).toBe(TABLE_YEARS.from);
    expect(HOLIDAY_TABLE).toHaveLength(TABLE_YEARS.to - TABLE_YEARS.from + 1);
    expect(HOLIDAY_YEARS).toEqual({ from: 1990, to: 2100 });
  });

  it('reads 2026 from date-holidays in statute order', () => {
    expect(holidayRow(new Holidays('NL'), 2026)).toBe('0101 0403 0406 0514 0525 0427 0505 1225 1226');
  });

  it('refuses to write a row when date-holidays gives an implausible or missing day', () => {
    const real = new Holidays('NL');
    const shifted = {
      getHolidays: (year: number) =>
        real
          .getHolidays(year)
          .map((h) => (h.rule === 'easter 1' ? { ...h, date: `${year}-04-07 00:00:00` } : h)),
    } as unknown as Holidays;
    expect(() => holidayRow(shifted, 2026)).toThrow(/no single plausible Easter Monday in 2026/);
    const missing = {
      getHolidays: (year: number) => real.getHolidays(year).filter((h) => h.rule !== '05-05'),
    } as unknown as Holidays;
    expect(() => holidayRow(missing, 2026)).toThrow(/no single plausible Liberation Day in 2026/);
  });
});

describe('nonWorkingDays on a damaged table', () => {
  it('throws instead of returning a wrong list when a row is malformed', async () => {
    vi.resetModules();
    vi.doMock('./holiday-table', () => ({
      HOLIDAY_TABLE_FROM: 2026,
      HOLIDAY_TABLE: [
        '0101 0403 0406 0514 0525 0427 0505 1225 1226',
        '0101 0326 0329 0506 0517 0427 0505 1225',
      ],
    }));
    try {
      const { nonWorkingDays } = await import('./holidays');
      expect(nonWorkingDays(2026)).toHaveLength(9);
      expect(() => nonWorkingDays(2027)).toThrow(/malformed row for 2027/);
      expect(() => nonWorkingDays(2028)).toThrow(RangeError);
    } finally {
      vi.doUnmock('./holiday-table');
      vi.resetModules();
    }
  });
});
