// A municipality preset from its JSON text, as a file or an editor holds it: the text is read
// under the JSON limits of core (nesting, size, line and column of a syntax error), then loaded.
// No Node built-ins: a browser preset playground can call it as the command line does.
import { type JsonLimits, parseJsonText, type Result } from '@signaalreis/core';
import { type LoadedMunicipalityPreset, loadMunicipalityPreset, type PresetRegistry } from './load';
import { MUNICIPALITY_PRESETS } from './registry';

/**
 * Most characters of a preset's JSON text (project default): 2 Mi, about seventy times the
 * largest bundled preset (29 KB), room for many embedded tests.
 *
 * @example
 * ```ts
 * import { PRESET_MAX_LENGTH } from '@signaalreis/rules-presets';
 * PRESET_MAX_LENGTH; // 2097152
 * ```
 */
export const PRESET_MAX_LENGTH = 2 * 1024 * 1024;

/**
 * Loads a municipality preset from JSON text: first `parseJsonText` of core with the preset's size
 * limit (a problem in the text comes back as one `JsonTextIssue`, with `line` and `column`), then
 * {@link loadMunicipalityPreset} with the registry (default: the bundled presets). Never throws.
 *
 * @example
 * ```ts
 * import { loadMunicipalityPresetText } from '@signaalreis/rules-presets';
 * const r = loadMunicipalityPresetText('{\n  "id": "my-town",\n  "extends": "type-small",\n}');
 * if (!r.ok) r.issues[0];
 * // { code: 'json_syntax', line: 4, column: 1, message: { nl: 'Geen JSON: verwacht een sleutel tussen dubbele
 * //   aanhalingstekens, gevonden "}"', en: 'Not JSON: expected a key in double quotes, found "}"' }, … }
 * ```
 */
export function loadMunicipalityPresetText(
  text: string,
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
  limits: Partial<JsonLimits> = {},
): Result<LoadedMunicipalityPreset> {
  const json = parseJsonText(text, { maxLength: PRESET_MAX_LENGTH, ...limits });
  if (!json.ok) return json;
  return loadMunicipalityPreset(json.value, registry);
}
