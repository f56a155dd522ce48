// Loading a municipality preset: forbidden keys, `extends` chains (deep merge, arrays replace,
// circular chains rejected), the structure (zod) and the meaning of the routing configuration.
import {
  checkJsonValue,
  fail,
  type Issue,
  type IssuePath,
  issue,
  issuesFromZod,
  type LoadedRoutingConfig,
  loadRoutingConfig,
  ok,
  prefixIssues,
  type Result,
} from '@signaalreis/core';
import { PRESET_MESSAGES as M } from '../messages';
import { type MunicipalityPreset, MunicipalityPresetSchema, PresetIdSchema } from './schema';

/**
 * Presets that `extends` can name: preset id → the preset's JSON as written (possibly itself
 * extending another).
 *
 * @example
 * ```ts
 * import { MUNICIPALITY_PRESETS, type PresetRegistry } from '@signaalreis/rules-presets';
 * const mine: PresetRegistry = { ...MUNICIPALITY_PRESETS, 'my-town': { id: 'my-town', extends: 'type-small' } };
 * ```
 */
export type PresetRegistry = Readonly<Record<string, unknown>>;

/**
 * A loaded municipality preset: the complete preset (parents merged in), its routing
 * configuration with the table checked and facts filled in, and its `extends` chain.
 *
 * @example
 * ```ts
 * import { type LoadedMunicipalityPreset, municipalityPreset } from '@signaalreis/rules-presets';
 * const r = municipalityPreset('type-medium');
 * const loaded: LoadedMunicipalityPreset | undefined = r.ok ? r.value : undefined;
 * loaded?.lineage; // ['type-medium', 'national-baseline']
 * ```
 */
export interface LoadedMunicipalityPreset {
  preset: MunicipalityPreset;
  routing: LoadedRoutingConfig;
  /** The preset's id, then the id of each preset it extends, nearest first. */
  lineage: string[];
}

/** The major version of the preset format this loader reads (see `PRESET_FORMAT_VERSION`). */
const SUPPORTED_MAJOR = 2;
/** Longest `extends` chain followed (project default; the bundled presets use 2). */
const MAX_EXTENDS = 16;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Keys of preset format 1: their text is in `label: { nl, en }` since format 2. */
const FORMAT_1_KEYS = new Set(['labelNl', 'bucketNl']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Issues for every key of `keys` anywhere in `node` (not looking inside what such a key holds). */
function findKeys(
  node: unknown,
  keys: ReadonlySet<string>,
  found: (path: IssuePath, key: string) => Issue,
  path: IssuePath = [],
  out: Issue[] = [],
): Issue[] {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) findKeys(item, keys, found, [...path, i], out);
  } else if (isObject(node))
    for (const key of Object.keys(node)) {
      if (keys.has(key)) out.push(found([...path, key], key));
      else findKeys(node[key], keys, found, [...path, key], out);
    }
  return out;
}

/**
 * Deep merge of a child preset over its parent: objects merge key by key, everything else (arrays,
 * strings, numbers) in the child replaces the parent's value.
 *
 * @example
 * ```ts
 * import { mergePreset } from '@signaalreis/rules-presets';
 * mergePreset({ intake: { floor: { defaultCents: 0, source: 'Wgs' } }, sources: ['a'] }, { intake: { floor: { defaultCents: 7500 } }, sources: ['b'] });
 * // { intake: { floor: { defaultCents: 7500, source: 'Wgs' } }, sources: ['b'] }
 * ```
 */
export function mergePreset(parent: unknown, child: unknown): unknown {
  if (!isObject(parent) || !isObject(child)) return child === undefined ? parent : child;
  const out: Json = { ...parent };
  for (const [key, value] of Object.entries(child)) out[key] = mergePreset(parent[key], value);
  return out;
}

