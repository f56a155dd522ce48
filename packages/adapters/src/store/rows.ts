// Rows in and out. Writing: the port's data as rows (JSON as text for JSONB columns). Reading: every
// row is checked with core's schemas before it is handed back, so a row edited in the database is
// an issue (`store_row_invalid`) with its table and key, never a value of the wrong type.

import type { FeedbackSent, StoredCase, StoredSignal } from '@signaalreis/core';
import {
  type Bilingual,
  CaseIdSchema,
  CaseRecordSchema,
  checkJsonValue,
  DdasSignalStatusSchema,
  fail,
  type HistoryEntry,
  HistoryEntrySchema,
  HouseholdKeySchema,
  IsoDateSchema,
  type Issue,
  issue,
  issuesFromZod,
  type MunicipalityCode,
  ok,
  PartnerIdSchema,
  type Result,
  SignalIdSchema,
} from '@signaalreis/core';
import * as z from 'zod';
import { STORE_MESSAGES as M } from './messages';
import type { CaseRow, NewCaseRow, NewSignalRow, SignalRow } from './schema';

/** The intake outcomes a stored case may have. */
export const OUTCOMES = ['picked-up', 'crisis', 'manual-review', 'not-picked-up'] as const;

/** The record's attempts as one flag: null without attempts, else whether one reached the household. */
const attemptsReached = (c: StoredCase): boolean | null =>
  c.record && c.record.attempts.length > 0 ? c.record.attempts.some((a) => a.reached) : null;

/** A case as a row of `cases`. */
export function caseRow(
  municipality: MunicipalityCode,
  month: string,
  c: StoredCase,
  ordinal: number,
): NewCaseRow {
  return {
    municipality,
    month,
    case_id: c.caseId,
    ordinal,
    household_key: c.householdKey,
    signal_status: c.signalStatus,
    intake_outcome: c.intakeOutcome,
    worklist_bucket: c.worklistBucket,
    reached: c.reached ?? null,
    data: JSON.stringify(c.data),
    record: c.record ? JSON.stringify(c.record) : null,
    lifecycle_status: c.record?.status ?? null,
    attempts_reached: attemptsReached(c),
    closed_on: c.closedOn ?? null,
  };
}

/** A signal as a row of `signals`. */
export function signalRow(municipality: MunicipalityCode, s: StoredSignal, ordinal: number): NewSignalRow {
  return {
    municipality,
    month: s.month,
    partner_id: s.partnerId,
    signal_id: s.signalId,
    case_id: s.caseId,
    ordinal,
    household_key: s.householdKey,
    sector: s.sector,
    kind: s.kind,
    signal_date: s.signalDate,
    arrear_since: s.arrearSince,
    amount_cents: s.amountCents,
    natural_person: s.naturalPerson,
    picked_up: s.pickedUp,
  };
}

/** The record columns of a case after a feedback run. */
export function recordColumns(c: Pick<StoredCase, 'record' | 'closedOn'>) {
  return {
    record: c.record ? JSON.stringify(c.record) : null,
    lifecycle_status: c.record?.status ?? null,
    attempts_reached: attemptsReached(c as StoredCase),
    closed_on: c.closedOn ?? null,
  };
}

/** The issue of a row that does not read back (`store_row_invalid`), with its table and key. */
export const invalid = (table: string, key: string, why: Bilingual): Issue =>
  issue('store_row_invalid', [table, key], M.rowInvalid(table, key, why));

/** Why zod refused a row: its first issue, with the column. */
export const zodWhy = (error: z.ZodError): Bilingual => {
  const [first] = issuesFromZod(error);
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return { nl: `${where}${first?.message.nl ?? ''}`, en: `${where}${first?.message.en ?? ''}` };
};

const CaseColumns = z.object({
  case_id: CaseIdSchema,
  household_key: HouseholdKeySchema,
  signal_status: DdasSignalStatusSchema,
  intake_outcome: z.enum(OUTCOMES),
  worklist_bucket: z.string().min(1),
  reached: z.boolean().nullable(),
  record: CaseRecordSchema.nullable(),
  closed_on: IsoDateSchema.nullable(),
});

