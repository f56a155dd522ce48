// The case file: what `signaalreis match` and `signaalreis run` write (JSON), and what they read
// back as history next month. No names or contact data: household key, partners and amounts only.
import {
  CaseRecordSchema,
  checkJsonValue,
  type DdasSignalStatus,
  DdasSignalStatusSchema,
  type HistoryEntry,
  type IsoDate,
  IsoDateSchema,
  IsoMonthSchema,
  type Issue,
  issuesFromZod,
  type MonthCase,
  type MonthResult,
  mayFollowUp,
  type Result,
  SectorSchema,
  SignalKindSchema,
  TEXT_LIMITS,
} from '@signaalreis/core';
import { z } from 'zod';
import { duplicateIdIssues, recordBelongsIssues } from './integrity';

const Id = z.string().min(1).max(TEXT_LIMITS.label);

/**
 * The zod schema of one signal in a case of a {@link CaseFile}: no names, no contact data.
 *
 * @example
 * ```ts
 * import { CaseFileSignalSchema } from '@signaalreis/adapters';
 * CaseFileSignalSchema.safeParse({ signalId: 'S1' }).success; // false (fields missing)
 * ```
 */
export const CaseFileSignalSchema = z.object({
  signalId: Id,
  partnerId: Id,
  sector: SectorSchema,
  kind: SignalKindSchema,
  signalDate: IsoDateSchema,
  arrearSince: IsoDateSchema,
  amountCents: z.number().int().positive(),
  ageDays: z.number().int(),
  window: z.enum(['inside', 'too-young', 'too-old']),
  naturalPerson: z.boolean(),
  status: DdasSignalStatusSchema,
  repeatOf: Id.optional(),
});

/**
 * The zod schema of one case in a {@link CaseFile}.
 *
 * @example
 * ```ts
 * import { CaseFileCaseSchema } from '@signaalreis/adapters';
 * CaseFileCaseSchema.safeParse({ caseId: '2026-10/7411AB 12' }).success; // false (fields missing)
 * ```
 */
export const CaseFileCaseSchema = z.object({
  caseId: Id,
  householdKey: Id,
  rank: z.number().int().min(1),
  status: DdasSignalStatusSchema,
  bucket: z.enum(['picked-up', 'crisis', 'manual-review', 'not-picked-up']),
  isMatch: z.boolean(),
  partners: z.array(Id),
  signalIds: z.array(Id),
  totalAmountCents: z.number().int(),
  recidiveMonths: z.array(IsoMonthSchema),
  consecutiveCreditors: z.array(Id),
  crisisDeadline: IsoDateSchema.optional(),
  reached: z.boolean().optional(),
  explanation: z.object({ nl: z.string().max(TEXT_LIMITS.text), en: z.string().max(TEXT_LIMITS.text) }),
  signals: z.array(CaseFileSignalSchema),
});

/**
 * The zod schema of a {@link CaseFile}; extra keys (such as the contact plan that `run` adds) are
 * kept.
 *
 * @example
 * ```ts
 * import { CaseFileSchema } from '@signaalreis/adapters';
 * CaseFileSchema.safeParse({ month: '2026-10' }).success; // false
 * ```
 */
export const CaseFileSchema = z.looseObject({
  format: z.literal('signaalreis-cases/1'),
  month: IsoMonthSchema,
  preset: z.string().max(TEXT_LIMITS.label),
  decidedOn: IsoDateSchema,
  cases: z.array(z.looseObject(CaseFileCaseSchema.shape)),
});

/**
 * A month's cases as written to disk.
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters';
 * const pickedUp = (f: CaseFile) => f.cases.filter((c) => c.status === 'Opgepakt').length;
 * ```
 */
export type CaseFile = z.infer<typeof CaseFileSchema>;

/**
 * One case of a {@link CaseFile}.
 *
 * @example
 * ```ts
 * import type { CaseFileCase } from '@signaalreis/adapters';
 * const ids = (c: CaseFileCase) => c.signalIds.join(' ');
 * ```
 */
export type CaseFileCase = z.infer<typeof CaseFileCaseSchema>;

function signalStatus(c: MonthCase, signalId: string): DdasSignalStatus {
  return c.intake.signals.find((s) => s.signalId === signalId)?.status ?? c.status;
}

/**
 * One case of a month's result in the case-file shape.
 *
 * @example
 * ```ts
 * import { caseFileCase } from '@signaalreis/adapters';
 * result.cases.map(caseFileCase);
 * ```
 */
