// The unit runner as it was before scenarios ran side by side and history was kept per household
// (session 51): each scenario alone, a source asked month by month, the whole retained history
// handed to the engine every month. Kept beside the tests as the oracle the new runner is held to.
import {
  addMonths,
  type BusinessCaseParameters,
  businessCase,
  type Channel,
  deadline,
  drawOutcome,
  fail,
  type HistoryEntry,
  historyFromSignals,
  type IsoDate,
  type IsoMonth,
  monthsBetween,
  type OutcomeParameters,
  type PlannedMonth,
  prefixIssues,
  type Result,
  type SimulationUnit,
  type SimulationUnitResult,
  type UnitMonth,
} from '@signaalreis/core';
import { runPresetMonth } from '../municipality/run';
import { type MonthOutcome, plannedAttempts, withoutHelp } from './month-measures';
import { AFTERCARE_MONTHS, type UnitOptions } from './run-unit';
import type { Scenario } from './scenario';

const lastDay = (month: IsoMonth): IsoDate => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10) as IsoDate;
};

/** runSimulationUnit before session 51. */
export async function oldRunSimulationUnit(
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
    const r = oldMeasureMonth(
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
    history.push(...r.value.history);
    months.push({ month, measures: { ...r.value.measures, open_cases: open.length } });
    options.onMonth?.(k + 1, options.months, 1);
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

/**
 * Measures one planned month: per case the outcome draw (cases not contacted draw with no
 * attempts: their risks without help still apply), attempts per channel as made (they stop once
 * the household is reached), capacity used per channel, prevented evictions and cut-offs (helped
 * cases whose draw without help has the event), and the business case of the month.
 */
const contacted = (j: PlannedMonth['journeys'][number]) =>
  j.intake.outcome === 'picked-up' || j.intake.outcome === 'crisis';

function oldMeasureMonth(
  planned: PlannedMonth,
  keyOf: (householdKey: string) => string,
  outcome: OutcomeParameters,
  noHelp: OutcomeParameters,
  prices: BusinessCaseParameters,
): Result<MonthOutcome> {
  const m: Record<string, number> = {
    signals: planned.counts.signals,
    cases: planned.journeys.length,
    picked_up: 0,
    not_picked_up: 0,
    contacted: 0,
    reached: 0,
    help_accepted: 0,
    unplaced: planned.allocation.counts.unplaced,
    evictions: 0,
    cut_offs: 0,
    evictions_prevented: 0,
    cut_offs_prevented: 0,
  };
  const add = (k: string, n = 1) => {
    m[k] = (m[k] ?? 0) + n;
  };
  const quantities: Record<string, number> = {};
  const history: HistoryEntry[] = [];
  const opened: MonthOutcome['opened'] = [];
  for (const j of planned.journeys) {
    const outcomeOfIntake = j.intake.outcome;
    if (contacted(j)) add('picked_up');
    else if (outcomeOfIntake === 'not-picked-up') add('not_picked_up');
    const attempts = contacted(j) ? plannedAttempts(j) : [];
    const key = keyOf(j.match.householdKey);
    const sectors = [...new Set(j.match.signals.map((s) => s.signal.partner.sector))];
    const c = { key, attempts, sectors };
    const draw = drawOutcome(c, outcome, 0);
    if (attempts.length > 0) {
      add('contacted');
      for (const a of attempts.slice(0, draw.attemptsMade)) {
        add(`attempts_${a.channel}`);
        const id = `attempt:${a.channel}${a.team ? `/${a.team}` : ''}`;
        quantities[id] = (quantities[id] ?? 0) + 1;
      }
      opened.push({ helped: draw.helpAccepted, decidedOn: planned.decidedOn });
    }
    if (draw.reached) add('reached');
    if (draw.helpAccepted) add('help_accepted');
    if (draw.eviction) add('evictions');
    if (draw.cutOff) add('cut_offs');
    if (draw.helpAccepted) {
      const without = drawOutcome(c, noHelp, 0);
      if (without.eviction && !draw.eviction) add('evictions_prevented');
      if (without.cutOff && !draw.cutOff) add('cut_offs_prevented');
    }
    const past = historyFromSignals(
      j.match.signals.map((x) => x.signal),
      { pickedUp: contacted(j) },
    );
    for (const e of past) history.push(attempts.length > 0 ? { ...e, reached: draw.reached } : e);
  }
  for (const u of planned.allocation.usage) add(`capacity_used_${u.channel satisfies Channel}`, u.used);
  quantities['eviction-prevented'] = m.evictions_prevented ?? 0;
  quantities['eviction-prevented-shelter'] = m.evictions_prevented ?? 0;
  quantities['cutoff-prevented'] = m.cut_offs_prevented ?? 0;
  // project default: one hour of aftercare per case that accepted help (the Ouder-Amstel/Uithoorn
  // pilot gives 1 hour per signal; see DEFAULT_BUSINESS_CASE_PARAMETERS)
  quantities['aftercare-hour'] = m.help_accepted ?? 0;
  const bc = businessCase({ quantities }, prices);
  if (!bc.ok) return bc;
  m.costs_cents = bc.value.costsCents;
  m.benefits_cents = bc.value.benefitsCents;
  m.net_cents = bc.value.netCents;
  return { ok: true, value: { measures: m, history, opened } };
}
