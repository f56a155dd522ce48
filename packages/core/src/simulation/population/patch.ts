// A researcher's override of the population parameters (issue 16): a JSON merge patch, checked
// key by key and then as a whole, with paths — as applyOutcomePatch does for the outcome model.
import { fail, type Issue, issue, ok, type Result } from '../../model/issue';
import { issuesFromZod } from '../../model/zod-issues';
import { SIMULATION_MESSAGES as S } from '../messages';
import { isPatchObject, mergePatch } from '../patch-merge';
import { type PopulationParameters, PopulationParametersSchema } from './parameters';

/** No object of the population parameters takes new keys. */
const OPEN: ReadonlySet<string> = new Set();

/**
 * Applies a researcher's patch to population parameters: a JSON object that gives only what
 * changes (objects merge key by key; arrays and values replace). Unknown keys are refused
 * (`patch_unknown_key`), and the result must validate as a whole (a probability outside [0, 1],
 * twelve seasonal factors, a term that falls due after the ledger day …), each issue with its
 * path under `['patch', …]`. Never throws.
 *
 * @example
 * ```ts
 * import { applyPopulationPatch, DEFAULT_POPULATION_PARAMETERS } from '@signaalreis/core/simulation';
 * // H1 2024: more water arrears (the monitor's mix moved to water 18 %)
 * const r = applyPopulationPatch(DEFAULT_POPULATION_PARAMETERS, {
 *   sectors: { water: { arising: { perThousandHouseholds: 6, source: 'divosa-monitor (H1 2024)' } } },
 * });
 * r.ok && r.value.sectors.water.arising.perThousandHouseholds; // 6
 * const bad = applyPopulationPatch(DEFAULT_POPULATION_PARAMETERS, { seasonality: { factors: [1, 2] } });
 * bad.ok || bad.issues[0]?.path; // ['patch', 'seasonality', 'factors']: twelve factors, one per month
 * ```
 */
export function applyPopulationPatch(
  base: PopulationParameters,
  patch: unknown,
): Result<PopulationParameters> {
  if (!isPatchObject(patch)) return fail([issue('patch_not_object', ['patch'], S.patchNotObject)]);
  const issues: Issue[] = [];
  const merged = mergePatch(base, patch, OPEN, issues);
  const parsed = PopulationParametersSchema.safeParse(merged);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['patch']));
  return issues.length === 0 && parsed.success ? ok(parsed.data) : fail(issues);
}
