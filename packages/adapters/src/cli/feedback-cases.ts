// Loading the cases of `signaalreis feedback` (untrusted: a case file anyone may have edited):
// the file under the JSON limits, its ids unique, and per case a lifecycle record — stored and
// verified against the table, or created at the month's delivery day.
//
// What refuses what (docs/security.md): a problem of the file as a whole (not JSON,
// too deep or large, 1e400, duplicate keys, no "cases" or "month", a month outside the calendar, an
// older case-file format, two cases with one caseId, one signal in two cases) refuses the file: exit 2, every problem listed,
// nothing written. A problem of one case (bad signal status, bad signals or plan, a stored record
// that is invalid, cannot have come about by the table, or belongs to another case) skips that case
// only: it is listed with its path, written back unchanged, and the exit code is 1.
import {
  type Bilingual,
  type CaseRecord,
  CaseRecordSchema,
  ContactPlanSchema,
  CreateRecordInputSchema,
  createRecord,
  DdasSignalStatusSchema,
  entryStatus,
  excerpt,
  HOLIDAY_YEARS,
  type IsoDate,
  type IsoMonth,
  IsoMonthSchema,
  type Issue,
  type IssuePath,
  issue,
  issuesFromZod,
  type LifecycleTable,
  prefixIssues,
  SectorSchema,
  TEXT_LIMITS,
  verifyRecord,
} from '@signaalreis/core';
import { CASE_FILE_FORMAT } from '../cases/case-file';
import { duplicateIdIssues, recordBelongsIssues } from '../cases/integrity';
import { CASE_FILE_MESSAGES } from '../cases/messages';
import type { CliIo } from './io';
import { readJsonArg, refuseFile } from './json-input';

/** A case of the file as read: any JSON value (checked case by case). */
export type Row = Record<string, unknown>;
/** The cases file as read: an object with a checked `month` and a list of `cases` (each unchecked). */
export type CasesFile = Row & { month: IsoMonth; cases: unknown[] };
/** Whether a value is a JSON object. */
export const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalidCase = (path: IssuePath, message: Bilingual): Issue => issue('invalid_case', path, message);
const shown = (v: unknown) => excerpt(JSON.stringify(v) ?? String(v));

// Every message of this module, in one place (Dutch B1 for officers, and English).
const MESSAGES = {
  notCaseFile: 'not a case file of a monthly run',
  noCases: {
    nl: 'Verwacht een object met "cases" (een lijst met zaken)',
    en: 'Expected an object with "cases" (a list)',
  },
  month: { nl: '"month" moet een maand zijn, geschreven als JJJJ-MM', en: '"month" must be YYYY-MM' },
  monthOutsideCalendar: (month: string): Bilingual => ({
    nl: `De leverdag van ${month} kan niet worden berekend: de kalender kent de jaren ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to - 1}`,
    en: `The delivery day of ${month} cannot be computed: the calendar covers the years ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to - 1}`,
  }),
  notObject: { nl: 'Verwacht een zaak (een object)', en: 'Expected a case object' },
  caseId: {
    nl: `Verwacht een caseId: tekst van 1 tot ${TEXT_LIMITS.label} tekens`,
    en: `Expected a caseId: text of 1 to ${TEXT_LIMITS.label} characters`,
  },
  signalStatus: (status: unknown): Bilingual => ({
    nl: `Onbekende DDAS-status ${shown(status)}`,
    en: `Unknown DDAS status ${shown(status)}`,
  }),
  signals: {
    nl: 'Verwacht signalen met signalId, partnerId en een bekende sector',
    en: 'Expected signals with signalId, partnerId and a known sector',
  },
  plan: (message: Bilingual): Bilingual => ({
    nl: `Het contactplan is ongeldig: ${message.nl}`,
    en: `Invalid contact plan: ${message.en}`,
  }),
  record: (where: string, message: Bilingual | undefined): Bilingual => ({
    nl: `Het opgeslagen dossier is ongeldig: ${where}${message?.nl ?? ''}`,
    en: `Stored record is invalid: ${where}${message?.en ?? ''}`,
  }),
} as const;

/** A case file of another `signaalreis-cases/…` version: its signal status fields are named otherwise. */
function oldFormatIssues(json: Row): Issue[] {
  const { format } = json;
  if (typeof format !== 'string' || !format.startsWith('signaalreis-cases/') || format === CASE_FILE_FORMAT)
    return [];
  return [issue('old_case_file_format', ['format'], CASE_FILE_MESSAGES.oldFormat(format, CASE_FILE_FORMAT))];
}

/**
 * Reads the cases file of `signaalreis feedback`: the JSON under the case-file limits, an object
 * with `cases` and `month`, not of an older case-file format, every caseId and signalId once.
 * Anything else refuses the whole file (a {@link CliUserError} after listing each problem).
 */
