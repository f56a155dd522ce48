// The result of a policy simulation (issue 16), as `signaalreis simulate` writes it to
// simulation.json and the HTML report reads it back: per scenario (the base policy and each
// reform), month and measure the mean and 90 % interval over the replications, and the paired
// difference to the base. The schema checks the shape and what must hold between the parts.
import * as z from 'zod';
import { IsoMonthSchema } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import { BilingualSchema } from '../model/text';
import { zodMessage } from '../model/zod-message';
import { BusinessCaseParametersSchema } from './business-case-schema';
import { OutcomeParametersSchema } from './outcome-parameters';
import { SIMULATION_RESULT_MESSAGES as M } from './result-messages';

/**
 * The format tag of a simulation result: its first version.
 *
 * @example
 * ```ts
 * import { SIMULATION_FORMAT } from '@signaalreis/core';
 * JSON.parse('{"format":"signaalreis-simulation/1"}').format === SIMULATION_FORMAT; // true
 * ```
 */
export const SIMULATION_FORMAT = 'signaalreis-simulation/1';

/**
 * The scenario id of the base policy; every other scenario is a reform, and its differences
 * (`deltaMean`, `deltaP05`, `deltaP95`) are to this one, on the same random numbers.
 *
 * @example
 * ```ts
 * import { BASE_SCENARIO, type SimulationResult } from '@signaalreis/core';
 * declare const result: SimulationResult;
 * const reforms = result.scenarios.filter((s) => s.id !== BASE_SCENARIO);
 * ```
 */
export const BASE_SCENARIO = 'base';

/**
 * The measures a simulation counts, in the order a report shows them: signals and cases, what
 * intake picked up, households reached and helped, attempts and capacity used per channel,
 * evictions and cut-offs, and the business case in cents. A result may hold other measures too
 * (a measure id is lower-case letters, digits, `_` and `-`): a reader shows those by their id.
 *
 * @example
 * ```ts
 * import { SIMULATION_MEASURES } from '@signaalreis/core';
 * SIMULATION_MEASURES.includes('attempts_home-visit'); // true: one per channel, `capacity_used_<channel>` too
 * SIMULATION_MEASURES.filter((m) => m.endsWith('_cents')); // ['costs_cents', 'benefits_cents', 'net_cents']
 * ```
 */
export const SIMULATION_MEASURES = [
  'signals',
  'cases',
  'picked_up',
  'not_picked_up',
  'contacted',
  'reached',
  'help_accepted',
  'open_cases',
  'unplaced',
  'attempts_letter',
  'attempts_card',
  'attempts_email',
  'attempts_sms',
  'attempts_phone',
  'attempts_appointment',
  'attempts_home-visit',
  'capacity_used_letter',
  'capacity_used_card',
  'capacity_used_email',
  'capacity_used_sms',
  'capacity_used_phone',
  'capacity_used_appointment',
  'capacity_used_home-visit',
  'evictions',
  'cut_offs',
  'evictions_prevented',
  'cut_offs_prevented',
  'costs_cents',
  'benefits_cents',
  'net_cents',
] as const;

/**
 * A measure of a simulation: one of {@link SIMULATION_MEASURES}, or another id a runner adds
 * (money always ends in `_cents`).
 *
 * @example
 * ```ts
 * import type { SimulationMeasure } from '@signaalreis/core';
 * const isMoney = (m: SimulationMeasure) => m.endsWith('_cents');
 * ```
 */
export type SimulationMeasure = (typeof SIMULATION_MEASURES)[number] | (string & {});

const MEASURE_ID = /^[a-z][a-z0-9_-]*$/;
const Figure = z.number().finite();
const Delta = Figure.nullable();

/**
 * The zod schema of one {@link SimulationRow}: p05 ≤ p95, a difference interval in order, and
 * either all three differences or none.
 *
 * @example
 * ```ts
 * import { SimulationRowSchema } from '@signaalreis/core';
 * const row = { scenario: 'base', month: 'total', measure: 'signals', mean: 10, p05: 12, p95: 8,
 *   deltaMean: null, deltaP05: null, deltaP95: null, replications: 200 };
 * SimulationRowSchema.safeParse(row).success; // false: the 5th percentile lies above the 95th
 * ```
 */
