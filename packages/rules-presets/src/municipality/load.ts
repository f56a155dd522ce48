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
  teamDeclarationIssues,
} from '@signaalreis/core';
import { AUTHORING_MESSAGES as A, PRESET_MESSAGES as M } from '../messages';
import { parameterIssues, placeholderIssues, testTeamIssues, windowWarnings } from './checks';
import { amountMessages, type PresetIssue, valueAtPath, withAt } from './preset-issues';
import { applyRulePatches } from './rule-patches';
import { type MunicipalityPreset, MunicipalityPresetSchema, PresetIdSchema } from './schema';
import { didYouMean } from './suggest';

/**
 * How a preset is parsed: without zod's compiled fast path (`jitless`), which costs more to make than
 * it saves for a schema parsed once or a few times per process — with the routing configuration and
 * the rule tables parsed so too, a command's first preset loads in 22–36 ms instead of 39–73 ms, later
 * ones as fast as with it (docs/performance.md, "Twenty-eighth round"; project default).
 */
const PARSED_ONCE = { jitless: true } as const;

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
  /**
   * Warnings that do not stop the preset, e.g. a matching window outside the covenant's 30–100
   * days (`window_outside_covenant`); shown by `signaalreis preset validate`.
   */
  warnings: PresetIssue[];
  /** The id of the preset whose `tests` these are: the preset itself, or the parent it inherits them from. */
  testsFrom?: string;
  /** The id of the preset whose `description` this is (a copy without its own shows its parent's). */
  descriptionFrom?: string;
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

/** A child's `routing.table.rulePatches`, taken out of the JSON that is merged. */
function splitPatches(json: Json): { rest: Json; patches: unknown } {
  const routing = json.routing;
  const table = isObject(routing) ? routing.table : undefined;
  if (!isObject(routing) || !isObject(table) || !('rulePatches' in table))
    return { rest: json, patches: undefined };
  const { rulePatches, ...tableRest } = table;
  return { rest: { ...json, routing: { ...routing, table: tableRest } }, patches: rulePatches };
}

/** The parent's issues as issues of the child: named by the parent (the innermost one keeps its name). */
const inParent = (parentId: string, issues: readonly PresetIssue[]): PresetIssue[] =>
  issues.map((i) =>
    i.preset !== undefined || i.code === 'circular_extends'
      ? i
      : { ...i, preset: parentId, message: A.inParent(parentId, i.message) },
  );

function resolveChain(
  json: unknown,
  registry: PresetRegistry,
  chain: string[],
): Result<{ raw: Json; lineage: string[]; testsFrom?: string; descriptionFrom?: string }> {
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
  const { rest, patches } = splitPatches(json);
  if (json.extends === undefined) {
    if (patches !== undefined)
      return fail(
        issue('rule_patches_without_extends', ['routing', 'table', 'rulePatches'], A.patchesNeedExtends),
      );
    return ok({
      raw: json,
      lineage: [id],
      ...('tests' in json ? { testsFrom: id } : {}),
      ...('description' in json ? { descriptionFrom: id } : {}),
    });
  }
  const parents = PresetIdSchema.safeParse(json.extends);
  if (!parents.success) return fail(issuesFromZod(parents.error, ['extends']));
  const parentId = parents.data;
  if (parentId === id || chain.includes(parentId) || chain.includes(id))
    return fail(issue('circular_extends', ['extends'], M.circular_extends([...chain, id, parentId])));
  if (chain.length >= MAX_EXTENDS)
    return fail(issue('extends_too_deep', ['extends'], M.extends_too_deep(MAX_EXTENDS)));
  if (!Object.hasOwn(registry, parentId))
    return fail(
      issue(
        'unknown_preset',
        ['extends'],
        A.unknownExtends(parentId, didYouMean(parentId, Object.keys(registry))),
      ),
    );
  const parent = resolveChain(registry[parentId], registry, [...chain, id]);
  if (!parent.ok) return fail(inParent(parentId, parent.issues));
  // the parent must hold on its own: its problems are reported in its own terms, not the child's
  const parentChecked = checkMerged(parent.value.raw, registry[parentId] as Json);
  if (!parentChecked.ok) return fail(inParent(parentId, parentChecked.issues));
  const { $schema: _unused, ...inherited } = parent.value.raw;
  const raw = mergePreset(inherited, rest) as Json;
  if (patches !== undefined) {
    const table = (raw.routing as Json).table as Json;
    const patched = applyRulePatches(table.rules, patches);
    if (!patched.ok) return patched;
    raw.routing = { ...(raw.routing as Json), table: { ...table, rules: patched.value } };
  }
  const testsFrom = 'tests' in json ? id : parent.value.testsFrom;
  const descriptionFrom = 'description' in json ? id : parent.value.descriptionFrom;
  return ok({
    raw,
    lineage: [id, ...parent.value.lineage],
    ...(testsFrom ? { testsFrom } : {}),
    ...(descriptionFrom ? { descriptionFrom } : {}),
  });
}

/** The parameter names a preset file gives itself (not inherited). */
function ownParameters(own: Json): Set<string> {
  const params = valueAtPath(own, ['routing', 'table', 'parameters']);
  return new Set(isObject(params) ? Object.keys(params) : []);
}

/** The checks of a merged preset: format version, format-1 keys, structure, routing, parameters. */
function checkMerged(
  raw: Json,
  own: Json,
): Result<Omit<LoadedMunicipalityPreset, 'lineage' | 'testsFrom' | 'descriptionFrom'>> {
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
  const parsed = MunicipalityPresetSchema.safeParse(raw, PARSED_ONCE);
  if (!parsed.success) return fail(withAt(amountMessages(issuesFromZod(parsed.error), raw), raw));
  const teams = parsed.data.teams ?? [];
  const declared = prefixIssues(teamDeclarationIssues(teams), ['teams']);
  if (declared.length > 0) return fail(withAt(declared, raw));
  const routing = loadRoutingConfig(raw.routing, { teams });
  if (!routing.ok) return fail(withAt(amountMessages(prefixIssues(routing.issues, ['routing']), raw), raw));
  const params = [
    ...parameterIssues(parsed.data, ownParameters(own)),
    ...placeholderIssues(parsed.data),
    ...testTeamIssues(parsed.data),
  ];
  if (params.length > 0) return fail(withAt(params, raw));
  return ok({
    preset: parsed.data,
    routing: routing.value,
    warnings: withAt(windowWarnings(parsed.data), raw),
  });
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
  const checked = checkMerged(chain.value.raw, json as Json);
  if (!checked.ok) return checked;
  const { lineage, testsFrom, descriptionFrom } = chain.value;
  return ok({
    ...checked.value,
    lineage,
    ...(testsFrom ? { testsFrom } : {}),
    ...(descriptionFrom ? { descriptionFrom } : {}),
  });
}
