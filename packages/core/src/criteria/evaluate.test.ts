// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then`
import { asCents, asIsoDate, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { evaluateCriteria } from './evaluate';
import { loadCriteriaTable } from './facts';
import { ledgerRow, testTableJson } from './fixtures.test-support';
import { evaluateLedger } from './ledger';

const loaded = loadCriteriaTable(testTableJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
const table = loaded.value;

const run = (over: Parameters<typeof ledgerRow>[0], onDate = '2026-10-20') => {
  const r = evaluateCriteria(table, ledgerRow(over), asIsoDate(onDate));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('evaluateCriteria', () => {
  it('delivers an early signal on the monthly delivery day, explained in Dutch and English', () => {
    const e = run({});
    expect(e).toMatchObject({
      deliver: true,
      kind: 'early',
      urgent: false,
      deliveryDate: '2026-10-26',
      ruleId: 'early',
    });
    expect(e.reason).toBe('two terms, floor, 15 days');
    expect(e.facts).toEqual({
      unpaidTerms: 2,
      amountOpen: 12350,
      arrearAgeDays: 53,
      inDebtArrangement: false,
    });
    expect(e.explanation.nl).toContain(
      'Vroegsignaal, omdat onbetaalde termijnen (2) ≥ 2 en openstaand bedrag (€ 123,50) ≥ € 50,00',
    );
    expect(e.explanation.en).toContain('Early signal, because unpaid terms (2) ≥ 2');
    expect(e.decision.selected).toEqual(['early']);
  });

  it('delivers on the next month’s delivery day once this month’s has passed', () => {
    expect(run({}, '2026-10-26').deliveryDate).toBe('2026-10-26');
    expect(run({}, '2026-10-27').deliveryDate).toBe('2026-11-25');
    expect(
      run({ oldestDueDate: asIsoDate('2022-11-01'), newestDueDate: asIsoDate('2022-12-01') }, '2022-12-26')
        .deliveryDate,
    ).toBe('2022-12-27'); // Sunday 25th, then Boxing Day
  });

  it('delivers urgent kinds on the evaluation date; working days count to the contract end', () => {
    // 2026-10-20 → 2026-11-17 is 20 working days.
    expect(run({ contractEndDate: asIsoDate('2026-11-17') })).toMatchObject({
      deliver: true,
      kind: 'end-of-supply',
      urgent: true,
      deliveryDate: '2026-10-20',
    });
    expect(run({ contractEndDate: asIsoDate('2026-11-17') }).facts).toMatchObject({ daysToContractEnd: 20 });
    expect(run({ contractEndDate: asIsoDate('2026-11-18') })).toMatchObject({
      kind: 'early',
      facts: { daysToContractEnd: 21 },
    });
  });

  it('does not deliver, with the reason, when an exclusion or no rule applies', () => {
    const debt = run({ inDebtArrangement: true });
    expect(debt).toMatchObject({ deliver: false, reason: 'known debt arrangement', ruleId: 'debt' });
    expect(debt.deliveryDate).toBeUndefined();
    expect(debt.kind).toBeUndefined();
    expect(debt.explanation.nl).toContain(
      'Geen signaal (known debt arrangement), omdat in schuldregeling (ja) = ja',
    );
    const none = run({ amountOpenCents: asCents(4999) });
    expect(none).toMatchObject({ deliver: false, reason: 'no rule applies' });
    expect(none.ruleId).toBeUndefined();
    expect(none.explanation.nl).toContain('Geen regel van toepassing');
    expect(none.explanation.nl).toContain('niet openstaand bedrag (€ 49,99) ≥ € 50,00');
  });

  it('applies dated parameters: older arrears only from 2022-12-08', () => {
    const old = { oldestDueDate: asIsoDate('2022-07-10'), newestDueDate: asIsoDate('2022-08-10') };
    expect(run(old, '2022-12-07').deliver).toBe(false);
    expect(run(old, '2022-12-08').deliver).toBe(true);
  });

  it('returns issues for a bad row, a bad date, or a table without parameters in effect', () => {
    const bad = evaluateCriteria(table, { ...ledgerRow(), extra: 1 }, asIsoDate('2026-10-20'));
    expect(bad).toMatchObject({ ok: false, issues: [{ code: 'unknown_key', path: ['extra'] }] });
    expect(evaluateCriteria(table, ledgerRow(), '2026-13-01' as IsoDate)).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_date' }],
    });
    const early = evaluateCriteria(
      table,
      ledgerRow({ oldestDueDate: asIsoDate('2020-01-01'), newestDueDate: asIsoDate('2020-02-01') }),
      asIsoDate('2020-06-01'),
    );
    expect(early.ok ? [] : early.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'parameter_not_in_effect@parameters.floor',
      'parameter_not_in_effect@parameters.maxDays',
    ]);
  });
});

