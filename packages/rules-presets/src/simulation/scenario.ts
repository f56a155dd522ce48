// A scenario of a simulation (issue 16): a municipality preset with what the simulation adds —
// the partner criteria per sector, the outcome parameters and the business-case prices.
import {
  type Bilingual,
  type BusinessCaseParameters,
  DEFAULT_BUSINESS_CASE_PARAMETERS,
  DEFAULT_OUTCOME_PARAMETERS,
  type OutcomeParameters,
  type Result,
  type SourceCriteria,
} from '@signaalreis/core';
import type { LoadedMunicipalityPreset, PresetRegistry } from '../municipality/load';
import { MUNICIPALITY_PRESETS, municipalityPreset } from '../municipality/registry';

/**
 * One policy the simulation runs: `base` or a reform. Its preset (parents merged in), the
 * criteria preset ids per sector it asks the signal source for (`criteriaIds`, resolved into
 * `criteria`), the outcome parameters and the business-case prices.
 *
 * @example
 * ```ts
 * import type { Scenario } from '@signaalreis/rules-presets';
 * const describe = (s: Scenario) => `${s.id}: ${s.label.en} (${s.preset.lineage.join(' → ')})`;
 * ```
 */
export interface Scenario {
  id: string;
  label: Bilingual;
  /** Where the scenario comes from: the base preset's id, or the reform file's name. */
  source: string;
  preset: LoadedMunicipalityPreset;
  criteriaIds: Readonly<Record<string, string>>;
  criteria: SourceCriteria;
  outcome: OutcomeParameters;
  businessCase: BusinessCaseParameters;
}

/**
 * The base scenario: a municipality preset of the registry as it is, the default outcome
 * parameters and prices, and the signal source's own criteria. Its id is `base`.
 *
 * @example
 * ```ts
 * import { baseScenario } from '@signaalreis/rules-presets';
 * const base = baseScenario('type-medium');
 * base.ok && base.value.preset.lineage; // ['type-medium', 'national-baseline']
 * baseScenario('type-mediun').ok; // false: unknown_preset, with the known ids
 * ```
 */
export function baseScenario(
  presetId: string,
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): Result<Scenario> {
  const preset = municipalityPreset(presetId, registry);
  if (!preset.ok) return preset;
  return {
    ok: true,
    value: {
      id: 'base',
      label: preset.value.preset.label,
      source: presetId,
      preset: preset.value,
      criteriaIds: {},
      criteria: {},
      outcome: DEFAULT_OUTCOME_PARAMETERS,
      businessCase: DEFAULT_BUSINESS_CASE_PARAMETERS,
    },
  };
}
