// Phase 4 for a month: route every picked-up case and allocate the month's capacities.
import type { Issue, Result } from '../model/issue';
import type { Allocation, CaseAllocation } from '../routing/allocate';
import type { LoadedRoutingConfig } from '../routing/config';
import type { RoutedPlan } from '../routing/route';
import { routeMonth } from '../routing/route-month';
import { routingInputOf } from './routing-input';
import type { MonthCase, MonthResult } from './run-month';

/**
 * A case of a planned month: its journey after intake, plus — for cases that are contacted — the
 * `route` and `allocation` sections.
 *
 * @example
 * ```ts
 * import type { PlannedJourney } from '@signaalreis/core';
 * const channel = (j: PlannedJourney) => j.allocation?.primaryChannel ?? 'none';
 * ```
 */
export interface PlannedJourney extends IntakenJourney {
  route?: RoutedPlan;
  allocation?: CaseAllocation;
}

/**
 * A month after matching, intake, routing and allocation.
 *
 * @example
 * ```ts
 * import type { PlannedMonth } from '@signaalreis/core';
 * const unplaced = (m: PlannedMonth) => m.allocation.unplaced.length;
 * ```
 */
export interface PlannedMonth extends Omit<MonthResult, 'journeys'> {
  journeys: PlannedJourney[];
  allocation: Allocation;
}

/** Cases that go on to contact: picked up, including crisis cases. */
const contacted = (c: MonthCase) => c.bucket === 'picked-up' || c.bucket === 'crisis';

/**
 * Routes every picked-up case (including crisis cases) of a month with the preset's routing table
 * on the decision date — over the signals intake picked up, not the ones it dropped — then allocates the month's capacities over them in priority and rank order
 * (overflow, contact-data fallbacks). Cases not picked up or waiting for manual review are kept,
 * unrouted. Issues only when a routing table cannot be resolved or evaluated.
 *
 * @example
 * ```ts
 * import { loadRoutingConfig, planMonth, runMonth } from '@signaalreis/core';
 * const routing = loadRoutingConfig(preset.routing);
 * const planned = routing.ok ? planMonth(await runMonth({ month: '2026-10', signals }), routing.value) : undefined;
 * planned?.ok && planned.value.allocation.usage; // used / available per channel and team
 * ```
 */
export function planMonth(result: MonthResult, routing: LoadedRoutingConfig): Result<PlannedMonth> {
  const toRoute = result.cases.filter(contacted);
  const routed = routeMonth(
    routing,
    toRoute.map((c) => {
      const pickedUp = c.intake.signals.filter((s) => s.status === 'Opgepakt').map((s) => s.signalId);
      return routingInputOf(c.case, result.decidedOn, new Set(pickedUp));
    }),
    result.decidedOn,
  );
  if (!routed.ok) {
    const issues: Issue[] = routed.issues.map((i) => {
      const [head, index, ...rest] = i.path;
      const caseId = typeof index === 'number' ? toRoute[index]?.case.caseId : undefined;
      return head === 'cases' && caseId ? { ...i, path: ['cases', caseId, ...rest] } : i;
    });
    return { ok: false, issues };
  }
  const plans = new Map(routed.value.plans.map((p) => [p.caseId, p]));
  const allocations = new Map(routed.value.allocation.cases.map((a) => [a.caseId, a]));
  const cases: PlannedCase[] = result.cases.map((c) => {
    const plan = plans.get(c.case.caseId);
    const allocation = allocations.get(c.case.caseId);
    return {
      ...c,
      worklistBucket: allocation?.bucket ?? c.bucket,
      ...(plan ? { plan } : {}),
      ...(allocation ? { allocation } : {}),
    };
  });
  return { ok: true, value: { ...result, cases, allocation: routed.value.allocation } };
}
