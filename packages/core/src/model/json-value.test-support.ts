// The walk of checkJsonValue as it was before the twenty-eighth round of docs/performance.md (an
// object per value): the reference its property test holds the faster walk to. Not part of the API.
import { type Issue, issue } from './issue';
import { JSON_LIMITS, JSON_MESSAGES, type JsonLimits } from './json-limits';
import { isPlainObject } from './json-value';

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

export function checkJsonValueAsBefore(value: unknown, limits: Partial<JsonLimits> = {}): Issue[] {
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
