// What the monthly run writes: worklists per team and channel (for the people who make contact),
// the capacity summary, and the run's JSON (cases with their contact plan). Everything is read
// from the journeys of a planned month (docs/architecture.md): route and allocation sections.
import {
  type AllocatedJourney,
  type AllocationOutcome,
  type Bilingual,
  type CaseAllocation,
  type CaseId,
  type CaseJourney,
  type Channel,
  type DdasSignalStatus,
  type IsoDate,
  joinBilingual,
  journeyExplanation,
  type Lang,
  type MunicipalityCode,
  type Person,
  type PlannedJourney,
  type PlannedMonth,
  type SignalId,
  type Team,
  type TeamDeclaration,
  teamName,
  worklistBucket,
} from '@signaalreis/core';
import { type CsvDialect, csvTable, type OutputTable } from '../output/csv-writer';
import { CASE_FILE_FORMAT, type CaseFile, caseFileCase } from './case-file';
import { RUN_OUTPUT_MESSAGES as W } from './messages';
import { type WorklistCase, worklistTablesOf } from './worklist-table';

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

/**
 * The routing and allocation explanations of a journey, one statement a line: what a worklist shows
 * (the routing rule, then each change capacity or contact data made, then the final plan).
 */
function contactExplanation(j: CaseJourney): Bilingual | undefined {
  const parts = journeyExplanation(j).filter((e) => e.stage === 'route' || e.stage === 'allocation');
  return parts.length === 0 ? undefined : joinBilingual(parts, '\n');
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
  const plan = (allocation?.steps ?? []).map((s) => ({
    channel: s.channel,
    team: s.team,
    attempts: s.attempts,
    ...(s.spacingDays === undefined ? {} : { spacingDays: s.spacingDays }),
    ...(s.partsOfDay === undefined ? {} : { partsOfDay: [...s.partsOfDay] }),
  }));
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
 * shape `signaalreis run --format json` prints). `issues` are the month's warnings (e.g.
 * `lookup_unused`: a register was given while the preset switches the register check off).
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
    issues: m.issues,
  };
}

/**
 * What a worklist shows of a contacted case that the rest of the case file does not hold, so that
 * the worklists of a stored month can be written again as the run wrote them: the bucket's label,
 * the routing and allocation explanation, and the labels of the declared teams in its plan.
 */
function worklistExtras(j: PlannedJourney, teams: readonly TeamDeclaration[]) {
  if (!withSteps(j)) return {};
  const explanation = contactExplanation(j);
  const own = teams.filter((t) => j.allocation.steps.some((s) => s.team === t.id));
  return {
    ...(j.route.label ? { bucketLabel: j.route.label } : {}),
    ...(explanation ? { contactExplanation: explanation } : {}),
    ...(own.length > 0 ? { teamLabels: Object.fromEntries(own.map((t) => [t.id, t.label])) } : {}),
  };
}

/**
 * What allocation did to a case's plan, as the case file keeps it for the monthly report: the
 * outcome, each step that found a full capacity and moved on (from where to where), and each step
 * that fit nowhere (the channel and team where it ended) — what `capacity.csv` counts, per case.
 */
function allocationRecord(a: CaseAllocation) {
  return {
    outcome: a.outcome,
    overflowed: a.placements.flatMap((p) =>
      p.changes.filter((c) => c.kind === 'overflow').map((c) => ({ from: c.from, to: c.to })),
    ),
    unplaced: a.placements
      .filter((p) => p.outcome === 'unplaced')
      .map((p) => p.changes.at(-1)?.to ?? { channel: p.requested.channel, team: p.requested.team }),
  };
}

