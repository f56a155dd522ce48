// Public API of core/routing: contact routing (phase 4) — routing facts, the routing outcome, the
// routing configuration with capacities, overflow and fallbacks, and the month's allocation.
export { type Allocation, allocate, type CapacityUsage, type CaseAllocation } from './allocate';
export {
  type CapacityConfig,
  compileRouting,
  type LoadedRoutingConfig,
  loadRoutingConfig,
  type RoutingConfig,
  RoutingConfigSchema,
  RoutingTableSchema,
} from './config';
export { CHANNEL_NEEDS, type ContactData } from './config-checks';
export {
  ROUTING_FACT_NAMES,
  ROUTING_FACTS,
  type RoutingCaseInput,
  type RoutingSignalInput,
  routingFacts,
} from './facts';
export {
  CHANNEL_LABELS,
  type ContactStep,
  ContactStepSchema,
  mostIntensiveChannel,
  PARTS_OF_DAY,
  type RoutingOutcome,
  RoutingOutcomeSchema,
  TEAM_LABELS,
} from './outcome';
export type { StepChange, StepPlacement } from './place-step';
export { type RoutedPlan, routeCase, UNROUTED_PRIORITY } from './route';
export { lifecyclePlan, type MonthRouting, routeMonth } from './route-month';
