import { fail, issue, ok, type Result } from '../model/issue';
import { RULE_MESSAGES as M } from './messages';
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

/** Where a (fact, path) pair leads: the declaration of the value read and the path's field names. */
export interface Slot {
  /** The declaration of the value read (the field's, with a path). */
  declaration: FactDeclaration;
  /** The path's field names (empty without a path). */
  segments: string[];
}

/**
 * Looks up the declaration that a condition's `fact` and optional `path` read; when it cannot be
 * read, one issue (`unknown_fact` at `['fact']`, `unsupported_path` or `unknown_path` at
 * `['path']`, relative to the condition).
 */
export function lookupSlot(
  facts: readonly FactDeclaration[],
  fact: string,
  path: string | undefined,
): Result<Slot> {
  const root = facts.find((f) => f.name === fact);
  if (!root) {
    const declared = facts.map((f) => f.name);
    return fail(issue('unknown_fact', ['fact'], M.unknownFact(fact, declared)));
  }
  if (path === undefined) return ok({ declaration: root, segments: [] });
  const segments = parseFactPath(path);
  if (!segments) return fail(issue('unsupported_path', ['path'], M.unsupportedPath(path)));
  let current = root;
  for (const segment of segments) {
    const next = current.type === 'object' ? current.fields?.find((f) => f.name === segment) : undefined;
    if (!next) return fail(issue('unknown_path', ['path'], M.unknownPath(path, fact, segment)));
    current = next;
  }
  return ok({ declaration: current, segments });
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
