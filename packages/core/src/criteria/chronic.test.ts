import { asCents, asIsoMonth, asPartnerId } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { type ChronicHistoryEntry, findChronicLatePayers } from './chronic';

const entry = (month: string, over: Partial<ChronicHistoryEntry> = {}): ChronicHistoryEntry => ({
  month: asIsoMonth(month),
  partnerId: asPartnerId('zv-a'),
  customerId: 'K-7',
  amountOpenCents: asCents(15800),
  unpaidTerms: 1,
  arrearAgeDays: 31,
  ...over,
});
const found = (history: unknown[], options = {}) => {
  const r = findChronicLatePayers(history, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

// signaalreis-2023: "Elke gemeente heeft met inwoners te maken die telkens net te laat betalen, zogenaamde
// 'slepers'. […] Zo kan er gekeken worden naar het incassomoment […] aanpassing van de
// incassodatum door de VLP zelf, kan bijdragen aan positief betaalgedrag."
describe('findChronicLatePayers', () => {
  it('finds one term about a month late for 3 consecutive months, with evidence and advice', () => {
    const [p, ...rest] = found([entry('2026-08'), entry('2026-09', { arrearAgeDays: 29 }), entry('2026-10')]);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      partnerId: 'zv-a',
      customerId: 'K-7',
      months: 3,
      from: '2026-08',
      to: '2026-10',
    });
    expect(p?.medianArrearAgeDays).toBe(31);
    expect(p?.evidence.map((e) => e.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(p?.advice.nl).toContain('incassodatum te verplaatsen');
    expect(p?.advice.en).toContain('moving the collection date');
    expect(p?.source).toContain('signaalreis-2023');
  });

  it('needs minMonths consecutive months (default 3); a gap or a year boundary is handled by month arithmetic', () => {
    expect(found([entry('2026-09'), entry('2026-10')])).toEqual([]);
    expect(found([entry('2026-07'), entry('2026-08'), entry('2026-10')])).toEqual([]);
    expect(found([entry('2025-11'), entry('2025-12'), entry('2026-01')])).toHaveLength(1);
    expect(found([entry('2026-09'), entry('2026-10')], { minMonths: 2 })).toHaveLength(1);
  });

  it('counts only about one term about a month late', () => {
    const three = (over: Partial<ChronicHistoryEntry>) => [
      entry('2026-08'),
      entry('2026-09', over),
      entry('2026-10'),
    ];
    expect(found(three({ unpaidTerms: 2 }))).toEqual([]);
    expect(found(three({ arrearAgeDays: 46 }))).toEqual([]);
    expect(found(three({ arrearAgeDays: 45 }))).toHaveLength(1);
    expect(found(three({ arrearAgeDays: 14 }))).toEqual([]);
    expect(found(three({ arrearAgeDays: 15 }))).toHaveLength(1);
    // with the term amount: within 25 % of one term
    expect(found(three({ termAmountCents: asCents(12640) }))).toHaveLength(1); // 15800 = 1.25 × 12640
    expect(found(three({ termAmountCents: asCents(12000) }))).toEqual([]);
  });

  it('reports the longest run, the latest on a tie, per partner and customer, sorted', () => {
    const history = [
      ...['2026-01', '2026-02', '2026-03'].map((m) => entry(m)),
      entry('2026-04', { unpaidTerms: 3 }),
      ...['2026-05', '2026-06', '2026-07'].map((m) => entry(m)),
      ...['2026-05', '2026-06', '2026-07'].map((m) =>
        entry(m, { partnerId: asPartnerId('energie-a'), customerId: 'K-2' }),
      ),
    ];
    const result = found(history);
    expect(result.map((p) => [p.partnerId, p.customerId, p.from, p.to])).toEqual([
      ['energie-a', 'K-2', '2026-05', '2026-07'],
      ['zv-a', 'K-7', '2026-05', '2026-07'],
    ]);
  });

  it('rejects bad entries, duplicate months and bad options as issues', () => {
    expect(
      findChronicLatePayers([entry('2026-10'), { ...entry('2026-11'), amountOpenCents: '158' }]),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type', path: [1, 'amountOpenCents'] }],
    });
    expect(findChronicLatePayers([{ ...entry('2026-10'), extra: 1 }])).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_key', path: [0, 'extra'] }],
    });
    expect(findChronicLatePayers([entry('2026-10'), entry('2026-10')])).toMatchObject({
      ok: false,
      issues: [{ code: 'duplicate_month', path: [1, 'month'] }],
    });
    expect(findChronicLatePayers([], { minMonths: 0 })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_option' }],
    });
    expect(findChronicLatePayers([], { minAgeDays: 50 })).toMatchObject({ ok: false });
  });
});