export function caseFileCase(c: MonthCase): CaseFileCase {
  const k = c.case;
  return {
    caseId: k.caseId,
    householdKey: k.householdKey,
    rank: k.rank,
    status: c.status,
    bucket: c.bucket,
    isMatch: k.match.isMatch,
    partners: [...new Set(k.signals.map((s) => s.signal.partner.id))].sort(),
    signalIds: k.signals.map((s) => s.signal.signalId),
    totalAmountCents: k.totals.totalAmountCents,
    recidiveMonths: k.recidive?.previousMonths ?? [],
    consecutiveCreditors: k.consecutiveCreditors?.partners ?? [],
    ...(c.intake.crisis ? { crisisDeadline: c.intake.crisis.deadline } : {}),
    ...(k.reachedBefore === undefined ? {} : { reached: k.reachedBefore }),
    explanation: c.intake.explanation,
    signals: k.signals.map((s) => ({
      signalId: s.signal.signalId,
      partnerId: s.signal.partner.id,
      sector: s.signal.partner.sector,
      kind: s.signal.kind,
      signalDate: s.signal.signalDate,
      arrearSince: s.signal.arrearSince,
      amountCents: s.signal.amountCents,
      ageDays: s.ageDays,
      window: s.window,
      naturalPerson: mayFollowUp(s.signal.person).allowed,
      status: signalStatus(c, s.signal.signalId),
      ...(s.repeat ? { repeatOf: s.repeat.previousSignalId } : {}),
    })),
  };
}

/**
 * A month's result as a case file.
 *
 * @example
 * ```ts
 * import { toCaseFile } from '@signaalreis/adapters';
 * JSON.stringify(toCaseFile(result, 'type-medium'));
 * ```
 */
export function toCaseFile(result: MonthResult, preset: string): CaseFile {
  return {
    format: 'signaalreis-cases/1',
    month: result.month,
    preset,
    decidedOn: result.decidedOn,
    cases: result.cases.map(caseFileCase),
  };
}

/** The stored lifecycle records of a case file: the right shape, and each of its own case. */
function recordIssues(file: CaseFile): Issue[] {
  return file.cases.flatMap((c, i) => {
    const stored = (c as { record?: unknown }).record;
    if (stored === undefined) return [];
    const record = CaseRecordSchema.safeParse(stored);
    if (!record.success) return issuesFromZod(record.error, ['cases', i, 'record']);
    return recordBelongsIssues(record.data, c, ['cases', i]);
  });
}

/**
 * Reads a case file (untrusted JSON, e.g. from `readJsonFile`) back; every problem is an issue
 * with its path: the JSON limits (`checkJsonValue`), the shape, each `caseId` once and each
 * `signalId` in one case only, and a stored lifecycle record (written by `signaalreis feedback`)
 * of the right shape, with the `caseId` and signals of its case. Its audit trail is checked by
 * `signaalreis feedback`, which knows the lifecycle table (`verifyRecord` of core).
 *
 * @example
 * ```ts
 * import { readCaseFile } from '@signaalreis/adapters';
 * const r = readCaseFile(json);
 * if (!r.ok) r.issues.map((i) => `${i.path.join('.')}: ${i.message}`); // e.g. 'cases.3.caseId: Case id "2026-10/7411AB 12" is used again (first at cases.0): …'
 * ```
 */
export function readCaseFile(input: unknown): Result<CaseFile> {
  const limits = checkJsonValue(input);
  if (limits.length > 0) return { ok: false, issues: limits };
  const parsed = CaseFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const issues = [...duplicateIdIssues(parsed.data.cases), ...recordIssues(parsed.data)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/**
 * Whether the household was reached: from the lifecycle record's contact attempts when the file
 * has them (written by `signaalreis feedback`), else what the case already knew.
 */
function reachedOf(c: CaseFileCase & { record?: unknown }): boolean | undefined {
  const attempts = (c.record as { attempts?: { reached?: unknown }[] } | undefined)?.attempts;
  if (Array.isArray(attempts) && attempts.length > 0) return attempts.some((a) => a.reached === true);
  return c.reached;
}

/**
 * History for next month's matching from a case file: a signal counts as picked up when its own
 * status is `Opgepakt`; `reached` comes from the lifecycle record's contact attempts (routing's
 * "reached before" and "earlier failed contact").
 *
 * @example
 * ```ts
 * import { historyFromCaseFile } from '@signaalreis/adapters';
 * historyFromCaseFile(septemberCases).length; // one entry per signal
 * ```
 */
export function historyFromCaseFile(file: CaseFile): HistoryEntry[] {
  return file.cases.flatMap((c) =>
    c.signals.map((s) => ({
      month: file.month,
      signalId: s.signalId,
      partnerId: s.partnerId,
      householdKey: c.householdKey,
      sector: s.sector,
      kind: s.kind,
      signalDate: s.signalDate as IsoDate,
      arrearSince: s.arrearSince,
      amountCents: s.amountCents,
      naturalPerson: s.naturalPerson,
      pickedUp: s.status === 'Opgepakt',
      ...(reachedOf(c) === undefined ? {} : { reached: reachedOf(c) }),
    })),
  );
}
