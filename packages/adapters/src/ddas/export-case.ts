// One case of a case file as DDAS: its signals (`vroegsignalen`) and the case (`vroegsignaalzaak`),
// with contact attempts and result from its lifecycle record when it has one.
import {
  addDays,
  addMonths,
  type CaseRecord,
  type DdasCaseResult,
  type DdasSignalStatus,
  ddasSignalPartner,
  fail,
  type IsoDate,
  type IsoMonth,
  type Issue,
  type IssuePath,
  isDdasCaseResult,
  issue,
  type LifecycleTable,
  ok,
  prefixIssues,
  type Result,
  toWholeEuros,
  verifyRecord,
} from '@signaalreis/core';
import type { CaseFile, CaseFileCase } from '../cases/case-file';
import { ddasClient } from './client';
import { DDAS_MESSAGES as M } from './messages';
import type { DdasVroegsignaal, DdasVroegsignaalzaak } from './types';
import { DDAS_FLAGS_BY_KIND } from './vocabulary';

/** A case of a case file as read (extra keys, such as its lifecycle `record`, are kept). */
export type FileCase = CaseFileCase & { record?: unknown };

/** One case as DDAS. */
export interface ExportedCase {
  signals: DdasVroegsignaal[];
  zaak: DdasVroegsignaalzaak;
}

/** The first and last day of a month: the matching period of its cases. */
export function monthBounds(month: IsoMonth): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01` as IsoDate;
  return { first, last: addDays(`${addMonths(month, 1)}-01` as IsoDate, -1) };
}

/** The DDAS status of each lifecycle status of the table (every status of a table has one). */
const ddasStatusOf = (table: LifecycleTable, status: string): DdasSignalStatus | undefined =>
  table.statuses.find((s) => s.id === status)?.ddas.signalStatus;

/**
 * What the case's lifecycle says in DDAS terms: its DDAS status now, the day it was first in a
 * status that DDAS calls `Opgepakt` (from the audit trail), the result and the attempts. Without a
 * record: the intake decision (picked up on the matching date; a not-picked-up status is also the
 * case's result).
 */
function lifecycleFacts(
  c: FileCase,
  record: CaseRecord | undefined,
  table: LifecycleTable,
  decidedOn: IsoDate,
) {
  if (record === undefined) {
    const result: DdasCaseResult | undefined = isDdasCaseResult(c.signalStatus) ? c.signalStatus : undefined;
    return {
      now: c.signalStatus,
      pickedUp: c.signalStatus === 'Opgepakt' ? decidedOn : undefined,
      result,
      attempts: [],
    };
  }
  const entered = record.audit.find((e) => ddasStatusOf(table, e.to) === 'Opgepakt');
  return {
    now: ddasStatusOf(table, record.status) ?? c.signalStatus,
    pickedUp: entered === undefined ? undefined : (entered.at.slice(0, 10) as IsoDate),
    result: record.result,
    attempts: record.attempts,
  };
}

/** The stored record of a case, checked against the lifecycle table (it may have been edited). */
function checkedRecord(c: FileCase, table: LifecycleTable, at: IssuePath): Result<CaseRecord | undefined> {
  if (c.record === undefined) return ok(undefined);
  const verified = verifyRecord(c.record, table);
  if (verified.ok) return ok(verified.value);
  return fail(
    prefixIssues(verified.issues, [...at, 'record']).map((i) => ({
      ...i,
      message: M.recordInvalid(i.message),
    })),
  );
}

/**
 * One case as DDAS signals and a DDAS case. Signals keep their own intake status, except those
 * still `Nog niet opgepakt`: they take the case's DDAS status now (a case that was in manual review
 * and was picked up or turned down later). Amounts are whole euros (`toWholeEuros`: half away from
 * zero). `at` is the case's path for issues.
 */
export function exportCase(
  c: FileCase,
  file: CaseFile,
  table: LifecycleTable,
  at: IssuePath,
): Result<ExportedCase> {
  const issues: Issue[] = [];
  const client = ddasClient(c.householdKey);
  if (client === undefined)
    issues.push(issue('ddas_client_address', [...at, 'householdKey'], M.clientAddress));
  if (c.signals.length === 0)
    issues.push(issue('ddas_case_without_signals', [...at, 'signals'], M.caseWithoutSignals));
  const record = checkedRecord(c, table, at);
  if (!record.ok) issues.push(...record.issues);
  if (client === undefined || !record.ok || issues.length > 0) return fail(issues);

  const facts = lifecycleFacts(c, record.value, table, file.decidedOn);
  const signals = c.signals.map(
    (s): DdasVroegsignaal => ({
      ID: s.signalId,
      ...DDAS_FLAGS_BY_KIND[s.kind],
      bedrag: toWholeEuros(s.amountCents),
      ontstaansdatum: s.arrearSince,
      signaaldatum: s.signalDate,
      status: s.signalStatus === 'Nog niet opgepakt' ? facts.now : s.signalStatus,
      signaalpartner: { type: ddasSignalPartner(s.sector, s.kind) },
      client,
    }),
  );
  const { first, last } = monthBounds(file.month);
  const zaak: DdasVroegsignaalzaak = {
    matchingsdatum: file.decidedOn,
    startdatumMatchingperiode: first,
    einddatumMatchingperiode: last,
    ...(facts.pickedUp === undefined ? {} : { datumOpgepakt: facts.pickedUp }),
    vroegsignalen: c.signals.map((s) => ({ ID: s.signalId })),
    contactpogingen: facts.attempts.map((a) => ({
      soort: a.kind,
      bereikt: a.reached,
      datum: a.date,
      dagdeel: a.partOfDay,
    })),
    ...(facts.result === undefined ? {} : { resultaat: facts.result }),
  };
  return ok({ signals, zaak });
}
