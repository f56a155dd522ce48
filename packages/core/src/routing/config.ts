// Routing configuration, part of a municipality preset: the routing table, capacities per channel
// and team, overflow when a capacity is full, and fallbacks when contact data are missing.
import * as z from 'zod';
import { ChannelSchema, TeamSchema } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, prefixIssues, type Result } from '../model/issue';
import { TEXT_LIMITS } from '../model/json-limits';
import { issuesFromZod, PARSED_ONCE } from '../model/zod-issues';
import { zodMessage } from '../model/zod-message';
import { type CompiledTable, compileTable } from '../rules/compile';
import { loadRuleTable } from '../rules/load';
import { resolveTable } from '../rules/resolve';
import { ruleTableSchema } from '../rules/table-schema';
import type { RuleTable } from '../rules/table-types';
import { checkCapacityConfig } from './config-checks';
import { ROUTING_FACTS } from './facts';
import { ROUTING_MESSAGES as M } from './messages';
import { badOn } from './on';
import { type RoutingOutcome, RoutingOutcomeSchema } from './outcome';
import { unknownTeamIssues } from './team-checks';
import type { TeamDeclaration } from './teams';

const Source = z.string().min(1).max(TEXT_LIMITS.text);

const baseTable = ruleTableSchema(RoutingOutcomeSchema) as unknown;
if (!(baseTable instanceof z.ZodObject)) throw new TypeError('ruleTableSchema must return a zod object');

/**
 * zod schema of a routing table as written in a preset: a rule table whose outcomes are
 * {@link RoutingOutcome}s and whose `facts` may be left out (then {@link ROUTING_FACTS}).
 *
 * @example
 * ```ts
 * import { RoutingTableSchema } from '@signaalreis/core';
 * RoutingTableSchema.safeParse({ id: 't', label: { nl: 'T', en: 'T' }, hitPolicy: 'first', parameters: {}, rules: [] }).success; // true
 * ```
 */
export const RoutingTableSchema = baseTable.partial({ facts: true }) as unknown as z.ZodType<
  Omit<RuleTable<RoutingOutcome>, 'facts'> & { facts?: RuleTable<RoutingOutcome>['facts'] }
>;

const ChannelTeamSchema = z.object({ channel: ChannelSchema, team: TeamSchema.optional() }).strict();

/**
 * zod schema of a {@link RoutingConfig}. Structure only; {@link loadRoutingConfig} also checks the
 * table's meaning (facts, operators, parameters), duplicate entries and overflow/fallback loops.
 *
 * @example
 * ```ts
 * import { RoutingConfigSchema } from '@signaalreis/core';
 * RoutingConfigSchema.safeParse({ capacity: [{ channel: 'home-visit', perMonth: -1, source: 'x' }] }).success; // false
 * ```
 */
export const RoutingConfigSchema = z
  .object({
    /** The routing rule table (outcome: a bucket, a priority and contact steps). */
    table: RoutingTableSchema,
    /** Capacities a month; a channel without an entry is unlimited. `team` absent: all teams together. */
    capacity: z.array(
      z
        .object({
          channel: ChannelSchema,
          team: TeamSchema.optional(),
          perMonth: z
            .number()
            .int()
            .min(0, { message: zodMessage(M.negative_capacity) }),
          source: Source,
        })
        .strict(),
    ),
    /** Where a step goes when its capacity is full (signaalreis-2023, municipality 4: visit full → e-mail). */
    overflow: z.array(z.object({ from: ChannelTeamSchema, to: ChannelTeamSchema, source: Source }).strict()),
    /** Which channel replaces one that needs missing contact data (signaalreis-2023, municipality 3 and 4). */
    fallbacks: z.array(
      z
        .object({
          missing: z.enum(['phone', 'email', 'address']),
          channel: ChannelSchema,
          to: ChannelSchema,
          source: Source,
        })
        .strict(),
    ),
  })
  .strict();

