// One unit of work of a simulation (issue 16): one scenario, one replication, one municipality,
// month after month through the real engine — signals → matching (with the history of earlier
// simulated months), intake, routing, capacity → outcome draws → lifecycle closing → business case.
import {
  addMonths,
  deadline,
  fail,
  type IsoDate,
  type IsoMonth,
  type MonthSignalsMemo,
  monthSignalsMemo,
  prefixIssues,
  type Result,
  type SignalSourceFactory,
  type SimulationSignalSource,
  type SimulationUnit,
  type SimulationUnitResult,
  type SourceCriteria,
  type SourceMonth,
  type UnitMonth,
} from '@signaalreis/core';
import { runPresetMonth } from '../municipality/run';
import { measureMonth, withoutHelp } from './month-measures';
import type { Scenario } from './scenario';
import { monthHouseholds, UnitHistory } from './unit-history';

/**
 * Months a case that accepted help stays open for aftercare before it is closed with its result
 * (project default: the lifecycle table closes it by the `close` event, which has no timer; the
 * pilot's aftercare, `pilot-ouder-amstel-uithoorn-2019`, names no duration).
 *
 * @example
 * ```ts
 * import { AFTERCARE_MONTHS } from '@signaalreis/rules-presets';
 * AFTERCARE_MONTHS; // 3
 * ```
 */
export const AFTERCARE_MONTHS = 3;

/**
 * What {@link runSimulationUnit} needs besides the scenario and the unit.
 *
 * @example
 * ```ts
 * import { createSimpleSignalSource } from '@signaalreis/core';
 * import type { UnitOptions } from '@signaalreis/rules-presets';
 * const o: UnitOptions = { months: 12, source: createSimpleSignalSource };
 * ```
 */
export interface UnitOptions {
  months: number;
  source: SignalSourceFactory;
  /**
   * Called after each month (e.g. for a progress bar): months done of `total`, and how many
   * scenarios that month was run for (several when {@link runSimulationUnits} runs them side by side).
   */
  onMonth?: (done: number, total: number, scenarios: number) => void;
}

const lastDay = (month: IsoMonth): IsoDate => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10) as IsoDate;
};

/** One scenario's months of a unit: its history, its open cases and what each month measured. */
function scenarioRun(scenario: Scenario, unit: SimulationUnit) {
  const matching = scenario.preset.preset.matching;
  const keep = Math.max(matching?.repeat?.lookbackMonths ?? 3, matching?.recidive?.months ?? 6);
  const noHelp = withoutHelp(scenario.outcome);
  const history = new UnitHistory(keep);
  let open: IsoDate[] = [];
  const months: UnitMonth[] = [];
  return {
    /** Runs the next month on its signals; a problem comes back under `['months', month, …]`. */
    async month(
      { month, signals }: SourceMonth,
      shared: { memo: MonthSignalsMemo; households: ReadonlySet<string> | undefined },
    ): Promise<Result<void>> {
      history.forget(month);
      const planned = await runPresetMonth(scenario.preset, {
        month,
        signals,
        history: history.for(shared.households),
        memo: shared.memo,
      });
      if (!planned.ok) return fail(prefixIssues(planned.issues, ['months', month]));
      const prefix = `${unit.seed}/${unit.replication}/${unit.municipality.code}/${month}/`;
      const r = measureMonth(
        planned.value,
        (h) => prefix + h,
        scenario.outcome,
        noHelp,
        scenario.businessCase,
      );
      if (!r.ok) return fail(prefixIssues(r.issues, ['months', month]));
      const end = lastDay(month);
      for (const c of r.value.opened)
        open.push(
          c.helped
            ? lastDay(addMonths(month, AFTERCARE_MONTHS))
            : deadline('feedback-closure', c.decidedOn as IsoDate),
        );
      open = open.filter((closesOn) => closesOn > end);
      history.add(r.value.history, addMonths(month, 1));
      months.push({ month, measures: { ...r.value.measures, open_cases: open.length } });
      return { ok: true, value: undefined };
    },
    result: (): SimulationUnitResult => ({
      scenario: scenario.id,
      replication: unit.replication,
      municipality: unit.municipality.code,
      months,
    }),
  };
}

/**
 * Runs one unit: a scenario for one replication and one municipality over `months` months. Each
 * month the source gives the signals (under the scenario's criteria); `runPresetMonth` runs
 * matching — with the history of the earlier simulated months, kept as long as the preset's
 * repeat and recidive look back — intake, routing and capacity; each case's placed attempts go to
 * the outcome model (stream keyed by seed, replication, municipality, month and household, so
 * every scenario draws the same numbers for the same household); the business case prices the
 * month. The lifecycle: a contacted case opens on the decision day and closes by the table's
 * auto-close timer (28 days, `deadline('feedback-closure')`) or, when help was accepted, after
 * {@link AFTERCARE_MONTHS}; `open_cases` counts those still open at the end of the month.
 * Deterministic. Problems of a month come back as issues under `['months', month, …]`. Several
 * scenarios of one unit run faster together: {@link runSimulationUnits}.
 *
 * @example
 * ```ts
 * import { asIsoMonth, createSimpleSignalSource } from '@signaalreis/core';
 * import { baseScenario, runSimulationUnit } from '@signaalreis/rules-presets';
 * const base = baseScenario('type-small');
 * if (base.ok) {
 *   const unit = { seed: 'q1', replication: 0, municipality: { code: 'small', type: 'small' as const }, start: asIsoMonth('2027-01') };
 *   const r = await runSimulationUnit(base.value, unit, { months: 3, source: createSimpleSignalSource });
 *   r.ok && r.value.months.map((m) => m.measures.reached); // e.g. [21, 19, 24]
 * }
 * ```
 */
