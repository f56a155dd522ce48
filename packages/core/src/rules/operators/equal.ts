import { defineOperator } from './definition';
import { factValueSpec, SCALAR_TYPES, valuesIn } from './support/fact-types';

/**
 * `equal`: the fact is `===` the value. json-rules-engine's built-in; a missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "knownAtDebtAssistance", "operator": "equal", "value": false }
 * ```
 * renders as `bekend bij SHV (nee) = nee`.
 */
export const equalOperator = defineOperator({
  name: 'equal',
  factTypes: SCALAR_TYPES,
  valueSpec: factValueSpec,
  compile: (value, k) => (s) => {
    const x = s[k];
    return x === value;
  },
  reference: 'built-in',
  render: (value, { format }) => `= ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
