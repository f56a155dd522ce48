// The run's case file as the report reads it: the new fields the run writes for it (partner names,
// neighbourhoods, what allocation did) survive the file, and the capacity the report reads back
// from the cases is the capacity allocation itself counted.
import { asIsoDate, asIsoMonth, monthlyReport } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { plannedCaseFile } from '../cases/run-output';
import { okValue } from '../csv/fixtures.test-support';
import { DDAS, PRESET, plannedExample, withAttempts } from './fixtures.test-support';
import { reportMonthOf } from './report-month';

const planned = await plannedExample('2026-10');
const file = plannedCaseFile(planned, 'type-medium');
const roundTrip = okValue(readCaseFile(JSON.parse(JSON.stringify(file))));

describe('the run’s case file for the report', () => {
  it('keeps each signal’s partner name and neighbourhood, as the signals gave them', () => {
    const bySignal = new Map(
      planned.journeys.flatMap((j) => j.match.signals.map((s) => [s.signal.signalId, s.signal])),
    );
    const signals = roundTrip.cases.flatMap((c) => c.signals);
    expect(signals.length).toBe(bySignal.size);
    for (const s of signals) {
      const original = bySignal.get(s.signalId);
      expect(s.partnerName).toBe(original?.partner.name);
      expect(s.neighbourhood).toBe(original?.neighbourhood);
    }
    expect(signals.filter((s) => s.neighbourhood !== undefined).length).toBeGreaterThan(0);
  });

  it('reads back the capacity allocation counted: the same used, overflow and unplaced per row', () => {
    const month = okValue(reportMonthOf(roundTrip, DDAS));
    const figures = okValue(
      monthlyReport({
        month: asIsoMonth('2026-10'),
        months: 1,
        cases: [month],
        capacity: PRESET.routing.capacity,
        on: asIsoDate('2026-11-02'),
      }),
    );
    const usage = planned.allocation.usage.map((u) => ({
      channel: u.channel,
      ...(u.team ? { team: u.team } : {}),
      perMonth: u.perMonth ?? null,
      used: u.used,
      available: u.available,
      overflowedIn: u.overflowedIn,
      overflowedOut: u.overflowedOut,
      unplaced: u.unplaced,
    }));
    expect(figures.capacity.rows).toEqual(usage);
    expect(usage.some((u) => u.overflowedOut > 0)).toBe(true); // the example month does overflow
    expect(figures.capacity.casesUnplaced).toBe(
      planned.allocation.counts.unplaced + planned.allocation.counts.partial,
    );
  });
});

describe('reportMonthOf', () => {
  it('takes each case’s plan, allocation and record', () => {
    const month = okValue(reportMonthOf(withAttempts(roundTrip), DDAS));
    expect(month.cases).toHaveLength(roundTrip.cases.length);
    expect(month.lifecycle).toBe(DDAS);
    const withPlan = roundTrip.cases.filter(
      (c) => Array.isArray(c.plan) && (c.plan as unknown[]).length > 0,
    ).length;
    expect(month.cases.filter((c) => (c.plan?.length ?? 0) > 0).length).toBe(withPlan);
    expect(month.cases.filter((c) => c.record !== undefined).length).toBe(
      roundTrip.cases.filter((c) => c.signalStatus === 'Opgepakt').length,
    );
  });

  it('refuses an allocation or record of the wrong shape, with its path', () => {
    const [first, second] = roundTrip.cases;
    if (!first || !second) throw new Error('example month has cases');
    const bad = {
      ...roundTrip,
      cases: [
        { ...first, allocation: { outcome: 'lost', overflowed: [], unplaced: [] } },
        { ...second, record: { status: 1 } },
      ],
    };
    const r = reportMonthOf(bad, DDAS);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path.slice(0, 3).join('.'));
    expect(paths).toContain('cases.0.allocation');
    expect(paths.some((p) => p.startsWith('cases.1.record'))).toBe(true);
  });
});
