import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import type { RuleOperator } from './operators';
import type { FactDeclaration, HitPolicy } from './table-types';

/**
 * A parameter value used at an evaluation date: which parameter, the value, since when and why.
 *
 * @example
 * ```ts
 * import { asIsoDate, type ParamUse } from '@signaalreis/core';
 * const use: ParamUse = { name: 'floor', value: 10000, from: asIsoDate('2021-01-01'), source: 'signaalreis-2023' };
 * ```
 */
export interface ParamUse {
  /** The parameter's name. */
  name: string;
  /** The value in effect. */
  value: unknown;
  /** The `from` date of that value. */
  from: IsoDate;
  /** The value's source. */
  source: string;
}

/**
 * A leaf condition at an evaluation date: parameters substituted, relative dates anchored.
 * `value` is exactly what both evaluators hand to the operator: date expressions become
 * `{ date, offsetDays }` and day counts `{ days, asOf }`.
 *
 * @example
 * ```ts
 * import { asIsoDate, type ResolvedFactCondition } from '@signaalreis/core';
 * const leaf: ResolvedFactCondition = {
 *   fact: 'amount', operator: 'greaterThanInclusive', value: 10000, segments: [],
 *   declaration: { name: 'amount', type: 'money', description: 'Arrear in cents' },
 *   params: [{ name: 'floor', value: 10000, from: asIsoDate('2021-01-01'), source: 'signaalreis-2023' }],
 * };
 * ```
 */
export interface ResolvedFactCondition {
  /** The fact read. */
  fact: string;
  /** The dotted path into the fact, if any. */
  path?: string;
  /** The path's field names (empty without a path). */
  segments: string[];
  /** The declaration of the value read (the field's, with a path). */
  declaration: FactDeclaration;
  /** The operator. */
  operator: RuleOperator;
  /** The resolved expected value. */
  value: unknown;
  /** Parameters used in `value`, in order of appearance. */
  params: ParamUse[];
}

/**
 * A condition tree at an evaluation date.
 *
 * @example
 * ```ts
 * import type { ResolvedCondition } from '@signaalreis/core';
 * const c: ResolvedCondition = { all: [] };
 * ```
 */
export type ResolvedCondition =
  | {
      /** Every sub-condition holds. */
      all: ResolvedCondition[];
    }
  | {
      /** At least one sub-condition holds. */
      any: ResolvedCondition[];
    }
  | {
      /** The sub-condition does not hold. */
      not: ResolvedCondition;
    }
  | ResolvedFactCondition;

/**
 * A rule at an evaluation date.
 *
 * @example
 * ```ts
 * import type { ResolvedRule } from '@signaalreis/core';
 * const r: ResolvedRule<string> = {
 *   index: 0, id: 'R1', label: { nl: 'Altijd', en: 'Always' }, source: 'project default', priority: 0,
 *   when: { all: [] }, then: 'letter',
 * };
 * ```
 */
export interface ResolvedRule<TOutcome> {
  /** Position in the table (table order). */
  index: number;
  /** Rule id. */
  id: string;
  /** The rule's label, in Dutch and English. */
  label: Bilingual;
  /** The rule's source. */
  source: string;
  /** Priority (default 0). */
  priority: number;
  /** The resolved condition. */
  when: ResolvedCondition;
  /** The outcome. */
  then: TOutcome;
}

/**
 * A rule table resolved at an evaluation date (`asOf`): every parameter replaced by the value in
 * effect on that date, relative dates anchored to it. Both evaluators take this.
 */
export interface ResolvedTable<TOutcome> {
  /** Table id. */
  id: string;
  /** The table's label, in Dutch and English. */
  label: Bilingual;
  /** The hit policy. */
  hitPolicy: HitPolicy;
  /** The evaluation date. */
  asOf: IsoDate;
  /** The declared facts. */
  facts: FactDeclaration[];
  /** The rules, in table order. */
  rules: ResolvedRule<TOutcome>[];
  /** Rule indexes in hit-policy order: priority (high first), then table order. */
  order: number[];
}
