import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import type { RuleOperator } from './operators';
import type { ParamUse } from './resolved-types';
import type { FactType, HitPolicy } from './table-types';

/**
 * The trace of one leaf condition: the fact and the value seen (absent when the fact was
 * missing), the operator, the expected value, the parameters used, and the result.
 *
 * @example
 * ```ts
 * import type { LeafTrace } from '@signaalreis/core';
 * const t: LeafTrace = {
 *   kind: 'fact', fact: 'partners', factType: 'number', label: { nl: 'partners', en: 'partners' }, factValue: 2,
 *   operator: 'greaterThanInclusive', value: 2, result: true,
 * };
 * ```
 */
export interface LeafTrace {
  /** Discriminant. */
  kind: 'fact';
  /** The fact read. */
  fact: string;
  /** The dotted path, if any. */
  path?: string;
  /** Declared type of the value read. */
  factType: FactType;
  /** The label of the value read, in Dutch and English (absent: explanations show the fact's name). */
  label?: Bilingual;
  /** The value seen; absent when the fact (or path) was missing. */
  factValue?: unknown;
  /** The operator. */
  operator: RuleOperator;
  /** The resolved expected value. */
  value: unknown;
  /** The parameters used in `value`, with the date of the value used. */
  params?: ParamUse[];
  /** Whether the condition holds. */
  result: boolean;
}

/**
 * The trace of an `all` or `any` group.
 *
 * @example
 * ```ts
 * import type { GroupTrace } from '@signaalreis/core';
 * const t: GroupTrace = { kind: 'all', result: true, children: [] };
 * ```
 */
export interface GroupTrace {
  /** `all` or `any`. */
  kind: 'all' | 'any';
  /** Whether the group holds. */
  result: boolean;
  /** The sub-condition traces, in table order. */
  children: ConditionTrace[];
}

/**
 * The trace of a `not`.
 *
 * @example
 * ```ts
 * import type { NotTrace } from '@signaalreis/core';
 * const t: NotTrace = { kind: 'not', result: true, child: { kind: 'any', result: false, children: [] } };
 * ```
 */
export interface NotTrace {
  /** Discriminant. */
  kind: 'not';
  /** Whether the negation holds. */
  result: boolean;
  /** The negated condition's trace. */
  child: ConditionTrace;
}

/**
 * The trace of a condition node.
 *
 * @example
 * ```ts
 * import type { ConditionTrace } from '@signaalreis/core';
 * const t: ConditionTrace = { kind: 'not', result: false, child: { kind: 'all', result: true, children: [] } };
 * ```
 */
export type ConditionTrace = LeafTrace | GroupTrace | NotTrace;

/**
 * The trace of one rule: identity, source, whether it matched and whether the hit policy
 * selected it, and its condition trace.
 *
 * @example
 * ```ts
 * import type { RuleTrace } from '@signaalreis/core';
 * const t: RuleTrace = {
 *   id: 'R3', label: { nl: 'Samenloop: huisbezoek', en: 'Match: home visit' }, source: 'signaalreis-2023',
 *   priority: 0, index: 2,
 *   matched: true, selected: true, condition: { kind: 'all', result: true, children: [] },
 * };
 * ```
 */
export interface RuleTrace {
  /** Rule id. */
  id: string;
  /** The rule's label, in Dutch and English. */
  label: Bilingual;
  /** The rule's source. */
  source: string;
  /** The rule's priority. */
  priority: number;
  /** Position in the table. */
  index: number;
  /** Whether its condition holds. */
  matched: boolean;
  /** Whether the hit policy took its outcome. */
  selected: boolean;
  /** The condition trace. */
  condition: ConditionTrace;
}

/**
 * The result of evaluating a rule table on one fact set: the outcomes and a serializable trace
 * of every rule (in hit-policy order) and every condition.
 */
export interface Decision<TOutcome> {
  /** Table id. */
  table: string;
  /** The table's label, in Dutch and English. */
  tableLabel: Bilingual;
  /** The evaluation date the table was resolved at. */
  asOf: IsoDate;
  /** The hit policy applied. */
  hitPolicy: HitPolicy;
  /** The selected outcomes, in hit-policy order. */
  outcomes: TOutcome[];
  /** The ids of the selected rules, in the same order. */
  selected: string[];
  /** Every rule's trace, in hit-policy order. */
  rules: RuleTrace[];
}
