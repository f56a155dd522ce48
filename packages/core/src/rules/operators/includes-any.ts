import { defineOperator } from './definition';
import { factListSpec, LIST_TYPES, valuesIn } from './support/fact-types';

const PHRASE = { nl: 'bevat een van', en: 'contains any of' } as const;

/**
 * `includesAny`: the list fact has at least one of the listed values (`includesAny []` never
 * holds). A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "sectors", "operator": "includesAny", "value": ["rent", "energy"] }
 * ```
 * renders as `sectoren ([water, energy]) bevat een van [rent, energy]`.
 */
export const includesAnyOperator = defineOperator({
  name: 'includesAny',
  factTypes: LIST_TYPES,
  valueSpec: factListSpec,
  compile: (value, k) => {
    const wanted = value as unknown[];
    return (s) => {
      const x = s[k];
      return Array.isArray(x) && wanted.some((w) => x.indexOf(w) > -1);
    };
  },
  reference: (factValue, value) =>
    Array.isArray(factValue) && (value as unknown[]).some((v) => factValue.includes(v)),
  render: (value, { lang, format }) => `${PHRASE[lang]} ${format(value)}`,
  overlap: { boundaries: valuesIn },
});
