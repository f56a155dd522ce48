import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';

/**
 * The types a declared fact can have. `money` is integer euro cents; `date` is an ISO
 * `YYYY-MM-DD` string; `enum` and `string[]` may list their allowed `values`; `object` declares
 * its `fields` so a condition can read one with a `path` such as `$.household.partners`.
 *
 * @example
 * ```ts
 * import { FACT_TYPES } from '@signaalreis/core';
 * FACT_TYPES.includes('money'); // true
 * ```
 */
export const FACT_TYPES = [
  'number',
  'money',
  'date',
  'string',
  'enum',
  'boolean',
  'string[]',
  'object',
] as const;

/**
 * One of {@link FACT_TYPES}.
 */
export type FactType = (typeof FACT_TYPES)[number];

/**
 * A fact a rule table may read, declared up front so that a rule naming an unknown fact, or
 * comparing a date with a number, is caught when the table is loaded.
 *
 * @example
 * ```ts
 * import type { FactDeclaration } from '@signaalreis/core';
 * const amount: FactDeclaration = {
 *   name: 'amount', type: 'money', description: 'Total arrear in cents', label: { nl: 'bedrag', en: 'amount' },
 * };
 * ```
 */
export interface FactDeclaration {
  /** Identifier used by conditions (`fact`), letters, digits and `_`, not starting with a digit. */
  name: string;
  /** The fact's type. */
  type: FactType;
  /** What the fact means and where it comes from. */
  description: string;
  /** The label explanations use, in Dutch and English (without one they show `name`). */
  label?: Bilingual;
  /** Allowed values: required for `enum`, optional for `string[]`. */
  values?: string[];
  /** Fields of an `object` fact (required for `object`, not allowed otherwise). */
  fields?: FactDeclaration[];
}

/**
 * The hit policies of a rule table: `first` (the highest `priority` wins, then table order),
 * `collect` (every matching rule, in that order) and `unique` (at most one rule may match).
 *
 * @example
 * ```ts
 * import { HIT_POLICIES } from '@signaalreis/core';
 * HIT_POLICIES; // ['first', 'collect', 'unique']
 * ```
 */
export const HIT_POLICIES = ['first', 'collect', 'unique'] as const;

/**
 * One of {@link HIT_POLICIES}.
 */
export type HitPolicy = (typeof HIT_POLICIES)[number];

/**
 * One value of a parameter, in effect from `from` until the next value's `from`.
 *
 * @example
 * ```ts
 * import { asIsoDate, type DatedValue } from '@signaalreis/core';
 * const floor: DatedValue = { from: asIsoDate('2021-01-01'), value: 10000, source: 'signaalreis-2023' };
 * ```
 */
export interface DatedValue {
  /** First day on which the value applies. */
  from: IsoDate;
  /** The value; checked against every place the parameter is used. */
  value: unknown;
  /** Where the value comes from: a source key of docs/sources.md with a locator, or "project default". */
  source: string;
}

/**
 * A reference to a parameter, allowed wherever a condition value (or part of one) stands.
 *
 * @example
 * ```ts
 * import type { ParamRef } from '@signaalreis/core';
 * const ref: ParamRef = { param: 'floor' };
 * ```
 */
export interface ParamRef {
  /** Name of a parameter of the table. */
  param: string;
}

/**
 * A leaf condition in json-rules-engine's format: `fact` (optionally narrowed by a dotted
 * `path`), `operator` and `value`.
 *
 * @example
 * ```ts
 * import type { FactCondition } from '@signaalreis/core';
 * const c: FactCondition = { fact: 'amount', operator: 'greaterThanInclusive', value: { param: 'floor' } };
 * ```
 */
export interface FactCondition {
  /** A declared fact. */
  fact: string;
  /** A JSONPath of the simple dotted form `$.field.subfield` into an `object` fact. */
  path?: string;
  /** One of {@link RULE_OPERATORS}. */
  operator: string;
  /** The expected value; its form depends on the operator and the fact's type. */
  value: unknown;
}

/**
 * All sub-conditions must hold (json-rules-engine `all`).
 *
 * @example
 * ```ts
 * import type { AllCondition } from '@signaalreis/core';
 * const c: AllCondition = { all: [{ fact: 'signalCount', operator: 'greaterThanInclusive', value: 2 }] };
 * ```
 */
