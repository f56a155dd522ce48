// Per-case figures of the monthly report in DDAS terms: the status now and the result, contact
// attempts and reach per DDAS contact kind, the planned channels, and the crisis deadlines.
import { DDAS_CONTACT_KINDS, type DdasContactKind } from '../lifecycle/contact-kinds';
import { isDdasCaseResult } from '../lifecycle/record';
import {
  CHANNELS,
  type Channel,
  DDAS_CASE_RESULTS,
  DDAS_SIGNAL_STATUSES,
  type DdasCaseResult,
  type DdasSignalStatus,
} from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { mostIntensiveChannel } from '../routing/outcome';
import type { ReportCase, ReportMonth } from './monthly-input';
import type { ContactKindFigures, CountOf, MonthlyReport } from './monthly-types';

/** Every value of a vocabulary with its count (zero when none), in the vocabulary's order. */
export function countAll<V extends string>(values: readonly V[], seen: Iterable<V>): CountOf<V>[] {
  const counts = new Map<V, number>(values.map((v) => [v, 0]));
  for (const v of seen) counts.set(v, (counts.get(v) ?? 0) + 1);
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

/**
 * The DDAS status of a case now: its record's status through the lifecycle table, else intake's.
 * `unknown` is the record status when the table does not know it (intake's status counts then).
 */
export function statusNow(
  c: ReportCase,
  table: ReportMonth['lifecycle'],
): { status: DdasSignalStatus; unknown?: string } {
  const record = c.record;
  if (record === undefined || table === undefined) return { status: c.signalStatus };
  const found = table.statuses.find((s) => s.id === record.status)?.ddas.signalStatus;
  return found === undefined ? { status: c.signalStatus, unknown: record.status } : { status: found };
}

/** The DDAS result of a case: its record's, else intake's status when that is a result (as the DDAS export reads it). */
export function resultOf(c: ReportCase): DdasCaseResult | undefined {
  if (c.record !== undefined) return c.record.result;
  return isDdasCaseResult(c.signalStatus) ? c.signalStatus : undefined;
}

/** Statuses and results of the month's cases. */
export function statusFigures(
  cases: readonly ReportCase[],
  table: ReportMonth['lifecycle'],
): Pick<MonthlyReport, 'byStatus' | 'byResult' | 'withoutResult'> & { unknownStatuses: string[] } {
  const statuses: DdasSignalStatus[] = [];
  const unknown = new Set<string>();
  const results: DdasCaseResult[] = [];
  for (const c of cases) {
    const now = statusNow(c, table);
    statuses.push(now.status);
    if (now.unknown !== undefined) unknown.add(now.unknown);
    const result = resultOf(c);
    if (result !== undefined) results.push(result);
  }
  return {
    byStatus: countAll(DDAS_SIGNAL_STATUSES, statuses),
    byResult: countAll(DDAS_CASE_RESULTS, results),
    withoutResult: cases.length - results.length,
    unknownStatuses: [...unknown].sort(),
  };
}

/** Contact attempts and reach per DDAS contact kind, and the planned primary channels. */
export function contactFigures(cases: readonly ReportCase[]): MonthlyReport['contact'] {
  const byKind = new Map<DdasContactKind, ContactKindFigures>(
    DDAS_CONTACT_KINDS.map((kind) => [
      kind,
      { kind, attempts: 0, attemptsReached: 0, casesAttempted: 0, casesReached: 0 },
    ]),
  );
  let attempts = 0;
  let casesAttempted = 0;
  let casesReached = 0;
  let casesWithRecord = 0;
  const primary: Channel[] = [];
  for (const c of cases) {
    const p = mostIntensiveChannel((c.plan ?? []).map((s) => s.channel));
    if (p !== undefined) primary.push(p);
    if (c.record === undefined) continue;
    casesWithRecord += 1;
    const list = c.record.attempts;
    attempts += list.length;
    if (list.length > 0) casesAttempted += 1;
    if (list.some((a) => a.reached)) casesReached += 1;
    for (const kind of new Set(list.map((a) => a.kind))) {
      const f = byKind.get(kind) as ContactKindFigures;
      const own = list.filter((a) => a.kind === kind);
      f.attempts += own.length;
      f.attemptsReached += own.filter((a) => a.reached).length;
      f.casesAttempted += 1;
      if (own.some((a) => a.reached)) f.casesReached += 1;
    }
  }
  return {
    plannedPrimary: countAll(CHANNELS, primary),
    withoutPlan: cases.length - primary.length,
    byKind: [...byKind.values()],
    attempts,
    casesAttempted,
    casesReached,
    casesWithRecord,
  };
}

/**
 * Crisis cases (a crisis deadline, or intake's crisis bucket) and their deadlines: met (an attempt
 * on or before the deadline), missed (passed before `on` without one), open, or unknown (no record,
 * or no deadline).
 */
export function crisisFigures(cases: readonly ReportCase[], on: IsoDate): MonthlyReport['crisis'] {
  const out = { cases: 0, met: 0, reachedByDeadline: 0, missed: 0, open: 0, unknown: 0 };
  for (const c of cases) {
    if (c.crisisDeadline === undefined && c.intakeOutcome !== 'crisis') continue;
    out.cases += 1;
    const deadline = c.crisisDeadline;
    if (c.record === undefined || deadline === undefined) {
      out.unknown += 1;
      continue;
    }
    const inTime = c.record.attempts.filter((a) => a.date <= deadline);
    if (inTime.length > 0) {
      out.met += 1;
      if (inTime.some((a) => a.reached)) out.reachedByDeadline += 1;
    } else if (deadline < on) out.missed += 1;
    else out.open += 1;
  }
  return out;
}
