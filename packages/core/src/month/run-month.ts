// The one call for a month (phase 3 of the journey): signals + history + configuration + lookups →
// a journey per case with its match and intake sections, every signal accounted for.
import { deliveryDay } from '../calendar/delivery';
import { HOLIDAY_YEARS } from '../calendar/holidays';
import { DEFAULT_INTAKE_CONFIG, type IntakeConfig, IntakeConfigSchema } from '../intake/config';
import { decideIntake } from '../intake/intake-case';
import type { IntakeLookups } from '../intake/lookups';
import type { IntakenJourney, IntakeOutcome } from '../intake/types';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig, MatchingConfigSchema } from '../matching/config';
import type { HistoryEntry } from '../matching/history';
import { type MonthSignalsMemo, matchMonth } from '../matching/match-month';
import type { MonthMatch } from '../matching/types';
import type { DdasSignalStatus } from '../model/enums';
import { type IsoDate, type IsoMonth, isIsoMonth, parseIsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, prefixIssues, type Result } from '../model/issue';
import type { Signal } from '../model/signal';
import type { Bilingual } from '../model/text';
import { issuesFromZod } from '../model/zod-issues';

/** The texts of runMonth (Dutch B1 for officers, and English). */
const RUN_MESSAGES = {
  registerUnused: {
    nl: 'Er is een BRP-koppeling meegegeven, maar de BRP-controle staat uit in de instellingen. De koppeling wordt niet gebruikt.',
    en: 'A population register was given, but the intake configuration switches the register check off: the register is not used',
  },
  debtAssistanceUnused: {
    nl: 'Er is een koppeling met schuldhulpverlening meegegeven, maar de SHV-check staat uit in de instellingen. De koppeling wordt niet gebruikt.',
    en: 'A debt-assistance lookup was given, but the intake configuration switches the debt-assistance check off: the lookup is not used',
  },
  monthOutsideCalendar: (month: string, from: number, to: number): Bilingual => ({
    nl: `De leverdag van ${month} kan niet worden berekend: de kalender kent de jaren ${from}–${to}. Geef een datum mee in "on".`,
    en: `The delivery day of ${month} cannot be computed: the calendar covers the years ${from}–${to}. Give a date in "on".`,
  }),
} as const;

/**
 * What {@link runMonth} reads.
 *
 * @example
 * ```ts
 * import { asIsoDate, asIsoMonth, type MonthInput } from '@signaalreis/core';
 * const input: MonthInput = { month: asIsoMonth('2026-10'), signals: [], on: asIsoDate('2026-10-27') };
 * ```
 */
export interface MonthInput {
  month: IsoMonth;
  signals: readonly Signal[];
  history?: readonly HistoryEntry[];
  matching?: MatchingConfig;
  intake?: IntakeConfig;
  lookups?: IntakeLookups;
  /** The date intake decides on; default: the month's delivery day (the 25th or the next working day). */
  on?: IsoDate;
  /** Called after each case's intake, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Matching's work on these signals kept for the next month run on them (`MatchMonthInput.memo`). */
  memo?: MonthSignalsMemo;
}

/**
 * The result of {@link runMonth}: a journey per case with its `match` and `intake` sections, in
 * rank order, and what matching set aside.
 *
 * @example
 * ```ts
 * import type { MonthResult } from '@signaalreis/core';
 * const pickedUp = (r: MonthResult) => r.counts.byOutcome['picked-up'];
 * ```
 */
export interface MonthResult {
  month: IsoMonth;
  decidedOn: IsoDate;
  journeys: IntakenJourney[];
  /** Matching's view: set-aside and invalid signals, input issues and matching counts. */
  matching: Omit<MonthMatch, 'journeys'>;
  /** Warnings about the run as a whole (e.g. `lookup_unused`: a register was given but the check is off). */
  issues: Issue[];
  counts: {
    signals: number;
    cases: number;
    byOutcome: Record<IntakeOutcome, number>;
    bySignalStatus: Partial<Record<DdasSignalStatus, number>>;
  };
}

/** Lookups that were given while the configuration switches their check off: not silent. */
function unusedLookups(lookups: IntakeLookups, config: IntakeConfig): Issue[] {
  const issues: Issue[] = [];
  if (lookups.register !== undefined && !config.registerCheck.enabled)
    issues.push(issue('lookup_unused', ['lookups', 'register'], RUN_MESSAGES.registerUnused));
  if (lookups.debtAssistance !== undefined && !config.debtAssistanceCheck.enabled)
    issues.push(issue('lookup_unused', ['lookups', 'debtAssistance'], RUN_MESSAGES.debtAssistanceUnused));
  return issues;
}

