import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, isWorkingDay, nonWorkingDays } from './index';

// Worked out by hand from the Easter dates (Good Friday −2, Easter Monday +1, Ascension +39,
// Whit Monday +50) and the weekday of 27 April; not computed by the code under test.
const KNOWN: Record<
  number,
  [goodFriday: string, easterMonday: string, ascension: string, whitMonday: string, kingsDay: string]
> = {
  2020: ['2020-04-10', '2020-04-13', '2020-05-21', '2020-06-01', '2020-04-27'],
  2021: ['2021-04-02', '2021-04-05', '2021-05-13', '2021-05-24', '2021-04-27'],
  2022: ['2022-04-15', '2022-04-18', '2022-05-26', '2022-06-06', '2022-04-27'],
  2023: ['2023-04-07', '2023-04-10', '2023-05-18', '2023-05-29', '2023-04-27'],
  2024: ['2024-03-29', '2024-04-01', '2024-05-09', '2024-05-20', '2024-04-27'],
  2025: ['2025-04-18', '2025-04-21', '2025-05-29', '2025-06-09', '2025-04-26'], // 27 April 2025: Sunday
  2026: ['2026-04-03', '2026-04-06', '2026-05-14', '2026-05-25', '2026-04-27'],
  2027: ['2027-03-26', '2027-03-29', '2027-05-06', '2027-05-17', '2027-04-27'],
  2028: ['2028-04-14', '2028-04-17', '2028-05-25', '2028-06-05', '2028-04-27'],
  2029: ['2029-03-30', '2029-04-02', '2029-05-10', '2029-05-21', '2029-04-27'],
  2030: ['2030-04-19', '2030-04-22', '2030-05-30', '2030-06-10', '2030-04-27'],
};

describe('nonWorkingDays', () => {
  for (const [year, [goodFriday, easterMonday, ascension, whitMonday, kingsDay]] of Object.entries(KNOWN)) {
    it(`lists exactly the statutory holidays of ${year}`, () => {
      expect(nonWorkingDays(Number(year))).toEqual([
        { date: `${year}-01-01`, name: "New Year's Day", nameNl: 'Nieuwjaarsdag' },
        ...[
          { date: goodFriday, name: 'Good Friday', nameNl: 'Goede Vrijdag' },
          { date: easterMonday, name: 'Easter Monday', nameNl: 'Tweede Paasdag' },
          { date: kingsDay, name: "King's Day", nameNl: 'Koningsdag' },
          { date: `${year}-05-05`, name: 'Liberation Day', nameNl: 'Bevrijdingsdag' },
          { date: ascension, name: 'Ascension Day', nameNl: 'Hemelvaartsdag' },
          { date: whitMonday, name: 'Whit Monday', nameNl: 'Tweede Pinksterdag' },
        ].sort((a, b) => a.date.localeCompare(b.date)),
        { date: `${year}-12-25`, name: 'Christmas Day', nameNl: 'Eerste Kerstdag' },
        { date: `${year}-12-26`, name: 'Boxing Day', nameNl: 'Tweede Kerstdag' },
      ]);
    });
  }

  it('moves King’s Day to 26 April when the 27th is a Sunday (2014, 2025, 2031)', () => {
    const kingsDay = (y: number) => nonWorkingDays(y).find((h) => h.name === "King's Day")?.date;
    expect(kingsDay(2014)).toBe('2014-04-26');
    expect(kingsDay(2025)).toBe('2025-04-26');
    expect(kingsDay(2031)).toBe('2031-04-26');
    expect(kingsDay(2024)).toBe('2024-04-27'); // a Saturday: stays
  });

  it('uses Koninginnedag before 2014 (30 April, 29 April when the 30th is a Sunday)', () => {
    const queensDay = (y: number) => nonWorkingDays(y).find((h) => h.nameNl === 'Koninginnedag')?.date;
    expect(queensDay(2013)).toBe('2013-04-30');
    expect(queensDay(2006)).toBe('2006-04-29'); // 30 April 2006 was a Sunday
    expect(queensDay(1990)).toBe('1990-04-30');
    expect(nonWorkingDays(2013).some((h) => h.nameNl === 'Koningsdag')).toBe(false);
  });

  it('keeps both holidays when Ascension Day falls on 5 May (2016)', () => {
    const may5 = nonWorkingDays(2016).filter((h) => h.date === '2016-05-05');
    expect(may5.map((h) => h.name)).toEqual(['Ascension Day', 'Liberation Day']);
  });

  it('has nine sorted entries in every supported year and none on Easter or Whit Sunday', () => {
    for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
      const list = nonWorkingDays(year);
      expect(list).toHaveLength(9);
      const dates = list.map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
    expect(nonWorkingDays(2026).map((h) => h.date)).not.toContain('2026-04-05'); // Easter Sunday
    expect(nonWorkingDays(2026).map((h) => h.date)).not.toContain('2026-05-24'); // Whit Sunday
  });

  it('returns a copy that callers cannot use to change the calendar', () => {
    const list = nonWorkingDays(2026);
    list.length = 0;
    expect(nonWorkingDays(2026)).toHaveLength(9);
  });

  it('rejects years outside the supported range and non-integers', () => {
    expect(() => nonWorkingDays(1989)).toThrow(RangeError);
    expect(() => nonWorkingDays(2101)).toThrow(/1990–2100/);
    expect(() => nonWorkingDays(2026.5)).toThrow(RangeError);
  });
});

describe('isWorkingDay on holidays that date-holidays does not call "public"', () => {
  it('treats Good Friday and 5 May as non-working in every year 2020–2030', () => {
    for (const [year, [goodFriday]] of Object.entries(KNOWN)) {
      expect(isWorkingDay(asIsoDate(goodFriday))).toBe(false);
      expect(isWorkingDay(asIsoDate(`${year}-05-05`))).toBe(false);
    }
  });

  it('treats observances as working days (4 May, Prinsjesdag, 31 December, 5 and 15 December)', () => {
    for (const d of ['2026-05-04', '2026-09-15', '2026-12-31', '2025-12-05', '2026-12-15']) {
      expect(isWorkingDay(asIsoDate(d))).toBe(true);
    }
  });
});
