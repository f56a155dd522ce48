import { betweenOperator } from './between';
import { containsOperator } from './contains';
import { countAtLeastOperator } from './count-at-least';
import { dateAfterOperator } from './date-after';
import { dateBeforeOperator } from './date-before';
import { dateOnOrAfterOperator } from './date-on-or-after';
import { dateOnOrBeforeOperator } from './date-on-or-before';
import { daysSinceAtLeastOperator } from './days-since-at-least';
import { daysSinceAtMostOperator } from './days-since-at-most';
import type { OperatorDefinition, ReferenceOperator } from './definition';
import { doesNotContainOperator } from './does-not-contain';
import { equalOperator } from './equal';
import { greaterThanOperator } from './greater-than';
import { greaterThanInclusiveOperator } from './greater-than-inclusive';
import { inOperator } from './in';
import { includesAllOperator } from './includes-all';
import { includesAnyOperator } from './includes-any';
import { lessThanOperator } from './less-than';
import { lessThanInclusiveOperator } from './less-than-inclusive';
import { notEqualOperator } from './not-equal';
import { notInOperator } from './not-in';

// The operator registry: every operator of the rule language, one file each in this folder.
// Load-time checking, resolution, both evaluators, rendering, the overlap search and the JSON
// Schema read these lists; nothing else names operators. To add an operator, add its file and
// one line to CUSTOM (docs/rules.md, "Adding an operator").

/** json-rules-engine's built-in operators, in the order the docs list them. */
const BUILT_IN = [
  equalOperator,
  notEqualOperator,
  lessThanOperator,
  lessThanInclusiveOperator,
  greaterThanOperator,
  greaterThanInclusiveOperator,
  inOperator,
  notInOperator,
  containsOperator,
  doesNotContainOperator,
] as const satisfies readonly (OperatorDefinition & { reference: 'built-in' })[];

/** The operators signaalreis adds (registered on json-rules-engine for the reference evaluator). */
const CUSTOM = [
  betweenOperator,
  dateBeforeOperator,
  dateOnOrBeforeOperator,
  dateAfterOperator,
  dateOnOrAfterOperator,
  daysSinceAtLeastOperator,
  daysSinceAtMostOperator,
  includesAnyOperator,
  includesAllOperator,
  countAtLeastOperator,
] as const satisfies readonly (OperatorDefinition & { reference: ReferenceOperator })[];

type NamesOf<T extends readonly OperatorDefinition[]> = { readonly [K in keyof T]: T[K]['name'] };
const namesOf = <T extends readonly OperatorDefinition[]>(list: T) =>
  list.map((o) => o.name) as unknown as NamesOf<T>;

/**
 * json-rules-engine's built-in operators, with its semantics (see docs/rules.md for how each
 * treats a missing fact).
 *
 * @example
 * ```ts
 * import { BUILT_IN_OPERATORS } from '@signaalreis/core';
 * BUILT_IN_OPERATORS.includes('greaterThanInclusive'); // true
 * ```
 */
export const BUILT_IN_OPERATORS = namesOf(BUILT_IN);

/**
 * The operators signaalreis adds for the domain: ranges with declared ends, ISO date comparisons
 * (optionally against a date plus or minus a number of days), day counts up to the evaluation
 * date, and set operators on lists. Registered on json-rules-engine for reference evaluation.
 *
 * @example
 * ```ts
 * import { CUSTOM_OPERATORS } from '@signaalreis/core';
 * CUSTOM_OPERATORS.includes('between'); // true
 * ```
 */
export const CUSTOM_OPERATORS = namesOf(CUSTOM);

/**
 * Every operator a condition may use: {@link BUILT_IN_OPERATORS} and {@link CUSTOM_OPERATORS}.
 *
 * @example
 * ```ts
 * import { RULE_OPERATORS } from '@signaalreis/core';
 * RULE_OPERATORS.length; // 20
 * ```
 */
export const RULE_OPERATORS = [...BUILT_IN_OPERATORS, ...CUSTOM_OPERATORS] as const;

/**
 * One of {@link RULE_OPERATORS}.
 */
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/**
 * Every operator's definition, built-ins first, in the order of {@link RULE_OPERATORS}.
 *
 * @example
 * ```ts
 * import { RULE_OPERATORS } from '@signaalreis/core';
 * import { OPERATOR_DEFINITIONS } from './index';
 * OPERATOR_DEFINITIONS.map((op) => op.name).join() === RULE_OPERATORS.join(); // true
 * OPERATOR_DEFINITIONS[0]?.name; // 'equal': the built-ins come first
 * ```
 */
export const OPERATOR_DEFINITIONS: readonly OperatorDefinition<RuleOperator>[] = [...BUILT_IN, ...CUSTOM];

/**
 * The operators registered on json-rules-engine by the reference evaluator.
 *
 * @example
 * ```ts
 * import { Engine } from 'json-rules-engine';
 * import { CUSTOM_OPERATOR_DEFINITIONS } from './index';
 * import { referenceCalendar } from '../reference-calendar';
 * const engine = new Engine();
 * for (const op of CUSTOM_OPERATOR_DEFINITIONS)
 *   engine.addOperator(op.name, (f, v) => op.reference(f, v, referenceCalendar));
 * ```
 */
export const CUSTOM_OPERATOR_DEFINITIONS: readonly (OperatorDefinition<RuleOperator> & {
  reference: ReferenceOperator;
})[] = CUSTOM;

// A Map, not an object: a condition naming "constructor" or "__proto__" finds nothing.
const BY_NAME: ReadonlyMap<string, OperatorDefinition<RuleOperator>> = new Map(
  OPERATOR_DEFINITIONS.map((o) => [o.name, o]),
);

/**
 * The definition of the operator called `name`, or undefined for an unknown name (untrusted
 * input: a table's `operator`).
 *
 * @example
 * ```ts
 * import { findOperator } from './index';
 * findOperator('between')?.factTypes; // ['number', 'money']
 * findOperator('toString'); // undefined
 * ```
 */
export function findOperator(name: string): OperatorDefinition<RuleOperator> | undefined {
  return BY_NAME.get(name);
}

/**
 * The definition of a known operator (a checked table's); an unknown name is a programming error.
 *
 * @example
 * ```ts
 * import { operatorOf } from './index';
 * operatorOf('greaterThan').compile(2, 0)([3]); // true: slot 0 holds 3, and 3 > 2
 * ```
 */
export function operatorOf(name: RuleOperator): OperatorDefinition<RuleOperator> {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`Unknown operator "${name}" reached evaluation (programming error)`);
  return found;
}
