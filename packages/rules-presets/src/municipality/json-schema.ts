// The JSON Schema of a municipality preset file, generated from the zod schema for editors.
// Committed as packages/rules-presets/schemas/municipality-preset.schema.json; a test fails when
// the committed file is stale (SIGNAALREIS_UPDATE_SCHEMAS=1 rewrites it).
import * as z from 'zod';
import { MunicipalityPresetSchema } from './schema';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy in which objects reached through `properties` no longer require their keys: what a preset
 * that `extends` another may leave out. Array items (rule lists, capacities) replace the parent's
 * whole, so their entries stay complete.
 */
function optionalKeys(node: unknown): unknown {
  if (!isObject(node)) return node;
  const { required: _required, properties, ...rest } = node;
  if (!isObject(properties)) return node;
  return {
    ...rest,
    properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, optionalKeys(v)])),
  };
}

/**
 * The JSON Schema (draft 2020-12) of a municipality preset file, generated from
 * {@link MunicipalityPresetSchema}. A file without `extends` must be complete; a file with
 * `extends` may give any part (objects merge into the parent's, arrays replace). Add
 * `"$schema": "<path>/municipality-preset.schema.json"` to a preset to get completion and
 * checks in an editor; {@link loadMunicipalityPreset} checks the rest (facts, loops, `extends`).
 *
 * @example
 * ```ts
 * import { municipalityPresetJsonSchema } from '@signaalreis/rules-presets';
 * const schema = municipalityPresetJsonSchema();
 * schema.required; // ['id']
 * ```
 */
export function municipalityPresetJsonSchema(): Record<string, unknown> {
  const full = z.toJSONSchema(MunicipalityPresetSchema, { io: 'input', unrepresentable: 'any' }) as Json;
  const { $schema, $defs, properties, required, ...rest } = full;
  const partial = optionalKeys({ properties }) as Json;
  return {
    $schema,
    title: 'signaalreis municipality preset',
    description:
      'A municipality preset: matching, intake and contact routing (with capacities, overflow and fallbacks) of a municipality or type of municipality, with sources and example tests. See docs/presets.md.',
    ...rest,
    properties: partial.properties,
    required: ['id'],
    if: { required: ['extends'] },
    else: { properties, required },
    ...(isObject($defs) ? { $defs } : {}),
  };
}
