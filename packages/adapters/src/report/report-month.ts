// A case file (of `run`, after `feedback`, or a stored month from `caseFilesOfPeriod`) as a month of
// the monthly report: the checked case-file entries, with their contact plan, what allocation did
// and their lifecycle record read from the extra keys `run` and `feedback` add — each checked, every
// problem an issue with its path.
import {
  type AllocationOutcome,
  CaseRecordSchema,
  ChannelSchema,
  fail,
  type Issue,
  issuesFromZod,
  type LifecycleTable,
  ok,
  type ReportCase,
  type ReportMonth,
  type Result,
  TeamSchema,
} from '@signaalreis/core';
import * as z from 'zod';
import type { CaseFile } from '../cases/case-file';

const Pair = z.object({ channel: ChannelSchema, team: TeamSchema });
const OUTCOMES = [
  'placed',
  'partial',
  'unplaced',
  'no-contact',
] as const satisfies readonly AllocationOutcome[];

/** The extra keys of a run's case entry the report reads (all optional: a `match` file has none). */
const ExtrasSchema = z.object({
  plan: z.array(z.looseObject(Pair.shape)).optional(),
  allocation: z
    .object({
      outcome: z.enum(OUTCOMES),
      overflowed: z.array(z.object({ from: Pair, to: Pair })),
      unplaced: z.array(Pair),
    })
    .optional(),
  record: CaseRecordSchema.optional(),
});

/**
 * A case file as a month of the monthly report (`monthlyReport` of core): each case with its final
 * contact plan (`plan`), what capacity allocation did (`allocation`) and its lifecycle record
 * (`record`), when the file has them. `lifecycle` is the table the records follow (its statuses
 * give the DDAS status now). Issues, with their path in the file, for a plan, allocation or record
 * of the wrong shape; nothing of such a file is used.
 *
 * @example
 * ```ts
 * import { readCaseFile } from '@signaalreis/adapters/cases';
 * import { reportMonthOf } from '@signaalreis/adapters/report';
 * import { lifecyclePreset } from '@signaalreis/rules-presets';
 * declare const json: unknown; // cases.json of `signaalreis feedback`
 * const file = readCaseFile(json);
 * const ddas = lifecyclePreset('ddas');
 * if (file.ok && ddas.ok) {
 *   const month = reportMonthOf(file.value, ddas.value);
 *   if (month.ok) month.value.cases.filter((c) => c.record !== undefined).length; // cases with a record
 * }
 * ```
 */
export function reportMonthOf(file: CaseFile, lifecycle?: LifecycleTable): Result<ReportMonth> {
  const issues: Issue[] = [];
  const cases: ReportCase[] = [];
  file.cases.forEach((c, i) => {
    const extras = ExtrasSchema.safeParse(c);
    if (!extras.success) {
      issues.push(...issuesFromZod(extras.error, ['cases', i]));
      return;
    }
    const { plan, allocation, record } = extras.data;
    cases.push({
      caseId: c.caseId,
      householdKey: c.householdKey,
      signalStatus: c.signalStatus,
      intakeOutcome: c.intakeOutcome,
      isMatch: c.isMatch,
      recidiveMonths: c.recidiveMonths,
      consecutiveCreditors: c.consecutiveCreditors,
      crisisDeadline: c.crisisDeadline,
      signals: c.signals,
      plan: plan?.map((s) => ({ channel: s.channel, team: s.team })),
      allocation,
      record,
    });
  });
  if (issues.length > 0) return fail(issues);
  return ok({ month: file.month, decidedOn: file.decidedOn, cases, ...(lifecycle ? { lifecycle } : {}) });
}
