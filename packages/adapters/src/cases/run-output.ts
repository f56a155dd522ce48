// What the monthly run writes: worklists per team and channel (for the people who make contact),
// the capacity summary, and the run's JSON (cases with their contact plan).
import {
  CHANNELS,
  type Channel,
  formatEuro,
  type PlannedCase,
  type PlannedMonth,
  type Team,
} from '@signaalreis/core';
import { csvTable } from '../output/csv-writer';
import { type CaseFile, caseFileCase } from './case-file';

/**
 * One case of the monthly run as the run's JSON shows it.
 *
 * @example
 * ```ts
 * import type { RunCase } from '@signaalreis/adapters';
 * const line = (c: RunCase) => `${c.caseId}: ${c.primaryChannel ?? 'no contact'} by ${c.team ?? '-'}`;
 * ```
 */
export interface RunCase {
  caseId: string;
  signalIds: string[];
  /** The DDAS signal status after intake. */
  status: string;
  /** The routing bucket for contacted cases, else the intake bucket. */
  bucket: string;
  /** Routing priority (1 = most urgent); absent for cases not contacted. */
  priority?: number;
  /** The most intensive channel of the final plan (home visit > phone > sms > e-mail > card > letter). */
  primaryChannel?: Channel;
  team?: Team;
  deadline?: string;
  plan: { channel: Channel; team: Team; attempts: number; spacingDays?: number }[];
  allocation?: 'placed' | 'partial' | 'unplaced' | 'no-contact';
  explanation: { nl: string; en: string };
}

/**
 * One case in the run's shape: intake status and bucket, the final contact plan after capacity and
 * contact-data fallbacks, and one explanation of both steps.
 *
 * @example
 * ```ts
 * import { runCase } from '@signaalreis/adapters';
 * planned.cases.map(runCase);
 * ```
 */
export function runCase(c: PlannedCase): RunCase {
  const a = c.allocation;
  const plan = (a?.steps ?? []).map((s) => ({
    channel: s.channel,
    team: s.team,
    attempts: s.attempts,
    ...(s.spacingDays === undefined ? {} : { spacingDays: s.spacingDays }),
  }));
  return {
    caseId: c.case.caseId,
    signalIds: c.case.signals.map((s) => s.signal.signalId),
    status: c.status,
    bucket: c.worklistBucket,
    ...(a ? { priority: a.priority, deadline: a.deadline, allocation: a.status } : {}),
    ...(a?.primaryChannel ? { primaryChannel: a.primaryChannel } : {}),
    ...(a?.team ? { team: a.team } : {}),
    plan,
    explanation: a
      ? {
          nl: `${c.intake.explanation.nl} ${a.explanation.nl}`,
          en: `${c.intake.explanation.en} ${a.explanation.en}`,
        }
      : c.intake.explanation,
  };
}

/**
 * The run's JSON: `{ month, preset, cases, capacity }` (the shape `signaalreis run --format json`
 * prints and `cases.json` extends).
 *
 * @example
 * ```ts
 * import { runJson } from '@signaalreis/adapters';
 * runJson(planned, 'type-medium').capacity; // used / available per channel and team
 * ```
 */
export function runJson(m: PlannedMonth, preset: string) {
  return {
    month: m.month,
    preset,
    decidedOn: m.decidedOn,
    counts: { ...m.counts, allocation: m.allocation.counts },
    cases: m.cases.map(runCase),
    capacity: m.allocation.usage,
    setAside: m.matching.setAside.map((s) => s.issue),
  };
}

/**
 * The case file of a planned month: the case file of `match` plus, per case, the contact plan
 * (`priority`, `primaryChannel`, `team`, `plan`) — readable as history and by `signaalreis feedback`.
 *
 * @example
 * ```ts
 * import { plannedCaseFile } from '@signaalreis/adapters';
 * JSON.stringify(plannedCaseFile(planned, 'type-medium'));
 * ```
 */
export function plannedCaseFile(m: PlannedMonth, preset: string): CaseFile {
  return {
    format: 'signaalreis-cases/1',
    month: m.month,
    preset,
    decidedOn: m.decidedOn,
    cases: m.cases.map((c) => {
      const r = runCase(c);
      return {
        ...caseFileCase(c),
        bucket: c.bucket,
        worklistBucket: r.bucket,
        plan: r.plan,
        ...(r.priority === undefined ? {} : { priority: r.priority }),
        ...(r.primaryChannel ? { primaryChannel: r.primaryChannel } : {}),
        ...(r.team ? { team: r.team } : {}),
        ...(r.deadline ? { contactDeadline: r.deadline } : {}),
      };
    }),
  };
}

