// The case files of one DDAS levering: one `signaalreis-cases/2` file per month, with a case per
// household and month and the lifecycle record of each DDAS case — what `run --history` and
// `feedback` read.
import {
  type Bilingual,
  type CaseRecord,
  caseStatus,
  type DdasSignalStatus,
  type HouseholdKey,
  type IsoDate,
  type IsoMonth,
  type Issue,
  issue,
  type LifecycleTable,
  type MunicipalityCode,
  numberedCaseId,
  sumCents,
} from '@signaalreis/core';
import { type CaseFile, FULL_CASE_FILE_FORMAT } from '../cases/case-file';
import type { FileCase } from './export-case';
import { buildRecord } from './import-record';
import type { ImportedSignal } from './import-signals';
import type { ReadZaak, ReadZaken } from './import-zaken';
import { DDAS_MESSAGES as M } from './messages';

/** A case to be: a DDAS case (with its lifecycle) or signals that no DDAS case refers to. */
interface Pending {
  month: IsoMonth;
  householdKey: HouseholdKey;
  signals: ImportedSignal[];
  zaak?: ReadZaak;
}

/**
 * The intake status of an imported case and when its record starts and is picked up. Picked up
 * (`datumOpgepakt`): at intake when that is on or before the matching date, else later, out of
 * `Nog niet opgepakt`. Not picked up: the case status of its signals — unless contact attempts or
 * another result show that the case stayed open first (`Nog niet opgepakt`, which the lifecycle can
 * leave for every result that is not picked up).
 */
function intakeOf(z: ReadZaak, statuses: DdasSignalStatus[]) {
  const now = caseStatus(statuses);
  if (z.pickedUp === undefined) {
    const direct =
      now === 'Nog niet opgepakt' ||
      (now !== 'Opgepakt' && z.attempts.length === 0 && (z.result === undefined || z.result === now));
    return { intake: direct ? now : ('Nog niet opgepakt' as const), createdAt: z.matchedOn };
  }
  if (z.pickedUp > z.matchedOn)
    return { intake: 'Nog niet opgepakt' as const, createdAt: z.matchedOn, pickUpOn: z.pickedUp };
  return { intake: 'Opgepakt' as const, createdAt: z.pickedUp };
}

const outcomeOf = (
  status: DdasSignalStatus,
  signals: readonly ImportedSignal[],
): FileCase['intakeOutcome'] => {
  if (status === 'Opgepakt')
    return signals.some((s) => s.signal.kind === 'eviction') ? 'crisis' : 'picked-up';
  return status === 'Nog niet opgepakt' ? 'manual-review' : 'not-picked-up';
};

/** The most common matching date of a month's DDAS cases (the earliest of a tie). */
function decidedOnOf(pending: readonly Pending[]): IsoDate {
  const tally = new Map<IsoDate, number>();
  for (const p of pending) if (p.zaak) tally.set(p.zaak.matchedOn, (tally.get(p.zaak.matchedOn) ?? 0) + 1);
  const best = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (best) return best[0];
  const dates = pending.flatMap((p) => p.signals.map((s) => s.signal.signalDate)).sort();
  const last = dates.at(-1);
  if (last === undefined) throw new Error('unreachable: a pending case has signals');
  return last;
}

