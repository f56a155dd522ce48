// Public API of core/vlp: the Vaste Lasten Pakket (fixed-costs package) — the plan calculator, the
// suppliers' contribution split, eligibility from the signal journey and the arrears model.

export {
  DEFAULT_VLP_ARREARS,
  projectVlpArrears,
  type VlpArrearsInput,
  type VlpArrearsMonth,
  type VlpArrearsParameters,
  VlpArrearsParametersSchema,
} from './arrears';
export { VLP_CATEGORY_PRIORITY, VLP_COST_CATEGORIES, type VlpCostCategory } from './categories';
export { vlpContributionSplit } from './contributions';
export {
  type VlpCandidate,
  type VlpEligibility,
  type VlpEligibilityReason,
  type VlpIntakeCheck,
  type VlpTargetGroup,
  vlpEligibility,
} from './eligibility';
export {
  DEFAULT_VLP_ELIGIBILITY,
  VLP_LEAVING,
  type VlpEligibilityConfig,
  VlpEligibilityConfigSchema,
  type VlpLeaving,
  validateVlpEligibilityConfig,
} from './eligibility-config';
export { daysInMonth, vlpDayInMonth } from './month-days';
export {
  DEFAULT_VLP_PARAMETERS,
  VLP_PARAMETER_SETS,
  type VlpParameterSet,
  VlpParameterSetSchema,
} from './parameters';
export { type PlanVlpOptions, planVlp } from './plan';
export {
  type VlpFixedCost,
  type VlpHousehold,
  type VlpHouseholdInput,
  VlpHouseholdSchema,
  type VlpIncome,
} from './schema';
export type {
  VlpContributionSplit,
  VlpEntry,
  VlpEntryKind,
  VlpLatePayment,
  VlpMonthPlan,
  VlpObligation,
  VlpObligationKind,
  VlpPlan,
  VlpReceives,
  VlpShortfall,
} from './types';