export const SimulationRowSchema = z
  .object({
    scenario: z.string().min(1).max(TEXT_LIMITS.id),
    month: z.union([IsoMonthSchema, z.literal('total')]),
    measure: z
      .string()
      .max(TEXT_LIMITS.id)
      .regex(MEASURE_ID, { message: zodMessage(M.measureId) }),
    mean: Figure,
    p05: Figure,
    p95: Figure,
    deltaMean: Delta,
    deltaP05: Delta,
    deltaP95: Delta,
    replications: z.number().int().min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.p05 > r.p95)
      ctx.addIssue({
        code: 'custom',
        path: ['p05'],
        message: zodMessage(M.intervalOrder),
        params: { code: 'interval_order' },
      });
    const deltas = [r.deltaMean, r.deltaP05, r.deltaP95];
    if (deltas.some((d) => d === null) && deltas.some((d) => d !== null))
      ctx.addIssue({
        code: 'custom',
        path: ['deltaMean'],
        message: zodMessage(M.deltasTogether),
        params: { code: 'delta_partial' },
      });
    if (r.deltaP05 !== null && r.deltaP95 !== null && r.deltaP05 > r.deltaP95)
      ctx.addIssue({
        code: 'custom',
        path: ['deltaP05'],
        message: zodMessage(M.intervalOrder),
        params: { code: 'interval_order' },
      });
  });

/**
 * One figure of a simulation: a measure of a scenario in a month (or `total` over the horizon) —
 * its mean over the replications and 90 % interval (5th to 95th percentile), and the same for the
 * paired difference to the base (reform minus base on the same random numbers; `null` for the
 * base itself).
 *
 * @example
 * ```ts
 * import type { SimulationRow } from '@signaalreis/core';
 * const clearDifference = (r: SimulationRow) =>
 *   r.deltaP05 !== null && r.deltaP95 !== null && (r.deltaP05 > 0 || r.deltaP95 < 0); // 0 outside the interval
 * ```
 */
export type SimulationRow = Omit<z.infer<typeof SimulationRowSchema>, 'measure' | 'month'> & {
  measure: SimulationMeasure;
  month: z.infer<typeof IsoMonthSchema> | 'total';
};

const ScenarioSchema = z
  .object({
    id: z.string().min(1).max(TEXT_LIMITS.id),
    label: BilingualSchema,
    /** Where the scenario comes from: the base preset's id or the reform file. */
    source: z.string().min(1).max(TEXT_LIMITS.text),
    /** The scenario's preset chain, from itself to the preset it finally extends. */
    lineage: z.array(z.string().min(1).max(TEXT_LIMITS.id)).optional(),
    /** The criteria preset used per sector (sector → criteria preset id). */
    criteria: z.record(z.string().max(TEXT_LIMITS.id), z.string().max(TEXT_LIMITS.id)).optional(),
  })
  .strict();

const MunicipalitySchema = z
  .object({
    code: z.string().min(1).max(TEXT_LIMITS.id),
    name: z.string().min(1).max(TEXT_LIMITS.label).optional(),
    type: z.enum(['small', 'medium', 'large', 'regional']).optional(),
    inhabitants: z.number().int().min(1).optional(),
  })
  .strict();

/**
 * The parameters a simulation used, each part with its sources: the outcome model's, the
 * business case's prices, and (as the population model gives them) the population's. A part a
 * runner did not use is left out.
 */
