// Loading the cases of `signaalreis feedback` (untrusted: a case file anyone may have edited):
// the file under the JSON limits, its ids unique, and per case a lifecycle record — stored and
// verified against the table, or created at the month's delivery day.
//
// What refuses what (docs/security.md): a problem of the file as a whole (not JSON,
// too deep or large, 1e400, duplicate keys, no "cases" or "month", two cases with one caseId, one
// signal in two cases) refuses the file: exit 2, every problem listed, nothing written. A problem
// of one case (bad status, bad signals or plan, a stored record that is invalid, cannot have come
// about by the table, or belongs to another case) skips that case only: it is listed with its path,
// written back unchanged, and the exit code is 1.
import {
  type CaseRecord,
  CaseRecordSchema,
  ContactPlanSchema,
  createRecord,
  DdasSignalStatusSchema,
  entryStatus,
  excerpt,
  IsoMonthSchema,
  type Issue,
  issuesFromZod,
  type LifecycleTable,
  SectorSchema,
  TEXT_LIMITS,
  verifyRecord,
} from '@signaalreis/core';
import { duplicateIdIssues, recordBelongsIssues } from '../cases/integrity';
import type { CliIo } from './io';
import { readJsonArg, refuseFile } from './json-input';

/** A case of the file as read: any JSON value (checked case by case). */
export type Row = Record<string, unknown>;
/** Whether a value is a JSON object. */
export const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (path: (string | number)[], message: string): Issue => ({ code: 'invalid_case', path, message });
const shown = (v: unknown) => excerpt(JSON.stringify(v) ?? String(v));

// Every message of this module, in one place (to be translated with the others).
const MESSAGES = {
  notCaseFile: 'not a case file of a monthly run',
  noCases: 'Expected an object with "cases" (a list)',
  month: '"month" must be YYYY-MM',
  notObject: 'Expected a case object',
  caseId: `Expected a caseId: text of 1 to ${TEXT_LIMITS.label} characters`,
  status: (status: unknown) => `Unknown DDAS status ${shown(status)}`,
  signals: 'Expected signals with signalId, partnerId and a known sector',
  plan: (message: string) => `Invalid contact plan: ${message}`,
  record: (message: string) => `Stored record is invalid: ${message}`,
} as const;

/**
 * Reads the cases file of `signaalreis feedback`: the JSON under the case-file limits, an object
 * with `cases` and `month`, every caseId and signalId once. Anything else refuses the whole file
 * (a {@link CliUserError} after listing each problem).
 */
export function readCases(io: CliIo, file: string): Row {
  const json = readJsonArg(io, file, 'caseFile');
  if (!isObject(json) || !Array.isArray(json.cases))
    refuseFile(io, file, [fail([], MESSAGES.noCases)], MESSAGES.notCaseFile);
  if (!IsoMonthSchema.safeParse(json.month).success)
    refuseFile(io, file, [fail(['month'], MESSAGES.month)], MESSAGES.notCaseFile);
  const duplicates = duplicateIdIssues(json.cases);
  if (duplicates.length > 0) refuseFile(io, file, duplicates, MESSAGES.notCaseFile);
  return json;
}

/** A stored record: the right shape, of this case, and possible by the table (`verifyRecord`). */
function storedRecord(table: LifecycleTable, c: Row, i: number): { record?: CaseRecord; issues: Issue[] } {
  const r = CaseRecordSchema.safeParse(c.record);
  if (!r.success) {
    const first = issuesFromZod(r.error)[0];
    const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
    return { issues: [fail(['cases', i, 'record'], MESSAGES.record(`${where}${first?.message ?? ''}`))] };
  }
  const issues = [
    ...recordBelongsIssues(r.data, c, ['cases', i]),
    ...verifyRecord(table, r.data).map((x) => ({ ...x, path: ['cases', i, 'record', ...x.path] })),
  ];
  return issues.length > 0 ? { issues } : { record: r.data, issues };
}

/** The record of one case of the file: stored (and verified), or created at the month's delivery day. */
export function recordOf(
  table: LifecycleTable,
  c: unknown,
  i: number,
  start: string,
): { record?: CaseRecord; issues: Issue[] } {
  if (!isObject(c)) return { issues: [fail(['cases', i], MESSAGES.notObject)] };
  if (c.caseId !== undefined && (typeof c.caseId !== 'string' || c.caseId.length > TEXT_LIMITS.label))
    return { issues: [fail(['cases', i, 'caseId'], MESSAGES.caseId)] };
  if (c.record !== undefined) return storedRecord(table, c, i);
  const status = DdasSignalStatusSchema.safeParse(c.status);
  if (!status.success) return { issues: [fail(['cases', i, 'status'], MESSAGES.status(c.status))] };
  const signals = Array.isArray(c.signals) ? c.signals : [];
  const refs = signals
    .filter(isObject)
    .map((s) => ({ signalId: s.signalId, partnerId: s.partnerId, sector: s.sector }));
  if (refs.length === 0 || refs.some((s) => !SectorSchema.safeParse(s.sector).success))
    return { issues: [fail(['cases', i, 'signals'], MESSAGES.signals)] };
  const plan =
    Array.isArray(c.plan) && c.plan.length > 0 ? ContactPlanSchema.safeParse({ steps: c.plan }) : undefined;
  if (plan !== undefined && !plan.success)
    return { issues: [fail(['cases', i, 'plan'], MESSAGES.plan(plan.error.issues[0]?.message ?? ''))] };
  const entry = entryStatus(table, status.data);
  if (!entry.ok) return { issues: entry.issues.map((x) => ({ ...x, path: ['cases', i, ...x.path] })) };
  const created = createRecord(
    {
      caseId: String(c.caseId ?? ''),
      status: entry.value.status,
      signals: refs as CaseRecord['signals'],
      ...(entry.value.result ? { result: entry.value.result } : {}),
      ...(plan?.success && !entry.value.result ? { plan: plan.data } : {}),
      threatening: c.bucket === 'crisis',
    },
    start,
  );
  if (!created.ok)
    return { issues: created.issues.map((x) => ({ ...x, path: ['cases', i, ...x.path.slice(1)] })) };
  return { record: created.value, issues: [] };
}
