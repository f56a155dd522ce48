import { defineOperator } from './definition';
import { factValueSpec, LIST_TYPES, valuesIn } from './support/fact-types';

const PHRASE = { nl: 'bevat', en: 'contains' } as const;

/**
 * `contains`: the list fact has the value as an element. json-rules-engine's built-in; a
 * missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "sectors", "operator": "contains", "value": "rent" }
 * ```
 * renders as `sectoren ([rent, energy]) bevat rent`.
 */
export const containsOperator = defineOperator({
  name: 'contains',
  factTypes: LIST_TYPES,
  valueSpec: factValueSpec,
  compile: (value, k) => (s) => {
    const x = s[k];
    return Array.isArray(x) && x.indexOf(value) > -1;
  },
  reference: 'built-in',
  render: (value, { lang, format }) => `${PHRASE[lang]} ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
