// The case file: what `signaalreis match` and `signaalreis run` write (JSON), and what they read
// back as history next month. No names or contact data: household key, partners and amounts only.
// Ids, dates and amounts are read through core's branded schemas.
import {
  CaseIdSchema,
  CaseRecordSchema,
  CentsSchema,
  checkJsonValue,
  DdasSignalStatusSchema,
  fail,
  type HistoryEntry,
  HouseholdKeySchema,
  type IntakenJourney,
  IsoDateSchema,
  IsoMonthSchema,
  type Issue,
  issue,
  issuesFromZod,
  type MonthResult,
  type MunicipalityCode,
  MunicipalityCodeSchema,
  mayFollowUp,
  ok,
  PartnerIdSchema,
  type Result,
  SectorSchema,
  SignalIdSchema,
  SignalKindSchema,
  TEXT_LIMITS,
} from '@signaalreis/core';
import * as z from 'zod';
import { duplicateIdIssues, recordBelongsIssues } from './integrity';
import { CASE_FILE_MESSAGES } from './messages';

/**
 * The `format` of a case file written by this version. Version 2 names the intake decision's fields
 * as core does (`signalStatus`, `intakeOutcome`); files of version 1 are not read (run the month
 * again to write one).
 *
 * @example
 * ```ts
 * import { CASE_FILE_FORMAT } from '@signaalreis/adapters/cases';
 * CASE_FILE_FORMAT; // 'signaalreis-cases/2'
 * ```
 */
export const CASE_FILE_FORMAT = 'signaalreis-cases/2';
const OLD_FORMATS = ['signaalreis-cases/1'];

/** Positive cents, as a signal's amount (core's schema of a signal amount). */
const PositiveCents = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).brand<'Cents'>();

/** A label the case file keeps (a partner's name, a neighbourhood): 1–200 characters. */
const Label = z.string().min(1).max(TEXT_LIMITS.label);

/** A label as the case file writes it: cut to {@link TEXT_LIMITS}.label characters (with `…`). */
const label = (text: string): string =>
  text.length > TEXT_LIMITS.label ? `${text.slice(0, TEXT_LIMITS.label - 1)}…` : text;

/**
 * The zod schema of one signal in a case of a {@link CaseFile}: no names of people, no contact
 * data. `signalStatus` is the signal's own DDAS status after intake; `partnerName` and
 * `neighbourhood` (the wijk the partner gave) are for the monthly report (files written before
 * it have neither).
 *
 * @example
 * ```ts
 * import { CaseFileSignalSchema } from '@signaalreis/adapters/cases';
 * CaseFileSignalSchema.safeParse({ signalId: 'S1' }).success; // false (fields missing)
 * ```
 */
export const CaseFileSignalSchema = z.object({
  signalId: SignalIdSchema,
  partnerId: PartnerIdSchema,
  partnerName: Label.optional(),
  sector: SectorSchema,
  kind: SignalKindSchema,
  signalDate: IsoDateSchema,
  arrearSince: IsoDateSchema,
  amountCents: PositiveCents,
  ageDays: z.number().int(),
  window: z.enum(['inside', 'too-young', 'too-old']),
  naturalPerson: z.boolean(),
  signalStatus: DdasSignalStatusSchema,
  repeatOf: SignalIdSchema.optional(),
  neighbourhood: Label.optional(),
});

/**
 * The zod schema of one case in a {@link CaseFile}: `signalStatus` is the case's DDAS status and
 * `intakeOutcome` where intake sent it (core's `intake.signalStatus` and `intake.outcome`).
 *
 * @example
 * ```ts
 * import { CaseFileCaseSchema } from '@signaalreis/adapters/cases';
 * CaseFileCaseSchema.safeParse({ caseId: '2026-10-0001' }).success; // false (fields missing)
 * ```
 */
