// Issue 12: a case id is the month and a number — no personal data, URL-safe — and the ids of case
// files written before (month / household key) are still read, never made.
import { fc, test } from '@fast-check/vitest';
import {
  asCaseId,
  asIsoMonth,
  CASE_ID_PATTERN,
  CaseIdSchema,
  isCaseId,
  isLegacyCaseId,
  issuesFromZod,
  numberedCaseId,
  parseCaseId,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const OCT = asIsoMonth('2026-10');
const monthArb = fc
  .tuple(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => asIsoMonth(`${y}-${String(m).padStart(2, '0')}`));
const numberArb = fc
  .integer({ min: 1, max: 200_000 })
  .chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count)));

describe('numberedCaseId', () => {
  it('pads the number to 4 digits, wider only for a month of 10,000 cases or more', () => {
    expect(numberedCaseId(OCT, 1, 1)).toBe('2026-10-0001');
    expect(numberedCaseId(OCT, 42, 9_999)).toBe('2026-10-0042');
    expect(numberedCaseId(OCT, 42, 10_000)).toBe('2026-10-00042');
    expect(numberedCaseId(OCT, 123_456, 123_456)).toBe('2026-10-123456');
  });

  it.each([
    [0, 5],
    [6, 5],
    [1.5, 5],
    [Number.NaN, 5],
    [1, Number.POSITIVE_INFINITY],
  ])('throws a RangeError for case %d of %d (a programming error)', (n, count) => {
    expect(() => numberedCaseId(OCT, n, count)).toThrow(RangeError);
  });

  test.prop([monthArb, numberArb])(
    'makes a valid, URL-safe id of the current form, with the month and the number',
    (month, [n, count]) => {
      const id = numberedCaseId(month, n, count);
      expect(id).toMatch(CASE_ID_PATTERN);
      expect(id).toMatch(/^[0-9]{4}-[0-9]{2}-[0-9]{4,}$/);
      expect(isCaseId(id)).toBe(true);
      expect(isLegacyCaseId(id)).toBe(false);
      expect(encodeURIComponent(id)).toBe(id);
      expect(id.startsWith(`${month}-`)).toBe(true);
      expect(Number(id.slice(8))).toBe(n);
    },
  );

  test.prop([monthArb, numberArb, numberArb])(
    'ids of one month have one length and sort in number order',
    (month, [a, count], [b]) => {
      const x = numberedCaseId(month, a, count);
      const y = numberedCaseId(month, Math.min(b, count), count);
      expect(x.length).toBe(y.length);
      expect(Math.sign(x.localeCompare(y))).toBe(Math.sign(a - Math.min(b, count)));
    },
  );
});

describe('parseCaseId / CaseIdSchema', () => {
  it('accepts the current form and, for older case files, month / household key', () => {
    for (const id of ['2026-10-0001', '2026-12-12345', '2026-10/7411AB 12', '2026-09/7411AB 12A-1']) {
      expect(parseCaseId(id)).toEqual({ ok: true, value: id });
      expect(CaseIdSchema.safeParse(id).success).toBe(true);
    }
    expect(isLegacyCaseId('2026-10/7411AB 12')).toBe(true);
    expect(isLegacyCaseId('2026-10-0001')).toBe(false);
  });

  it.each([
    'C1',
    'Jansen',
    '2026-10-001', // three digits
    '2026-13-0001', // no month 13
    '2026-10-0001 ',
    '2026-10/',
    '2026-10/ 7411AB 12',
    '2026-10-0001\u001b[2J',
    `2026-10-${'1'.repeat(100)}`, // longer than 100 characters
    '',
  ])('refuses %j with invalid_case_id', (id) => {
    const r = parseCaseId(id);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('invalid_case_id');
      expect(r.issues[0]?.message.en).toMatch(/YYYY-MM-NNNN/);
    }
    expect(isCaseId(id)).toBe(false);
    expect(() => asCaseId(id)).toThrow(TypeError);
    expect(CaseIdSchema.safeParse(id).success).toBe(false);
  });

  it('tells in both languages what a case id looks like', () => {
    const r = CaseIdSchema.safeParse('Jansen, Dorpsstraat 1');
    expect(r.success).toBe(false);
    if (!r.success)
      expect(issuesFromZod(r.error)[0]?.message).toEqual({
        nl: 'Verwacht een zaak-id JJJJ-MM-NNNN, zoals 2026-10-0001',
        en: 'Expected a case id YYYY-MM-NNNN, such as 2026-10-0001',
      });
  });

  it('refuses what is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['2026-10-0001']]) expect(parseCaseId(v).ok).toBe(false);
  });
});
