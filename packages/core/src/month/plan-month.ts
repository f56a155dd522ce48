// Phase 4 for a month: route every picked-up case and allocate the month's capacities.
import type { IntakenJourney } from '../intake/types';
import { ok, type Result } from '../model/issue';
import type { Allocation, CaseAllocation } from '../routing/allocate';
import type { LoadedRoutingConfig } from '../routing/config';
import type { RoutedPlan } from '../routing/route';
import { routeMonth } from '../routing/route-month';
import type { TeamDeclaration } from '../routing/teams';
import type { MonthResult } from './run-month';

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
  /** The teams the routing configuration declares (their labels), when it declares any. */
  teams?: readonly TeamDeclaration[];
}

/** Cases that go on to contact: picked up, including crisis cases (intake's outcome is final). */
const contacted = (j: IntakenJourney) => j.intake.outcome === 'picked-up' || j.intake.outcome === 'crisis';

/**
 * Routes every picked-up journey (including crisis cases) of a month with the preset's routing
 * table on the decision date — over the signals intake picked up, not the ones it dropped — then
 * allocates the month's capacities over them in priority and rank order (overflow, contact-data
 * fallbacks): those journeys get a `route` and an `allocation` section. Journeys not picked up or
 * waiting for manual review are kept as they are, in the month's order. Issues only when the
 * routing table cannot be resolved on the decision date (`['table', …]`) or evaluated for a case
 * (`['cases', caseId, …]`).
 *
 * @example
 * ```ts
 * import { asIsoMonth, loadRoutingConfig, planMonth, runMonth, type Signal, worklistBucket } from '@signaalreis/core';
 * declare const routingJson: unknown; // a municipality preset's `routing`
 * declare const signals: Signal[];
 * const routing = loadRoutingConfig(routingJson);
 * const month = await runMonth({ month: asIsoMonth('2026-10'), signals });
 * const planned = routing.ok && month.ok ? planMonth(month.value, routing.value) : undefined;
 * planned?.ok && planned.value.allocation.usage; // used / available per channel and team
 * planned?.ok && planned.value.journeys.map(worklistBucket); // e.g. ['crisis', 'urgent', 'visit', …, 'not-picked-up', …]
 * ```
 */
export function planMonth(month: MonthResult, routing: LoadedRoutingConfig): Result<PlannedMonth> {
  const routed = routeMonth(month.journeys.filter(contacted), routing, month.decidedOn);
  if (!routed.ok) return routed;
  let next = 0;
  const journeys: PlannedJourney[] = month.journeys.map((j) =>
    contacted(j) ? (routed.value.journeys[next++] as PlannedJourney) : j,
  );
  const teams = routing.teams ?? [];
  return ok({
    ...month,
    journeys,
    allocation: routed.value.allocation,
    ...(teams.length > 0 ? { teams } : {}),
  });
}