export interface AllCondition {
  /** The sub-conditions. */
  all: Condition[];
}

/**
 * At least one sub-condition must hold (json-rules-engine `any`).
 *
 * @example
 * ```ts
 * import type { AnyCondition } from '@signaalreis/core';
 * const c: AnyCondition = { any: [{ fact: 'sectors', operator: 'contains', value: 'rent' }] };
 * ```
 */
export interface AnyCondition {
  /** The sub-conditions. */
  any: Condition[];
}

/**
 * The sub-condition must not hold (json-rules-engine `not`).
 *
 * @example
 * ```ts
 * import type { NotCondition } from '@signaalreis/core';
 * const c: NotCondition = { not: { fact: 'knownAtDebtAssistance', operator: 'equal', value: true } };
 * ```
 */
export interface NotCondition {
  /** The negated condition. */
  not: Condition;
}

/**
 * A condition tree node: `all`, `any`, `not` or a {@link FactCondition}.
 *
 * @example
 * ```ts
 * import type { Condition } from '@signaalreis/core';
 * const c: Condition = { not: { any: [{ fact: 'amount', operator: 'lessThan', value: 5000 }] } };
 * ```
 */
export type Condition = AllCondition | AnyCondition | NotCondition | FactCondition;

/**
 * The root of a rule's condition: json-rules-engine requires `all`, `any` or `not` at the top.
 *
 * @example
 * ```ts
 * import type { RootCondition } from '@signaalreis/core';
 * const when: RootCondition = { all: [] };
 * ```
 */
export type RootCondition = AllCondition | AnyCondition | NotCondition;

/**
 * A rule: when `when` holds, its outcome is `then`.
 *
 * @example
 * ```ts
 * import type { Rule } from '@signaalreis/core';
 * const r: Rule<{ channel: string }> = {
 *   id: 'R1', label: { nl: 'Klein enkel signaal: e-mail', en: 'Small single signal: e-mail' },
 *   source: 'signaalreis-2023 (annex, municipality 3)',
 *   when: { all: [{ fact: 'amount', operator: 'lessThan', value: 25000 }] }, then: { channel: 'email' },
 * };
 * ```
 */
export interface Rule<TOutcome> {
  /** Unique within the table. */
  id: string;
  /** The rule's name for people, in Dutch and English. */
  label: Bilingual;
  /** Where the rule comes from: a source key of docs/sources.md with a locator, or "project default". */
  source: string;
  /** Higher wins under hit policy `first` and sorts first under `collect`; default 0. */
  priority?: number;
  /** The condition, in json-rules-engine's format. */
  when: RootCondition;
  /** The outcome, typed by the table's user (e.g. a routing step). */
  then: TOutcome;
}

/**
 * A rule table as data: declared facts, dated parameters, rules and a hit policy.
 *
 * @example
 * ```ts
 * import { asIsoDate, type RuleTable } from '@signaalreis/core';
 * const table: RuleTable<string> = {
 *   id: 'floor', label: { nl: 'Ondergrens', en: 'Pick-up floor' }, hitPolicy: 'first',
 *   facts: [{ name: 'amount', type: 'money', description: 'Arrear in cents' }],
 *   parameters: { floor: [{ from: asIsoDate('2021-01-01'), value: 10000, source: 'signaalreis-2023' }] },
 *   rules: [{ id: 'R1', label: { nl: 'Op of boven de grens', en: 'At or above the floor' }, source: 'signaalreis-2023',
 *     when: { all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: { param: 'floor' } }] }, then: 'pick-up' }],
 * };
 * ```
 */
export interface RuleTable<TOutcome> {
  /** Optional JSON Schema reference for editors. */
  $schema?: string;
  /** Identifier of the table. */
  id: string;
  /** The table's name for people, in Dutch and English. */
  label: Bilingual;
  /** Longer explanation. */
  description?: string;
  /** How matching rules become outcomes. */
  hitPolicy: HitPolicy;
  /** The facts the rules may read. */
  facts: FactDeclaration[];
  /** Named values that change over time. */
  parameters: Record<string, DatedValue[]>;
  /** The rules. */
  rules: Rule<TOutcome>[];
}
