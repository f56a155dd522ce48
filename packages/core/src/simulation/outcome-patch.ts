// A researcher's override of the outcome parameters (issue 16): a JSON merge patch (objects merge
// key by key, arrays and values replace), checked key by key and then as a whole, with paths.
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import { SIMULATION_MESSAGES as M } from './messages';
import { type OutcomeParameters, OutcomeParametersSchema } from './outcome-parameters';
import { isPatchObject, mergePatch } from './patch-merge';

/** Objects whose keys a patch may add (a record by team id). */
const OPEN = new Set(['reach.byTeam']);

/**
 * Applies a researcher's patch to outcome parameters: a JSON object that gives only what changes
 * (objects merge key by key; arrays and values replace — `{ "acceptance": { "probability": 0.4 } }`).
 * New team ids may be added under `reach.byTeam`; any other unknown key is refused
 * (`patch_unknown_key`), and the result must validate as a whole (a probability outside [0, 1],
 * a missing source …), each issue with its path under `['patch', …]`. Never throws.
 *
 * @example
 * ```ts
 * import { applyOutcomePatch, DEFAULT_OUTCOME_PARAMETERS } from '@signaalreis/core';
 * const r = applyOutcomePatch(DEFAULT_OUTCOME_PARAMETERS, {
 *   reach: { byChannel: { phone: { byAttempt: [0.5, 0.3], source: 'own call centre data 2026' } } },
 * });
 * r.ok && r.value.reach.byChannel.phone.byAttempt; // [0.5, 0.3]
 * const bad = applyOutcomePatch(DEFAULT_OUTCOME_PARAMETERS, { acceptance: { probability: 35 } });
 * bad.ok || bad.issues[0]?.path; // ['patch', 'acceptance', 'probability']: a probability is 0 to 1
 * ```
 */
export function applyOutcomePatch(base: OutcomeParameters, patch: unknown): Result<OutcomeParameters> {
  if (!isPatchObject(patch)) return fail([issue('patch_not_object', ['patch'], M.patchNotObject)]);
  const issues: Issue[] = [];
  const merged = mergePatch(base, patch, OPEN, issues); // without the unknown keys: their values are checked too
  const parsed = OutcomeParametersSchema.safeParse(merged);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['patch']));
  return issues.length === 0 && parsed.success ? ok(parsed.data) : fail(issues);
}
