import { fc, test } from '@fast-check/vitest';
import { isValidBsn, normaliseBsn } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

// An independent elfproef, written differently from the code under test (reduce over weights).
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];
const elfproef = (s: string) =>
  /^\d{9}$/.test(s) &&
  s !== '000000000' &&
  WEIGHTS.reduce((acc, w, i) => acc + w * Number(s.charAt(i)), 0) % 11 === 0;

describe('BSN', () => {
  it('accepts known valid numbers and rejects known invalid ones', () => {
    expect(isValidBsn('111222333')).toBe(true); // 9+8+7+12+10+8+9+6-3 = 66
    expect(isValidBsn('123456782')).toBe(true); // 9+16+21+24+25+24+21+16-2 = 154 = 14·11
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('11122233a')).toBe(false);
  });
  it('normalises spaces, dots and 8-digit numbers', () => {
    expect(normaliseBsn(' 1112.22.333 ')).toEqual({ ok: true, value: '111222333' });
    expect(normaliseBsn('1112 2233 3')).toEqual({ ok: true, value: '111222333' });
    expect(normaliseBsn('12345679')).toEqual(
      isValidBsn('012345679') ? { ok: true, value: '012345679' } : expect.objectContaining({ ok: false }),
    );
  });
  it.each(['', 'abc', '1234567890', '123456789'])('rejects %j with invalid_bsn', (s) => {
    const r = normaliseBsn(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('invalid_bsn');
  });
});

test.prop([fc.stringMatching(/^\d{9}$/)])('isValidBsn agrees with an independent elfproef', (s) => {
  return isValidBsn(s) === elfproef(s);
});

const validBsn = fc
  .stringMatching(/^\d{8}$/)
  .map((eight) => {
    for (let last = 0; last <= 9; last++) if (elfproef(eight + last)) return eight + last;
    return undefined;
  })
  .filter((s): s is string => s !== undefined);

test.prop([validBsn, fc.nat(8), fc.integer({ min: 1, max: 9 })])(
  'changing any single digit of a valid BSN makes it invalid',
  (bsn, pos, delta) => {
    const d = (Number(bsn.charAt(pos)) + delta) % 10;
    const changed = bsn.slice(0, pos) + d + bsn.slice(pos + 1);
    return isValidBsn(bsn) && !isValidBsn(changed);
  },
);

describe('messages of a rejected BSN (issue 9)', () => {
  it.each([
    ['123456789', 'BSN ****6789 fails the elfproef'],
    ['1234567890', 'BSN ****7890 is not 9 digits'],
    ['12a', 'BSN **** is not 9 digits'],
  ])('%j → %j', (input, message) => {
    const r = normaliseBsn(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message.en).toBe(message);
  });
});

test.prop([fc.stringMatching(/^[0-9 .-]{6,14}$/)])('a rejected BSN never appears in its message', (input) => {
  const r = normaliseBsn(input);
  if (r.ok) return true;
  const digits = input.replace(/\D/g, '');
  const m = r.issues[0]?.message;
  const message = m ? `${m.nl}\n${m.en}` : '';
  return !message.includes(input) && (digits.length < 5 || !message.includes(digits.slice(0, 5)));
});
