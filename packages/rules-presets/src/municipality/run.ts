// Running a month with a municipality preset, and running a preset's own embedded test cases.
import {
  type Bilingual,
  CHANNEL_LABELS,
  deliveryDay,
  type HistoryEntry,
  type IntakeLookups,
  type IsoDate,
  type IsoMonth,
  inMemoryDebtAssistanceRegister,
  inMemoryPopulationRegister,
  type MonthSignalsMemo,
  monthOf,
  type PlannedJourney,
  type PlannedMonth,
  planMonth,
  type Result,
  runMonth,
  type Signal,
  type TeamLabels,
  teamLabel,
  worklistBucket,
} from '@signaalreis/core';
import { PRESET_TEST_MESSAGES as T } from '../messages';
import { diffPresets } from './diff';
import type { LoadedMunicipalityPreset, PresetRegistry } from './load';
import { renderRoutingLabels } from './parameters';
import { MUNICIPALITY_PRESETS, municipalityPreset } from './registry';
import type { PresetTest } from './schema';

/**
 * What {@link runPresetMonth} reads besides the preset.
 *
 * @example
 * ```ts
 * import { asIsoDate, asIsoMonth } from '@signaalreis/core';
 * import type { PresetMonthInput } from '@signaalreis/rules-presets';
 * // `on` is needed only for a month the calendar cannot give a delivery day for
 * const input: PresetMonthInput = { month: asIsoMonth('2026-10'), signals: [], on: asIsoDate('2026-10-26') };
 * ```
 */
export interface PresetMonthInput {
  month: IsoMonth;
  /** Checked signals (the signal CSV reader or `validateSignal` makes them). */
  signals: readonly Signal[];
  history?: readonly HistoryEntry[];
  lookups?: IntakeLookups;
  /** The date intake and routing decide on; default: the month's delivery day (the 25th or the next working day). */
  on?: IsoDate;
  onProgress?: (done: number, total: number) => void;
  /** Matching's work on these signals kept for the next preset run on them (`monthSignalsMemo` of core). */
  memo?: MonthSignalsMemo;
}

/**
 * The whole month with one preset: matching and intake (`runMonth`) with the preset's matching and
 * intake configuration, then routing and capacity allocation (`planMonth`) with its routing. The
 * value has one journey per case: `match` and `intake` for every case, `route` and `allocation`
 * for the cases intake sends on to contact. Problems of either step come back as issues; warnings
 * that do not stop the month (e.g. `lookup_unused`) are in the value's `issues`.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type Signal, worklistBucket } from '@signaalreis/core';
 * import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
 * declare const signals: Signal[];
 * const preset = municipalityPreset('type-medium');
 * if (preset.ok) {
 *   const month = await runPresetMonth(preset.value, { month: asIsoMonth('2026-10'), signals });
 *   if (month.ok) {
 *     month.value.allocation.usage; // used / available per channel and team
 *     month.value.journeys.map(worklistBucket); // e.g. ['visit', 'letter', 'not-picked-up', …]
 *   }
 * }
 * ```
 */
