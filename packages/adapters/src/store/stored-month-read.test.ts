// A stored month read as a case file (readStoredMonth, STORED_MONTH_LIMITS): without the count of
// values one document may hold, but with every other check of readCaseFile — a month edited in the
// store (a case id twice, nesting past the limit, a case that is no case) is refused with its path,
// and nothing of it is taken; so is a delivery made of it (ddasDelivery with those limits).
import { asIsoDate, asMunicipalityCode, JSON_LIMITS } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../cases/case-file';
import { ddasDelivery } from '../ddas/export';
import { readStoredMonth, STORED_MONTH_LIMITS } from './stored-month';
import { exampleMonths } from './test-support/months';

const CODE = asMunicipalityCode('0363');
const october = async (): Promise<CaseFile> => {
  const oct = (await exampleMonths())[2];
  if (!oct) throw new Error('no October');
  return { ...oct.file, municipality: CODE };
};
const codes = (r: { ok: boolean; issues?: { code: string; path: (string | number)[] }[] }) =>
  r.ok ? [] : (r.issues ?? []).map((i) => `${i.code} ${i.path.join('.')}`);

describe('a stored month read as a case file', () => {
  it('lifts only the count of values', () => {
    expect(STORED_MONTH_LIMITS).toEqual({ maxValues: Number.MAX_SAFE_INTEGER });
    expect(Object.isFrozen(STORED_MONTH_LIMITS)).toBe(true);
    expect(JSON_LIMITS.maxValues).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('reads the example October as readCaseFile does', async () => {
    const file = await october();
    const r = readStoredMonth(file);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.cases).toHaveLength(file.cases.length);
  });

  it('refuses a case id twice, with its path', async () => {
    const file = await october();
    const [first, second] = file.cases;
    if (!first || !second) throw new Error('cases');
    const twice = { ...file, cases: [first, { ...second, caseId: first.caseId }, ...file.cases.slice(2)] };
    expect(codes(readStoredMonth(twice)).some((c) => c.startsWith('duplicate_case_id cases.1'))).toBe(true);
  });

  it('refuses nesting past the limit, and a case that is no case', async () => {
    const file = await october();
    let deep: unknown = 'x';
    for (let i = 0; i < JSON_LIMITS.maxDepth + 2; i++) deep = [deep];
    const nested = { ...file, cases: [{ ...file.cases[0], plan: deep }, ...file.cases.slice(1)] };
    expect(readStoredMonth(nested as CaseFile).ok).toBe(false);
    const noCase = { ...file, cases: [{ caseId: 'x' }, ...file.cases.slice(1)] };
    expect(codes(readStoredMonth(noCase as unknown as CaseFile)).some((c) => / cases\.0/.test(c))).toBe(true);
  });

  it('ddasDelivery with these limits still refuses a month that does not read', async () => {
    const file = await october();
    const noCase = { ...file, cases: [{ caseId: 'x' }, ...file.cases.slice(1)] } as unknown as CaseFile;
    const input = {
      period: { from: asIsoDate('2026-10-01'), to: asIsoDate('2026-10-31') },
      supplierCode: 'SIGNAALREIS',
      organisation: 'Gemeente Voorbeeldstad',
      months: [{ municipality: CODE, caseFile: noCase }],
    };
    const r = ddasDelivery(input, new Date('2026-11-02T09:00:00Z'), { limits: STORED_MONTH_LIMITS });
    expect(r.ok).toBe(false);
    expect(codes(r).some((c) => c.includes('months.0.caseFile.cases.0'))).toBe(true);
    const good = ddasDelivery(
      { ...input, months: [{ municipality: CODE, caseFile: file }] },
      new Date('2026-11-02T09:00:00Z'),
      {
        limits: STORED_MONTH_LIMITS,
      },
    );
    expect(good.ok).toBe(true);
  });
});