/** The configurations and the decision date, checked once for the month. */
function checkRun(input: MonthInput): Result<{ intake: IntakeConfig; on: IsoDate | undefined }> {
  const issues: Issue[] = [];
  const matching = MatchingConfigSchema.safeParse(input.matching ?? DEFAULT_MATCHING_CONFIG);
  if (!matching.success) issues.push(...issuesFromZod(matching.error, ['matching']));
  const intake = input.intake ?? DEFAULT_INTAKE_CONFIG;
  const parsed = IntakeConfigSchema.safeParse(intake);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, ['intake']));
  let on: IsoDate | undefined;
  if (input.on !== undefined) {
    const date = parseIsoDate(input.on);
    if (date.ok) on = date.value;
    else issues.push(...prefixIssues(date.issues, ['on']));
  } else if (isIsoMonth(input.month)) {
    const year = Number(input.month.slice(0, 4));
    if (year < HOLIDAY_YEARS.from || year >= HOLIDAY_YEARS.to) {
      const message = RUN_MESSAGES.monthOutsideCalendar(
        input.month,
        HOLIDAY_YEARS.from,
        HOLIDAY_YEARS.to - 1,
      );
      issues.push(issue('month_outside_calendar', ['month'], message));
    }
  }
  return issues.length > 0 ? fail(issues) : ok({ intake, on });
}

/**
 * Runs matching and intake for a month: groups the signals into cases per household (with
 * history: matches across months, repeats, recidive), then decides each case's intake with the
 * configuration and the two lookups (population register, debt assistance). Journeys come in rank
 * order; every signal is in exactly one case, in `matching.setAside` or in `matching.invalid`.
 * Intake's decision is final (a case matching flagged for manual review is `manual-review`, not
 * `picked-up`). Deterministic; lookups are called one case at a time, in rank order.
 *
 * Bad input gives issues, never a throw: a month that is not `YYYY-MM` (`['month']`), a
 * configuration that does not validate (`['matching', …]`, `['intake', …]`), a date `on` that is
 * not a real date. Warnings go to `issues`: `lookup_unused` when a register or debt-assistance
 * lookup is given while the intake configuration switches that check off.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type PopulationRegister, runMonth, type Signal } from '@signaalreis/core';
 * declare const october: Signal[];
 * declare const register: PopulationRegister; // e.g. inMemoryPopulationRegister(records)
 * const r = await runMonth({ month: asIsoMonth('2026-10'), signals: october, lookups: { register } });
 * if (r.ok) {
 *   r.value.counts.byOutcome; // e.g. { 'picked-up': 186, crisis: 3, 'manual-review': 0, 'not-picked-up': 17 }
 *   r.value.issues.map((i) => i.code); // ['lookup_unused']: the default intake configuration has the register check off
 * }
 * ```
 */
export async function runMonth(input: MonthInput): Promise<Result<MonthResult>> {
  const checked = checkRun(input);
  const matched = matchMonth(
    {
      month: input.month,
      signals: input.signals,
      history: input.history ?? [],
      ...(input.memo === undefined ? {} : { memo: input.memo }),
    },
    input.matching ?? DEFAULT_MATCHING_CONFIG,
  );
  if (!checked.ok || !matched.ok) {
    const matchIssues = matched.ok ? [] : matched.issues.filter((i) => i.path[0] !== 'config');
    return fail([...matchIssues, ...(checked.ok ? [] : checked.issues)]);
  }
  const { journeys: matchedJourneys, ...matching } = matched.value;
  const config = checked.value.intake;
  const decidedOn = checked.value.on ?? deliveryDay(matched.value.month);
  const lookups = input.lookups ?? {};
  const journeys: IntakenJourney[] = [];
  const byOutcome: Record<IntakeOutcome, number> = {
    'picked-up': 0,
    crisis: 0,
    'manual-review': 0,
    'not-picked-up': 0,
  };
  const bySignalStatus: Partial<Record<DdasSignalStatus, number>> = {};
  for (const j of matchedJourneys) {
    const r = await decideIntake(j, config, decidedOn, lookups); // config and date checked above
    if (!r.ok) return fail(prefixIssues(r.issues, ['cases', j.caseId]));
    journeys.push(r.value);
    byOutcome[r.value.intake.outcome] += 1;
    const status = r.value.intake.signalStatus;
    bySignalStatus[status] = (bySignalStatus[status] ?? 0) + 1;
    input.onProgress?.(journeys.length, matchedJourneys.length);
  }
  return ok({
    month: matched.value.month,
    decidedOn,
    journeys,
    matching,
    issues: unusedLookups(lookups, config),
    counts: { signals: input.signals.length, cases: journeys.length, byOutcome, bySignalStatus },
  });
}
