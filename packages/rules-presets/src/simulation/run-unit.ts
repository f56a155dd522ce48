// One unit of work of a simulation (issue 16): one scenario, one replication, one municipality,
// month after month through the real engine — signals → matching (with the history of earlier
// simulated months), intake, routing, capacity → outcome draws → lifecycle closing → business case.
import {
  addMonths,
  deadline,
  fail,
  type HistoryEntry,
  type IsoDate,
  type IsoMonth,
  monthsBetween,
  prefixIssues,
  type Result,
  type SignalSourceFactory,
  type SimulationUnit,
  type SimulationUnitResult,
  type UnitMonth,
} from '@signaalreis/core';
import { runPresetMonth } from '../municipality/run';
import { measureMonth, withoutHelp } from './month-measures';
import type { Scenario } from './scenario';

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
  /** Called after each month (e.g. for a progress bar). */
  onMonth?: (done: number, total: number) => void;
}

const lastDay = (month: IsoMonth): IsoDate => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10) as IsoDate;
};

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
 * Deterministic. Problems of a month come back as issues under `['months', month, …]`.
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
  const source = options.source(unit);
  if (!source.ok) return source;
  const matching = scenario.preset.preset.matching;
  const keep = Math.max(matching?.repeat?.lookbackMonths ?? 3, matching?.recidive?.months ?? 6);
  const noHelp = withoutHelp(scenario.outcome);
  let history: HistoryEntry[] = [];
  let open: IsoDate[] = [];
  const months: UnitMonth[] = [];
  for (let k = 0; k < options.months; k++) {
    const { month, signals } = source.value.next(scenario.criteria);
    history = history.filter((e) => monthsBetween(e.month, month) <= keep);
    const planned = await runPresetMonth(scenario.preset, { month, signals, history });
    if (!planned.ok) return fail(prefixIssues(planned.issues, ['months', month]));
    const prefix = `${unit.seed}/${unit.replication}/${unit.municipality.code}/${month}/`;
    const r = measureMonth(planned.value, (h) => prefix + h, scenario.outcome, noHelp, scenario.businessCase);
    if (!r.ok) return fail(prefixIssues(r.issues, ['months', month]));
    const end = lastDay(month);
    for (const c of r.value.opened)
      open.push(
        c.helped
          ? lastDay(addMonths(month, AFTERCARE_MONTHS))
          : deadline('feedback-closure', c.decidedOn as IsoDate),
      );
    open = open.filter((closesOn) => closesOn > end);
    history.push(...r.value.history);
    months.push({ month, measures: { ...r.value.measures, open_cases: open.length } });
    options.onMonth?.(k + 1, options.months);
  }
  return {
    ok: true,
    value: {
      scenario: scenario.id,
      replication: unit.replication,
      municipality: unit.municipality.code,
      months,
    },
  };
}
