import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { addDays, epochDay, isoFromEpochDay } from './epoch-day';

// The compiled evaluator's day arithmetic against luxon (which the reference operators use), and
// the property the compiled date operators rely on: ISO strings sort like their day numbers.
const day = fc.integer({ min: -200_000, max: 200_000 });
const luxonIso = (n: number) => DateTime.fromMillis(n * 86_400_000, { zone: 'utc' }).toISODate() as string;

test.prop([day])('isoFromEpochDay agrees with luxon and round-trips', (n) => {
  expect(isoFromEpochDay(n)).toBe(luxonIso(n));
  expect(epochDay(isoFromEpochDay(n))).toBe(n);
});

test.prop([day, fc.integer({ min: -1000, max: 1000 })])(
  'addDays agrees with luxon plus({ days })',
  (n, k) => {
    const iso = luxonIso(n);
    const expected = DateTime.fromISO(iso, { zone: 'utc' }).plus({ days: k }).toISODate();
    expect(addDays(iso, k)).toBe(expected);
  },
);

test.prop([day, day])('ISO dates compare as strings exactly as their day numbers do', (a, b) => {
  expect(isoFromEpochDay(a) < isoFromEpochDay(b)).toBe(a < b);
});
