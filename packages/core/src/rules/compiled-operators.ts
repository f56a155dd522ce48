import { addDays } from '../calendar/epoch-day';
import type { RuleOperator } from './operators';

// The compiled evaluator's operators: for each leaf, a plain synchronous test that reads the
// leaf's slot (see compile.ts) and compares it, with everything that depends only on the value (effective dates, sets, bounds)
// computed once. They follow json-rules-engine's semantics for the built-ins (a missing fact is
// `undefined`: `notEqual` and `notIn` pass, everything else fails) and the reference operators'
// semantics for the custom ones (a value of the wrong type fails). Dates compare as strings,
// which is exact for valid `YYYY-MM-DD` dates.

/** A compiled leaf: reads its slot from the slot values and tests it (one call per leaf). */
export type SlotTest = (slots: readonly unknown[]) => boolean;

const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);
const isString = (x: unknown): x is string => typeof x === 'string';

function membership(values: readonly unknown[]): (x: unknown) => boolean {
  if (values.length <= 8) return (x) => values.indexOf(x) > -1;
  const set = new Set(values);
  return (x) => set.has(x);
}

function effectiveDate(value: unknown): string {
  if (typeof value === 'string') return value;
  const expr = value as { date: string; offsetDays: number };
  return expr.offsetDays === 0 ? expr.date : addDays(expr.date, expr.offsetDays);
}

function between(
  v: { min: number; max: number; minInclusive: boolean; maxInclusive: boolean },
  k: number,
): SlotTest {
  const { min, max } = v;
  if (v.minInclusive && v.maxInclusive)
    return (s) => {
      const x = s[k];
      return isNumber(x) && x >= min && x <= max;
    };
  if (v.minInclusive)
    return (s) => {
      const x = s[k];
      return isNumber(x) && x >= min && x < max;
    };
  if (v.maxInclusive)
    return (s) => {
      const x = s[k];
      return isNumber(x) && x > min && x <= max;
    };
  return (s) => {
    const x = s[k];
    return isNumber(x) && x > min && x < max;
  };
}

function countAtLeast(value: unknown, k: number): SlotTest {
  if (typeof value === 'number')
    return (s) => {
      const x = s[k];
      return Array.isArray(x) && x.length >= value;
    };
  const { count, of } = value as { count: number; of: unknown[] };
  const inSet = membership(of);
  return (s) => {
    const x = s[k];
    if (!Array.isArray(x)) return false;
    let n = 0;
    for (const item of x) if (inSet(item)) n++;
    return n >= count;
  };
}

/** Compiles `operator` with its resolved `value` into a test of slot `k`. */
export function compileOperator(operator: RuleOperator, value: unknown, k: number): SlotTest {
  switch (operator) {
    case 'equal':
      return (s) => {
        const x = s[k];
        return x === value;
      };
    case 'notEqual':
      return (s) => {
        const x = s[k];
        return x !== value;
      };
    case 'lessThan':
      return (s) => {
        const x = s[k];
        return isNumber(x) && x < (value as number);
      };
    case 'lessThanInclusive':
      return (s) => {
        const x = s[k];
        return isNumber(x) && x <= (value as number);
      };
    case 'greaterThan':
      return (s) => {
        const x = s[k];
        return isNumber(x) && x > (value as number);
      };
    case 'greaterThanInclusive':
      return (s) => {
        const x = s[k];
        return isNumber(x) && x >= (value as number);
      };
    case 'in': {
      const inSet = membership(value as unknown[]);
      return (s) => {
        const x = s[k];
        return inSet(x);
      };
    }
    case 'notIn': {
      const inSet = membership(value as unknown[]);
      return (s) => {
        const x = s[k];
        return !inSet(x);
      };
    }
    case 'contains':
      return (s) => {
        const x = s[k];
        return Array.isArray(x) && x.indexOf(value) > -1;
      };
    case 'doesNotContain':
      return (s) => {
        const x = s[k];
        return Array.isArray(x) && x.indexOf(value) === -1;
      };
    case 'between':
      return between(value as { min: number; max: number; minInclusive: boolean; maxInclusive: boolean }, k);
    case 'dateBefore': {
      const d = effectiveDate(value);
      return (s) => {
        const x = s[k];
        return isString(x) && x < d;
      };
    }
    case 'dateOnOrBefore': {
      const d = effectiveDate(value);
      return (s) => {
        const x = s[k];
        return isString(x) && x <= d;
      };
    }
    case 'dateAfter': {
      const d = effectiveDate(value);
      return (s) => {
        const x = s[k];
        return isString(x) && x > d;
      };
    }
    case 'dateOnOrAfter': {
      const d = effectiveDate(value);
      return (s) => {
        const x = s[k];
        return isString(x) && x >= d;
      };
    }
    case 'daysSinceAtLeast': {
      const { days, asOf } = value as { days: number; asOf: string };
      const latest = addDays(asOf, -days);
      return (s) => {
        const x = s[k];
        return isString(x) && x <= latest;
      };
    }
    case 'daysSinceAtMost': {
      const { days, asOf } = value as { days: number; asOf: string };
      const earliest = addDays(asOf, -days);
      return (s) => {
        const x = s[k];
        return isString(x) && x >= earliest;
      };
    }
    case 'includesAny': {
      const wanted = value as unknown[];
      return (s) => {
        const x = s[k];
        return Array.isArray(x) && wanted.some((w) => x.indexOf(w) > -1);
      };
    }
    case 'includesAll': {
      const wanted = value as unknown[];
      return (s) => {
        const x = s[k];
        return Array.isArray(x) && wanted.every((w) => x.indexOf(w) > -1);
      };
    }
    case 'countAtLeast':
      return countAtLeast(value, k);
  }
}