/**
 * How a municipality routes picked-up cases to contact (phase 4 of the journey).
 *
 * @example
 * ```ts
 * import type { RoutingConfig } from '@signaalreis/core';
 * const capacityOnly: Omit<RoutingConfig, 'table'> = {
 *   capacity: [{ channel: 'home-visit', perMonth: 20, source: 'signaalreis-2023, annex, municipality 3' }],
 *   overflow: [{ from: { channel: 'home-visit' }, to: { channel: 'email' }, source: 'signaalreis-2023, annex, municipality 4' }],
 *   fallbacks: [{ missing: 'phone', channel: 'phone', to: 'email', source: 'signaalreis-2023, annex, municipality 4' }],
 * };
 * ```
 */
export type RoutingConfig = z.infer<typeof RoutingConfigSchema>;

/**
 * The capacity part of a {@link RoutingConfig}: what {@link allocate} reads; `teams`, the teams the
 * preset declares, gives their labels to the explanations.
 *
 * @example
 * ```ts
 * import type { CapacityConfig } from '@signaalreis/core';
 * const unlimited: CapacityConfig = { capacity: [], overflow: [], fallbacks: [] };
 * ```
 */
export type CapacityConfig = Pick<RoutingConfig, 'capacity' | 'overflow' | 'fallbacks'> & {
  teams?: readonly TeamDeclaration[];
};

/**
 * A {@link RoutingConfig} whose table was loaded and checked (facts filled in).
 *
 * @example
 * ```ts
 * import { loadRoutingConfig, type LoadedRoutingConfig } from '@signaalreis/core';
 * declare const json: unknown;
 * const r = loadRoutingConfig(json);
 * const loaded: LoadedRoutingConfig | undefined = r.ok ? r.value : undefined;
 * ```
 */
export interface LoadedRoutingConfig extends CapacityConfig {
  table: RuleTable<RoutingOutcome>;
}

