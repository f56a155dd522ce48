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

const at = (node: unknown, ...keys: string[]): Json | undefined =>
  keys.reduce<unknown>((n, k) => (isObject(n) ? n[k] : undefined), node) as Json | undefined;

/**
 * `routing.table.rulePatches` for a file with `extends`: rule id → `null` (remove), `{ add: rule,
 * after | before }` (add) or the fields that change (change, optionally `after`/`before` to move).
 */
function rulePatchesSchema(rule: Json): Json {
  const anchor = { type: 'string', description: 'The id of a rule of the parent (the new place).' };
  const required = Array.isArray(rule.required) ? rule.required.filter((k) => k !== 'id') : [];
  const props = (isObject(rule.properties) ? rule.properties : {}) as Json;
  const { id: _id, ...changeable } = props;
  return {
    type: 'object',
    description:
      'Change, add or remove one rule of the parent by id: null removes it; { "add": { …rule… }, "after": "<id>" } adds one; any other object gives the fields that change ("after"/"before" move it). Applied in the order written.',
    propertyNames: props.id ?? { type: 'string' },
    additionalProperties: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: { add: { ...rule, required }, after: anchor, before: anchor },
          required: ['add'],
          additionalProperties: false,
        },
        {
          type: 'object',
          properties: { ...changeable, after: anchor, before: anchor },
          additionalProperties: false,
        },
      ],
    },
  };
}

/**
 * The JSON Schema (draft 2020-12) of a municipality preset file, generated from
 * {@link MunicipalityPresetSchema}. A file without `extends` must be complete; a file with
 * `extends` may give any part (objects merge into the parent's, arrays replace), and change, add or
 * remove one rule by id in `routing.table.rulePatches`. Add
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
  const table = at(partial, 'properties', 'routing', 'properties', 'table', 'properties');
  const rule = at(properties, 'routing', 'properties', 'table', 'properties', 'rules', 'items');
  if (table && rule) table.rulePatches = rulePatchesSchema(rule);
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
