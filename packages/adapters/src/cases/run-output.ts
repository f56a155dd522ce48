// What the monthly run writes: worklists per team and channel (for the people who make contact),
// the capacity summary, and the run's JSON (cases with their contact plan). Everything is read
// from the journeys of a planned month (docs/architecture.md): route and allocation sections.
import {
  type AllocationOutcome,
  type Bilingual,
  type CaseId,
  CHANNEL_LABELS,
  type Channel,
  type DdasSignalStatus,
  type IsoDate,
  joinBilingual,
  type Lang,
  type MunicipalityCode,
  type PlannedJourney,
  type PlannedMonth,
  type SignalId,
  type Team,
  type TeamDeclaration,
  teamLabel,
  worklistBucket,
} from '@signaalreis/core';
import { type CsvDialect, csvTable, type OutputTable } from '../output/csv-writer';
import { contactExplanation, plannedExtras } from './case-extras';
import { type CaseFile, caseFileCase, FULL_CASE_FILE_FORMAT } from './case-file';

export { worklistPieces, worklists, worklistTables } from './worklist';

import { RUN_OUTPUT_MESSAGES as W } from './messages';

/**
 * One case of the monthly run as the run's JSON shows it.
 *
 * @example
 * ```ts
 * import type { RunCase } from '@signaalreis/adapters/cases';
 * const line = (c: RunCase) => `${c.caseId}: ${c.primaryChannel ?? 'no contact'} by ${c.team ?? '-'}`;
 * ```
 */
export interface RunCase {
  caseId: CaseId;
  signalIds: SignalId[];
  /** The DDAS signal status of the case after intake (`intake.signalStatus`). */
  signalStatus: DdasSignalStatus;
  /** The worklist bucket: the routing bucket for contacted cases, else the intake outcome (`worklistBucket`). */
  worklistBucket: string;
  /** Routing priority (1 = most urgent); absent for cases not contacted. */
  priority?: number;
  /** The most intensive channel of the final plan (home visit > phone > sms > e-mail > card > letter). */
  primaryChannel?: Channel;
  team?: Team;
  /** The routing deadline for the contact; absent for cases not contacted. */
  deadline?: IsoDate;
  plan: {
    channel: Channel;
    team: Team;
    attempts: number;
    spacingDays?: number;
    /** Parts of the day to vary the attempts over (the worklist's `parts_of_day`). */
    partsOfDay?: string[];
  }[];
  /** What allocation made of the plan (`allocation.outcome`); absent for cases not contacted. */
  allocationOutcome?: AllocationOutcome;
  explanation: Bilingual;
}

/** The final steps of a journey's allocation as the run shows them (channel, team, attempts, spacing, parts of day). */
const planOf = (j: PlannedJourney): RunCase['plan'] =>
  (j.allocation?.steps ?? []).map((s) => ({
    channel: s.channel,
    team: s.team,
    attempts: s.attempts,
    ...(s.spacingDays === undefined ? {} : { spacingDays: s.spacingDays }),
    ...(s.partsOfDay === undefined ? {} : { partsOfDay: [...s.partsOfDay] }),
  }));

/**
 * One case of a planned month as the case file holds it (full form): `match`'s entry
 * ({@link caseFileCase}) plus the worklist bucket and the contact plan (`plan`, `priority`,
 * `primaryChannel`, `team`, `contactDeadline`), for a contacted case what its worklist rows show
 * besides (`bucketLabel`, `contactExplanation`, `teamLabels` of the declared `teams` in its plan),
 * and what capacity allocation did to the plan (`allocation`: `outcome`, `overflowed`, `unplaced`)
 * for the monthly report. {@link plannedCaseFile} is every case of the month.
 *
 * @example
 * ```ts
 * import { compactCase, plannedCase } from '@signaalreis/adapters/cases';
 * import type { PlannedJourney } from '@signaalreis/core';
 * declare const journey: PlannedJourney; // a case of runPresetMonth(…).value.journeys
 * JSON.stringify(compactCase(plannedCase(journey))); // the line `signaalreis run` writes for it in cases.json
 * ```
 */
export function plannedCase(
  j: PlannedJourney,
  teams: readonly TeamDeclaration[] = [],
): CaseFile['cases'][number] {
  const { route, allocation } = j;
  return {
    ...caseFileCase(j),
    worklistBucket: worklistBucket(j),
    plan: planOf(j),
    ...(route && allocation ? { priority: route.priority } : {}),
    ...(allocation?.primaryChannel ? { primaryChannel: allocation.primaryChannel } : {}),
    ...(allocation?.team ? { team: allocation.team } : {}),
    ...(route && allocation ? { contactDeadline: route.deadline } : {}),
    ...plannedExtras(j, teams),
  };
}

/**
 * One case in the run's shape: intake's status, the worklist bucket, the final contact plan after
 * capacity and contact-data fallbacks, and one explanation of the steps (intake's text, a space,
 * then routing and allocation).
 *
 * @example
 * ```ts
 * import { runCase } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth, Result } from '@signaalreis/core';
 * declare const planned: Result<PlannedMonth>; // from planMonth (or runPresetMonth of rules-presets)
 * if (planned.ok) planned.value.journeys.map(runCase);
 * ```
 */