function tableIssues(table: Record<string, unknown>): Result<RuleTable<RoutingOutcome>> {
  const issues: Issue[] = [];
  const declared = (table.facts ?? []) as { name: string; type: string }[];
  declared.forEach((f, i) => {
    const known = ROUTING_FACTS.find((r) => r.name === f.name);
    if (!known)
      issues.push(
        issue(
          'unknown_routing_fact',
          ['table', 'facts', i, 'name'],
          M.unknown_routing_fact(
            f.name,
            ROUTING_FACTS.map((r) => r.name),
          ),
        ),
      );
    else if (known.type !== f.type)
      issues.push(
        issue(
          'routing_fact_type',
          ['table', 'facts', i, 'type'],
          M.routing_fact_type(f.name, known.type, f.type),
        ),
      );
  });
  if (issues.length > 0) return fail(issues);
  const loaded = loadRuleTable(
    { ...table, facts: table.facts ?? ROUTING_FACTS.map((f) => ({ ...f })) },
    { outcome: RoutingOutcomeSchema },
  );
  if (loaded.ok) return loaded;
  return fail(prefixIssues(loaded.issues, ['table']));
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Every place the configuration names a team (steps, capacity, overflow), with its path. Read from
 * the input as it is, so that an unknown team is reported along with other structural problems;
 * a value that is not a team id at all is zod's to report.
 */
function teamRefs(input: unknown): { team: string; path: (string | number)[] }[] {
  const refs: { team: string; path: (string | number)[] }[] = [];
  const add = (team: unknown, path: (string | number)[]) => {
    if (TeamSchema.safeParse(team).success) refs.push({ team: team as string, path });
  };
  const config = asObject(input);
  for (const [i, r] of asArray(asObject(config.table).rules).entries())
    for (const [j, s] of asArray(asObject(asObject(r).then).steps).entries())
      add(asObject(s).team, ['table', 'rules', i, 'then', 'steps', j, 'team']);
  for (const [i, c] of asArray(config.capacity).entries()) add(asObject(c).team, ['capacity', i, 'team']);
  for (const [i, o] of asArray(config.overflow).entries()) {
    add(asObject(asObject(o).from).team, ['overflow', i, 'from', 'team']);
    add(asObject(asObject(o).to).team, ['overflow', i, 'to', 'team']);
  }
  return refs;
}

/**
 * Loads a routing configuration from untrusted JSON: the structure (zod), the table (as
 * `loadRuleTable` with {@link RoutingOutcomeSchema}; facts may be left out and default to
 * {@link ROUTING_FACTS}, declared facts must be routing facts), duplicate capacity, overflow and
 * fallback entries, overflow loops (home-visit → phone → home-visit), fallbacks to a channel that
 * needs the missing data, and fallback loops, and that every team it names is a built-in team or
 * one of `options.teams` (the teams a preset declares, checked beforehand with
 * `teamDeclarationIssues`): `unknown_team` with "did you mean". Every issue has a JSON path into
 * the input.
 *
 * @example
 * ```ts
 * import { loadRoutingConfig } from '@signaalreis/core';
 * const r = loadRoutingConfig({
 *   table: { id: 't', label: { nl: 'T', en: 'T' }, hitPolicy: 'first', parameters: {}, rules: [] },
 *   capacity: [],
 *   overflow: [
 *     { from: { channel: 'home-visit' }, to: { channel: 'phone' }, source: 'x' },
 *     { from: { channel: 'phone' }, to: { channel: 'home-visit' }, source: 'x' },
 *   ],
 *   fallbacks: [],
 * });
 * // { ok: false, issues: [{ code: 'overflow_loop', path: ['overflow', 0],
 * //   message: { nl: 'De overloop gaat in een kring rond: huisbezoek → telefoon → huisbezoek', en: 'Overflow loops: home-visit → phone → home-visit' } }] }
 * ```
 */
export function loadRoutingConfig(
  input: unknown,
  options: { teams?: readonly TeamDeclaration[] } = {},
): Result<LoadedRoutingConfig> {
  const teams = options.teams ?? [];
  const teamIssues = unknownTeamIssues(teamRefs(input), teams);
  const parsed = RoutingConfigSchema.safeParse(input, PARSED_ONCE);
  if (!parsed.success) return fail([...issuesFromZod(parsed.error), ...teamIssues]);
  const config = parsed.data;
  const table = tableIssues((input as { table: Record<string, unknown> }).table);
  const capacityIssues = checkCapacityConfig(config);
  const issues = [...(table.ok ? [] : table.issues), ...capacityIssues, ...teamIssues];
  if (issues.length > 0 || !table.ok) return fail(issues);
  return ok({
    table: table.value,
    capacity: config.capacity,
    overflow: config.overflow,
    fallbacks: config.fallbacks,
    ...(teams.length > 0 ? { teams: [...teams] } : {}),
  });
}

/**
 * Resolves and compiles a loaded routing table on a date (the parameters in effect on `on`),
 * ready for {@link routeCase} and {@link routeInput}. Compile once per date and route every case
 * of the month with it. A parameter not in effect on `on` gives an issue with a path into the
 * table (`['table', …]`); a date that is not a real date gives `invalid_date` at `['on']`.
 *
 * @example
 * ```ts
 * import { asIsoDate, compileRouting, loadRoutingConfig } from '@signaalreis/core';
 * declare const json: unknown;
 * const config = loadRoutingConfig(json);
 * const compiled = config.ok ? compileRouting(config.value, asIsoDate('2026-10-26')) : undefined;
 * ```
 */
export function compileRouting(
  config: Pick<LoadedRoutingConfig, 'table'>,
  on: IsoDate,
): Result<CompiledTable<RoutingOutcome>> {
  const bad = badOn(on);
  if (bad) return fail(bad);
  const resolved = resolveTable(config.table, on);
  if (!resolved.ok) return fail(prefixIssues(resolved.issues, ['table']));
  return ok(compileTable(resolved.value));
}
