// Reading a saved simulation.json back (issue 16): the text under the JSON limits of core's
// parseJsonText, then the result's schema; every problem an issue with its path (and line and
// column for a problem in the text), never an exception.
import {
  issuesFromZod,
  parseJsonText,
  type Result,
  type SimulationResult,
  SimulationResultSchema,
} from '@signaalreis/core';

/**
 * The largest simulation.json read, in characters (project default): 11 scenarios × 13 months ×
 * 25 measures is about 3,600 rows, under 1 MiB; 64 MiB leaves room for many reforms and measures.
 *
 * @example
 * ```ts
 * import { SIMULATION_RESULT_MAX_LENGTH } from '@signaalreis/adapters/simulation-report';
 * SIMULATION_RESULT_MAX_LENGTH; // 67108864
 * ```
 */
export const SIMULATION_RESULT_MAX_LENGTH = 64 * 1024 * 1024;

/**
 * Reads the text of a simulation result (simulation.json of `signaalreis simulate`): JSON under
 * the limits (nesting, size, duplicate keys; line and column of a problem), then the format
 * `signaalreis-simulation/1` with its checks — one base scenario, rows of known scenarios and
 * months, one row per scenario × month × measure, intervals in order. Bad input gives issues with
 * a code, a path and a Dutch and English message.
 *
 * @example
 * ```ts
 * import { readSimulationResult } from '@signaalreis/adapters/simulation-report';
 * const r = readSimulationResult('{"format": "signaalreis-simulation/2"}');
 * if (!r.ok) r.issues.map((i) => i.path.join('.')); // ['format', 'seed', 'months', …]
 * ```
 */
export function readSimulationResult(text: string): Result<SimulationResult> {
  const json = parseJsonText(text, { maxLength: SIMULATION_RESULT_MAX_LENGTH });
  if (!json.ok) return json;
  const parsed = SimulationResultSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: parsed.data as SimulationResult };
}
