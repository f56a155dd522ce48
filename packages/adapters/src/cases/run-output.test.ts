// The monthly run's output from the journeys of a planned month (issue 10): worklists, the run's
// JSON and the planned case file, on the example month with the type-medium preset.
import { readFileSync } from 'node:fs';
import {
  asIsoDate,
  asIsoMonth,
  type IntakeLookups,
  journeyExplanation,
  type PlannedMonth,
  worklistBucket,
} from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { okValue } from '../csv/fixtures.test-support';
import { importSignalsCsv } from '../csv/import-signals';
import { InMemoryPopulationRegister } from '../lookups/population-register';
import { historyFromCaseFile, readCaseFile } from './case-file';
import { plannedCaseFile, runCase, runJson, worklistPieces, worklists } from './run-output';

const example = readFileSync(new URL('../../../../examples/data/signals-2026-10.csv', import.meta.url));
const signals = okValue(await importSignalsCsv(example, { today: asIsoDate('2026-11-01') })).accepted;
const preset = okValue(municipalityPreset('type-medium'));
const plan = async (lookups?: IntakeLookups): Promise<PlannedMonth> =>
  okValue(
    await runPresetMonth(preset, { month: asIsoMonth('2026-10'), signals, ...(lookups ? { lookups } : {}) }),
  );
const planned = await plan();
const byId = new Map(planned.journeys.map((j) => [j.caseId as string, j]));
const text = (j: (typeof planned.journeys)[number], stages: string[], lang: 'nl' | 'en') =>
  journeyExplanation(j)
    .filter((e) => stages.includes(e.stage))
    .map((e) => e[lang]);

describe('worklists', () => {
  const lists = worklists(planned);
  const rows = [...lists.values()].flatMap(
    (csv) => parse(csv, { columns: true }) as Record<string, string>[],
  );

  it('list every step of every contacted case once, with the route’s Dutch label and the routing and allocation explanation', () => {
    const steps = planned.journeys.reduce((n, j) => n + (j.allocation?.steps.length ?? 0), 0);
    expect(rows.length).toBe(steps);
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const j = byId.get(row.case_id ?? '');
      if (!j?.route) throw new Error(`not routed: ${row.case_id}`);
      expect(row.bucket).toBe(j.route.label?.nl ?? j.route.bucket);
      // as before issue 10: the routing rule's explanation, a line break, what allocation did
      expect(row.explanation).toBe(`${j.route.explanation.nl}\n${j.allocation?.explanation.nl}`);
      expect(row.explanation).toBe(text(j, ['route', 'allocation'], 'nl').join('\n'));
      expect(row.explanation).not.toContain(j.intake.explanation.nl);
    }
  });

  it('put the most urgent first: routing priority, then matching’s rank', () => {
    for (const csv of lists.values()) {
      const keys = (parse(csv, { columns: true }) as Record<string, string>[]).map((r) => {
        const j = byId.get(r.case_id ?? '');
        return [Number(r.priority), j?.match.rank ?? 0];
      });
      const sorted = [...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
      expect(keys).toEqual(sorted);
    }
  });
});

describe('worklistPieces', () => {
  const expected = worklists(planned, undefined, 'en');
  const text = (pieces: () => Iterable<string>) => [...pieces()].join('');

  it('give the bytes of worklists in any order of writing, a list written twice or a list left out', () => {
    // cases with steps on two lists: whatever a writer would share between lists, the order must not matter
    expect(planned.journeys.some((j) => (j.allocation?.steps.length ?? 0) > 1)).toBe(true);
    const pieces = worklistPieces(planned, { lang: 'en' });
    const keys = [...pieces.keys()];
    expect(keys).toEqual([...expected.keys()]);
    const [first, ...rest] = keys.reverse();
    for (const key of [first, ...rest, first, ...rest.slice(1)]) {
      const data = pieces.get(key ?? '');
      if (!data) throw new Error(`no list ${key}`);
      expect(text(data)).toBe(expected.get(key ?? ''));
    }
  });
});

describe('runCase and runJson', () => {
  it('name the intake status, the worklist bucket and the allocation outcome by their own names', () => {
    for (const j of planned.journeys) {
      const r = runCase(j);
      expect(r.signalStatus).toBe(j.intake.signalStatus);
      expect(r.worklistBucket).toBe(worklistBucket(j));
      expect(r.allocationOutcome).toBe(j.allocation?.outcome);
      expect(r.priority).toBe(j.allocation ? j.route?.priority : undefined);
      expect(r.deadline).toBe(j.allocation ? j.route?.deadline : undefined);
      for (const lang of ['nl', 'en'] as const) {
        const contact = text(j, ['route', 'allocation'], lang).join('\n');
        const intake = j.intake.explanation[lang];
        expect(r.explanation[lang]).toBe(contact ? `${intake} ${contact}` : intake);
      }
    }
    const notPickedUp = planned.journeys.find((j) => j.intake.outcome === 'not-picked-up');
    expect(notPickedUp && runCase(notPickedUp)).toMatchObject({ worklistBucket: 'not-picked-up', plan: [] });
  });

  it('the run’s JSON counts outcomes and statuses, and carries the month’s warnings', async () => {
    const json = runJson(planned, 'type-medium');
    expect(json.counts.byOutcome['picked-up'] + json.counts.byOutcome.crisis).toBe(
      json.counts.allocation.plans,
    );
    expect(json.cases).toHaveLength(planned.journeys.length);
    expect(json.issues).toEqual([]);
    const register = new InMemoryPopulationRegister([]);
    const withUnused = runJson(await plan({ register }), 'type-medium');
    expect(withUnused.issues.map((i) => [i.code, i.path])).toEqual([
      ['lookup_unused', ['lookups', 'register']],
    ]);
  });
});

describe('plannedCaseFile', () => {
  it('is a case file of format /2 with the contact plan, readable back as history', () => {
    const file = plannedCaseFile(planned, 'type-medium');
    expect(file.format).toBe('signaalreis-cases/2');
    const read = readCaseFile(JSON.parse(JSON.stringify(file)));
    expect(read).toEqual({ ok: true, value: file });
    const contacted = file.cases.filter((c) => c.priority !== undefined);
    expect(contacted.length).toBe(planned.allocation.counts.plans);
    for (const c of file.cases) {
      const j = byId.get(c.caseId);
      expect(c).toMatchObject({
        signalStatus: j?.intake.signalStatus,
        intakeOutcome: j?.intake.outcome,
        worklistBucket: j && worklistBucket(j),
      });
    }
    const history = historyFromCaseFile(file);
    expect(history).toHaveLength(signals.length);
    const pickedUp = new Set(
      planned.journeys.flatMap((j) =>
        j.intake.signals.filter((s) => s.signalStatus === 'Opgepakt').map((s) => s.signalId),
      ),
    );
    expect(
      history
        .filter((h) => h.pickedUp)
        .map((h) => h.signalId)
        .sort(),
    ).toEqual([...pickedUp].sort());
  });
});
