// Small helpers of the compiled forms. Compiled closures call them per fact set, so they stay
// tiny (V8 inlines them).

/** Whether `x` is a number other than NaN (json-rules-engine's numeric operators reject NaN too). */
export const isNumber = (x: unknown): x is number => typeof x === 'number' && !Number.isNaN(x);

/** Whether `x` is a string. Valid ISO dates `YYYY-MM-DD` compare exactly as strings. */
export const isString = (x: unknown): x is string => typeof x === 'string';

/**
 * A membership test for a list of values with `indexOf` semantics (`===`), built once: short
 * lists are scanned, longer ones go through a Set.
 *
 * @example
 * ```ts
 * membership(['rent', 'energy'])('rent'); // true
 * ```
 */
export function membership(values: readonly unknown[]): (x: unknown) => boolean {
  if (values.length <= 8) return (x) => values.indexOf(x) > -1;
  const set = new Set(values);
  return (x) => set.has(x);
}
