// A reform file (issue 16): a municipality preset that extends the base (a preset patch), plus what
// only a simulation reads — partner criteria per sector, an outcome-parameter patch and prices.
import {
  applyOutcomePatch,
  BilingualSchema,
  type BusinessCaseParameters,
  BusinessCaseParametersSchema,
  BusinessCasePriceSchema,
  DEFAULT_OUTCOME_PARAMETERS,
  fail,
  type Issue,
  issue,
  issuesFromZod,
  jsonLines,
  parseJsonText,
  prefixIssues,
  type Result,
  SectorSchema,
  type SourceCriteria,
  zodMessage,
} from '@signaalreis/core';
import * as z from 'zod';
import { criteriaPreset } from '../criteria/index';
import { loadMunicipalityPreset, type PresetRegistry } from '../municipality/load';
import { PRESET_MAX_LENGTH } from '../municipality/load-text';
import { MUNICIPALITY_PRESETS } from '../municipality/registry';
import { PresetIdSchema } from '../municipality/schema';
import { REFORM_MESSAGES as M } from './messages';
import type { Scenario } from './scenario';

/**
 * zod schema of a reform file: `id` (a preset id, not `base`), `label` in Dutch and English,
 * `preset` (a municipality preset's JSON; `extends` defaults to the base, `id` to the reform's),
 * and optionally `criteria` (sector → criteria preset id), `outcome` (a patch of the outcome
 * parameters, as `applyOutcomePatch`) and `businessCase.prices` (prices that replace the default
 * of the same id, or add one).
 *
 * @example
 * ```ts
 * import { ReformSchema } from '@signaalreis/rules-presets';
 * ReformSchema.safeParse({ id: 'visit-all', label: { nl: 'Iedereen bezoeken', en: 'Visit everyone' }, preset: {} }).success; // true
 * ```
 */
export const ReformSchema = z
  .object({
    id: PresetIdSchema.refine((id) => id !== 'base', { message: zodMessage(M.baseId) }),
    label: BilingualSchema,
    description: z.string().max(4000).optional(),
    preset: z.record(z.string(), z.unknown()),
    criteria: z.record(z.string(), PresetIdSchema).optional(),
    outcome: z.unknown().optional(),
    businessCase: z
      .object({ prices: z.array(BusinessCasePriceSchema) })
      .strict()
      .optional(),
  })
  .strict();

/**
 * A reform file as written (see {@link ReformSchema}).
 *
 * @example
 * ```ts
 * import type { Reform } from '@signaalreis/rules-presets';
 * const r: Reform = { id: 'floor-75', label: { nl: 'Drempel € 75', en: 'Floor €75' }, preset: { intake: { floor: { defaultCents: 7500 } } } };
 * ```
 */
export type Reform = z.infer<typeof ReformSchema>;

function criteriaOf(given: Readonly<Record<string, string>>): Result<SourceCriteria> {
  const out: SourceCriteria = {};
  const issues: Issue[] = [];
  for (const [sector, id] of Object.entries(given)) {
    const s = SectorSchema.safeParse(sector);
    if (!s.success) {
      issues.push(issue('unknown_sector', ['criteria', sector], M.unknownSector(sector)));
      continue;
    }
    const table = criteriaPreset(id);
    if (!table.ok)
      issues.push(
        ...prefixIssues(
          table.issues.map((i) => ({ ...i, path: [] })),
          ['criteria', sector],
        ),
      );
    else out[s.data] = table.value;
  }
  return issues.length > 0 ? fail(issues) : { ok: true, value: out };
}

function pricesOf(base: BusinessCaseParameters, reform: Reform): Result<BusinessCaseParameters> {
  const own = reform.businessCase?.prices ?? [];
  if (own.length === 0) return { ok: true, value: base }; // the base's prices, the same object
  const byId = new Map(own.map((p) => [p.id, p]));
  const prices = [
    ...base.prices.map((p) => byId.get(p.id) ?? p),
    ...own.filter((p) => !base.prices.some((b) => b.id === p.id)),
  ];
  const parsed = BusinessCaseParametersSchema.safeParse({ ...base, id: `${base.id}+${reform.id}`, prices });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail(issuesFromZod(parsed.error, ['businessCase']));
}

