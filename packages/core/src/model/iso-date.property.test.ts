// isIsoDate reads a date without a regular expression (issue 14: a month of signals checks a few
// hundred thousand). These properties hold it equal to the plain reading of the format it replaced.
import { fc, test } from '@fast-check/vitest';
import { isIsoDate } from '@signaalreis/core';
import { expect } from 'vitest';

/** The reading before: the pattern, then the calendar. */
function byPattern(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0);
}

// Date-like text: digits and separators in the right places most of the time, anything now and then.
const part = (n: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.stringMatching(new RegExp(`^\\d{${n}}$`)) },
    { weight: 1, arbitrary: fc.string({ maxLength: n + 1 }) },
    { weight: 1, arbitrary: fc.constantFrom('0'.repeat(n), '9'.repeat(n), ' 1'.slice(0, n), '٣'.repeat(n)) },
  );
const sep = fc.constantFrom('-', '-', '-', '/', '', '--', '−');
const dateLike = fc
  .tuple(part(4), sep, part(2), sep, part(2), fc.constantFrom('', '', '\n', ' ', 'x'))
  .map((ps) => ps.join(''));

test.prop([fc.oneof(dateLike, fc.string(), fc.anything())], { numRuns: 20000 })(
  'isIsoDate says exactly what the pattern and the calendar say',
  (value) => {
    expect(isIsoDate(value)).toBe(byPattern(value));
  },
);

const year = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.constantFrom(0, 400, 1600, 1900, 2000, 2023, 2024, 2100),
);
const month = fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(2));
const day = fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 31 }));
test.prop([year, month, day], { numRuns: 5000 })(
  'every day of every month of years 0000–9999 (leap years and centuries often), and days that do not exist',
  (y, m, d) => {
    const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    expect(isIsoDate(iso)).toBe(byPattern(iso));
  },
);
