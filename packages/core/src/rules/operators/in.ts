import { defineOperator } from './definition';
import { membership } from './support/compiled';
import { factListSpec, SCALAR_TYPES, valuesIn } from './support/fact-types';

const PHRASE = { nl: 'is een van', en: 'is one of' } as const;

/**
 * `in`: the fact is one of the listed values (`===`). json-rules-engine's built-in; a missing
 * fact fails.
 *
 * @example
 * ```json
 * { "fact": "sector", "operator": "in", "value": ["rent", "energy"] }
 * ```
 * renders as `sector (rent) is een van [rent, energy]`.
 */
export const inOperator = defineOperator({
  name: 'in',
  factTypes: SCALAR_TYPES,
  valueSpec: factListSpec,
  compile: (value, k) => {
    const inSet = membership(value as unknown[]);
    return (s) => {
      const x = s[k];
      return inSet(x);
    };
  },
  reference: 'built-in',
  render: (value, { lang, format }) => `${PHRASE[lang]} ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
