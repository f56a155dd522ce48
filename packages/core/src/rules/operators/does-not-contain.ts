import { defineOperator } from './definition';
import { factValueSpec, LIST_TYPES, valuesIn } from './support/fact-types';

const PHRASE = { nl: 'bevat niet', en: 'does not contain' } as const;

/**
 * `doesNotContain`: the list fact lacks the value. json-rules-engine's built-in; a missing fact
 * **fails** too (json-rules-engine checks that the fact is a list first).
 *
 * @example
 * ```json
 * { "fact": "sectors", "operator": "doesNotContain", "value": "rent" }
 * ```
 * renders as `sectoren ([energy]) bevat niet rent`.
 */
export const doesNotContainOperator = defineOperator({
  name: 'doesNotContain',
  factTypes: LIST_TYPES,
  valueSpec: factValueSpec,
  compile: (value, k) => (s) => {
    const x = s[k];
    return Array.isArray(x) && x.indexOf(value) === -1;
  },
  reference: 'built-in',
  render: (value, { lang, format }) => `${PHRASE[lang]} ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
