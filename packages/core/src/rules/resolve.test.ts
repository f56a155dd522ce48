import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { compileTable, loadRuleTable, resolveTable } from '../index';
import { energyCriteriaExample } from './examples';
import type { ResolvedFactCondition } from './resolved-types';

const loaded = loadRuleTable(energyCriteriaExample);
if (!loaded.ok) throw new Error('example must load');
const table = loaded.value;

function leaves(date: string): ResolvedFactCondition[] {
  const r = resolveTable(table, asIsoDate(date));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const when = r.value.rules[1]?.when;
  return when && 'all' in when ? (when.all as ResolvedFactCondition[]) : [];
}

describe('resolveTable: parameters over time', () => {
  it('takes the value whose from is the latest on or before the date', () => {
    expect(leaves('2022-12-07')[3]?.value).toEqual({ days: 100, asOf: '2022-12-07' });
    expect(leaves('2022-12-08')[3]?.value).toEqual({ days: 36500, asOf: '2022-12-08' });
    expect(leaves('2030-01-01')[3]?.value).toEqual({ days: 36500, asOf: '2030-01-01' });
  });
  it('records the parameter name, value, from-date and source used', () => {
    expect(leaves('2023-01-01')[3]?.params).toEqual([
      {
        name: 'maxDaysOverdue',
        value: 36500,
        from: '2022-12-08',
        source: energyCriteriaExample.parameters.maxDaysOverdue?.[1]?.source,
      },
    ]);
    expect(leaves('2023-01-01')[0]?.params).toEqual([]);
  });
  it('anchors a date expression without a date to the evaluation date', () => {
    expect(leaves('2023-01-01')[2]?.value).toEqual({ date: '2023-01-01', offsetDays: -15 });
  });
  it('does not depend on the order of the dated values', () => {
    const reversed = {
      ...table,
      parameters: {
        ...table.parameters,
        maxDaysOverdue: [...(table.parameters.maxDaysOverdue ?? [])].reverse(),
      },
    };
    const r = resolveTable(reversed, asIsoDate('2022-12-08'));
    const when = r.ok ? r.value.rules[1]?.when : undefined;
    expect(when && 'all' in when ? (when.all[3] as ResolvedFactCondition).value : undefined).toEqual({
      days: 36500,
      asOf: '2022-12-08',
    });
  });
  it('changes the decision on the covenant date for a 150-day-old arrear', () => {
    const facts = (oldestDueDate: string) => ({
      unpaidInvoices: 3,
      amount: 7000,
      oldestDueDate,
      inDebtArrangement: false,
    });
    const decide = (date: string, dueDate: string) => {
      const r = resolveTable(table, asIsoDate(date));
      if (!r.ok) throw new Error('resolves');
      const d = compileTable(r.value).decide(facts(dueDate));
      return d.ok ? d.value.map((o) => (o as { signal: boolean }).signal) : d.issues;
    };
    // 2022-07-10 is 150 days before 2022-12-07 and 151 days before 2022-12-08
    expect(decide('2022-12-07', '2022-07-10')).toEqual([]);
    expect(decide('2022-12-08', '2022-07-10')).toEqual([true]);
  });
  it('orders rules by priority, then table order', () => {
    const r = resolveTable(
      { ...table, rules: table.rules.map((rule, i) => ({ ...rule, priority: i })) },
      asIsoDate('2023-01-01'),
    );
    expect(r.ok && r.value.order).toEqual([1, 0]);
  });
});
