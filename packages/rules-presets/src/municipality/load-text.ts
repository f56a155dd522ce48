// A municipality preset from its JSON text, as a file or an editor holds it: the text is read
// under the JSON limits of core (nesting, size, line and column of a syntax error), then loaded.
// No Node built-ins: a browser preset playground can call it as the command line does.
import { type IssuePath, type JsonLimits, jsonLines, parseJsonText, type Result } from '@signaalreis/core';
import { type LoadedMunicipalityPreset, loadMunicipalityPreset, type PresetRegistry } from './load';
import type { PresetIssue } from './preset-issues';
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
 * {@link loadMunicipalityPreset} with the registry (default: the bundled presets); its issues get
 * the line they are on ({@link presetIssueLines}). Never throws.
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
  const loaded = loadMunicipalityPreset(json.value, registry);
  return loaded.ok ? loaded : { ok: false, issues: presetIssueLines(loaded.issues, text) };
}

/** `routing.table.rules[<id>]…` of an issue (a rule by id): where a rule patch of a copy would be. */
const RULE_AT = /^routing\.table\.rules\[([^\]]+)\]/;

/**
 * The issues of a preset with the `line` of the preset's text they are on: the line of the value
 * at the issue's path, else of the object that lacks the key, else — for a rule of the merged
 * list — of the copy's `rulePatches` entry that made it. Issues in a parent preset (`preset`: its
 * id) and issues already with a line keep theirs.
 *
 * @example
 * ```ts
 * import { loadMunicipalityPreset, MUNICIPALITY_PRESETS, presetIssueLines } from '@signaalreis/rules-presets';
 * const text = '{\n  "id": "x",\n  "extends": "type-small",\n  "teams": [{ "id": "crisis" }]\n}';
 * const r = loadMunicipalityPreset(JSON.parse(text), MUNICIPALITY_PRESETS);
 * if (!r.ok) presetIssueLines(r.issues, text)[0]?.line; // 4
 * ```
 */
export function presetIssueLines(issues: readonly PresetIssue[], text: string): PresetIssue[] {
  const lineOf = jsonLines(text);
  return issues.map((i) => {
    if (i.line !== undefined || i.preset !== undefined) return i;
    const rule = RULE_AT.exec(i.at ?? '')?.[1];
    const rest = i.path.slice(4);
    const patch: IssuePath = ['routing', 'table', 'rulePatches', rule ?? ''];
    const candidates: IssuePath[] = [
      i.path,
      i.path.slice(0, -1),
      ...(rule === undefined ? [] : [[...patch, ...rest], [...patch, 'add', ...rest], patch]),
    ];
    for (const path of candidates) {
      const line = lineOf(path);
      if (line !== undefined) return { ...i, line };
    }
    return i;
  });
}
