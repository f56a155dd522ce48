// Lifecycle presets (phase 5): the DDAS v1.2 table and the Ouder-Amstel/Uithoorn pilot table, as
// JSON data validated by `loadLifecycleTable` of core.
import { fail, issue, type LifecycleTable, loadLifecycleTable, type Result } from '@signaalreis/core';
import ddas from '../../presets/lifecycle/ddas.json';
import pilot from '../../presets/lifecycle/pilot-ouder-amstel-uithoorn.json';
import { PRESET_MESSAGES as M } from '../messages';

/**
 * The ids of the bundled lifecycle presets: `ddas` (DDAS v1.2 signal statuses and case results)
 * and `pilot-ouder-amstel-uithoorn` (the VPS statuses of the pilot, pilot-ouder-amstel-uithoorn-2019).
 *
 * @example
 * ```ts
 * import { LIFECYCLE_PRESET_IDS } from '@signaalreis/rules-presets';
 * LIFECYCLE_PRESET_IDS; // ['ddas', 'pilot-ouder-amstel-uithoorn']
 * ```
 */
export const LIFECYCLE_PRESET_IDS = ['ddas', 'pilot-ouder-amstel-uithoorn'] as const;

/**
 * The id of a bundled lifecycle preset.
 */
export type LifecyclePresetId = (typeof LIFECYCLE_PRESET_IDS)[number];

const RAW: Record<LifecyclePresetId, unknown> = { ddas, 'pilot-ouder-amstel-uithoorn': pilot };

/**
 * Whether a string is the id of a bundled lifecycle preset.
 *
 * @example
 * ```ts
 * import { isLifecyclePresetId } from '@signaalreis/rules-presets';
 * isLifecyclePresetId('ddas'); // true
 * isLifecyclePresetId('amsterdam'); // false
 * ```
 */
export function isLifecyclePresetId(id: string): id is LifecyclePresetId {
  return (LIFECYCLE_PRESET_IDS as readonly string[]).includes(id);
}

/**
 * Loads and validates a bundled lifecycle preset by id. An unknown id gives an
 * `unknown_preset` issue; a preset that fails validation gives its issues (a bug in the package).
 *
 * @example
 * ```ts
 * import { lifecyclePreset } from '@signaalreis/rules-presets';
 * const r = lifecyclePreset('pilot-ouder-amstel-uithoorn');
 * if (r.ok) r.value.statuses.filter((s) => s.final).length; // 5
 * const bad = lifecyclePreset('amsterdam');
 * bad.ok || bad.issues[0]?.message.nl; // 'Onbekende levensloop-preset "amsterdam". Wel bekend: ddas, pilot-ouder-amstel-uithoorn'
 * ```
 */
export function lifecyclePreset(id: string): Result<LifecycleTable> {
  if (!isLifecyclePresetId(id))
    return fail(issue('unknown_preset', ['preset'], M.unknown_lifecycle_preset(id, LIFECYCLE_PRESET_IDS)));
  return loadLifecycleTable(structuredClone(RAW[id]));
}

/**
 * The raw JSON of a bundled lifecycle preset (a copy), e.g. to edit it into a municipality's own
 * table and load it with `loadLifecycleTable`.
 *
 * @example
 * ```ts
 * import { lifecyclePresetJson } from '@signaalreis/rules-presets';
 * const json = lifecyclePresetJson('ddas') as { statuses: unknown[] };
 * json.statuses.length; // 10
 * ```
 */
export function lifecyclePresetJson(id: LifecyclePresetId): unknown {
  return structuredClone(RAW[id]);
}
