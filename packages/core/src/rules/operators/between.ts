import type { ValueSpec } from '../value-spec';
import { defineOperator, type SlotTest } from './definition';
import { factValueSpec, NUMERIC_TYPES } from './support/fact-types';

/** A range with both ends declared. */
interface Range {
  min: number;
  max: number;
  minInclusive: boolean;
  maxInclusive: boolean;
}

const FLAG: ValueSpec = { kind: 'boolean' };

const WORDS = {
  nl: { between: 'ligt tussen', and: 'en', incl: 'inclusief', excl: 'exclusief' },
  en: { between: 'is between', and: 'and', incl: 'inclusive', excl: 'exclusive' },
} as const;

/** One closure per combination of inclusive ends: no flag is tested per fact set. */
function compileRange(v: Range, k: number): SlotTest {
  const { min, max } = v;
  if (v.minInclusive && v.maxInclusive)
    return (s) => {
      const x = s[k];
      return typeof x === 'number' && x >= min && x <= max;
    };
  if (v.minInclusive)
    return (s) => {
      const x = s[k];
      return typeof x === 'number' && x >= min && x < max;
    };
  if (v.maxInclusive)
    return (s) => {
      const x = s[k];
      return typeof x === 'number' && x > min && x <= max;
    };
  return (s) => {
    const x = s[k];
    return typeof x === 'number' && x > min && x < max;
  };
}

/**
 * `between`: the number (or money) fact lies in a range whose ends are both declared, so no
 * reader has to guess whether "from € 250 to € 500" includes € 500. A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "amount", "operator": "between",
 *   "value": { "min": 25000, "max": 50000, "minInclusive": true, "maxInclusive": true } }
 * ```
 * renders as `bedrag (€ 300,00) ligt tussen € 250,00 (inclusief) en € 500,00 (inclusief)`.
 */
export const betweenOperator = defineOperator({
  name: 'between',
  factTypes: NUMERIC_TYPES,
  valueSpec: (fact) => {
    const bound = factValueSpec(fact);
    return {
      kind: 'object',
      fields: {
        min: { spec: bound },
        max: { spec: bound },
        minInclusive: { spec: FLAG },
        maxInclusive: { spec: FLAG },
      },
    };
  },
  compile: (value, k) => compileRange(value as Range, k),
  reference: (factValue, value) => {
    const v = value as Range;
    if (typeof factValue !== 'number' || Number.isNaN(factValue)) return false;
    const aboveMin = v.minInclusive ? factValue >= v.min : factValue > v.min;
    const belowMax = v.maxInclusive ? factValue <= v.max : factValue < v.max;
    return aboveMin && belowMax;
  },
  render: (value, { lang, format }) => {
    const v = value as Range;
    const w = WORDS[lang];
    const min = `${format(v.min)} (${v.minInclusive ? w.incl : w.excl})`;
    const max = `${format(v.max)} (${v.maxInclusive ? w.incl : w.excl})`;
    return `${w.between} ${min} ${w.and} ${max}`;
  },
  overlap: { boundaries: (value) => [(value as Range).min, (value as Range).max] },
});
