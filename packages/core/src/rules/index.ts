// Public API of core/rules: the rule language (tables as data, dated parameters, hit policies),
// its two evaluators (json-rules-engine as reference, compiled closures) and explanations.
export { type CompiledTable, compileTable, type Facts } from './compile';
export { declareFact } from './declare-fact';
export { factsSchema, validateFacts } from './facts';
export { ruleTableJsonSchema } from './json-schema';

export { type LoadRuleTableOptions, loadRuleTable } from './load';
export { BUILT_IN_OPERATORS, CUSTOM_OPERATORS, RULE_OPERATORS, type RuleOperator } from './operators';
export { createReferenceEvaluator, type ReferenceEvaluator } from './reference';
export { type RenderOptions, renderDecision, renderRuleTrace } from './render';
export { resolveTable } from './resolve';
export type {
  ParamUse,
  ResolvedCondition,
  ResolvedFactCondition,
  ResolvedRule,
  ResolvedTable,
} from './resolved-types';
export { ruleTableSchema } from './table-schema';
export {
  type AllCondition,
  type AnyCondition,
  type Condition,
  type DatedValue,
  FACT_TYPES,
  type FactCondition,
  type FactDeclaration,
  type FactType,
  HIT_POLICIES,
  type HitPolicy,
  type NotCondition,
  type ParamRef,
  type RootCondition,
  type Rule,
  type RuleTable,
} from './table-types';
export type { ConditionTrace, Decision, GroupTrace, LeafTrace, NotTrace, RuleTrace } from './trace-types';