describe('loadCriteriaTable', () => {
  it('rejects facts that are not criteria facts, wrong fact types and bad outcomes', () => {
    const withFact = (fact: object) => ({ ...testTableJson, facts: [...testTableJson.facts, fact] });
    expect(loadCriteriaTable(withFact({ name: 'income', type: 'money', description: 'x' }))).toMatchObject({
      ok: false,
      issues: [{ code: 'unknown_criteria_fact', path: ['facts', 5, 'name'] }],
    });
    expect(
      loadCriteriaTable(withFact({ name: 'remindersSent', type: 'money', description: 'x' })),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'criteria_fact_type', path: ['facts', 5, 'type'] }],
    });
    expect(
      loadCriteriaTable(
        withFact({ name: 'sector', type: 'enum', values: ['energy', 'gas'], description: 'x' }),
      ),
    ).toMatchObject({ ok: false, issues: [{ code: 'criteria_fact_values' }] });
    const rules = testTableJson.rules.map((r, i) =>
      i === 0 ? { ...r, then: { deliver: false, kind: 'early', reason: 'x' } } : r,
    );
    expect(loadCriteriaTable({ ...testTableJson, rules })).toMatchObject({
      ok: false,
      issues: [{ path: ['rules', 0, 'then', 'kind'] }],
    });
  });
});

describe('evaluateLedger', () => {
  it('accounts for every row: delivered, not delivered, invalid (with duplicates)', () => {
    const rows = [
      ledgerRow({ customerId: 'A' }),
      ledgerRow({ customerId: 'B', amountOpenCents: asCents(100) }),
      { customerId: 'C', nonsense: true },
      ledgerRow({ customerId: 'A' }),
      ledgerRow({ customerId: 'D', contractEndDate: asIsoDate('2026-11-01') }),
      ledgerRow({ customerId: 'E', newestDueDate: asIsoDate('2026-01-01') }),
      42,
    ];
    const r = evaluateLedger(table, rows, asIsoDate('2026-10-20'));
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.counts).toEqual({
      rows: 7,
      delivered: 2,
      notDelivered: 1,
      invalid: 4,
      byKind: { early: 1, 'end-of-supply': 1 },
    });
    expect(r.value.delivered.map((e) => e.customerId)).toEqual(['A', 'D']);
    expect(r.value.invalid.map((i) => [i.index, i.customerId, i.issues[0]?.code])).toEqual([
      [2, 'C', 'invalid_type'],
      [3, 'A', 'duplicate_customer'],
      [5, 'E', 'newest_before_oldest'],
      [6, undefined, 'invalid_type'],
    ]);
  });

  it('fails as a whole only when the table cannot be resolved', () => {
    expect(evaluateLedger(table, [ledgerRow()], asIsoDate('2019-01-01'))).toMatchObject({ ok: false });
    expect(evaluateLedger(table, [], asIsoDate('2026-10-20'))).toMatchObject({
      ok: true,
      value: { counts: { rows: 0 } },
    });
  });
});
