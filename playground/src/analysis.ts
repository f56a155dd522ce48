// What the page knows about the editor's text: the rules-presets loader's result (the same
// `loadMunicipalityPresetText` the command line uses) and every problem placed in the text — the
// loader's issues (Bilingual, with JSON paths or line and column) and the JSON Schema's errors.
import { type Bilingual, parseJsonText, type Result } from '@signaalreis/core';
import {
  type LoadedMunicipalityPreset,
  loadMunicipalityPresetText,
  MUNICIPALITY_PRESETS,
  PRESET_MAX_LENGTH,
  type PresetRegistry,
} from '@signaalreis/rules-presets';
import { jsonPositions, lineColumn, locate, offsetOf, pointerOf } from './positions';
import { type SchemaError, schemaErrorPath, schemaMessage } from './schema-messages';

/** One problem of the text, placed on a range of it. */
export interface Problem {
  from: number;
  to: number;
  line: number;
  column: number;
  /** `signaalreis` (the loader) or `schema` (the JSON Schema). */
  source: 'signaalreis' | 'schema';
  code: string;
  /** JSON pointer of the path the problem is about (`''` for the whole preset). */
  pointer: string;
  message: Bilingual;
}

/** The result of {@link analyse}. */
export interface Analysis {
  loaded: Result<LoadedMunicipalityPreset>;
  problems: Problem[];
}

/** Issue codes about a key itself rather than its value: the key is marked. */
const KEY_CODES = new Set(['unknown_key', 'forbidden_key', 'preset_format_1', 'unrecognized_keys']);

/**
 * Loads the text as a preset and places every problem in it. `validate` checks the parsed JSON
 * against the JSON Schema (see schema-check.ts); a schema error at the same place as a loader
 * issue is left out, as the loader says the same. Problems are in text order.
 */
export function analyse(
  text: string,
  validate: (json: unknown) => SchemaError[],
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): Analysis {
  const loaded = loadMunicipalityPresetText(text, registry);
  const positions = jsonPositions(text);
  const problems: Problem[] = [];
  const place = (from: number, to: number) => ({ from, to, ...lineColumn(text, from) });
  if (!loaded.ok)
    for (const i of loaded.issues) {
      const at = i as typeof i & { column?: number };
      if (i.code === 'json_syntax' || (i.line !== undefined && at.column !== undefined)) {
        const from = offsetOf(text, i.line ?? 1, at.column ?? 1);
        problems.push({
          ...place(from, Math.min(from + 1, text.length)),
          source: 'signaalreis',
          code: i.code,
          pointer: '',
          message: i.message,
        });
        continue;
      }
      const r = locate(positions, i.path, KEY_CODES.has(i.code));
      problems.push({
        ...place(r.from, r.to),
        source: 'signaalreis',
        code: i.code,
        pointer: pointerOf(i.path),
        message: i.message,
      });
    }
  const json = parseJsonText(text, { maxLength: PRESET_MAX_LENGTH });
  if (json.ok) {
    const seen = new Set(problems.map((p) => p.pointer));
    for (const e of validate(json.value)) {
      const { path, onKey } = schemaErrorPath(e);
      const pointer = pointerOf(path);
      if (seen.has(pointer)) continue;
      seen.add(pointer);
      const r = locate(positions, path, onKey);
      problems.push({
        ...place(r.from, r.to),
        source: 'schema',
        code: e.code,
        pointer,
        message: schemaMessage(e),
      });
    }
  }
  problems.sort((a, b) => a.from - b.from);
  return { loaded, problems };
}
