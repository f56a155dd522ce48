import { describe, expect, it } from 'vitest';
import { addDays, epochDay, isoFromEpochDay } from './epoch-day';

describe('epoch days', () => {
  it('counts from 1970-01-01 across leap days', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('2000-03-01')).toBe(11017);
    expect(isoFromEpochDay(-1)).toBe('1969-12-31');
  });
  it('adds calendar days across month, leap-day and DST boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2022-12-08', 100)).toBe('2023-03-18');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});
