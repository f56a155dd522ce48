import { defineOperator } from './definition';
import { factValueSpec, SCALAR_TYPES, valuesIn } from './support/fact-types';

/**
 * `notEqual`: the fact is `!==` the value. json-rules-engine's built-in; a missing fact
 * **passes** (undefined differs from every value).
 *
 * @example
 * ```json
 * { "fact": "sector", "operator": "notEqual", "value": "rent" }
 * ```
 * renders as `sector (energy) ≠ rent`.
 */
export const notEqualOperator = defineOperator({
  name: 'notEqual',
  factTypes: SCALAR_TYPES,
  valueSpec: factValueSpec,
  compile: (value, k) => (s) => {
    const x = s[k];
    return x !== value;
  },
  reference: 'built-in',
  render: (value, { format }) => `≠ ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
