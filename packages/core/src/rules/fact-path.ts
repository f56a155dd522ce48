import type { FactDeclaration } from './table-types';

// The JSONPath subset both evaluators support: `$` followed by one or more `.name` segments
// (json-rules-engine hands any JSONPath to jsonpath-plus; we accept only this dotted form, which
// reads own properties of nested objects and yields `undefined` when a step is missing).

const DOTTED = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

/** The field names of a dotted path (`$.a.b` → `['a', 'b']`), or undefined if unsupported. */
export function parseFactPath(path: string): string[] | undefined {
  if (!DOTTED.test(path)) return undefined;
  return path.slice(2).split('.');
}

/** Where a (fact, path) pair leads: the declaration of the value read, or why it cannot be read. */
export type SlotLookup =
  | { ok: true; declaration: FactDeclaration; segments: string[] }
  | { ok: false; code: 'unknown_fact' | 'unsupported_path' | 'unknown_path'; message: string };

/** Looks up the declaration that a condition's `fact` and optional `path` read. */
export function lookupSlot(
  facts: readonly FactDeclaration[],
  fact: string,
  path: string | undefined,
): SlotLookup {
  const root = facts.find((f) => f.name === fact);
  if (!root) {
    const known = facts.map((f) => f.name).join(', ');
    return {
      ok: false,
      code: 'unknown_fact',
      message: `Unknown fact "${fact}" (declared: ${known || 'none'})`,
    };
  }
  if (path === undefined) return { ok: true, declaration: root, segments: [] };
  const segments = parseFactPath(path);
  if (!segments) {
    return {
      ok: false,
      code: 'unsupported_path',
      message: `Path "${path}" is not supported: use the dotted form $.field.subfield`,
    };
  }
  let current = root;
  for (const segment of segments) {
    const next = current.type === 'object' ? current.fields?.find((f) => f.name === segment) : undefined;
    if (!next) {
      return {
        ok: false,
        code: 'unknown_path',
        message: `Path "${path}" does not lead to a declared field of fact "${fact}" (at "${segment}")`,
      };
    }
    current = next;
  }
  return { ok: true, declaration: current, segments };
}

/** Reads a (fact, path) slot from a fact set exactly as json-rules-engine with jsonpath-plus does. */
export function readSlot(
  facts: Readonly<Record<string, unknown>>,
  fact: string,
  segments: readonly string[],
) {
  let value: unknown = facts[fact];
  if (segments.length === 0 || value === null || typeof value !== 'object') return value;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
