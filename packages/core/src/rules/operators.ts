import type { FactDeclaration, FactType } from './table-types';
import type { ValueSpec } from './value-spec';

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
export const BUILT_IN_OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

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
export const CUSTOM_OPERATORS = [
  'between',
  'dateBefore',
  'dateOnOrBefore',
  'dateAfter',
  'dateOnOrAfter',
  'daysSinceAtLeast',
  'daysSinceAtMost',
  'includesAny',
  'includesAll',
  'countAtLeast',
] as const;

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
 *
 * @example
 * ```ts
 * import type { RuleOperator } from '@signaalreis/core';
 * const op: RuleOperator = 'dateOnOrBefore';
 * ```
 */
export type RuleOperator = (typeof RULE_OPERATORS)[number];

const OPERATOR_SET: ReadonlySet<string> = new Set(RULE_OPERATORS);

/** Whether `name` is a known operator. */
export function isRuleOperator(name: string): name is RuleOperator {
  return OPERATOR_SET.has(name);
}

const SCALAR: readonly FactType[] = ['number', 'money', 'date', 'string', 'enum', 'boolean'];
const NUMERIC: readonly FactType[] = ['number', 'money'];
const DATE: readonly FactType[] = ['date'];
const LIST: readonly FactType[] = ['string[]'];

/** The fact types each operator applies to. */
export const OPERATOR_FACT_TYPES: Readonly<Record<RuleOperator, readonly FactType[]>> = {
  equal: SCALAR,
  notEqual: SCALAR,
  lessThan: NUMERIC,
  lessThanInclusive: NUMERIC,
  greaterThan: NUMERIC,
  greaterThanInclusive: NUMERIC,
  in: SCALAR,
  notIn: SCALAR,
  contains: LIST,
  doesNotContain: LIST,
  between: NUMERIC,
  dateBefore: DATE,
  dateOnOrBefore: DATE,
  dateAfter: DATE,
  dateOnOrAfter: DATE,
  daysSinceAtLeast: DATE,
  daysSinceAtMost: DATE,
  includesAny: LIST,
  includesAll: LIST,
  countAtLeast: LIST,
};

/** The spec of one value of a fact (an element, for `string[]`). */
function scalarSpec(fact: FactDeclaration): ValueSpec {
  switch (fact.type) {
    case 'number':
      return { kind: 'number' };
    case 'money':
      return { kind: 'integer' };
    case 'date':
      return { kind: 'date' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
    case 'string':
    case 'string[]':
      return fact.values ? { kind: 'string', values: fact.values } : { kind: 'string' };
    case 'object':
      throw new Error('An object fact has no scalar value (programming error)');
  }
}

const DATE_EXPRESSION: ValueSpec = {
  kind: 'oneOf',
  describe: 'a date (YYYY-MM-DD) or {"date"?, "offsetDays"?}',
  choose: (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? {
          kind: 'object',
          fields: {
            date: { spec: { kind: 'date' }, optional: true },
            offsetDays: { spec: { kind: 'integer' }, optional: true },
          },
        }
      : { kind: 'date' },
};

/** The value spec of `operator` on `fact`, or undefined when the operator does not apply. */
export function operatorValueSpec(operator: RuleOperator, fact: FactDeclaration): ValueSpec | undefined {
  if (!OPERATOR_FACT_TYPES[operator].includes(fact.type)) return undefined;
  switch (operator) {
    case 'in':
    case 'notIn':
    case 'includesAny':
    case 'includesAll':
      return { kind: 'array', of: scalarSpec(fact) };
    case 'between': {
      const bound = scalarSpec(fact);
      const flag: ValueSpec = { kind: 'boolean' };
      return {
        kind: 'object',
        fields: {
          min: { spec: bound },
          max: { spec: bound },
          minInclusive: { spec: flag },
          maxInclusive: { spec: flag },
        },
      };
    }
    case 'dateBefore':
    case 'dateOnOrBefore':
    case 'dateAfter':
    case 'dateOnOrAfter':
      return DATE_EXPRESSION;
    case 'daysSinceAtLeast':
    case 'daysSinceAtMost':
      return { kind: 'integer', min: 0 };
    case 'countAtLeast': {
      const count: ValueSpec = { kind: 'integer', min: 0 };
      const of: ValueSpec = { kind: 'array', of: scalarSpec(fact) };
      return {
        kind: 'oneOf',
        describe: 'an integer ≥ 0 or {"count", "of"}',
        choose: (value) =>
          value !== null && typeof value === 'object' && !Array.isArray(value)
            ? { kind: 'object', fields: { count: { spec: count }, of: { spec: of } } }
            : count,
      };
    }
    default:
      return scalarSpec(fact);
  }
}
