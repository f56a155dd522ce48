// Issue 13 (domain): one crisis deadline per case. Wgs (wgs): act within 3 working days in a
// threatening situation — counted from the signal (domain: "A municipality must act within 3
// working days on threatening situations"), not from the day of the run. The example month: the
// eviction signal WO-LND-202610-0002 of 2026-10-19 gives 2026-10-22; the run is on 2026-10-26.
import { readFileSync } from 'node:fs';
import { asIsoDate, asIsoMonth, type PlannedMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import { plannedCaseFile, runJson, worklistTables } from './run-output';

const example = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
const signals = okValue(await importSignalsCsv(example, { today: asIsoDate('2026-11-01') })).accepted;
const planned: PlannedMonth = okValue(
  await runPresetMonth(okValue(municipalityPreset('type-medium')), { month: asIsoMonth('2026-10'), signals }),
);
const CASE = '2026-10-0001';

describe('the crisis deadline of a case (wgs: 3 working days from the signal)', () => {
  const file = plannedCaseFile(planned, 'type-medium');
  const c = file.cases.find((x) => x.caseId === CASE);
  const run = runJson(planned, 'type-medium').cases.find((x) => x.caseId === CASE);

  it('cases.json, the run and the route give one date: 2026-10-22 (2026-10-19 + 3 working days)', () => {
    expect(c?.crisisDeadline).toBe('2026-10-22');
    expect(c?.contactDeadline).toBe('2026-10-22');
    expect(run?.deadline).toBe('2026-10-22');
    expect(run?.explanation.nl).toContain('actie uiterlijk 2026-10-22');
    expect(run?.explanation.nl).not.toContain('2026-10-29');
  });

  it('the worklist shows that date, says the deadline passed on the run date, and lists the case first', () => {
    const table = worklistTables(planned).get('crisis/phone');
    const rows = (table?.rows ?? []) as Record<string, unknown>[];
    const row = rows.find((r) => r.case_id === CASE);
    expect(row?.deadline).toBe('2026-10-22');
    expect(row?.deadline_note).toBe('termijn verstreken op 22-10-2026');
    const passed = rows.filter((r) => r.deadline_note !== '');
    expect(rows.slice(0, passed.length)).toEqual(passed);
    expect(passed.length).toBeGreaterThan(0);
  });

  it('a case whose deadline has not passed has no note', () => {
    const rows = [...worklistTables(planned).values()].flatMap((t) => t.rows as Record<string, unknown>[]);
    const open = rows.filter((r) => typeof r.deadline === 'string' && r.deadline >= planned.decidedOn);
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) expect(r.deadline_note).toBe('');
  });
});

describe('the lifecycle record of the case keeps the same crisis deadline', () => {
  it('recordOf: timers.crisisDeadline is the case file crisisDeadline, not the delivery day + 3 working days', async () => {
    const { recordOf } = await import('./record-of');
    const { lifecyclePreset } = await import('@signaalreis/rules-presets');
    const table = okValue(lifecyclePreset('ddas'));
    const file = plannedCaseFile(planned, 'type-medium');
    const i = file.cases.findIndex((x) => x.caseId === CASE);
    const r = recordOf(table, file.cases[i], i, asIsoDate('2026-10-26'));
    expect(r.issues).toEqual([]);
    expect(r.record?.timers.crisisDeadline).toBe('2026-10-22');
  });
});
