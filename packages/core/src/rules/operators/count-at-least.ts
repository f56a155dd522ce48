import type { ValueSpec } from '../value-spec';
import { defineOperator, type SlotTest } from './definition';
import { membership } from './support/compiled';
import { factListSpec, LIST_TYPES } from './support/fact-types';

/** The object form: at least `count` elements that are in `of`. */
interface CountOf {
  count: number;
  of: unknown[];
}

const COUNT: ValueSpec = { kind: 'integer', min: 0 };

const WORDS = {
  nl: { counts: 'telt ten minste', of: 'uit' },
  en: { counts: 'counts at least', of: 'of' },
} as const;

function compileCount(value: unknown, k: number): SlotTest {
  if (typeof value === 'number')
    return (s) => {
      const x = s[k];
      return Array.isArray(x) && x.length >= value;
    };
  const { count, of } = value as CountOf;
  const inSet = membership(of);
  return (s) => {
    const x = s[k];
    if (!Array.isArray(x)) return false;
    let n = 0;
    for (const item of x) if (inSet(item)) n++;
    return n >= count;
  };
}

/**
 * `countAtLeast`: the list fact has at least n elements, or with `{ "count": n, "of": [...] }`
 * at least n elements that are in `of`; duplicates count. A missing fact fails.
 *
 * @example
 * ```json
 * { "fact": "kinds", "operator": "countAtLeast", "value": { "count": 2, "of": ["early", "eviction"] } }
 * ```
 * renders as `soorten signaal ([early, early]) telt ten minste 2 uit [early, eviction]`.
 */
export const countAtLeastOperator = defineOperator({
  name: 'countAtLeast',
  factTypes: LIST_TYPES,
  valueSpec: (fact) => ({
    kind: 'oneOf',
    describe: { nl: 'een geheel getal ≥ 0 of {"count", "of"}', en: 'an integer ≥ 0 or {"count", "of"}' },
    options: [
      COUNT,
      { kind: 'object', fields: { count: { spec: COUNT }, of: { spec: factListSpec(fact) } } },
    ],
  }),
  compile: compileCount,
  reference: (factValue, value) => {
    if (!Array.isArray(factValue)) return false;
    if (typeof value === 'number') return factValue.length >= value;
    const { count, of } = value as CountOf;
    return factValue.filter((item) => of.includes(item)).length >= count;
  },
  render: (value, { lang, format }) => {
    const w = WORDS[lang];
    if (typeof value === 'number') return `${w.counts} ${value}`;
    const v = value as CountOf;
    return `${w.counts} ${v.count} ${w.of} ${format(v.of)}`;
  },
  overlap: {
    boundaries: (value) =>
      typeof value === 'number' ? [value] : [(value as CountOf).count, ...(value as CountOf).of],
  },
});
