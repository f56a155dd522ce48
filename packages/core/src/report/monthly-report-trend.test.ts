// monthlyReport's trend over the months, and the input it refuses (with codes and paths).
import { describe, expect, it } from 'vitest';
import { asIsoDate, asIsoMonth } from '../model/iso-date';
import { kase, month, sig, value } from './fixtures.test-support';
import type { MonthlyReportInput, ReportMonth } from './monthly-input';
import { monthlyReport } from './monthly-report';

const on = asIsoDate('2026-11-30');
const report = (cases: ReportMonth[], over: Partial<MonthlyReportInput> = {}) =>
  value(monthlyReport({ month: asIsoMonth('2026-10'), months: 1, cases, on, ...over }));

describe('monthlyReport: trend and input', () => {
  const sept = month('2026-09', [kase('7411AB 1', [sig('ZV-A'), sig('EN-B')])]);
  const oct = month('2026-10', [kase('7411AB 1', [sig('ZV-A')]), kase('7411AB 2', [sig('ZV-A')])]);

  it('gives the months ending with the report’s month, and warns about one without cases', () => {
    const r = report([oct, sept], { months: 3 });
    expect(r.trend.map((t) => t.month)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(r.trend[0]).toEqual({ month: '2026-08', present: false });
    expect(r.trend[1]).toMatchObject({ present: true, signals: 2, cases: 1, matches: 1 });
    expect(r.trend[2]).toMatchObject({ present: true, signals: 2, cases: 2, matches: 0 });
    expect(r.issues.map((i) => [i.code, i.message.en])).toEqual([
      ['report_trend_month_missing', 'No cases of month 2026-08: the trend leaves that month empty'],
    ]);
  });

  it('leaves months outside the trend out', () => {
    const r = report([oct, sept, month('2026-11', [kase('7411AB 3', [sig('ZV-A')])])], { months: 1 });
    expect(r.trend.map((t) => t.month)).toEqual(['2026-10']);
    expect(r.totals.cases).toBe(2);
  });

  it('refuses a month without cases, a month given twice and a bad count of months, with paths', () => {
    const refused = (input: Partial<MonthlyReportInput>) => {
      const r = monthlyReport({ month: asIsoMonth('2026-10'), months: 1, cases: [oct], on, ...input });
      return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    };
    expect(refused({ cases: [sept] })).toEqual(['report_month_missing month']);
    expect(refused({ cases: [oct, sept, oct] })).toEqual(['report_month_twice cases.2.month']);
    expect(refused({ months: 0 })).toEqual(['report_bad_months months']);
    expect(refused({ months: 37 })).toEqual(['report_bad_months months']);
    expect(refused({ months: 1.5, on: 'soon' as never })).toEqual([
      'report_bad_months months',
      'report_bad_day on',
    ]);
    expect(refused({ month: '2026-13' as never })).toEqual(['report_bad_month month']);
    expect(refused({ minCount: 0 })).toEqual(['report_bad_min_count minCount']);
  });
});
