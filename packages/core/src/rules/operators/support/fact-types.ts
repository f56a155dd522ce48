import type { FactDeclaration, FactType } from '../../table-types';
import type { ValueSpec } from '../../value-spec';

// The groups of fact types operators apply to, and the value specs derived from a fact's type.

/** Every type with one value per fact: the (in)equality and membership operators apply. */
export const SCALAR_TYPES: readonly FactType[] = ['number', 'money', 'date', 'string', 'enum', 'boolean'];
/** Numbers and money (integer cents). */
export const NUMERIC_TYPES: readonly FactType[] = ['number', 'money'];
/** ISO dates. */
export const DATE_TYPES: readonly FactType[] = ['date'];
/** Lists of strings. */
export const LIST_TYPES: readonly FactType[] = ['string[]'];

/**
 * The spec of one value of `fact` (of one element, for `string[]`): money is integer cents, a
 * string fact with `values` takes only those.
 *
 * @example
 * ```ts
 * import { factValueSpec } from './fact-types';
 * factValueSpec({ name: 'amount', type: 'money', label: { nl: 'bedrag', en: 'amount' }, description: 'cents' }); // { kind: 'integer' }
 * ```
 */
export function factValueSpec(fact: FactDeclaration): ValueSpec {
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

/**
 * The spec of a list of values of `fact` (for `in`, `includesAny` …).
 *
 * @example
 * ```ts
 * import { factListSpec } from './fact-types';
 * factListSpec({ name: 'n', type: 'number', label: { nl: 'n', en: 'n' }, description: 'n' }); // { kind: 'array', of: { kind: 'number' } }
 * ```
 */
export function factListSpec(fact: FactDeclaration): ValueSpec {
  return { kind: 'array', of: factValueSpec(fact) };
}

/**
 * The boundaries of a value that is one fact value or a list of them (the default overlap part).
 *
 * @example
 * ```ts
 * import { valuesIn } from './fact-types';
 * valuesIn(['a', 'b']); // ['a', 'b']
 * valuesIn(3); // [3]
 * ```
 */
export function valuesIn(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}