export const CaseFileCaseSchema = z.object({
  caseId: CaseIdSchema,
  householdKey: HouseholdKeySchema,
  rank: z.number().int().min(1),
  signalStatus: DdasSignalStatusSchema,
  intakeOutcome: z.enum(['picked-up', 'crisis', 'manual-review', 'not-picked-up']),
  isMatch: z.boolean(),
  partners: z.array(PartnerIdSchema),
  signalIds: z.array(SignalIdSchema),
  totalAmountCents: CentsSchema,
  recidiveMonths: z.array(IsoMonthSchema),
  consecutiveCreditors: z.array(PartnerIdSchema),
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
 * import { CaseFileSchema } from '@signaalreis/adapters/cases';
 * CaseFileSchema.safeParse({ month: '2026-10' }).success; // false
 * ```
 */
export const CaseFileSchema = z.looseObject({
  format: z.literal(CASE_FILE_FORMAT),
  month: IsoMonthSchema,
  preset: z.string().max(TEXT_LIMITS.label),
  decidedOn: IsoDateSchema,
  /** The CBS code of the municipality the month belongs to, when the run named one (`--municipality`). */
  municipality: MunicipalityCodeSchema.optional(),
  cases: z.array(z.looseObject(CaseFileCaseSchema.shape)),
});

/**
 * A month's cases as written to disk.
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@signaalreis/adapters/cases';
 * const pickedUp = (f: CaseFile) => f.cases.filter((c) => c.signalStatus === 'Opgepakt').length;
 * ```
 */
export type CaseFile = z.infer<typeof CaseFileSchema>;

/**
 * One case of a {@link CaseFile}.
 *
 * @example
 * ```ts
 * import type { CaseFileCase } from '@signaalreis/adapters/cases';
 * const ids = (c: CaseFileCase) => c.signalIds.join(' ');
 * ```
 */
export type CaseFileCase = z.infer<typeof CaseFileCaseSchema>;

/**
 * One case's journey after intake (a `runMonth` or `planMonth` journey) in the case-file shape: the
 * match section's household, signals and totals, and the intake section's decision.
 *
 * @example
 * ```ts
 * import { caseFileCase } from '@signaalreis/adapters/cases';
 * import type { MonthResult, Result } from '@signaalreis/core';
 * declare const result: Result<MonthResult>; // from runMonth
 * if (result.ok) result.value.journeys.map(caseFileCase); // one case-file entry per case
 * ```
 */
export function caseFileCase(j: IntakenJourney): CaseFileCase {
  const { match: m, intake } = j;
  const statusOf = new Map(intake.signals.map((s) => [s.signalId, s.signalStatus]));
  return {
    caseId: j.caseId,
    householdKey: m.householdKey,
    rank: m.rank,
    signalStatus: intake.signalStatus,
    intakeOutcome: intake.outcome,
    isMatch: m.isMatch,
    partners: [...new Set(m.signals.map((s) => s.signal.partner.id))].sort(),
    signalIds: m.signals.map((s) => s.signal.signalId),
    totalAmountCents: m.totals.totalAmountCents,
    recidiveMonths: m.recidive?.previousMonths ?? [],
    consecutiveCreditors: m.consecutiveCreditors?.partners ?? [],
    ...(intake.crisis ? { crisisDeadline: intake.crisis.deadline } : {}),
    ...(m.reachedBefore === undefined ? {} : { reached: m.reachedBefore }),
    explanation: intake.explanation,
    signals: m.signals.map((s) => ({
      signalId: s.signal.signalId,
      partnerId: s.signal.partner.id,
      partnerName: label(s.signal.partner.name),
      sector: s.signal.partner.sector,
      kind: s.signal.kind,
      signalDate: s.signal.signalDate,
      arrearSince: s.signal.arrearSince,
      amountCents: s.signal.amountCents,
      ageDays: s.ageDays,
      window: s.window,
      naturalPerson: mayFollowUp(s.signal.person).allowed,
      signalStatus: statusOf.get(s.signal.signalId) ?? intake.signalStatus,
      ...(s.repeat ? { repeatOf: s.repeat.previousSignalId } : {}),
      ...(s.signal.neighbourhood ? { neighbourhood: label(s.signal.neighbourhood) } : {}),
    })),
  };
}

/**
 * A month's result (`runMonth`'s value) as a case file of format {@link CASE_FILE_FORMAT}.
 *
 * @example
 * ```ts
 * import { toCaseFile } from '@signaalreis/adapters/cases';
 * import { asIsoMonth, runMonth, type Signal } from '@signaalreis/core';
 * declare const signals: Signal[];
 * const result = await runMonth({ month: asIsoMonth('2026-10'), signals });
 * if (result.ok) JSON.stringify(toCaseFile(result.value, 'type-medium')); // what `signaalreis match --out cases.json` writes
 * ```
 */
export function toCaseFile(result: MonthResult, preset: string, municipality?: MunicipalityCode): CaseFile {
  return {
    format: CASE_FILE_FORMAT,
    month: result.month,
    preset,
    decidedOn: result.decidedOn,
    ...(municipality ? { municipality } : {}),
    cases: result.journeys.map(caseFileCase),
  };
}

/** The stored lifecycle records of a case file: the right shape, and each of its own case. */
function recordIssues(file: CaseFile): Issue[] {
  return file.cases.flatMap((c, i) => {
    const stored: unknown = c.record;
    if (stored === undefined) return [];
    const record = CaseRecordSchema.safeParse(stored);
    if (!record.success) return issuesFromZod(record.error, ['cases', i, 'record']);
    return recordBelongsIssues(record.data, c, ['cases', i]);
  });
}

/** An issue when `input` is a case file of an older format (which is not read). */
function oldFormat(input: unknown): Issue | undefined {
  if (typeof input !== 'object' || input === null || !('format' in input)) return undefined;
  const { format } = input;
  if (typeof format !== 'string' || !OLD_FORMATS.includes(format)) return undefined;
  return issue('old_case_file_format', ['format'], CASE_FILE_MESSAGES.oldFormat(format, CASE_FILE_FORMAT));
}

/**
 * Reads a case file (untrusted JSON, e.g. from `readJsonFile`) back; every problem is an issue
 * with its path: the JSON limits (`checkJsonValue`), an older format (`old_case_file_format`: run
 * the month again), the shape (ids, dates and amounts through core's branded schemas), each
 * `caseId` once and each `signalId` in one case only, and a stored lifecycle record (written by
 * `signaalreis feedback`) of the right shape, with the `caseId` and signals of its case. Its audit
 * trail is checked by `signaalreis feedback`, which knows the lifecycle table (`verifyRecord` of core).
 *
 * @example
 * ```ts
 * import { readCaseFile } from '@signaalreis/adapters/cases';
 * declare const text: string; // e.g. `await file.text()` of a file input in a browser
 * const r = readCaseFile(JSON.parse(text));
 * if (!r.ok) r.issues.map((i) => `${i.path.join('.')}: ${i.message.nl}`); // e.g. 'cases.3.caseId: Zaak-id "2026-10-0001" komt nog een keer voor (eerst bij cases.0): …'
 * ```
 */
export function readCaseFile(input: unknown): Result<CaseFile> {
  const limits = checkJsonValue(input);
  if (limits.length > 0) return fail(limits);
  const old = oldFormat(input);
  if (old) return fail(old);
  const parsed = CaseFileSchema.safeParse(input);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const issues = [...duplicateIdIssues(parsed.data.cases), ...recordIssues(parsed.data)];
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}

/** What history needs of a stored lifecycle record: its contact attempts, when it has any. */
const AttemptsSchema = z.looseObject({ attempts: z.array(z.looseObject({ reached: z.boolean() })) });

/**
 * Whether the household was reached: from the lifecycle record's contact attempts when the file
 * has them (written by `signaalreis feedback`), else what the case already knew.
 */
function reachedOf(c: CaseFileCase & { record?: unknown }): boolean | undefined {
  const record = AttemptsSchema.safeParse(c.record);
  if (record.success && record.data.attempts.length > 0) return record.data.attempts.some((a) => a.reached);
  return c.reached;
}

/**
 * History for next month's matching from a case file: a signal counts as picked up when its own
 * `signalStatus` is `Opgepakt`; `reached` comes from the lifecycle record's contact attempts
 * (routing's "reached before" and "earlier failed contact").
 *
 * @example
 * ```ts
 * import { type CaseFile, historyFromCaseFile } from '@signaalreis/adapters/cases';
 * declare const september: CaseFile; // read with readCaseFile
 * historyFromCaseFile(september).length; // one entry per signal: October's `history`
 * ```
 */
export function historyFromCaseFile(file: CaseFile): HistoryEntry[] {
  return file.cases.flatMap((c) => {
    const reached = reachedOf(c);
    return c.signals.map((s) => ({
      month: file.month,
      signalId: s.signalId,
      partnerId: s.partnerId,
      householdKey: c.householdKey,
      sector: s.sector,
      kind: s.kind,
      signalDate: s.signalDate,
      arrearSince: s.arrearSince,
      amountCents: s.amountCents,
      naturalPerson: s.naturalPerson,
      pickedUp: s.signalStatus === 'Opgepakt',
      ...(reached === undefined ? {} : { reached }),
    }));
  });
}
