import { type Issue, issue } from '../model/issue';
import { RULE_MESSAGES as M } from './messages';

// Keys that could reach an object's prototype when a table or fact set is read with plain
// property access. They are rejected anywhere in a rule table (FORBIDDEN_KEYS) and as the name of
// a fact, field or parameter (RESERVED_NAMES: every property of Object.prototype), so that
// `facts[name]` in the compiled evaluator can never read an inherited property.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const RESERVED_NAMES = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'prototype',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/** Whether a fact, field or parameter name is reserved (a property of `Object.prototype`). */
export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

/** Issues for every forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in `input`. */
export function forbiddenKeyIssues(input: unknown): Issue[] {
  const out: Issue[] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        walk(item, [...path, i]);
      });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        out.push(issue('forbidden_key', [...path, key], M.forbiddenKey(key)));
        continue;
      }
      walk((node as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(input, []);
  return out;
}
