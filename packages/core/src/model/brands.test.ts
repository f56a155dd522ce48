// Issue 10: branded types are made by parsers; literals by as*, which throws on a programming error.
import { fc, test } from '@fast-check/vitest';
import {
  asCaseId,
  asCents,
  asIsoDate,
  asIsoMonth,
  asSignalId,
  isCents,
  isIsoDate,
  isIsoMonth,
  parseCents,
  parseIsoDate,
  parseIsoMonth,
  parsePartnerId,
  parseSignalId,
  sumCents,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

describe('brands', () => {
  it('parse gives a Result with a bilingual issue, never a throw', () => {
    for (const bad of ['2026-13-01', 'not-a-date', '', 20261001, null, undefined, {}]) {
      const r = parseIsoDate(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('invalid_date');
        expect(r.issues[0]?.message.nl).toMatch(/geen bestaande datum/);
        expect(r.issues[0]?.message.en).toMatch(/not a real date/);
      }
    }
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseIsoMonth('2026-13').ok).toBe(false);
    expect(parseCents(Number.POSITIVE_INFINITY).ok).toBe(false); // what JSON 1e400 becomes
    expect(parseCents(12.5).ok).toBe(false);
    expect(parseSignalId('x'.repeat(101)).ok).toBe(false);
    expect(parsePartnerId('EN\u001bA').ok).toBe(false);
  });

  it('as* accepts a valid literal and throws a TypeError on an invalid one', () => {
    expect(asIsoDate('2026-10-26')).toBe('2026-10-26');
    expect(asIsoMonth('2026-10')).toBe('2026-10');
    expect(asCents(15000)).toBe(15000);
    expect(asSignalId('S1')).toBe('S1');
    expect(asCaseId('2026-10-0001')).toBe('2026-10-0001');
    expect(() => asIsoDate('2026-02-30')).toThrow(TypeError);
    expect(() => asCents(1.5)).toThrow(TypeError);
    expect(() => asSignalId('')).toThrow(TypeError);
  });

  it('never echoes a long bad value in full', () => {
    const r = parseIsoDate('x'.repeat(100_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message.en.length).toBeLessThan(200);
  });

  test.prop([fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })])(
    'every real date written YYYY-MM-DD parses, and the guard agrees with the parser',
    (d) => {
      const iso = d.toISOString().slice(0, 10);
      expect(parseIsoDate(iso).ok).toBe(true);
      expect(isIsoDate(iso)).toBe(true);
      expect(isIsoMonth(iso.slice(0, 7))).toBe(true);
    },
  );

  test.prop([fc.string({ maxLength: 12 })])('the guard and the parser agree on any string', (s) => {
    expect(parseIsoDate(s).ok).toBe(isIsoDate(s));
    expect(parseIsoMonth(s).ok).toBe(isIsoMonth(s));
  });

  test.prop([fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 20 })])('sumCents adds', (xs) => {
    expect(sumCents(xs.map(asCents))).toBe(xs.reduce((a, b) => a + b, 0));
    expect(isCents(sumCents(xs.map(asCents)))).toBe(true);
  });
});