const ParametersSchema = z
  .object({
    outcome: OutcomeParametersSchema.optional(),
    businessCase: BusinessCaseParametersSchema.optional(),
    /** The population model's parameters, as data with `source` fields (their schema is the population module's). */
    population: z.record(z.string(), z.unknown()).optional(),
    /** Where the signals came from: the signal source's id and what it is. */
    signalSource: z
      .object({ id: z.string().min(1).max(TEXT_LIMITS.id), description: z.string().max(TEXT_LIMITS.text) })
      .strict()
      .optional(),
    /** How the 90 % intervals are computed. */
    interval: z.string().max(TEXT_LIMITS.text).optional(),
    /** The parameters of reforms that patch the outcome model or the prices (`outcome`/`businessCase` above are the base's). */
    byScenario: z
      .record(
        z.string().max(TEXT_LIMITS.id),
        z
          .object({
            outcome: OutcomeParametersSchema.optional(),
            businessCase: BusinessCaseParametersSchema.optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/**
 * The zod schema of a {@link SimulationResult}: the shape, and what must hold between the parts —
 * one base scenario, unique scenario ids and months in order, every row of a known scenario and
 * month, one row per scenario × month × measure, differences for reforms only.
 *
 * @example
 * ```ts
 * import { SimulationResultSchema } from '@signaalreis/core';
 * SimulationResultSchema.safeParse({ format: 'signaalreis-simulation/2' }).success; // false
 * ```
 */
export const SimulationResultSchema = z
  .object({
    format: z.literal(SIMULATION_FORMAT),
    seed: z.string().max(TEXT_LIMITS.text),
    months: z.array(IsoMonthSchema).min(1),
    replications: z.number().int().min(1),
    municipalities: z.array(MunicipalitySchema),
    scenarios: z.array(ScenarioSchema).min(1),
    rows: z.array(SimulationRowSchema),
    parameters: ParametersSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    const fail = (path: (string | number)[], code: string, message: ReturnType<typeof zodMessage>) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code } });
    r.months.forEach((m, i) => {
      const before = r.months[i - 1];
      if (before !== undefined && m <= before) fail(['months', i], 'months_order', zodMessage(M.monthsOrder));
    });
    const ids = new Set<string>();
    r.scenarios.forEach((s, i) => {
      if (ids.has(s.id))
        fail(['scenarios', i, 'id'], 'duplicate_scenario', zodMessage(M.duplicateScenario(s.id)));
      ids.add(s.id);
    });
    if (!ids.has(BASE_SCENARIO)) fail(['scenarios'], 'no_base', zodMessage(M.noBase));
    const months = new Set<string>(r.months);
    const seen = new Set<string>();
    r.rows.forEach((row, i) => {
      if (!ids.has(row.scenario))
        fail(['rows', i, 'scenario'], 'unknown_scenario', zodMessage(M.unknownScenario(row.scenario)));
      if (row.month !== 'total' && !months.has(row.month))
        fail(['rows', i, 'month'], 'unknown_month', zodMessage(M.unknownMonth(row.month)));
      const key = `${row.scenario}\u0000${row.month}\u0000${row.measure}`;
      if (seen.has(key))
        fail(['rows', i], 'duplicate_row', zodMessage(M.duplicateRow(row.scenario, row.month, row.measure)));
      seen.add(key);
      const isBase = row.scenario === BASE_SCENARIO;
      if (isBase !== (row.deltaMean === null))
        fail(
          ['rows', i, 'deltaMean'],
          'delta_for_base',
          zodMessage(isBase ? M.deltaForBase : M.deltaMissing),
        );
    });
  });

/**
 * A policy simulation's result (format `signaalreis-simulation/1`): the seed, months and number
 * of replications, the municipalities simulated, the scenarios (`base` and the reforms, with
 * Dutch and English labels and where each comes from), one {@link SimulationRow} per scenario ×
 * month × measure (and per scenario × measure for `total`), and the parameters used with their
 * sources.
 *
 * @example
 * ```ts
 * import type { SimulationResult } from '@signaalreis/core';
 * declare const result: SimulationResult;
 * const net = result.rows.find((r) => r.scenario === 'visit-all' && r.month === 'total' && r.measure === 'net_cents');
 * net?.deltaMean; // cents gained (or lost, when negative) against the base, mean over replications
 * ```
 */
export type SimulationResult = Omit<z.infer<typeof SimulationResultSchema>, 'rows' | 'months'> & {
  months: z.infer<typeof IsoMonthSchema>[];
  rows: SimulationRow[];
};
