// The JSON Schema check of the editor's text: the committed schema of rules-presets
// (packages/rules-presets/schemas/municipality-preset.schema.json, what an editor's `$schema`
// points at), checked with json-schema-library (the library codemirror-json-schema uses).
import * as library from 'json-schema-library';
import presetSchema from '../../packages/rules-presets/schemas/municipality-preset.schema.json';
import type { SchemaError } from './schema-messages';

/** The preset's JSON Schema, for completion and hover in the editor. */
export const PRESET_SCHEMA = presetSchema as Record<string, unknown>;

// The package's ES build (bundlers) has named exports; its CommonJS build (Node, tests) only a default.
const namespace = library as typeof library & { default?: typeof library };
const lib = namespace.Draft07 ? namespace : (namespace.default ?? namespace);

/** A checker for the preset schema: parsed JSON in, errors (code and data) out. */
export function presetSchemaCheck(): (json: unknown) => SchemaError[] {
  const draft = new lib.Draft07(PRESET_SCHEMA);
  return (json) => {
    try {
      return draft.validate(json) as SchemaError[];
    } catch {
      return []; // the library gave up on the value; the loader still reports what is wrong
    }
  };
}
