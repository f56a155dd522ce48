// isIsoDate reads a date by character codes (issue 14: it is called millions of times a month);
// it must say what the regular expression and the month lengths it replaced said, for any string.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { isIsoDate } from './iso-date';

function reference(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0);
}

const nearDate = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom('-', '/', ''),
    fc.constantFrom('', ' ', '\n', 'x'),
  )
  .map(
    ([y, m, d, sep, tail]) =>
      `${String(y).padStart(4, '0')}${sep}${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`,
  );
const anything = fc.oneof(nearDate, fc.string({ maxLength: 12 }), fc.anything());

test.prop([anything], { numRuns: 2000 })('isIsoDate agrees with the regular expression it replaced', (v) => {
  expect(isIsoDate(v)).toBe(reference(v));
});