const personName = (p: PlannedCase['case']['signals'][number]['signal']['person']) =>
  [p.initials, p.prefix, p.surname].filter(Boolean).join(' ');

/**
 * Worklists: for every team and channel, the cases with a step there, most urgent first, with
 * what the worker needs to make contact (names, address, phone, e-mail, the signals).
 * Keys are `team/channel`; values are CSV text.
 *
 * @example
 * ```ts
 * import { worklists } from '@signaalreis/adapters';
 * Object.keys(worklists(planned)); // ['neighbourhood-team/home-visit', 'municipality/letter', …]
 * ```
 */
export function worklists(m: PlannedMonth): Map<string, string> {
  const rows = new Map<string, Record<string, string | number | undefined>[]>();
  const ordered = m.cases
    .filter((c) => c.allocation && c.allocation.steps.length > 0)
    .sort(
      (a, b) => (a.allocation?.priority ?? 0) - (b.allocation?.priority ?? 0) || a.case.rank - b.case.rank,
    );
  for (const c of ordered) {
    const a = c.allocation;
    if (!a) continue;
    const first = c.case.signals[0]?.signal;
    const people = [...new Set(c.case.signals.map((s) => personName(s.signal.person)))];
    a.steps.forEach((s, i) => {
      const key = `${s.team}/${s.channel}`;
      const list = rows.get(key) ?? [];
      list.push({
        case_id: c.case.caseId,
        priority: a.priority,
        bucket: a.bucketNl ?? a.bucket,
        deadline: a.deadline,
        step: `${i + 1} of ${a.steps.length}`,
        attempts: s.attempts,
        spacing_days: s.spacingDays ?? '',
        parts_of_day: (s.partsOfDay ?? []).join(' '),
        names: people.join('; '),
        address: c.case.householdKey,
        city: first?.address.city ?? '',
        phone: [...new Set(c.case.signals.map((x) => x.signal.contact.phone).filter(Boolean))].join(' '),
        email: [...new Set(c.case.signals.map((x) => x.signal.contact.email).filter(Boolean))].join(' '),
        signals: c.case.signals
          .map((x) => `${x.signal.partner.id} ${x.signal.kind} ${formatEuro(x.signal.amountCents)}`)
          .join('; '),
        total_amount: (c.case.totals.totalAmountCents / 100).toFixed(2),
        explanation: a.explanation.nl,
      });
      rows.set(key, list);
    });
  }
  const out = new Map<string, string>();
  const keys = [...rows.keys()].sort(
    (x, y) =>
      CHANNELS.indexOf(x.split('/')[1] as Channel) - CHANNELS.indexOf(y.split('/')[1] as Channel) ||
      (x < y ? -1 : 1),
  );
  for (const k of keys)
    out.set(k, csvTable(rows.get(k) ?? [], { columns: WORKLIST_COLUMNS, numeric: ['total_amount'] }));
  return out;
}

/** The columns of a worklist, in order. */
const WORKLIST_COLUMNS = [
  'case_id',
  'priority',
  'bucket',
  'deadline',
  'step',
  'attempts',
  'spacing_days',
  'parts_of_day',
  'names',
  'address',
  'city',
  'phone',
  'email',
  'signals',
  'total_amount',
  'explanation',
];

/**
 * The capacity summary as CSV: per channel and team the monthly capacity, what was used, what is
 * left, what overflowed in and out, and how many cases could not be placed.
 *
 * @example
 * ```ts
 * import { capacityCsv } from '@signaalreis/adapters';
 * capacityCsv(planned).split('\n')[0]; // 'channel,team,per_month,used,available,overflowed_in,overflowed_out,unplaced'
 * ```
 */
export function capacityCsv(m: PlannedMonth): string {
  const rows = m.allocation.usage.map((u) => ({
    channel: u.channel,
    team: u.team ?? '(all)',
    per_month: u.perMonth ?? 'unlimited',
    used: u.used,
    available: u.available ?? 'unlimited',
    overflowed_in: u.overflowedIn,
    overflowed_out: u.overflowedOut,
    unplaced: u.unplaced,
  }));
  return csvTable(rows, {
    columns: [
      'channel',
      'team',
      'per_month',
      'used',
      'available',
      'overflowed_in',
      'overflowed_out',
      'unplaced',
    ],
  });
}
