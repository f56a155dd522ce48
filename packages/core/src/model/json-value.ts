// The same limits as parseJsonText, for a value that did not come from text (an object built in
// code, a registry of presets): checked iteratively before any recursive code (zod, merging,
// compiling conditions) walks it, so that deep or cyclic input gives an issue, not a stack overflow.
import { type Issue, issue } from './issue';
import { JSON_LIMITS, JSON_MESSAGES, type JsonLimits } from './json-limits';

interface Node {
  value: unknown;
  depth: number;
  parent?: Node;
  key?: string | number;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.push(n.key);
  return path.reverse();
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
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
  const stack: Node[] = [{ value, depth: 0 }];
  let count = 0;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (++count > maxValues)
      return [...issues, issue('json_too_large', pathOf(node), JSON_MESSAGES.tooMany(maxValues))];
    const v = node.value;
    if (typeof v === 'number' && !Number.isFinite(v)) {
      issues.push(issue('json_number_out_of_range', pathOf(node), JSON_MESSAGES.notFinite(v)));
      continue;
    }
    const entries: [string | number, unknown][] | undefined = Array.isArray(v)
      ? Array.from(v, (item, i): [number, unknown] => [i, item]) // a sparse array (holes) too
      : isPlainObject(v)
        ? Object.entries(v)
        : undefined;
    if (entries === undefined) continue;
    if (node.depth >= maxDepth)
      return [...issues, issue('json_too_deep', pathOf(node), JSON_MESSAGES.valueTooDeep(maxDepth))];
    if (!Array.isArray(v) && Object.hasOwn(v as object, '__proto__'))
      issues.push(issue('forbidden_key', [...pathOf(node), '__proto__'], JSON_MESSAGES.proto));
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string | number, unknown];
      if (key !== '__proto__') stack.push({ value: child, depth: node.depth + 1, parent: node, key });
    }
  }
  return issues;
}