/** One case of the file, with the record of its DDAS case. */
function fileCase(
  p: Pending,
  [rank, count]: [number, number],
  table: LifecycleTable,
  explanation: Bilingual,
  errors: Issue[],
  warnings: Issue[],
): FileCase | undefined {
  // the month and the case's position, as matching numbers its cases: never the household key
  const caseId = numberedCaseId(p.month, rank, count);
  const signals = p.signals.map((s) => s.signal);
  const statuses = signals.map((s) => s.signalStatus);
  let status = caseStatus(statuses);
  let record: CaseRecord | undefined;
  if (p.zaak) {
    const facts = intakeOf(p.zaak, statuses);
    status = facts.intake;
    const built = buildRecord(
      {
        caseId,
        signals: signals.map((s) => ({ signalId: s.signalId, partnerId: s.partnerId, sector: s.sector })),
        ...facts,
        attempts: p.zaak.attempts,
        ...(p.zaak.result === undefined ? {} : { result: p.zaak.result }),
      },
      table,
      p.zaak.at,
    );
    errors.push(...built.errors);
    warnings.push(...built.warnings);
    record = built.record;
    if (record === undefined) return undefined;
  }
  return {
    caseId,
    householdKey: p.householdKey,
    rank,
    signalStatus: status,
    intakeOutcome: outcomeOf(status, p.signals),
    isMatch: p.zaak !== undefined,
    partners: [...new Set(signals.map((s) => s.partnerId))].sort(),
    signalIds: signals.map((s) => s.signalId),
    totalAmountCents: sumCents(signals.map((s) => s.amountCents)),
    recidiveMonths: [],
    consecutiveCreditors: [],
    explanation,
    signals,
    ...(record ? { record } : {}),
  };
}

/**
 * The case files of one municipality's DDAS cases and leftover signals (`read`), handed to `emit` a
 * month at a time in month order: the cases of each month in delivery order (DDAS cases first, then
 * households with signals only), numbered in that order (`rank`, and the case id `2026-10-0001` …:
 * no address), `decidedOn` = the most common matching date of the month's cases (others are counted
 * in `otherMatchingDates`). The lists of `read` are taken (left empty), and each month's cases are
 * let go once its file is handed over: a caller that lets each file go holds one month at a time.
 */
export function caseFiles(
  municipality: MunicipalityCode,
  read: Pick<ReadZaken, 'zaken' | 'leftover'>,
  table: LifecycleTable,
  explanation: Bilingual,
  issues: { errors: Issue[]; warnings: Issue[] },
  emit: (file: CaseFile) => void,
): { otherMatchingDates: Map<IsoMonth, { count: number; kept: IsoDate }> } {
  const { errors, warnings } = issues;
  const byMonth = pendingByMonth(read.zaken, read.leftover, errors);
  read.zaken = [];
  read.leftover = [];
  const otherMatchingDates = new Map<IsoMonth, { count: number; kept: IsoDate }>();
  for (const month of [...byMonth.keys()].sort()) {
    const pending = byMonth.get(month) ?? [];
    byMonth.delete(month); // its pending cases let go with the file
    const decidedOn = decidedOnOf(pending);
    const other = pending.filter((p) => p.zaak && p.zaak.matchedOn !== decidedOn).length;
    if (other > 0) otherMatchingDates.set(month, { count: other, kept: decidedOn });
    const cases = pending.flatMap(
      (p, i) => fileCase(p, [i + 1, pending.length], table, explanation, errors, warnings) ?? [],
    );
    emit({ format: FULL_CASE_FILE_FORMAT, month, preset: table.id, decidedOn, municipality, cases });
  }
  return { otherMatchingDates };
}

/** The cases to be of each month: a household's DDAS case, its signals no case refers to added. */
function pendingByMonth(
  zaken: readonly ReadZaak[],
  leftover: readonly ImportedSignal[],
  errors: Issue[],
): Map<IsoMonth, Pending[]> {
  const byCase = new Map<string, Pending>();
  for (const z of zaken) {
    const key = `${z.month}/${z.householdKey}`;
    const before = byCase.get(key);
    if (before?.zaak) {
      errors.push(issue('ddas_case_twice', z.at, M.caseTwice(z.month, before.zaak.at.join('.'))));
      continue;
    }
    byCase.set(key, { month: z.month, householdKey: z.householdKey, signals: [...z.signals], zaak: z });
  }
  for (const s of leftover) {
    const month = s.signal.signalDate.slice(0, 7) as IsoMonth;
    const key = `${month}/${s.householdKey}`;
    const pending = byCase.get(key) ?? { month, householdKey: s.householdKey, signals: [] };
    pending.signals.push(s);
    byCase.set(key, pending);
  }
  const byMonth = new Map<IsoMonth, Pending[]>();
  for (const p of byCase.values()) {
    const month = byMonth.get(p.month);
    if (month) month.push(p);
    else byMonth.set(p.month, [p]);
  }
  return byMonth;
}