/** A row of `cases` read back, checked. */
export function storedCaseOf(row: CaseRow): Result<StoredCase> {
  // the month and position, not the case id: an older store's ids hold a household key
  const key = `${String(row.month)} #${String(row.ordinal)}`;
  const parsed = CaseColumns.safeParse(row);
  if (!parsed.success) return fail(invalid('cases', key, zodWhy(parsed.error)));
  const data = row.data;
  const limits = checkJsonValue(data);
  if (typeof data !== 'object' || data === null || Array.isArray(data) || limits.length > 0)
    return fail(invalid('cases', key, { nl: 'data is geen object', en: 'data is not an object' }));
  const r = parsed.data;
  if (r.record && r.record.caseId !== r.case_id) return fail(invalid('cases', key, M.recordOfOtherCase));
  return ok({
    caseId: r.case_id,
    householdKey: r.household_key,
    signalStatus: r.signal_status,
    intakeOutcome: r.intake_outcome,
    worklistBucket: r.worklist_bucket,
    ...(r.reached === null ? {} : { reached: r.reached }),
    data: data as Record<string, unknown>,
    ...(r.record ? { record: r.record } : {}),
    ...(r.closed_on ? { closedOn: r.closed_on } : {}),
  });
}

/** A row of `signals` (with its case's reached flags) read back as a history entry, checked. */
export function historyEntryOf(
  row: SignalRow & { case_reached: boolean | null; attempts_reached: boolean | null },
): Result<HistoryEntry> {
  const reached = row.attempts_reached ?? row.case_reached;
  const entry = HistoryEntrySchema.safeParse({
    month: row.month,
    signalId: row.signal_id,
    partnerId: row.partner_id,
    householdKey: row.household_key,
    sector: row.sector,
    kind: row.kind,
    signalDate: row.signal_date,
    arrearSince: row.arrear_since,
    amountCents: Number(row.amount_cents),
    naturalPerson: row.natural_person,
    pickedUp: row.picked_up,
    ...(reached === null ? {} : { reached }),
  });
  if (!entry.success) return fail(invalid('signals', `${row.month} ${row.signal_id}`, zodWhy(entry.error)));
  return ok(entry.data);
}

const FeedbackColumns = z.object({
  case_id: CaseIdSchema,
  partner_id: PartnerIdSchema,
  signal_id: SignalIdSchema,
  code: z.string().min(1),
  sent_on: IsoDateSchema,
});

/** A row of `feedback_sent` read back, checked. */
export function feedbackOf(row: unknown): Result<FeedbackSent> {
  const r = FeedbackColumns.safeParse(row);
  if (!r.success)
    return fail(
      invalid(
        'feedback_sent',
        `${String((row as { month?: unknown }).month)} ${String((row as { signal_id?: unknown }).signal_id)}`,
        zodWhy(r.error),
      ),
    );
  return ok({
    caseId: r.data.case_id,
    partnerId: r.data.partner_id,
    signalId: r.data.signal_id,
    code: r.data.code,
    sentOn: r.data.sent_on,
  });
}

/** Every value of a list of Results, or all their issues (at most `max`, so a broken table stays readable). */
export function allOk<T>(results: readonly Result<T>[], max = ALL_OK_MAX): Result<T[]> {
  const all = new AllOk<T>(max);
  all.take(results);
  return all.result();
}

/** The issues a read of many rows reports at most (project default: a broken table stays readable). */
const ALL_OK_MAX = 20;

/**
 * {@link allOk} over results that come a page at a time: the values in order, or the first `max`
 * issues of all pages — what `allOk` of all of them at once gives.
 */
export class AllOk<T> {
  private readonly values: T[] = [];
  private readonly issues: Issue[] = [];
  constructor(private readonly max = ALL_OK_MAX) {}

  /** Takes the next page's results. */
  take(results: readonly Result<T>[]): void {
    for (const r of results) {
      if (!r.ok) {
        for (const i of r.issues) if (this.issues.length < this.max) this.issues.push(i);
      } else if (this.issues.length === 0) this.values.push(r.value);
    }
  }

  /** The values of every page, or the first issues. */
  result(): Result<T[]> {
    return this.issues.length > 0 ? fail(this.issues) : ok(this.values);
  }
}
