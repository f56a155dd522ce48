import { defineOperator } from './definition';
import { factValueSpec, NUMERIC_TYPES, valuesIn } from './support/fact-types';

/**
 * `greaterThanInclusive`: the fact is a number at least (≥) the value (money: integer cents).
 * json-rules-engine's built-in; a missing fact (or NaN) fails.
 *
 * @example
 * ```json
 * { "fact": "amount", "operator": "greaterThanInclusive", "value": 50000 }
 * ```
 * renders as `bedrag (€ 600,00) ≥ € 500,00`.
 */
export const greaterThanInclusiveOperator = defineOperator({
  name: 'greaterThanInclusive',
  factTypes: NUMERIC_TYPES,
  valueSpec: factValueSpec,
  compile: (value, k) => (s) => {
    const x = s[k];
    return typeof x === 'number' && x >= (value as number);
  },
  reference: 'built-in',
  render: (value, { format }) => `≥ ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
