// Which lookups a preset expects at a monthly run: a population-register (BRP) extract when its
// intake checks the register, a debt-assistance list when it checks that. Without them such a
// month sends cases to manual review (practice-2: 186 of 206 in the example month), so the
// command line says so before it starts, and `preset show` at the top.
import type { Bilingual } from '@signaalreis/core';
import { AUTHORING_MESSAGES as M } from '../messages';
import type { MunicipalityPreset } from './schema';

/**
 * A lookup a monthly run can be given: `register` (population-register extract, `--register`) or
 * `debtAssistance` (residents known at debt assistance, `--debt-assistance`).
 *
 * @example
 * ```ts
 * import type { PresetLookup } from '@signaalreis/rules-presets';
 * const flags: Record<PresetLookup, string> = { register: '--register', debtAssistance: '--debt-assistance' };
 * ```
 */
export type PresetLookup = 'register' | 'debtAssistance';

/**
 * The lookups a preset's intake uses (`intake.registerCheck.enabled`,
 * `intake.debtAssistanceCheck.enabled`): what a monthly run should be given.
 *
 * @example
 * ```ts
 * import { expectedLookups, municipalityPreset } from '@signaalreis/rules-presets';
 * const p = municipalityPreset('practice-2');
 * p.ok && expectedLookups(p.value.preset); // ['register', …]
 * ```
 */
export function expectedLookups(preset: Pick<MunicipalityPreset, 'intake'>): PresetLookup[] {
  return [
    ...(preset.intake.registerCheck.enabled ? (['register'] as const) : []),
    ...(preset.intake.debtAssistanceCheck.enabled ? (['debtAssistance'] as const) : []),
  ];
}

/**
 * The warning for a run without lookups the preset expects (`given`: the lookups the run has),
 * or undefined when nothing is missing: what is missing, what happens without it, what to pass.
 *
 * @example
 * ```ts
 * import { missingLookupsWarning, municipalityPreset } from '@signaalreis/rules-presets';
 * const p = municipalityPreset('practice-2');
 * if (p.ok) missingLookupsWarning(p.value.preset, [])?.nl;
 * // 'Let op: practice-2 controleert de basisregistratie personen (BRP), maar het bestand ontbreekt: … Geef --register <bestand.csv>'
 * ```
 */
export function missingLookupsWarning(
  preset: Pick<MunicipalityPreset, 'id' | 'intake'>,
  given: readonly PresetLookup[],
): Bilingual | undefined {
  const missing = expectedLookups(preset).filter((l) => !given.includes(l));
  return missing.length > 0 ? M.missingLookups(preset.id, missing) : undefined;
}

/**
 * The line `preset show` puts at the top of a preset that expects lookups, or undefined.
 *
 * @example
 * ```ts
 * import { expectedLookupsLine, municipalityPreset } from '@signaalreis/rules-presets';
 * const p = municipalityPreset('type-small');
 * p.ok && expectedLookupsLine(p.value.preset); // undefined: type-small checks neither
 * ```
 */
export function expectedLookupsLine(preset: Pick<MunicipalityPreset, 'intake'>): Bilingual | undefined {
  const expected = expectedLookups(preset);
  return expected.length > 0 ? M.expectsLookups(expected) : undefined;
}
