// Public API of rules-presets/municipality: the municipality preset format (zod schema, JSON
// Schema, loader with `extends`), the bundled presets, and differences in words.
export { type MunicipalityContact, MunicipalityContactSchema } from './contact';
export { diffPresets, type PresetChange } from './diff';
export { municipalityPresetJsonSchema } from './json-schema';
export {
  type LoadedMunicipalityPreset,
  loadMunicipalityPreset,
  mergePreset,
  type PresetRegistry,
} from './load';
export { loadMunicipalityPresetText, PRESET_MAX_LENGTH, presetIssueLines } from './load-text';
export {
  expectedLookups,
  expectedLookupsLine,
  missingLookupsWarning,
  type PresetLookup,
} from './lookups';
export { moneyParameters, renderPresetText, renderRoutingLabels } from './parameters';
export type { PresetIssue } from './preset-issues';
export {
  listMunicipalityPresets,
  MUNICIPALITY_PRESETS,
  type MunicipalityPresetSummary,
  municipalityPreset,
  presetDescription,
} from './registry';
export { applyRulePatches } from './rule-patches';
export { type PresetMonthInput, type PresetTestResult, runPresetMonth, runPresetTests } from './run';
export {
  type MunicipalityPreset,
  MunicipalityPresetSchema,
  PresetIdSchema,
  type PresetTest,
  PresetTestSchema,
} from './schema';
export { didYouMean } from './suggest';
