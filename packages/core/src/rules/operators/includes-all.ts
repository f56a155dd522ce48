import { defineOperator } from './definition';
import { factListSpec, LIST_TYPES, valuesIn } from './support/fact-types';

const PHRASE = { nl: 'bevat alle van', en: 'contains all of' } as const;

/**
 * `includesAll`: the list fact has every listed value (`includesAll []` holds for any list). A
 * missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "sectors", "operator": "includesAll", "value": ["rent", "energy"] }
 * ```
 * renders as `sectoren ([rent, energy]) bevat alle van [rent, energy]`.
 */
export const includesAllOperator = defineOperator({
  name: 'includesAll',
  factTypes: LIST_TYPES,
  valueSpec: factListSpec,
  compile: (value, k) => {
    const wanted = value as unknown[];
    return (s) => {
      const x = s[k];
      return Array.isArray(x) && wanted.every((w) => x.indexOf(w) > -1);
    };
  },
  reference: (factValue, value) =>
    Array.isArray(factValue) && (value as unknown[]).every((v) => factValue.includes(v)),
  render: (value, { lang, format }) => `${PHRASE[lang]} ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