export function runCase(j: PlannedJourney): RunCase {
  const { route, allocation } = j;
  const plan = planOf(j);
  const contact = contactExplanation(j);
  return {
    caseId: j.caseId,
    signalIds: j.match.signals.map((s) => s.signal.signalId),
    signalStatus: j.intake.signalStatus,
    worklistBucket: worklistBucket(j),
    ...(route && allocation
      ? { priority: route.priority, deadline: route.deadline, allocationOutcome: allocation.outcome }
      : {}),
    ...(allocation?.primaryChannel ? { primaryChannel: allocation.primaryChannel } : {}),
    ...(allocation?.team ? { team: allocation.team } : {}),
    plan,
    explanation: contact ? joinBilingual([j.intake.explanation, contact]) : j.intake.explanation,
  };
}

/**
 * The run's JSON: `{ month, preset, decidedOn, counts, cases, capacity, setAside, issues }` (the
 * shape `signaalreis run --format json` prints). `issues` are the month's warnings: the matching's
 * about its input (`history_not_before_month`: a history signal of the month itself or later, set
 * aside) and the month's own (`lookup_unused`: a register was given while the preset switches the
 * register check off).
 *
 * @example
 * ```ts
 * import { runJson } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth, Result } from '@signaalreis/core';
 * declare const planned: Result<PlannedMonth>; // from planMonth (or runPresetMonth of rules-presets)
 * if (planned.ok) runJson(planned.value, 'type-medium').capacity; // used / available per channel and team
 * ```
 */
export function runJson(m: PlannedMonth, preset: string) {
  return {
    month: m.month,
    preset,
    decidedOn: m.decidedOn,
    counts: { ...m.counts, allocation: m.allocation.counts },
    cases: m.journeys.map(runCase),
    capacity: m.allocation.usage,
    setAside: m.matching.setAside.map((s) => s.issue),
    issues: [...m.matching.issues, ...m.issues],
  };
}

/**
 * The case file of a planned month: the case file of `match` plus, per case, the worklist bucket
 * and the contact plan (`priority`, `primaryChannel`, `team`, `plan`, `contactDeadline`) — readable
 * as history and by `signaalreis feedback` — and for a contacted case what its worklist rows show
 * besides (`bucketLabel`, `contactExplanation`, `teamLabels` of declared teams) — and, for the
 * monthly report, what capacity allocation did to the plan (`allocation`: `outcome`, `overflowed`,
 * `unplaced`); see {@link plannedCase}.
 *
 * @example
 * ```ts
 * import { plannedCaseFile } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth, Result } from '@signaalreis/core';
 * declare const planned: Result<PlannedMonth>; // from planMonth (or runPresetMonth of rules-presets)
 * if (planned.ok) JSON.stringify(plannedCaseFile(planned.value, 'type-medium'));
 * ```
 */
export function plannedCaseFile(m: PlannedMonth, preset: string, municipality?: MunicipalityCode): CaseFile {
  return {
    format: FULL_CASE_FILE_FORMAT,
    month: m.month,
    preset,
    decidedOn: m.decidedOn,
    ...(municipality ? { municipality } : {}),
    cases: m.journeys.map((j) => plannedCase(j, m.teams ?? [])),
  };
}

/**
 * The capacity summary as CSV: per channel and team the monthly capacity, what was used, what is
 * left, what overflowed in and out, and how many cases could not be placed.
 *
 * @example
 * ```ts
 * import { capacityCsv } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth, Result } from '@signaalreis/core';
 * declare const planned: Result<PlannedMonth>; // from planMonth (or runPresetMonth of rules-presets)
 * if (planned.ok) capacityCsv(planned.value).split('\n')[0]; // 'channel,team,per_month,used,available,overflowed_in,overflowed_out,unplaced'
 * ```
 */
export function capacityCsv(m: PlannedMonth, dialect?: CsvDialect, lang: Lang = 'nl'): string {
  const table = capacityTable(m, lang);
  return csvTable(table.rows, { ...table, ...(dialect ? { dialect } : {}) });
}

/**
 * The capacity summary as a table (columns, rows): what {@link capacityCsv} writes as CSV and
 * `signaalreis run --xlsx` as the sheet "Capaciteit" of `worklists.xlsx`.
 *
 * @example
 * ```ts
 * import { capacityTable } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const month: PlannedMonth;
 * capacityTable(month).rows.filter((r) => r.unplaced !== 0); // channels and teams that ran out
 * ```
 */
export function capacityTable(m: PlannedMonth, lang: Lang = 'nl'): OutputTable {
  const rows = m.allocation.usage.map((u) => ({
    channel: CHANNEL_LABELS[u.channel][lang],
    team: u.team ? teamLabel(u.team, lang, m.teams) : W.allTeams[lang],
    per_month: u.perMonth ?? W.unlimited[lang],
    used: u.used,
    available: u.available ?? W.unlimited[lang],
    overflowed_in: u.overflowedIn,
    overflowed_out: u.overflowedOut,
    unplaced: u.unplaced,
  }));
  return {
    columns: [
      'channel',
      'team',
      'per_month',
      'used',
      'available',
      'overflowed_in',
      'overflowed_out',
      'unplaced',
    ],
    rows,
  };
}
