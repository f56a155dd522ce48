// Changing, adding or removing one rule of the parent's routing table by id, in a preset that
// `extends` another: `routing.table.rulePatches`, applied to the merged rule list in the order
// written. Keeps a copy from repeating the whole rule list (~200 lines for type-small).
import { fail, type Issue, type IssuePath, issue, ok, type Result } from '@signaalreis/core';
import { AUTHORING_MESSAGES as M } from '../messages';
import { didYouMean } from './suggest';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and values replace (as `extends` merges). */
function merge(parent: unknown, child: unknown): unknown {
  if (!isObject(parent) || !isObject(child)) return child === undefined ? parent : child;
  const out: Json = { ...parent };
  for (const [key, value] of Object.entries(child)) out[key] = merge(parent[key], value);
  return out;
}

const idOf = (rule: unknown) => (isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined);

/** Where `after`/`before` puts a rule in `rules` (without it); an issue when the anchor is unknown. */
function position(rules: readonly unknown[], patch: Json, path: IssuePath): Result<number | undefined> {
  const { after, before } = patch;
  if (after !== undefined && before !== undefined)
    return fail(issue('rule_patch_position', [...path, 'before'], M.afterAndBefore));
  const key = after !== undefined ? 'after' : before !== undefined ? 'before' : undefined;
  if (!key) return ok(undefined);
  const anchor = patch[key];
  const ids = rules.map(idOf).filter((id): id is string => id !== undefined);
  const at = typeof anchor === 'string' ? ids.indexOf(anchor) : -1;
  if (at < 0)
    return fail(
      issue(
        'unknown_rule',
        [...path, key],
        M.unknownRule(String(anchor), didYouMean(String(anchor), ids), false),
      ),
    );
  return ok(key === 'after' ? at + 1 : at);
}

/**
 * Applies `rulePatches` (rule id → patch) to a rule list, in the order written:
 *
 * - `null` removes the rule;
 * - `{ "add": { …a whole rule… }, "after" | "before": "<id>" }` adds a rule with that id (at the
 *   end without `after`/`before`);
 * - any other object changes the rule: it is merged into the rule as `extends` merges (objects key
 *   by key, arrays and values replace), and `after`/`before` moves it.
 *
 * An unknown id, a new rule whose id exists, or an unknown `after`/`before` is an issue at
 * `path` (`routing.table.rulePatches.<id>`) with "did you mean". The result is a new list; the
 * rules themselves are checked afterwards with the rest of the preset.
 *
 * @example
 * ```ts
 * import { applyRulePatches } from '@signaalreis/rules-presets';
 * const rules = [{ id: 'visit' }, { id: 'phone' }, { id: 'letter' }];
 * applyRulePatches(rules, { phone: null, sms: { add: { label: { nl: 'Sms', en: 'Text' } }, after: 'visit' } });
 * // { ok: true, value: [{ id: 'visit' }, { id: 'sms', label: … }, { id: 'letter' }] }
 * applyRulePatches(rules, { leter: { priority: 2 } }); // an unknown_rule issue: did you mean letter?
 * ```
 */
export function applyRulePatches(
  rules: unknown,
  patches: unknown,
  path: IssuePath = ['routing', 'table', 'rulePatches'],
): Result<unknown[]> {
  if (!isObject(patches)) return fail(issue('invalid_type', path, M.rulePatchesObject));
  let list: unknown[] = Array.isArray(rules) ? [...rules] : [];
  const issues: Issue[] = [];
  for (const [id, patch] of Object.entries(patches)) {
    const at = [...path, id];
    const ids = list.map(idOf).filter((x): x is string => x !== undefined);
    const index = ids.indexOf(id);
    if (patch === null) {
      if (index < 0) issues.push(issue('unknown_rule', at, M.unknownRule(id, didYouMean(id, ids), false)));
      else list = list.filter((r) => idOf(r) !== id);
      continue;
    }
    if (!isObject(patch)) {
      issues.push(issue('invalid_type', at, M.rulePatchShape));
      continue;
    }
    const { add, after: _after, before: _before, ...change } = patch;
    if (add !== undefined) {
      if (index >= 0) issues.push(issue('rule_exists', [...at, 'add'], M.ruleExists(id)));
      else if (!isObject(add)) issues.push(issue('invalid_type', [...at, 'add'], M.rulePatchShape));
      else if (Object.keys(change).length > 0)
        issues.push(issue('rule_patch_mixed', at, M.addAndChange(Object.keys(change))));
      else if (add.id !== undefined && add.id !== id)
        issues.push(issue('rule_patch_id', [...at, 'add', 'id'], M.patchIdDiffers(id)));
      else {
        const where = position(list, patch, at);
        if (!where.ok) issues.push(...where.issues);
        else list.splice(where.value ?? list.length, 0, { id, ...add });
      }
      continue;
    }
    if (index < 0) {
      issues.push(issue('unknown_rule', at, M.unknownRule(id, didYouMean(id, ids), true)));
      continue;
    }
    if (change.id !== undefined && change.id !== id) {
      issues.push(issue('rule_patch_id', [...at, 'id'], M.patchIdDiffers(id)));
      continue;
    }
    const changed = merge(list[index], change);
    const rest = list.filter((_, i) => i !== index);
    const where = position(rest, patch, at);
    if (!where.ok) issues.push(...where.issues);
    else if (where.value === undefined) list[index] = changed;
    else list = [...rest.slice(0, where.value), changed, ...rest.slice(where.value)];
  }
  return issues.length > 0 ? fail(issues) : ok(list);
}
