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
  HOLIDAY_YEARS,
  type IsoMonth,
  IsoMonthSchema,
  type Issue,
  type IssuePath,
  issue,
} from '@signaalreis/core';
import { CASE_FILE_FORMAT, FULL_CASE_FILE_FORMAT } from '../cases/case-file';
import { duplicateIdIssues } from '../cases/integrity';
import { CASE_FILE_MESSAGES } from '../cases/messages';
import type { CliIo } from './io';
import { readCaseFileArg, refuseFile } from './json-input';
import { cliLang } from './lang';
import { FILE_MESSAGES } from './messages/files';

/** The case-file formats feedback reads: the compact one `run` writes, and the full one before it. */
const READ_FORMATS: readonly string[] = [CASE_FILE_FORMAT, FULL_CASE_FILE_FORMAT];

/** A case of the file as read: any JSON value (checked case by case). */
export type Row = Record<string, unknown>;
/** The cases file as read: an object with a checked `month` and a list of `cases` (each unchecked). */
export type CasesFile = Row & { month: IsoMonth; cases: unknown[] };
/** Whether a value is a JSON object. */
export const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const invalidCase = (path: IssuePath, message: Bilingual): Issue => issue('invalid_case', path, message);

// Every message of this module, in one place (Dutch B1 for officers, and English).
const MESSAGES = {
  noCases: {
    nl: 'Verwacht een object met "cases" (een lijst met zaken)',
    en: 'Expected an object with "cases" (a list)',
  },
  month: { nl: '"month" moet een maand zijn, geschreven als JJJJ-MM', en: '"month" must be YYYY-MM' },
  monthOutsideCalendar: (month: string): Bilingual => ({
    nl: `De leverdag van ${month} kan niet worden berekend: de kalender kent de jaren ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to - 1}`,
    en: `The delivery day of ${month} cannot be computed: the calendar covers the years ${HOLIDAY_YEARS.from}–${HOLIDAY_YEARS.to - 1}`,
  }),
} as const;

/** A case file of an older `signaalreis-cases/…` version: its signal status fields are named otherwise. */
function oldFormatIssues(json: Row): Issue[] {
  const { format } = json;
  if (typeof format !== 'string' || !format.startsWith('signaalreis-cases/') || READ_FORMATS.includes(format))
    return [];
  return [issue('old_case_file_format', ['format'], CASE_FILE_MESSAGES.oldFormat(format, CASE_FILE_FORMAT))];
}

/**
 * Reads the cases file of `signaalreis feedback`: the JSON under the case-file limits, an object
 * with `cases` and `month`, not of an older case-file format, every caseId and signalId once.
 * Anything else refuses the whole file (a {@link CliUserError} after listing each problem).
 */
export function readCases(io: CliIo, file: string): CasesFile {
  const notCaseFile = FILE_MESSAGES.notMonthCaseFile[cliLang(io)];
  const json = readCaseFileArg(io, file, notCaseFile).value;
  if (!isObject(json) || !Array.isArray(json.cases))
    refuseFile(io, file, [invalidCase([], MESSAGES.noCases)], notCaseFile);
  const old = oldFormatIssues(json);
  if (old.length > 0) refuseFile(io, file, old, notCaseFile);
  const month = IsoMonthSchema.safeParse(json.month);
  if (!month.success) refuseFile(io, file, [invalidCase(['month'], MESSAGES.month)], notCaseFile);
  const year = Number(month.data.slice(0, 4));
  if (year < HOLIDAY_YEARS.from || year >= HOLIDAY_YEARS.to) {
    const outside = issue('month_outside_calendar', ['month'], MESSAGES.monthOutsideCalendar(month.data));
    refuseFile(io, file, [outside], notCaseFile);
  }
  const duplicates = duplicateIdIssues(json.cases);
  if (duplicates.length > 0) refuseFile(io, file, duplicates, notCaseFile);
  return { ...json, month: month.data, cases: json.cases };
}

export { recordOf } from '../cases/record-of';