/**
 * Loads a reform into a {@link Scenario}, beside a base scenario: the reform's `preset` is loaded
 * as a municipality preset that extends the base's preset (unless it names another parent), with
 * the registry's presets and the base's own preset available to `extends`; its criteria ids are
 * resolved; its outcome patch is applied to the default outcome parameters; its prices replace the
 * base's. Every problem is an issue with its path in the file (`preset.…`, `criteria.<sector>`,
 * `outcome.…`, `businessCase.…`), Dutch and English. Never throws.
 *
 * @example
 * ```ts
 * import { baseScenario, loadReform } from '@signaalreis/rules-presets';
 * const base = baseScenario('type-medium');
 * if (base.ok) {
 *   const r = loadReform({ id: 'floor-75', label: { nl: 'Drempel € 75', en: 'Floor €75' }, preset: { intake: { floor: { defaultCents: 7500 } } } }, base.value);
 *   r.ok && r.value.preset.lineage; // ['floor-75', 'type-medium', 'national-baseline']
 *   const bad = loadReform({ id: 'x', label: { nl: 'x', en: 'x' }, preset: {}, outcome: { acceptance: { probability: 2 } } }, base.value);
 *   bad.ok || bad.issues[0]?.path; // ['outcome', 'acceptance', 'probability']
 * }
 * ```
 */
export function loadReform(
  json: unknown,
  base: Scenario,
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): Result<Scenario> {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail(issue('invalid_type', [], M.notObject));
  const parsed = ReformSchema.safeParse(json);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const reform = parsed.data;
  const issues: Issue[] = [];
  const withBase = { ...registry, [base.preset.preset.id]: base.preset.preset };
  const presetJson = { id: reform.id, extends: base.preset.preset.id, ...reform.preset };
  const preset = loadMunicipalityPreset(presetJson, withBase);
  if (!preset.ok) issues.push(...prefixIssues(preset.issues, ['preset']));
  const criteria = criteriaOf(reform.criteria ?? {});
  if (!criteria.ok) issues.push(...criteria.issues);
  const outcome =
    reform.outcome === undefined
      ? { ok: true as const, value: base.outcome }
      : applyOutcomePatch(DEFAULT_OUTCOME_PARAMETERS, reform.outcome);
  if (!outcome.ok)
    issues.push(...outcome.issues.map((i) => ({ ...i, path: ['outcome', ...i.path.slice(1)] })));
  const prices = pricesOf(base.businessCase, reform);
  if (!prices.ok) issues.push(...prices.issues);
  if (issues.length > 0 || !preset.ok || !criteria.ok || !outcome.ok || !prices.ok) return fail(issues);
  return {
    ok: true,
    value: {
      id: reform.id,
      label: reform.label,
      source: reform.id,
      preset: preset.value,
      criteriaIds: reform.criteria ?? {},
      criteria: criteria.value,
      outcome: outcome.value,
      businessCase: prices.value,
    },
  };
}

/**
 * Loads a reform from its JSON text (as a file holds it): a syntax error comes back with its line
 * and column, other issues with the line of the value they are about. `source` names the file in
 * the scenario.
 *
 * @example
 * ```ts
 * import { baseScenario, loadReformText } from '@signaalreis/rules-presets';
 * const base = baseScenario('type-small');
 * if (base.ok) {
 *   const r = loadReformText('{\n  "id": "x",\n  "label": { "nl": "x", "en": "x" },\n  "preset": { "extends": "type-smal" }\n}', base.value, 'x.json');
 *   r.ok || r.issues[0]?.line; // 4: unknown preset "type-smal", did you mean type-small?
 * }
 * ```
 */
export function loadReformText(
  text: string,
  base: Scenario,
  source: string,
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): Result<Scenario> {
  const json = parseJsonText(text, { maxLength: PRESET_MAX_LENGTH });
  if (!json.ok) return json;
  const r = loadReform(json.value, base, registry);
  if (!r.ok) {
    const lineOf = jsonLines(text);
    return fail(
      r.issues.map((i) => {
        const line =
          'line' in i && typeof i.line === 'number'
            ? i.line
            : (lineOf(i.path) ?? lineOf(i.path.slice(0, -1)));
        return line === undefined ? i : { ...i, line };
      }),
    );
  }
  return { ok: true, value: { ...r.value, source } };
}