function resolveChain(
  json: unknown,
  registry: PresetRegistry,
  chain: string[],
): Result<{ raw: Json; lineage: string[] }> {
  if (!isObject(json)) return fail(issue('invalid_type', [], M.not_an_object));
  const limits = checkJsonValue(json);
  if (limits.length > 0) return fail(limits);
  const forbidden = findKeys(json, FORBIDDEN, (path, key) =>
    issue('forbidden_key', path, M.forbidden_key(key)),
  );
  if (forbidden.length > 0) return fail(forbidden);
  if (json.id === undefined) return fail(issue('invalid_type', ['id'], M.id_missing));
  const ids = PresetIdSchema.safeParse(json.id);
  if (!ids.success) return fail(issuesFromZod(ids.error, ['id']));
  const id = ids.data;
  if (json.extends === undefined) return ok({ raw: json, lineage: [id] });
  const parents = PresetIdSchema.safeParse(json.extends);
  if (!parents.success) return fail(issuesFromZod(parents.error, ['extends']));
  const parentId = parents.data;
  if (parentId === id || chain.includes(parentId) || chain.includes(id))
    return fail(issue('circular_extends', ['extends'], M.circular_extends([...chain, id, parentId])));
  if (chain.length >= MAX_EXTENDS)
    return fail(issue('extends_too_deep', ['extends'], M.extends_too_deep(MAX_EXTENDS)));
  if (!Object.hasOwn(registry, parentId))
    return fail(
      issue('unknown_preset', ['extends'], M.unknown_preset(parentId, Object.keys(registry).sort())),
    );
  const parent = resolveChain(registry[parentId], registry, [...chain, id]);
  if (!parent.ok) {
    const inParent = (i: Issue) =>
      i.code === 'circular_extends' ? i.message : M.inParent(parentId, i.message);
    return fail(parent.issues.map((i) => ({ ...i, path: ['extends'], message: inParent(i) })));
  }
  const { $schema: _unused, ...inherited } = parent.value.raw;
  return ok({ raw: mergePreset(inherited, json) as Json, lineage: [id, ...parent.value.lineage] });
}

/**
 * Loads a municipality preset from untrusted JSON. A preset may `extend` another from the
 * registry (default: the bundled presets) and give only what it changes: objects merge key by key,
 * arrays and values replace (so a changed rule list is given whole, a changed parameter or capacity
 * number alone). Chains are followed; a circular chain is an issue naming it. The merged preset is
 * checked against {@link MunicipalityPresetSchema}, then its routing configuration as
 * `loadRoutingConfig` does (unknown facts, overflow loops …). Issues have JSON paths into the
 * merged preset.
 *
 * @example
 * ```ts
 * import { loadMunicipalityPreset, MUNICIPALITY_PRESETS } from '@signaalreis/rules-presets';
 * const r = loadMunicipalityPreset(
 *   { id: 'my-town', extends: 'type-small', label: { nl: 'Mijn gemeente', en: 'My town' },
 *     routing: { capacity: [{ channel: 'home-visit', perMonth: 12, source: 'team planning 2026' }] } },
 *   MUNICIPALITY_PRESETS,
 * );
 * r.ok && r.value.lineage; // ['my-town', 'type-small', 'national-baseline']
 * ```
 */
export function loadMunicipalityPreset(
  json: unknown,
  registry: PresetRegistry,
): Result<LoadedMunicipalityPreset> {
  const chain = resolveChain(json, registry, []);
  if (!chain.ok) return chain;
  const { raw, lineage } = chain.value;
  const version = raw.formatVersion;
  if (typeof version === 'string' && Number(version.split('.')[0]) > SUPPORTED_MAJOR)
    return fail(
      issue(
        'unsupported_format_version',
        ['formatVersion'],
        M.unsupported_format_version(version, SUPPORTED_MAJOR),
      ),
    );
  const old = findKeys(raw, FORMAT_1_KEYS, (path, key) =>
    issue('preset_format_1', path, M.preset_format_1(key)),
  );
  if (old.length > 0) return fail(old);
  const parsed = MunicipalityPresetSchema.safeParse(raw);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const routing = loadRoutingConfig(raw.routing);
  if (!routing.ok) return fail(prefixIssues(routing.issues, ['routing']));
  return ok({ preset: parsed.data, routing: routing.value, lineage });
}
