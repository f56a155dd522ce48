// Issues of a preset as an officer reads them: the path with rule ids instead of indexes, the
// parent a problem is in, and amounts in cents with decimals said in so many words.
import type { Issue, IssuePath } from '@signaalreis/core';
import { AUTHORING_MESSAGES as A } from '../messages';
import { moneyParameters } from './parameters';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An issue of a preset: with `preset`, the id of the parent preset it is in (its `path` is then a
 * path in that parent), and `at`, the path as people read it, with rule ids instead of indexes
 * (`routing.table.rules[letter].then`).
 *
 * @example
 * ```ts
 * import { loadMunicipalityPreset, MUNICIPALITY_PRESETS, type PresetIssue } from '@signaalreis/rules-presets';
 * const r = loadMunicipalityPreset({ id: 'x', extends: 'type-smal' }, MUNICIPALITY_PRESETS);
 * const first: PresetIssue | undefined = r.ok ? undefined : r.issues[0];
 * first?.message.nl; // 'Onbekende preset "type-smal" — bedoelt u type-small?'
 * ```
 */
export type PresetIssue = Issue & { preset?: string; at?: string };

/** `routing.table.rules.7.then` → `routing.table.rules[letter].then` (an array item with an `id`). */
function readablePath(path: IssuePath, raw: unknown): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    const item = Array.isArray(node) && typeof key === 'number' ? node[key] : undefined;
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    out += id !== undefined ? `[${id}]` : out === '' ? String(key) : `.${key}`;
    node = Array.isArray(node) ? node[key as number] : isObject(node) ? node[key as string] : undefined;
  }
  return out;
}

export const withAt = (issues: readonly Issue[], raw: unknown): PresetIssue[] =>
  issues.map((i) => ({ ...i, at: readablePath(i.path, raw) }));

/** The value at `path` in `raw`. */
export const valueAtPath = (raw: unknown, path: IssuePath): unknown =>
  path.reduce<unknown>(
    (n, k) => (isObject(n) || Array.isArray(n) ? (n as Json)[k as string] : undefined),
    raw,
  );

/** An amount in cents given with decimals gets the message that says so. */
export function amountMessages(issues: readonly Issue[], raw: unknown): Issue[] {
  const money = (() => {
    const rules = valueAtPath(raw, ['routing', 'table', 'rules']);
    return Array.isArray(rules) ? moneyParameters({ rules: rules.filter(isObject) as never }) : new Set();
  })();
  const isAmount = (path: IssuePath) =>
    path.some((k) => typeof k === 'string' && /Cents$/.test(k)) ||
    (path.includes('floor') && path.includes('bySector')) ||
    (path[2] === 'parameters' && money.has(path[3] as string) && path.at(-1) === 'value');
  return issues.map((i) => {
    const v = valueAtPath(raw, i.path);
    return typeof v === 'number' && !Number.isInteger(v) && isAmount(i.path)
      ? { ...i, code: 'amount_not_whole_cents', message: A.centsInteger }
      : i;
  });
}
