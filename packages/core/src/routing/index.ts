// Public API of core/routing: contact routing (phase 4) — routing facts, the routing outcome, the
// routing configuration with capacities, overflow and fallbacks, routing a case's journey and the
// month's allocation.
export {
  type Allocated,
  type AllocatedJourney,
  type Allocation,
  type AllocationOutcome,
  type AllocationSubject,
  allocate,
  type CaseAllocation,
} from './allocate';
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
export { contactExplanationIn } from './explanation-in';
export {
  type ContactExplanations,
  contactExplanations,
  EXPLANATION_MEMO_LIMIT,
} from './explanation-memo';
export {
  ROUTING_FACT_NAMES,
  ROUTING_FACTS,
  type RoutingCaseInput,
  type RoutingSignalInput,
  routingFacts,
} from './facts';
export { routingInputOf } from './journey-input';
export {
  CHANNEL_LABELS,
  type ContactPlan,
  ContactPlanSchema,
  type ContactStep,
  ContactStepSchema,
  mostIntensiveChannel,
  PARTS_OF_DAY,
  type RoutingOutcome,
  RoutingOutcomeSchema,
} from './outcome';
export type { PlacementOutcome, StepChange, StepPlacement } from './place-step';
export { type RoutedJourney, type RoutedPlan, routeCase, routeInput, UNROUTED_PRIORITY } from './route';
export { lifecyclePlan, type MonthRouting, routeMonth } from './route-month';
export { teamDeclarationIssues, unknownTeamIssues } from './team-checks';
export {
  compareTeams,
  isBuiltInTeam,
  TEAM_LABELS,
  type TeamDeclaration,
  TeamDeclarationSchema,
  type TeamLabels,
  teamLabel,
  teamName,
} from './teams';
export type { CapacityUsage } from './usage';
