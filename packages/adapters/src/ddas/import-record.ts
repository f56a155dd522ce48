// The lifecycle record of an imported DDAS case, built through the lifecycle table itself —
// createRecord, recordAttempt and transition — so that `signaalreis feedback` (which replays every
// record's audit trail through the table) accepts it as if the municipality had worked it here.
import {
  type CaseId,
  type CaseRecord,
  createRecord,
  type DdasCaseResult,
  type DdasContactKind,
  type DdasPartOfDay,
  type DdasSignalStatus,
  entryStatus,
  type FollowUpKind,
  type IsoDate,
  type Issue,
  type IssuePath,
  issue,
  type LifecycleTable,
  type LifecycleTransition,
  prefixIssues,
  recordAttempt,
  transition,
} from '@signaalreis/core';
import { DDAS_MESSAGES as M } from './messages';
import { FOLLOW_UP_BY_DDAS_RESULT } from './vocabulary';

/** Who the audit trail says made the imported steps. */
export const IMPORT_ACTOR = 'ddas-import';
/** The reason the audit trail gives when an import leaves a final status. */
const IMPORT_REASON = 'read from a DDAS delivery (ingelezen uit een DDAS-levering)';

/** One imported contact attempt and where it was in the delivery. */
export interface ImportedAttempt {
  kind: DdasContactKind;
  reached: boolean;
  date: IsoDate;
  partOfDay: DdasPartOfDay;
  at: IssuePath;
}

/** What a DDAS case says about the lifecycle of its case. */
export interface RecordFacts {
  caseId: CaseId;
  signals: CaseRecord['signals'];
  /** The status the case entered the lifecycle with (its intake status). */
  intake: DdasSignalStatus;
  createdAt: IsoDate;
  /** When the case was picked up later than it entered (`datumOpgepakt` after the matching date). */
  pickUpOn?: IsoDate;
  attempts: ImportedAttempt[];
  result?: DdasCaseResult;
}

// The statuses a transition applies in: core's rule (lifecycle/table-checks.ts, `fromStatuses`):
// `*` means every status that is not final, or every status for a transition that stays put.
const fromStatuses = (t: LifecycleTransition, table: LifecycleTable): string[] => {
  if (t.from === '*') return table.statuses.filter((s) => !s.final || t.to === undefined).map((s) => s.id);
  return typeof t.from === 'string' ? [t.from] : t.from;
};

/** Transitions an officer can take from `status` (no timer event, no required follow-up) that `wanted` picks. */
function candidates(
  table: LifecycleTable,
  status: string,
  wanted: (t: LifecycleTransition) => boolean,
): LifecycleTransition[] {
  const timed = new Set(table.events.filter((e) => e.timer !== undefined).map((e) => e.id));
  return table.transitions.filter(
    (t) =>
      fromStatuses(t, table).includes(status) &&
      !timed.has(t.event) &&
      t.followUp !== 'required' &&
      wanted(t),
  );
}

/** The first candidate transition that the table accepts now, applied; `undefined` when none does. */
function applyFirst(
  record: CaseRecord,
  list: readonly LifecycleTransition[],
  table: LifecycleTable,
  on: IsoDate,
  result?: DdasCaseResult,
): CaseRecord | undefined {
  const final = table.statuses.find((s) => s.id === record.status)?.final === true;
  const followUp =
    result === undefined ? undefined : (FOLLOW_UP_BY_DDAS_RESULT as Record<string, FollowUpKind>)[result];
  for (const t of list) {
    const takesResult = t.result !== undefined && 'fromEvent' in t.result;
    const event = {
      type: t.event,
      actor: IMPORT_ACTOR,
      ...(takesResult && result !== undefined ? { result } : {}),
      ...(t.followUp !== undefined && followUp !== undefined ? { followUp: { kind: followUp } } : {}),
      ...(final ? { reason: IMPORT_REASON } : {}),
    };
    const done = transition(record, event, table, on);
    if (done.ok) return done.value.record;
  }
  return undefined;
}

/** The latest of some ISO dates (they sort as text). */
const latest = (dates: readonly [IsoDate, ...IsoDate[]]): IsoDate =>
  [...dates].sort()[dates.length - 1] ?? dates[0];

/**
 * The lifecycle record of an imported case: created in its intake status (`entryStatus`) on
 * `createdAt`; picked up on `pickUpOn` when given (the first transition of the table into a status
 * DDAS calls `Opgepakt`); then each contact attempt in the order given; then the result, on the
 * latest date the case knows (DDAS gives no date for a result), by the first transition of the
 * table that sets it. What the table does not allow is a warning and is left out (an attempt in
 * a final status, a result that cannot follow the status), never silently.
 */
export function buildRecord(
  f: RecordFacts,
  table: LifecycleTable,
  at: IssuePath,
): { record?: CaseRecord; errors: Issue[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const failed = (issues: Issue[]) => ({
    errors: issues.map((i) => ({ ...i, message: M.recordFailed(i.message) })),
    warnings,
  });
  const entry = entryStatus(f.intake, table);
  if (!entry.ok) return failed(prefixIssues(entry.issues, at));
  const created = createRecord(
    {
      caseId: f.caseId,
      status: entry.value.status,
      signals: f.signals,
      ...(entry.value.result ? { result: entry.value.result } : {}),
      actor: IMPORT_ACTOR,
    },
    f.createdAt,
  );
  if (!created.ok) return failed(prefixIssues(created.issues, at));
  let record = created.value;
  const ddasOf = (id: string) => table.statuses.find((s) => s.id === id)?.ddas.signalStatus;
  if (f.pickUpOn !== undefined) {
    const from = record.status;
    const list = candidates(
      table,
      from,
      (t) => t.result === undefined && (t.to ?? from) !== from && ddasOf(t.to ?? from) === 'Opgepakt',
    );
    const next = applyFirst(record, list, table, f.pickUpOn);
    if (next) record = next;
    else
      warnings.push(
        issue('ddas_pick_up_not_reachable', [...at, 'datumOpgepakt'], M.pickUpNotReachable(from)),
      );
  }
  for (const a of f.attempts) {
    const { at: where, ...attempt } = a;
    const done = recordAttempt(record, attempt, table, a.date);
    if (done.ok) record = done.value;
    else
      warnings.push(
        ...done.issues.map((i) => issue('ddas_attempt_refused', where, M.attemptRefused(i.message))),
      );
  }
  if (f.result !== undefined && record.result !== f.result) {
    const wanted = f.result;
    const list = candidates(table, record.status, (t) => {
      const rule = t.result;
      if (rule === undefined) return false;
      if ('set' in rule) return rule.set === wanted;
      return 'fromEvent' in rule && (rule.fromEvent as string[]).includes(wanted);
    });
    const on = latest([f.createdAt, ...(f.pickUpOn ? [f.pickUpOn] : []), ...f.attempts.map((x) => x.date)]);
    const next = applyFirst(record, list, table, on, wanted);
    if (next) record = next;
    else
      warnings.push(
        issue('ddas_result_not_reachable', [...at, 'resultaat'], M.resultNotReachable(wanted, record.status)),
      );
  }
  return { record, errors: [], warnings };
}
