import { describe, expect, it } from 'vitest';
import { asIsoDate } from '../model/iso-date';
import {
  asLifecycleTime,
  isLifecycleTime,
  type LifecycleTime,
  LifecycleTimeSchema,
  parseLifecycleTime,
} from './index';
import { dayOf } from './time';

describe('LifecycleTime', () => {
  it('is a date or a local time on a date, in the years of the working-day calendar', () => {
    for (const ok of [
      '2026-10-26',
      '2026-10-26T00:00',
      '2026-10-26T23:59:59',
      '1991-01-01',
      '2099-12-31T12:00',
    ])
      expect([ok, isLifecycleTime(ok)]).toEqual([ok, true]);
    for (const bad of [
      '2026-10-26 18:30',
      '2026-10-26T24:00',
      '2026-02-30',
      '1990-12-31',
      '2100-01-01',
      '26-10-2026',
      20261026,
      null,
    ])
      expect([bad, isLifecycleTime(bad)]).toEqual([bad, false]);
  });

  it('parses outside input into a Result with the code invalid_time and a Dutch and English message', () => {
    expect(parseLifecycleTime('2026-10-26T09:15')).toEqual({ ok: true, value: '2026-10-26T09:15' });
    expect(parseLifecycleTime('morgen')).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_time',
          path: [],
          message: {
            nl: '"morgen" is geen datum JJJJ-MM-DD of tijd JJJJ-MM-DDTUU:mm in de jaren 1991–2099',
            en: '"morgen" is not a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:mm in the years 1991–2099',
          },
        },
      ],
    });
    const zod = LifecycleTimeSchema.safeParse('2026-10-26 09:15');
    expect(zod.success ? undefined : zod.error.issues[0]).toMatchObject({
      code: 'custom',
      params: { code: 'invalid_time' },
    });
  });

  it('throws for a bad literal in code (a programming error), and takes a checked date as it is', () => {
    expect(() => asLifecycleTime('2026-10-26 09:15')).toThrow(TypeError);
    const day: LifecycleTime = asIsoDate('2026-10-26');
    expect(dayOf(day)).toBe('2026-10-26');
    expect(dayOf(asLifecycleTime('2026-10-26T23:59'))).toBe('2026-10-26');
  });
});
