// Running a month with a municipality preset, and running a preset's own embedded test cases.
import {
  type HistoryEntry,
  type IntakeLookups,
  type IsoMonth,
  inMemoryDebtAssistanceRegister,
  inMemoryPopulationRegister,
  monthOf,
  type PlannedCase,
  type PlannedMonth,
  planMonth,
  type Result,
  runMonth,
  type Signal,
} from '@signaalreis/core';
import type { LoadedMunicipalityPreset } from './load';
import type { PresetTest } from './schema';

/**
 * What {@link runPresetMonth} reads besides the preset.
 *
 * @example
 * ```ts
 * import type { PresetMonthInput } from '@signaalreis/rules-presets';
 * const input: PresetMonthInput = { month: '2026-10', signals: [] };
 * ```
 */
export interface PresetMonthInput {
  month: IsoMonth;
  signals: readonly Signal[];
  history?: readonly HistoryEntry[];
  lookups?: IntakeLookups;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The whole month with one preset: matching and intake (`runMonth`) with the preset's matching and
 * intake configuration, then routing and capacity allocation (`planMonth`) with its routing.
 *
 * @example
 * ```ts
 * import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
 * const preset = municipalityPreset('type-medium');
 * if (preset.ok) {
 *   const month = await runPresetMonth(preset.value, { month: '2026-10', signals });
 *   month.ok && month.value.allocation.usage; // used / available per channel and team
 * }
 * ```
 */
export async function runPresetMonth(
  preset: LoadedMunicipalityPreset,
  input: PresetMonthInput,
): Promise<Result<PlannedMonth>> {
  const result = await runMonth({
    month: input.month,
    signals: input.signals,
    history: input.history ?? [],
    matching: preset.preset.matching,
    intake: preset.preset.intake,
    ...(input.lookups ? { lookups: input.lookups } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  return planMonth(result, preset.routing);
}

/**
 * The outcome of one embedded test case of a preset.
 *
 * @example
 * ```ts
 * import type { PresetTestResult } from '@signaalreis/rules-presets';
 * const line = (r: PresetTestResult) => `${r.passed ? 'ok  ' : 'FAIL'} ${r.name}`;
 * ```
 */
export interface PresetTestResult {
  name: string;
  source?: string;
  passed: boolean;
  /** One line per expectation that did not hold. */
  failures: string[];
}

/** What a test may check of a case, as the run produced it. */
function observed(c: PlannedCase) {
  return {
    bucket: c.worklistBucket,
    status: c.status,
    primaryChannel: c.allocation?.primaryChannel,
    team: c.allocation?.team,
  };
}

async function runOne(preset: LoadedMunicipalityPreset, test: PresetTest): Promise<PresetTestResult> {
  const first = test.signals[0];
  const month = test.month ?? (first ? monthOf(first.signalDate) : undefined);
  const head = { name: test.name, ...(test.source ? { source: test.source } : {}) };
  if (!month) return { ...head, passed: false, failures: ['the test has no signals and no month'] };
  const lookups: IntakeLookups = {
    ...(test.register ? { register: inMemoryPopulationRegister(test.register) } : {}),
    ...(test.knownAtDebtAssistance
      ? { debtAssistance: inMemoryDebtAssistanceRegister(test.knownAtDebtAssistance) }
      : {}),
  };
  const run = await runPresetMonth(preset, {
    month,
    signals: test.signals,
    history: test.history ?? [],
    lookups,
  });
  if (!run.ok)
    return { ...head, passed: false, failures: run.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const failures: string[] = [];
  const byKey = new Map(run.value.cases.map((c) => [c.case.householdKey, c]));
  for (const expected of test.expect.cases) {
    const c = byKey.get(expected.householdKey);
    if (!c) {
      failures.push(`${expected.householdKey}: no case (cases: ${[...byKey.keys()].join(', ') || 'none'})`);
      continue;
    }
    const got = observed(c);
    for (const key of ['bucket', 'status', 'primaryChannel', 'team'] as const) {
      const want = expected[key];
      if (want !== undefined && got[key] !== want) {
        failures.push(`${expected.householdKey}: ${key} is ${got[key] ?? '(none)'}, expected ${want}`);
      }
    }
  }
  return { ...head, passed: failures.length === 0, failures };
}

/**
 * Runs the test cases embedded in a preset (`tests`: signals in, expected cases out) through the
 * whole month — matching, intake, routing and allocation — and says per case what differed. A
 * test may carry its own population register (`register`) and debt-assistance list
 * (`knownAtDebtAssistance`) for presets that check them. A
 * preset extending another inherits its tests unless it gives its own.
 *
 * @example
 * ```ts
 * import { municipalityPreset, runPresetTests } from '@signaalreis/rules-presets';
 * const preset = municipalityPreset('type-small');
 * if (preset.ok) (await runPresetTests(preset.value)).every((r) => r.passed); // true
 * ```
 */
export async function runPresetTests(preset: LoadedMunicipalityPreset): Promise<PresetTestResult[]> {
  const out: PresetTestResult[] = [];
  for (const test of preset.preset.tests ?? []) out.push(await runOne(preset, test));
  return out;
}
