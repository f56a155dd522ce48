// Loading a municipality preset: forbidden keys, `extends` chains (deep merge, arrays replace,
// circular chains rejected), the structure (zod) and the meaning of the routing configuration.
import {
  checkJsonValue,
  excerpt,
  type Issue,
  issuesFromZod,
  type LoadedRoutingConfig,
  loadRoutingConfig,
  type Result,
} from '@signaalreis/core';
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
const SUPPORTED_MAJOR = 1;
/** Longest `extends` chain followed (project default; the bundled presets use 2). */
const MAX_EXTENDS = 16;
/** Most ids a message lists (project default): a folder may hold many presets. */
const MAX_LISTED = 20;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function forbiddenKeys(node: unknown, path: (string | number)[], out: Issue[]): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) forbiddenKeys(item, [...path, i], out);
  } else if (isObject(node))
    for (const key of Object.keys(node)) {
      if (FORBIDDEN.has(key))
        out.push({ code: 'forbidden_key', path: [...path, key], message: `The key "${key}" is not allowed` });
      else forbiddenKeys(node[key], [...path, key], out);
    }
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

/** Ids for a message: at most {@link MAX_LISTED}, each an excerpt. */
export function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_LISTED).map((id) => excerpt(id));
  return ids.length > MAX_LISTED
    ? `${shown.join(', ')} … and ${ids.length - MAX_LISTED} more`
    : shown.join(', ');
}

function resolveChain(
  json: unknown,
  registry: PresetRegistry,
  chain: string[],
): Result<{ raw: Json; lineage: string[] }> {
  const fail = (code: string, path: (string | number)[], message: string): Result<never> => ({
    ok: false,
    issues: [{ code, path, message }],
  });
  if (!isObject(json)) return fail('invalid_type', [], 'A preset is a JSON object');
  const limits = checkJsonValue(json);
  if (limits.length > 0) return { ok: false, issues: limits };
  const forbidden: Issue[] = [];
  forbiddenKeys(json, [], forbidden);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  if (json.id === undefined) return fail('invalid_type', ['id'], 'A preset needs an "id" (a string)');
  const ids = PresetIdSchema.safeParse(json.id);
  if (!ids.success) return { ok: false, issues: issuesFromZod(ids.error, ['id']) };
  const id = ids.data;
  if (json.extends === undefined) return { ok: true, value: { raw: json, lineage: [id] } };
  const parents = PresetIdSchema.safeParse(json.extends);
  if (!parents.success) return { ok: false, issues: issuesFromZod(parents.error, ['extends']) };
  const parentId = parents.data;
  if (parentId === id || chain.includes(parentId) || chain.includes(id))
    return fail(
      'circular_extends',
      ['extends'],
      `Circular "extends": ${[...chain, id, parentId].join(' → ')}`,
    );
  if (chain.length >= MAX_EXTENDS)
    return fail(
      'extends_too_deep',
      ['extends'],
      `"extends" chains of more than ${MAX_EXTENDS} presets are not followed`,
    );
  if (!Object.hasOwn(registry, parentId))
    return fail(
      'unknown_preset',
      ['extends'],
      `Unknown preset "${parentId}" (known: ${listIds(Object.keys(registry).sort())})`,
    );
  const parent = resolveChain(registry[parentId], registry, [...chain, id]);
  if (!parent.ok) {
    const inParent = (i: Issue) =>
      i.code === 'circular_extends' ? i.message : `in ${parentId}: ${i.message}`;
    return {
      ok: false,
      issues: parent.issues.map((i) => ({ ...i, path: ['extends'], message: inParent(i) })),
    };
  }
  const { $schema: _unused, ...inherited } = parent.value.raw;
  return {
    ok: true,
    value: { raw: mergePreset(inherited, json) as Json, lineage: [id, ...parent.value.lineage] },
  };
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
 *   { id: 'my-town', extends: 'type-small', label: 'My town', labelNl: 'Mijn gemeente',
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
    return {
      ok: false,
      issues: [
        {
          code: 'unsupported_format_version',
          path: ['formatVersion'],
          message: `Preset format ${version} is newer than this package reads (${SUPPORTED_MAJOR}.x)`,
        },
      ],
    };
  const parsed = MunicipalityPresetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const routing = loadRoutingConfig(raw.routing);
  if (!routing.ok)
    return { ok: false, issues: routing.issues.map((i) => ({ ...i, path: ['routing', ...i.path] })) };
  return { ok: true, value: { preset: parsed.data, routing: routing.value, lineage } };
}