/**
 * The case file of a planned month: the case file of `match` plus, per case, the worklist bucket
 * and the contact plan (`priority`, `primaryChannel`, `team`, `plan`, `contactDeadline`) — readable
 * as history and by `signaalreis feedback` — and for a contacted case what its worklist rows show
 * besides (`bucketLabel`, `contactExplanation`, `teamLabels` of declared teams) — and, for the
 * monthly report, what capacity allocation did to the plan (`allocation`: `outcome`, `overflowed`,
 * `unplaced`).
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
    format: CASE_FILE_FORMAT,
    month: m.month,
    preset,
    decidedOn: m.decidedOn,
    ...(municipality ? { municipality } : {}),
    cases: m.journeys.map((j) => {
      const r = runCase(j);
      return {
        ...caseFileCase(j),
        worklistBucket: r.worklistBucket,
        plan: r.plan,
        ...(r.priority === undefined ? {} : { priority: r.priority }),
        ...(r.primaryChannel ? { primaryChannel: r.primaryChannel } : {}),
        ...(r.team ? { team: r.team } : {}),
        ...(r.deadline ? { contactDeadline: r.deadline } : {}),
        ...worklistExtras(j, m.teams ?? []),
        ...(j.allocation ? { allocation: allocationRecord(j.allocation) } : {}),
      };
    }),
  };
}

const personName = (p: Person) => [p.initials, p.prefix, p.surname].filter(Boolean).join(' ');

/** A journey that has a contact step to carry out. */
const withSteps = (j: PlannedJourney): j is AllocatedJourney =>
  j.route !== undefined && j.allocation !== undefined && j.allocation.steps.length > 0;

/** A planned journey with contact steps as a case of the worklists. */
function worklistCaseOf(j: AllocatedJourney): WorklistCase {
  const { route, allocation, match } = j;
  const signals = match.signals.map((s) => s.signal);
  const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  const explanation = contactExplanation(j);
  return {
    caseId: j.caseId,
    priority: route.priority,
    rank: match.rank,
    bucket: route.bucket,
    ...(route.label ? { bucketLabel: route.label } : {}),
    deadline: route.deadline,
    deadlinePassed: route.deadlinePassed === true,
    steps: allocation.steps,
    names: uniq(signals.map((s) => personName(s.person))),
    address: match.householdKey,
    city: signals[0]?.address.city ?? '',
    phone: uniq(signals.map((s) => s.contact.phone)),
    email: uniq(signals.map((s) => s.contact.email)),
    signals: signals.map((s) => ({ partnerId: s.partner.id, kind: s.kind, amountCents: s.amountCents })),
    totalAmountCents: match.totals.totalAmountCents,
    ...(explanation ? { explanation } : {}),
  };
}

/**
 * Worklists: for every team and channel, the cases with a step there, most urgent first (a
 * deadline that passed before the run — column `deadline_note`: "termijn verstreken op 22-10-2026"
 * — then routing priority, then matching's rank), with what the worker needs to make contact (names, address,
 * phone, e-mail, the signals), the bucket's label, the team (a declared team by its label) and the
 * routing and allocation explanation. Keys are `team/channel`; values are CSV text.
 *
 * @example
 * ```ts
 * import { worklists } from '@signaalreis/adapters/cases';
 * import type { PlannedMonth, Result } from '@signaalreis/core';
 * declare const planned: Result<PlannedMonth>; // from planMonth (or runPresetMonth of rules-presets)
 * if (planned.ok) [...worklists(planned.value).keys()]; // ['neighbourhood-team/home-visit', 'municipality/letter', …]
 * ```
 */
export function worklists(m: PlannedMonth, dialect?: CsvDialect, lang: Lang = 'nl'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, table] of worklistTables(m, lang))
    out.set(key, csvTable(table.rows, { ...table, ...(dialect ? { dialect } : {}) }));
  return out;
}

/**
 * The worklists as tables (columns, rows) rather than CSV text: what {@link worklists} writes as CSV
 * and `signaalreis run --xlsx` as one sheet per worklist (with `xlsxWorkbook`). Same keys, same order;
 * the columns are `WORKLIST_COLUMNS`, as in the service's worklists of a stored month.
 *
 * @example
 * ```ts
 * import { worklistTables } from '@signaalreis/adapters/cases';
 * import { xlsxWorkbook } from '@signaalreis/adapters/output';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const month: PlannedMonth;
 * const sheets = [...worklistTables(month)].map(([key, table]) => ({ name: key.replace('/', ' '), ...table }));
 * const bytes = await xlsxWorkbook(sheets); // total_amount as € amounts, deadline as date cells
 * ```
 */
export function worklistTables(m: PlannedMonth, lang: Lang = 'nl'): Map<string, OutputTable> {
  return worklistTablesOf(m.journeys.filter(withSteps).map(worklistCaseOf), lang, m.teams);
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
    channel: u.channel,
    team: u.team ? teamName(u.team, lang, m.teams) : W.allTeams[lang],
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