export async function runSimulationUnit(
  scenario: Scenario,
  unit: SimulationUnit,
  options: UnitOptions,
): Promise<Result<SimulationUnitResult>> {
  const [only] = await runSimulationUnits([scenario], unit, options);
  return only as Result<SimulationUnitResult>;
}

/** Which of the distinct criteria each scenario asks for: the same tables for the same sectors, the same. */
function criteriaGroups(scenarios: readonly Scenario[]): { distinct: SourceCriteria[]; of: number[] } {
  const tables = new Map<object, number>();
  const idOf = (t: object | undefined) => {
    if (t === undefined) return 0;
    if (!tables.has(t)) tables.set(t, tables.size + 1);
    return tables.get(t) as number;
  };
  const keys = new Map<string, number>();
  const distinct: SourceCriteria[] = [];
  const of = scenarios.map((s) => {
    const c = s.criteria as Readonly<Record<string, object | undefined>>;
    const key = Object.keys(c)
      .sort()
      .map((sector) => `${sector}:${idOf(c[sector])}`)
      .join(',');
    const known = keys.get(key);
    if (known !== undefined) return known;
    keys.set(key, distinct.length);
    distinct.push(s.criteria);
    return distinct.length - 1;
  });
  return { distinct, of };
}

/**
 * Runs several scenarios of one unit (one replication, one municipality) side by side, month by
 * month, each to the result {@link runSimulationUnit} gives it alone. With a source that offers
 * `nextMany` (the synthetic population, `createSimpleSignalSource`) the month's arrears are made
 * once for all of them and the signals once per distinct criteria — scenarios with the same
 * criteria share one list (the engine does not change signals); otherwise each scenario gets a
 * source of its own and they run one after another. A scenario whose month has a problem stops
 * there with its issues; the others go on. `onMonth` is called after each month, with the number of
 * scenarios it ran for.
 *
 * @example
 * ```ts
 * import { asIsoMonth, createSimpleSignalSource } from '@signaalreis/core';
 * import { baseScenario, loadReform, runSimulationUnits } from '@signaalreis/rules-presets';
 * const base = baseScenario('type-small');
 * if (base.ok) {
 *   const more = loadReform({ id: 'more', label: { nl: 'Meer', en: 'More' }, preset: { routing: { capacity: [] } } }, base.value);
 *   const unit = { seed: 'q1', replication: 0, municipality: { code: 'small', type: 'small' as const }, start: asIsoMonth('2027-01') };
 *   if (more.ok) {
 *     const [b, m] = await runSimulationUnits([base.value, more.value], unit, { months: 3, source: createSimpleSignalSource });
 *     b?.ok && m?.ok && m.value.scenario; // 'more': one result per scenario, in their order
 *   }
 * }
 * ```
 */
export async function runSimulationUnits(
  scenarios: readonly Scenario[],
  unit: SimulationUnit,
  options: UnitOptions,
): Promise<Result<SimulationUnitResult>[]> {
  const source = options.source(unit);
  if (!source.ok) return scenarios.map(() => source);
  if (source.value.nextMany !== undefined || scenarios.length === 1)
    return sideBySide(scenarios, unit, options, source.value);
  // a source that cannot share its month: each scenario with a source of its own, in turn
  const out = await sideBySide(scenarios.slice(0, 1), unit, options, source.value);
  for (const s of scenarios.slice(1)) out.push(...(await runSimulationUnits([s], unit, options)));
  return out;
}

async function sideBySide(
  scenarios: readonly Scenario[],
  unit: SimulationUnit,
  options: UnitOptions,
  source: SimulationSignalSource,
): Promise<Result<SimulationUnitResult>[]> {
  const { distinct, of } = criteriaGroups(scenarios);
  const runs = scenarios.map((s) => scenarioRun(s, unit));
  const failed: (Result<SimulationUnitResult> | undefined)[] = scenarios.map(() => undefined);
  for (let k = 0; k < options.months; k++) {
    const given = source.nextMany?.(distinct) ?? [source.next(distinct[0] as SourceCriteria)];
    // what does not depend on the scenario, once for the scenarios that share a list of signals:
    // its households, and matching's sorting of it
    const shared = given.map((m) => ({ memo: monthSignalsMemo(), households: monthHouseholds(m.signals) }));
    for (const [i, run] of runs.entries()) {
      if (failed[i] !== undefined) continue;
      const k = of[i] as number;
      const r = await run.month(given[k] as SourceMonth, shared[k] as (typeof shared)[number]);
      if (!r.ok) failed[i] = r;
    }
    options.onMonth?.(k + 1, options.months, runs.length);
    if (failed.every((f) => f !== undefined)) break;
  }
  return runs.map((run, i) => failed[i] ?? { ok: true, value: run.result() });
}