export function readCases(io: CliIo, file: string): CasesFile {
  const json = readJsonArg(io, file, 'caseFile');
  if (!isObject(json) || !Array.isArray(json.cases))
    refuseFile(io, file, [invalidCase([], MESSAGES.noCases)], MESSAGES.notCaseFile);
  const old = oldFormatIssues(json);
  if (old.length > 0) refuseFile(io, file, old, MESSAGES.notCaseFile);
  const month = IsoMonthSchema.safeParse(json.month);
  if (!month.success) refuseFile(io, file, [invalidCase(['month'], MESSAGES.month)], MESSAGES.notCaseFile);
  const year = Number(month.data.slice(0, 4));
  if (year < HOLIDAY_YEARS.from || year >= HOLIDAY_YEARS.to) {
    const outside = issue('month_outside_calendar', ['month'], MESSAGES.monthOutsideCalendar(month.data));
    refuseFile(io, file, [outside], MESSAGES.notCaseFile);
  }
  const duplicates = duplicateIdIssues(json.cases);
  if (duplicates.length > 0) refuseFile(io, file, duplicates, MESSAGES.notCaseFile);
  return { ...json, month: month.data, cases: json.cases };
}

/** A stored record: the right shape, of this case, and possible by the table (`verifyRecord`). */
function storedRecord(table: LifecycleTable, c: Row, i: number): { record?: CaseRecord; issues: Issue[] } {
  const r = CaseRecordSchema.safeParse(c.record);
  if (!r.success) {
    const first = issuesFromZod(r.error)[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return { issues: [invalidCase(['cases', i, 'record'], MESSAGES.record(where, first?.message))] };
  }
  const verified = verifyRecord(r.data, table);
  const issues = [
    ...recordBelongsIssues(r.data, c, ['cases', i]),
    ...(verified.ok ? [] : prefixIssues(verified.issues, ['cases', i, 'record'])),
  ];
  return issues.length > 0 ? { issues } : { record: r.data, issues };
}

/**
 * The record of one case of the file: stored (and verified), or created at the month's delivery
 * day from the case's `signalStatus` (its entry status in the table), signals, contact plan and
 * whether intake sent it to crisis (`intakeOutcome`).
 */
export function recordOf(
  table: LifecycleTable,
  c: unknown,
  i: number,
  start: IsoDate,
): { record?: CaseRecord; issues: Issue[] } {
  if (!isObject(c)) return { issues: [invalidCase(['cases', i], MESSAGES.notObject)] };
  if (c.caseId !== undefined && (typeof c.caseId !== 'string' || c.caseId.length > TEXT_LIMITS.label))
    return { issues: [invalidCase(['cases', i, 'caseId'], MESSAGES.caseId)] };
  if (c.record !== undefined) return storedRecord(table, c, i);
  const status = DdasSignalStatusSchema.safeParse(c.signalStatus);
  if (!status.success)
    return { issues: [invalidCase(['cases', i, 'signalStatus'], MESSAGES.signalStatus(c.signalStatus))] };
  const signals = Array.isArray(c.signals) ? c.signals : [];
  const refs = signals
    .filter(isObject)
    .map((s) => ({ signalId: s.signalId, partnerId: s.partnerId, sector: s.sector }));
  if (refs.length === 0 || refs.some((s) => !SectorSchema.safeParse(s.sector).success))
    return { issues: [invalidCase(['cases', i, 'signals'], MESSAGES.signals)] };
  const plan =
    Array.isArray(c.plan) && c.plan.length > 0 ? ContactPlanSchema.safeParse({ steps: c.plan }) : undefined;
  if (plan !== undefined && !plan.success) {
    const [first] = issuesFromZod(plan.error);
    const message = first?.message ?? { nl: '', en: '' };
    return { issues: [invalidCase(['cases', i, 'plan'], MESSAGES.plan(message))] };
  }
  const entry = entryStatus(status.data, table);
  if (!entry.ok) return { issues: prefixIssues(entry.issues, ['cases', i]) };
  const input = CreateRecordInputSchema.safeParse({
    caseId: c.caseId ?? '',
    status: entry.value.status,
    signals: refs,
    ...(entry.value.result ? { result: entry.value.result } : {}),
    ...(plan?.success && !entry.value.result ? { plan: plan.data } : {}),
    threatening: c.intakeOutcome === 'crisis',
  });
  if (!input.success) return { issues: issuesFromZod(input.error, ['cases', i]) };
  const created = createRecord(input.data, start);
  if (!created.ok) return { issues: prefixIssues(created.issues, ['cases', i]) };
  return { record: created.value, issues: [] };
}
