import { defineOperator } from './definition';
import { membership } from './support/compiled';
import { factListSpec, SCALAR_TYPES, valuesIn } from './support/fact-types';

const PHRASE = { nl: 'is geen van', en: 'is none of' } as const;

/**
 * `notIn`: the fact is none of the listed values. json-rules-engine's built-in; a missing fact
 * **passes**.
 *
 * @example
 * ```json
 * { "fact": "sector", "operator": "notIn", "value": ["health"] }
 * ```
 * renders as `sector (rent) is geen van [health]`.
 */
export const notInOperator = defineOperator({
  name: 'notIn',
  factTypes: SCALAR_TYPES,
  valueSpec: factListSpec,
  compile: (value, k) => {
    const inSet = membership(value as unknown[]);
    return (s) => {
      const x = s[k];
      return !inSet(x);
    };
  },
  reference: 'built-in',
  render: (value, { lang, format }) => `${PHRASE[lang]} ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
