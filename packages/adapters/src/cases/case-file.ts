// The case file: what `signaalreis match` and `signaalreis run` write (JSON), and what they read
// back as history next month. No names or contact data: household key, partners and amounts only.
// Written compact (format signaalreis-cases/3, case-file-compact.ts); read in either format into
// the full form a program holds (case-file-schema.ts).
import {
  checkJsonValue,
  fail,
  type HistoryEntry,
  type IntakenJourney,
  type Issue,
  issue,
  issuesFromZod,
  type JsonLimits,
  type MonthResult,
  type MunicipalityCode,
  mayFollowUp,
  ok,
  parseCaseRecord,
  type Result,
} from '@signaalreis/core';
import * as z from 'zod';
import { expandCase } from './case-file-compact';
import {
  CASE_FILE_FORMAT,
  type CaseFile,
  type CaseFileCase,
  CaseFileSchema,
  CompactCaseFileSchema,
  caseFileLabel,
  FULL_CASE_FILE_FORMAT,
  OLD_FORMATS,
} from './case-file-schema';
import { quickCompactFile } from './compact-check';
import { duplicateIdIssues, recordBelongsIssues } from './integrity';
import { CASE_FILE_MESSAGES } from './messages';

export {
  CASE_FILE_FORMAT,
  type CaseFile,
  type CaseFileCase,
  CaseFileCaseSchema,
  CaseFileSchema,
  CaseFileSignalSchema,
  type CompactCase,
  CompactCaseFileSchema,
  CompactCaseSchema,
  CompactCaseSignalSchema,
  FULL_CASE_FILE_FORMAT,
} from './case-file-schema';

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
      partnerName: caseFileLabel(s.signal.partner.name),
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
      ...(s.signal.neighbourhood ? { neighbourhood: caseFileLabel(s.signal.neighbourhood) } : {}),
    })),
  };
}

/**
 * A month's result (`runMonth`'s value) as a case file in the full form (format
 * {@link FULL_CASE_FILE_FORMAT}; written to disk in the compact format by `caseFilePieces`).
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
    format: FULL_CASE_FILE_FORMAT,
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
    const record = parseCaseRecord(stored);
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
 * Reads a case file (untrusted JSON, e.g. from `readJsonFile`) back — the compact format 3 that
 * `match` and `run` write, or the full format 2 — into the full form (every field; what a
 * compact case left out derived again, see `expandCase`). Every problem is an issue
 * with its path: the JSON limits (`checkJsonValue`), an older format (`old_case_file_format`: run
 * the month again), the shape (ids, dates and amounts through core's branded schemas), each
 * `caseId` once and each `signalId` in one case only, and a stored lifecycle record (written by
 * `signaalreis feedback`) of the right shape, with the `caseId` and signals of its case. Its audit
 * trail is checked by `signaalreis feedback`, which knows the lifecycle table (`verifyRecord` of core).
 * `jsonLimits` overrides core's `JSON_LIMITS` for that check — e.g. `maxValues` for a value read a
 * line at a time (`caseFileValueFromLines`, which counted them).
 *
 * @example
 * ```ts
 * import { readCaseFile } from '@signaalreis/adapters/cases';
 * declare const text: string; // e.g. `await file.text()` of a file input in a browser
 * const r = readCaseFile(JSON.parse(text));
 * if (!r.ok) r.issues.map((i) => `${i.path.join('.')}: ${i.message.nl}`); // e.g. 'cases.3.caseId: Zaak-id "2026-10-0001" komt nog een keer voor (eerst bij cases.0): …'
 * ```
 */
export function readCaseFile(input: unknown, jsonLimits: Partial<JsonLimits> = {}): Result<CaseFile> {
  const limits = checkJsonValue(input, jsonLimits);
  if (limits.length > 0) return fail(limits);
  const old = oldFormat(input);
  if (old) return fail(old);
  const read = isCompact(input) ? compactFile(input) : fullFile(input);
  if (!read.ok) return read;
  const issues = casesIssues(read.value);
  return issues.length > 0 ? fail(issues) : read;
}

const isCompact = (input: unknown) =>
  typeof input === 'object' && input !== null && (input as { format?: unknown }).format === CASE_FILE_FORMAT;

/** A case file in the full form (format 2), as read. */
function fullFile(input: unknown): Result<CaseFile> {
  const parsed = CaseFileSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(issuesFromZod(parsed.error));
}

/**
 * A compact case file (format 3), its cases in the full form again: checked without zod where the
 * quick check vouches for every case (`quickCompactFile`: a national month's file), else by the
 * schema. Internal; `quick: false` is the property test's reference.
 */
export function compactFile(input: unknown, quick = true): Result<CaseFile> {
  const fast = quick ? quickCompactFile(input) : undefined;
  const parsed = fast ? { success: true as const, data: fast } : CompactCaseFileSchema.safeParse(input);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const cases = parsed.data.cases.map(expandCase);
  const issues = totalIssues(cases);
  return issues.length > 0 ? fail(issues) : ok({ ...parsed.data, format: FULL_CASE_FILE_FORMAT, cases });
}

/** A case whose signals' amounts add up past a safe integer (a compact case's total is their sum). Internal. */
export const totalIssues = (cases: readonly CaseFileCase[]): Issue[] =>
  cases.flatMap((c, i) =>
    Number.isSafeInteger(c.totalAmountCents)
      ? []
      : [issue('invalid_case', ['cases', i, 'signals'], CASE_FILE_MESSAGES.totalTooLarge)],
  );

/**
 * What `readCaseFile` checks of a file's cases once their shape is read: each case id once, each
 * signal in one case, each record of its case (internal: also `writtenCaseFileIssues`).
 */
export const casesIssues = (file: CaseFile): Issue[] => [
  ...duplicateIdIssues(file.cases),
  ...recordIssues(file),
];

/** What history needs of a stored lifecycle record: its contact attempts, when it has any. */
const AttemptsSchema = z.looseObject({ attempts: z.array(z.looseObject({ reached: z.boolean() })) });

/**
 * Whether the household was reached: from the lifecycle record's contact attempts when the file
 * has them (written by `signaalreis feedback`), else what the case already knew.
 */
export function reachedOf(c: CaseFileCase & { record?: unknown }): boolean | undefined {
  // most cases have no record (every case `run` writes): no schema failure built for each (issue 14)
  if (typeof c.record !== 'object' || c.record === null) return c.reached;
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
