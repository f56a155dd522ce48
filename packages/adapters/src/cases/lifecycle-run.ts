// The lifecycle of a month's cases at a date, without I/O: each case's record (stored and verified,
// or created at the delivery day), the timers due, the records after them, and the feedback each
// partner gets. `signaalreis feedback` writes it to files (and the store); the service stores it.
import {
  applyDue,
  type CaseRecord,
  type DueEvent,
  due,
  type FeedbackSent,
  type IsoDate,
  type Issue,
  type LifecycleTable,
  type PartnerFeedback,
  partnerFeedback,
} from '@signaalreis/core';
import { recordOf } from './record-of';

/** What the lifecycle of a month's cases at a date comes to. */
export interface LifecycleRun {
  /** The records before the timers, in the order of the cases (cases without one left out). */
  records: CaseRecord[];
  /** The position in the input of each record's case, by case id. */
  positions: ReadonlyMap<string, number>;
  /** The records after the timers, by case id (a record whose timers failed: as it was). */
  updated: Map<string, CaseRecord>;
  /** The timer events that were due. */
  actions: DueEvent[];
  /** The feedback per partner, with the date it is sent. */
  byPartner: Map<string, { f: PartnerFeedback; at: string }[]>;
  /** The feedback sent, one row per signal. */
  sent: FeedbackSent[];
  /** Problems of a case's entry (path `cases.i…`). */
  problems: Issue[];
  /** Problems of a record while its timers were applied or its feedback made, with its case. */
  caseProblems: { caseId: string; index: number; issues: Issue[] }[];
}

/** How often `lifecycleRun` tells its progress, in records (project default: ~60 times a national month). */
export const LIFECYCLE_PROGRESS_EVERY = 1000;

/**
 * The lifecycle of `cases` (case-file entries of one month, untrusted) on the date `at`: a record
 * per case (`recordOf`, created on `start`, the month's delivery day), the timers due on `at`
 * applied all or nothing per record, and the partner feedback of every record with a result.
 * `onProgress`: how far it is, every {@link LIFECYCLE_PROGRESS_EVERY} and at the end of each phase —
 * the cases' records read or made (`records`), then the records' timers and feedback (`timers`);
 * `signaalreis feedback` shows it on a bar.
 */
export function lifecycleRun(
  cases: readonly unknown[],
  table: LifecycleTable,
  start: IsoDate,
  at: IsoDate,
  onProgress?: (phase: 'records' | 'timers', done: number, total: number) => void,
): LifecycleRun {
  const problems: Issue[] = [];
  const caseProblems: LifecycleRun['caseProblems'] = [];
  const records: CaseRecord[] = [];
  const positions = new Map<string, number>();
  cases.forEach((c, i) => {
    if (i % LIFECYCLE_PROGRESS_EVERY === 0) onProgress?.('records', i, cases.length);
    const { record, issues } = recordOf(table, c, i, start);
    problems.push(...issues);
    if (record) {
      records.push(record);
      positions.set(record.caseId, i);
    }
  });
  onProgress?.('records', cases.length, cases.length);
  const dueNow = due(records, table, at);
  if (!dueNow.ok) problems.push(...dueNow.issues);
  const actions: DueEvent[] = dueNow.ok ? dueNow.value : [];
  const byPartner = new Map<string, { f: PartnerFeedback; at: string }[]>();
  const sent: FeedbackSent[] = [];
  const updated = new Map<string, CaseRecord>();
  let done = 0;
  for (const record of records) {
    if (done++ % LIFECYCLE_PROGRESS_EVERY === 0) onProgress?.('timers', done - 1, records.length);
    const index = positions.get(record.caseId) ?? -1;
    // all or nothing: when a timer cannot be applied, the record is kept as it was
    const applied = applyDue(record, table, at);
    const next = applied.ok ? applied.value.record : record;
    updated.set(record.caseId, next);
    if (!applied.ok) caseProblems.push({ caseId: record.caseId, index, issues: applied.issues });
    const fb = partnerFeedback(next, table.feedback);
    if (!fb.ok) {
      caseProblems.push({ caseId: record.caseId, index, issues: fb.issues });
      continue;
    }
    for (const f of fb.value) {
      // pushed, not copied: a national month's feedback is ~57,000 items for a handful of partners
      const list = byPartner.get(f.partnerId);
      if (list) list.push({ f, at });
      else byPartner.set(f.partnerId, [{ f, at }]);
      for (const signalId of f.signalIds)
        sent.push({ caseId: record.caseId, partnerId: f.partnerId, signalId, code: f.code, sentOn: at });
    }
  }
  onProgress?.('timers', records.length, records.length);
  return { records, positions, updated, actions, byPartner, sent, problems, caseProblems };
}