export async function runPresetMonth(
  preset: LoadedMunicipalityPreset,
  input: PresetMonthInput,
): Promise<Result<PlannedMonth>> {
  const month = await runMonth({
    month: input.month,
    signals: input.signals,
    history: input.history ?? [],
    matching: preset.preset.matching,
    intake: preset.preset.intake,
    ...(input.lookups ? { lookups: input.lookups } : {}),
    ...(input.on ? { on: input.on } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
    ...(input.memo ? { memo: input.memo } : {}),
  });
  if (!month.ok) return month;
  const on = input.on ?? deliveryDay(input.month);
  return planMonth(month.value, renderRoutingLabels(preset.routing, on));
}

/**
 * The outcome of one embedded test case of a preset.
 *
 * @example
 * ```ts
 * import type { PresetTestResult } from '@signaalreis/rules-presets';
 * const lines = (r: PresetTestResult, lang: 'nl' | 'en') => [
 *   `${r.passed ? 'ok  ' : 'FAIL'} ${r.label?.[lang] ?? r.name}`,
 *   ...r.failures.map((f) => `     ${f[lang]}`), // e.g. '7411AB 1: bucket is letter, expected visit'
 * ];
 * ```
 */
export interface PresetTestResult {
  name: string;
  /** The test's label in Dutch and English, when the preset gives one (print it instead of `name`). */
  label?: Bilingual;
  source?: string;
  passed: boolean;
  /** One line per expectation that did not hold, in Dutch and English. */
  failures: Bilingual[];
  /** The preset the test was written for, when it is inherited from a parent. */
  inheritedFrom?: string;
  /**
   * An inherited test that holds for the parent but not for this preset: the preset's own changes
   * give another outcome, so the test no longer applies (not a failure; `passed` is false). Says
   * which changes.
   */
  noLongerApplies?: Bilingual;
}

/** The words for what a test checks of a case, as a failure names them. */
const CHECKED: Record<'bucket' | 'status' | 'primaryChannel' | 'team', Bilingual> = {
  bucket: { nl: 'bakje', en: 'bucket' },
  status: { nl: 'status', en: 'status' },
  primaryChannel: { nl: 'eerste kanaal', en: 'primary channel' },
  team: { nl: 'team', en: 'team' },
};

/**
 * A value a test checks, as a failure shows it: a channel or team by its label with the id the test
 * writes beside it (`huisbezoek (home-visit)`); a bucket id and a status as they are.
 */
function shownValue(key: keyof typeof CHECKED, value: string, teams: TeamLabels): Bilingual {
  const label = (l: Bilingual): Bilingual => ({
    nl: l.nl === value ? value : `${l.nl} (${value})`,
    en: l.en === value ? value : `${l.en} (${value})`,
  });
  if (key === 'primaryChannel' && Object.hasOwn(CHANNEL_LABELS, value))
    return label(CHANNEL_LABELS[value as keyof typeof CHANNEL_LABELS]);
  if (key === 'team') return label({ nl: teamLabel(value, 'nl', teams), en: teamLabel(value, 'en', teams) });
  return { nl: value, en: value };
}

/** What a test may check of a case, as the run produced it. */
function observed(j: PlannedJourney) {
  return {
    bucket: worklistBucket(j),
    status: j.intake.signalStatus,
    primaryChannel: j.allocation?.primaryChannel,
    team: j.allocation?.team,
  };
}

async function runOne(preset: LoadedMunicipalityPreset, test: PresetTest): Promise<PresetTestResult> {
  const first = test.signals[0];
  const month = test.month ?? (first ? monthOf(first.signalDate) : undefined);
  const head = {
    name: test.name,
    ...(test.label ? { label: test.label } : {}),
    ...(test.source ? { source: test.source } : {}),
  };
  if (!month) return { ...head, passed: false, failures: [T.noMonth] };
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
    return { ...head, passed: false, failures: run.issues.map((i) => T.runIssue(i.path, i.message)) };
  const failures: Bilingual[] = [];
  const teams = run.value.teams ?? [];
  const byKey = new Map<string, PlannedJourney>(run.value.journeys.map((j) => [j.match.householdKey, j]));
  for (const expected of test.expect.cases) {
    const j = byKey.get(expected.householdKey);
    if (!j) {
      failures.push(T.noCase(expected.householdKey, [...byKey.keys()]));
      continue;
    }
    const got = observed(j);
    for (const key of ['bucket', 'status', 'primaryChannel', 'team'] as const) {
      const want = expected[key];
      if (want !== undefined && got[key] !== want) {
        const had = got[key];
        failures.push(
          T.differs(
            expected.householdKey,
            CHECKED[key],
            had === undefined ? undefined : shownValue(key, had, teams),
            shownValue(key, want, teams),
          ),
        );
      }
    }
  }
  return { ...head, passed: failures.length === 0, failures };
}

/**
 * Runs the test cases embedded in a preset (`tests`: signals in, expected cases out) through the
 * whole month — matching, intake, routing and allocation — and says per case what differed. A
 * test may carry its own population register (`register`) and debt-assistance list
 * (`knownAtDebtAssistance`) for presets that check them. A preset extending another inherits its
 * tests unless it gives its own; an inherited test that fails here but holds for the preset it was
 * written for (looked up in `registry`) is reported as `noLongerApplies` — the copy's changes give
 * another outcome — rather than as a failure. What a test checks of a case: `bucket` (`worklistBucket` of the
 * journey: the routing bucket, or intake's outcome for a case not contacted), `status` (intake's
 * DDAS signal status), `primaryChannel` and `team` (allocation's).
 *
 * @example
 * ```ts
 * import { municipalityPreset, runPresetTests } from '@signaalreis/rules-presets';
 * const preset = municipalityPreset('type-small');
 * if (preset.ok) {
 *   const results = await runPresetTests(preset.value);
 *   results.every((r) => r.passed); // true
 *   // a failing case says what differed, e.g. failures[0].en: '7411AB 1: status is Opgepakt, expected Niet opgepakt: andere reden'
 * }
 * ```
 */
export async function runPresetTests(
  preset: LoadedMunicipalityPreset,
  registry: PresetRegistry = MUNICIPALITY_PRESETS,
): Promise<PresetTestResult[]> {
  const from = preset.testsFrom;
  const inherited = from !== undefined && from !== preset.preset.id ? from : undefined;
  const owner = inherited ? municipalityPreset(inherited, registry) : undefined;
  const out: PresetTestResult[] = [];
  for (const test of preset.preset.tests ?? []) {
    const result = await runOne(preset, test);
    if (!inherited) {
      out.push(result);
      continue;
    }
    const mine = { ...result, inheritedFrom: inherited };
    if (result.passed || !owner?.ok || !(await runOne(owner.value, test)).passed) {
      out.push(mine);
      continue;
    }
    out.push({
      ...mine,
      noLongerApplies: T.noLongerApplies(inherited, changesThatMatter(owner.value, preset)),
    });
  }
  return out;
}

/** What a copy changed in behaviour (not its name or texts), at most three, in words. */
function changesThatMatter(owner: LoadedMunicipalityPreset, preset: LoadedMunicipalityPreset): string[][] {
  const identity = /^(id|label|extends|description|sources|municipalityType|formatVersion|tests)$/;
  const changes = diffPresets(owner.preset, preset.preset).filter((c) => !identity.test(c.path));
  return [changes.slice(0, 3).map((c) => c.nl), changes.slice(0, 3).map((c) => c.en)];
}
