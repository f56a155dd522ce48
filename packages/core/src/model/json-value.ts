// The same limits as parseJsonText, for a value that did not come from text (an object built in
// code, a registry of presets): checked iteratively before any recursive code (zod, merging,
// compiling conditions) walks it, so that deep or cyclic input gives an issue, not a stack overflow.
import { type Issue, issue } from './issue';
import { JSON_LIMITS, JSON_MESSAGES, type JsonLimits } from './json-limits';

/** An array or plain object being walked: its keys (objects; `__proto__` left out) and the next child. */
interface Frame {
  value: unknown[] | Record<string, unknown>;
  keys?: string[];
  at: number;
}

/** Whether `v` is an object made by `{}`, `JSON.parse` or `Object.create(null)` (internal). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Checks a value against the limits that {@link parseJsonText} applies to text (default
 * {@link JSON_LIMITS}), without recursion: nesting deeper than `maxDepth` (also what a cycle
 * looks like), more than `maxValues` values, numbers that are not finite (`Infinity`, `NaN`) and
 * own `__proto__` keys. Arrays and plain objects are walked; anything else is a leaf for the
 * schema to judge. Every problem is an issue with its path; an empty list means the value may be
 * given to recursive code safely. Loaders of presets, case files and rule tables call it first.
 *
 * @example
 * ```ts
 * import { checkJsonValue } from '@signaalreis/core';
 * checkJsonValue({ amounts: [12, Number.POSITIVE_INFINITY] });
 * // [{ code: 'json_number_out_of_range', path: ['amounts', 1], message: 'The number Infinity is not finite; …' }]
 * const loop: Record<string, unknown> = {};
 * loop.self = loop;
 * checkJsonValue(loop)[0]?.code; // 'json_too_deep'
 * ```
 */
export function checkJsonValue(value: unknown, limits: Partial<JsonLimits> = {}): Issue[] {
  const { maxDepth, maxValues } = { ...JSON_LIMITS, ...limits };
  const issues: Issue[] = [];
  // Depth first, each value counted as it is reached, as before — but with one frame per array or
  // object instead of an object (and an entry tuple) per value: a national month's case file has
  // millions of values (docs/performance.md, "Twenty-eighth round").
  const frames: Frame[] = [];
  let count = 0;
  const here = (): (string | number)[] =>
    frames.map((f) => (f.keys ? (f.keys[f.at - 1] as string) : f.at - 1));
  /** Counts and checks one value (its path: {@link here}); the issues to stop with, if it stops. */
  const reach = (v: unknown): Issue[] | undefined => {
    if (++count > maxValues)
      return [...issues, issue('json_too_large', here(), JSON_MESSAGES.tooMany(maxValues))];
    if (typeof v === 'number') {
      if (!Number.isFinite(v))
        issues.push(issue('json_number_out_of_range', here(), JSON_MESSAGES.notFinite(v)));
      return undefined;
    }
    const array = Array.isArray(v);
    if (!array && !isPlainObject(v)) return undefined;
    if (frames.length >= maxDepth)
      return [...issues, issue('json_too_deep', here(), JSON_MESSAGES.valueTooDeep(maxDepth))];
    if (array) frames.push({ value: v, at: 0 });
    else {
      if (Object.hasOwn(v, '__proto__'))
        issues.push(issue('forbidden_key', [...here(), '__proto__'], JSON_MESSAGES.proto));
      frames.push({ value: v, keys: Object.keys(v).filter((k) => k !== '__proto__'), at: 0 });
    }
    return undefined;
  };
  const first = reach(value);
  if (first) return first;
  while (frames.length > 0) {
    const f = frames[frames.length - 1] as Frame;
    const keys = f.keys;
    if (f.at >= (keys ? keys.length : (f.value as unknown[]).length)) {
      frames.pop();
      continue;
    }
    // (a hole of a sparse array reads as undefined, a value like any other)
    const child = keys
      ? (f.value as Record<string, unknown>)[keys[f.at] as string]
      : (f.value as unknown[])[f.at];
    f.at++;
    const stop = reach(child);
    if (stop) return stop;
  }
  return issues;
}
