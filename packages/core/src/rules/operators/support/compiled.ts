// Helpers of the compiled forms, used at compile time. The closures that run per fact set test
// types inline (`typeof x === 'number' && x >= v`) instead of calling a helper imported from
// here: on the 200-rule benchmark such a call cost about 18% of `decide`. No NaN test is needed:
// every comparison with NaN is false. Valid ISO dates `YYYY-MM-DD` compare exactly as strings.

/**
 * A membership test for a list of values with `indexOf` semantics (`===`), built once: short
 * lists are scanned, longer ones go through a Set.
 *
 * @example
 * ```ts
 * import { membership } from './compiled';
 * membership(['rent', 'energy'])('rent'); // true
 * membership([1, 2])('1'); // false: `===`, no conversion
 * ```
 */
export function membership(values: readonly unknown[]): (x: unknown) => boolean {
  if (values.length <= 8) return (x) => values.indexOf(x) > -1;
  const set = new Set(values);
  return (x) => set.has(x);
}
