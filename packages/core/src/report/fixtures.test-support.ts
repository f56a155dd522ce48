// Small hand-built months for the report's tests: every figure a test expects can be read off the
// cases it builds.
import type { CaseRecord } from '../lifecycle/record';
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Result } from '../model/issue';
import type { ReportCase, ReportMonth, ReportSignal } from './monthly-input';

let signals = 0;
/** A signal of a partner; the sector follows the partner id's prefix (ZV health, EN energy, WO rent, WA water). */
export function sig(partnerId: string, over: Partial<ReportSignal> = {}): ReportSignal {
  const sector = ({ ZV: 'health', EN: 'energy', WO: 'rent', WA: 'water' } as const)[
    partnerId.slice(0, 2) as 'ZV'
  ];
  signals += 1;
  return {
    signalId: `${partnerId}-${signals}`,
    partnerId,
    sector: sector ?? 'other',
    kind: 'early',
    amountCents: 10_000,
    ...over,
  };
}

type Attempt = CaseRecord['attempts'][number];

/** A contact attempt of a DDAS kind on a day. */
export const attempt = (kind: Attempt['kind'], date: string, reached = false): Attempt => ({
  kind,
  reached,
  date: date as IsoDate,
  partOfDay: 'Ochtend',
});

let n = 0;
/** A picked-up case at a household with the given signals. */
export function kase(
  householdKey: string,
  signals: ReportSignal[],
  over: Partial<ReportCase> = {},
): ReportCase {
  n += 1;
  return {
    caseId: `2026-10-${String(n).padStart(4, '0')}`,
    householdKey,
    signalStatus: 'Opgepakt',
    intakeOutcome: 'picked-up',
    isMatch: new Set(signals.map((s) => s.partnerId)).size > 1,
    recidiveMonths: [],
    consecutiveCreditors: [],
    signals,
    ...over,
  };
}

/** A record with a status, attempts and optionally a result. */
export const record = (
  status: string,
  attempts: Attempt[] = [],
  result?: CaseRecord['result'],
): ReportCase['record'] => ({
  status,
  attempts,
  ...(result ? { result } : {}),
});

/** A month of cases decided on the 26th. */
export const month = (m: string, cases: ReportCase[], over: Partial<ReportMonth> = {}): ReportMonth => ({
  month: m as IsoMonth,
  decidedOn: `${m}-26` as IsoDate,
  cases,
  ...over,
});

/** The value of a Result, or a failed test listing its issues. */
export function value<T>(r: Result<T>): T {
  if (!r.ok)
    throw new Error(r.issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.message.en}`).join('\n'));
  return r.value;
}
