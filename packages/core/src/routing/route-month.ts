// The whole of routing for a month in one call: route every case, then allocate the capacities.

import type { ContactPlan } from './outcome';
import type { IsoDate } from '../model/iso-date';
import type { Issue, Result } from '../model/issue';
import type { CompiledTable } from '../rules/compile';
import { type Allocation, allocate, type CaseAllocation } from './allocate';
import { compileRouting, type LoadedRoutingConfig } from './config';
import type { RoutingCaseInput } from './facts';
import type { RoutingOutcome } from './outcome';
import { type RoutedPlan, routeCase } from './route';

/**
 * What {@link routeMonth} returns: each case's routed plan (before capacity) and the allocation.
 *
 * @example
 * ```ts
 * import type { MonthRouting } from '@signaalreis/core';
 * const visits = (r: MonthRouting) => r.allocation.cases.filter((c) => c.primaryChannel === 'home-visit').length;
 * ```
 */
export interface MonthRouting {
  plans: RoutedPlan[];
  allocation: Allocation;
}

/**
 * Routes a month's cases with a loaded routing configuration and allocates the capacities. The
 * table is resolved and compiled once per distinct `onDate`. Issues (a parameter not in effect,
 * a `unique` table with two matching rules) carry the case's index in `inputs` in their path.
 *
 * @example
 * ```ts
 * import { loadRoutingConfig, routeMonth } from '@signaalreis/core';
 * import { routingJson, inputs } from './my-routing';
 * const config = loadRoutingConfig(routingJson);
 * const r = config.ok ? routeMonth(config.value, inputs, '2026-10-26') : undefined;
 * // r?.ok && r.value.allocation.counts: { plans: 12, placed: 11, partial: 0, unplaced: 1, noContact: 0 }
 * ```
 */
export function routeMonth(
  config: LoadedRoutingConfig,
  inputs: readonly RoutingCaseInput[],
  onDate: IsoDate,
): Result<MonthRouting> {
  const compiled = new Map<IsoDate, Result<CompiledTable<RoutingOutcome>>>();
  const plans: RoutedPlan[] = [];
  const issues: Issue[] = [];
  inputs.forEach((input, i) => {
    let table = compiled.get(input.onDate);
    if (!table) {
      table = compileRouting(config, input.onDate);
      compiled.set(input.onDate, table);
    }
    const routed = table.ok ? routeCase(table.value, input) : table;
    if (routed.ok) plans.push(routed.value);
    else issues.push(...routed.issues.map((x) => ({ ...x, path: ['cases', i, ...x.path] })));
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { plans, allocation: allocate(plans, config, onDate) } };
}

/**
 * The final steps of an allocated case as the lifecycle's `ContactPlan` (channel, team, attempts,
 * spacing), or `undefined` when the case has no steps.
 *
 * @example
 * ```ts
 * import { lifecyclePlan } from '@signaalreis/core';
 * import { allocation } from './my-allocation';
 * const first = allocation.cases[0];
 * if (first) lifecyclePlan(first); // { steps: [{ channel: 'home-visit', team: 'municipality', attempts: 2 }] }
 * ```
 */
export function lifecyclePlan(allocated: Pick<CaseAllocation, 'steps'>): ContactPlan | undefined {
  if (allocated.steps.length === 0) return undefined;
  return {
    steps: allocated.steps.map((s) => ({
      channel: s.channel,
      team: s.team,
      attempts: s.attempts,
      ...(s.spacingDays === undefined ? {} : { spacingDays: s.spacingDays }),
    })),
  };
}
