import { asIsoDate, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { DEADLINES, type DeadlineId, deadline } from './index';

describe('DEADLINES', () => {
  it('holds the four deadlines of the domain with their amounts and sources', () => {
    const summary = DEADLINES.map((d) => [d.id, d.amount, d.unit, d.extendsToWorkingDay, d.source]);
    expect(summary).toEqual([
      ['threatening-contact', 3, 'working-days', true, 'wgs'],
      ['first-conversation', 4, 'weeks', true, 'wgs'],
      ['feedback-closure', 28, 'days', false, 'signaalreis-2023'],
      ['collection-pause', 30, 'days', false, 'signaalreis-2023'],
    ]);
    for (const d of DEADLINES) {
      expect(d.label.en.length).toBeGreaterThan(0);
      expect(d.label.nl.length).toBeGreaterThan(0);
    }
  });

  it('is frozen data', () => {
    expect(Object.isFrozen(DEADLINES)).toBe(true);
    expect(DEADLINES.every((d) => Object.isFrozen(d))).toBe(true);
  });
});

describe('deadline', () => {
  it('counts 3 working days for a threatening situation', () => {
    expect(deadline('threatening-contact', asIsoDate('2026-10-26'))).toBe('2026-10-29'); // Mon → Thu
    expect(deadline('threatening-contact', asIsoDate('2026-10-23'))).toBe('2026-10-28'); // Fri → Wed
    expect(deadline('threatening-contact', asIsoDate('2026-10-24'))).toBe('2026-10-28'); // Sat → Wed
    expect(deadline('threatening-contact', asIsoDate('2026-12-24'))).toBe('2026-12-30'); // over Christmas
  });

  it('extends the statutory 4 weeks to the next working day when they end on a weekend or holiday', () => {
    expect(deadline('first-conversation', asIsoDate('2026-10-05'))).toBe('2026-11-02'); // Mon + 28 days: Mon
    expect(deadline('first-conversation', asIsoDate('2026-10-03'))).toBe('2026-11-02'); // ends Sat 31 Oct
    expect(deadline('first-conversation', asIsoDate('2026-03-30'))).toBe('2026-04-28'); // ends Mon 27 Apr, King's Day
    expect(deadline('first-conversation', asIsoDate('2026-11-27'))).toBe('2026-12-28'); // ends Fri 25 Dec
  });

  it('does not extend the practice terms of 28 and 30 days', () => {
    expect(deadline('feedback-closure', asIsoDate('2026-10-03'))).toBe('2026-10-31'); // a Saturday
    expect(deadline('feedback-closure', asIsoDate('2026-11-27'))).toBe('2026-12-25'); // Christmas Day
    expect(deadline('collection-pause', asIsoDate('2026-10-01'))).toBe('2026-10-31'); // a Saturday
    expect(deadline('collection-pause', asIsoDate('2026-01-31'))).toBe('2026-03-02'); // over February
  });

  it('throws a RangeError for an unknown id or a malformed date', () => {
    expect(() => deadline('nope' as DeadlineId, asIsoDate('2026-10-26'))).toThrow(
      /Unknown deadline id "nope"/,
    );
    expect(() => deadline('feedback-closure', '2026-02-30' as IsoDate)).toThrow(/Invalid from "2026-02-30"/);
    expect(() => deadline('first-conversation', '2026-10-3' as IsoDate)).toThrow(RangeError);
  });
});
