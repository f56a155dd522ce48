// Which cases get a letter, card, e-mail or SMS, and in which situation (issue 15) — pure, from the
// case and its lifecycle record. The privacy rules come first: no output at all for a case that was
// not picked up, is closed, whose resident died, moved away or is already known at debt assistance,
// or who was already reached. Then every written step of the record's contact plan that still has
// an attempt left gives one item; the situation is crisis, reminder, match or single.
import type {
  CaseRecord,
  DdasCaseResult,
  DdasSignalStatus,
  IsoDate,
  LifecycleTable,
} from '@signaalreis/core';
import { isWritten, kindOf, type Situation, WRITTEN_CHANNELS, type WrittenChannel } from './vocabulary';

/**
 * Why a case (or one of its channels) gets no output: kept with the case id in the summary, so that
 * nothing is dropped silently.
 *
 * @example
 * ```ts
 * import { SKIP_REASONS } from '@signaalreis/adapters/letters';
 * SKIP_REASONS.includes('deceased'); // true
 * ```
 */
export const SKIP_REASONS = [
  'not-picked-up',
  'known-at-debt-assistance',
  'deceased',
  'moved-away',
  'closed',
  'reached',
  'no-written-step',
  'plan-done',
  'invalid-case',
  'no-address',
  'no-email',
  'no-mobile',
  'sms-too-long',
] as const;

/** A reason a case or channel gets no output. */
export type SkipReason = (typeof SKIP_REASONS)[number];

/** The fields of a case the selection reads (a case-file case). */
export interface SelectCase {
  caseId: string;
  signalStatus: DdasSignalStatus;
  intakeOutcome: string;
  isMatch: boolean;
  reached?: boolean;
  signals: readonly { signalStatus: DdasSignalStatus }[];
}

/**
 * What the selection makes of one case: the written channels to make output for, in plan order,
 * with the situation — or the reason there is none.
 *
 * @example
 * ```ts
 * import type { Selection } from '@signaalreis/adapters/letters';
 * const channels = (s: Selection) => (s.ok ? s.channels.join(', ') : s.reason);
 * ```
 */
export type Selection =
  | { ok: true; situation: Situation; channels: WrittenChannel[]; done: { channel: WrittenChannel }[] }
  | { ok: false; reason: SkipReason };

const BY_STATUS: Partial<Record<DdasSignalStatus | DdasCaseResult, SkipReason>> = {
  'Inwoner al bekend bij schuldhulpverlening': 'known-at-debt-assistance',
  'Inwoner heeft al een ander lopend traject': 'known-at-debt-assistance',
  'Inwoner is overleden': 'deceased',
  'Persoon is geen inwoner (meer) in de gemeente': 'moved-away',
};

const WRITTEN_KINDS: ReadonlySet<string> = new Set(WRITTEN_CHANNELS.map(kindOf));

/** Whether an attempt is one this command makes on `at` (so that a run again on the day sees the same). */
export const isOwnAttempt = (a: CaseRecord['attempts'][number], at: IsoDate): boolean =>
  a.date === at && WRITTEN_KINDS.has(a.kind);

/** The privacy refusals of a case and its record, in order: status, signals, result, final status, reached. */
function refusal(c: SelectCase, record: CaseRecord, table: LifecycleTable): SkipReason | undefined {
  const statuses = [c.signalStatus, ...c.signals.map((s) => s.signalStatus)];
  for (const s of statuses) {
    const why = BY_STATUS[s];
    if (why) return why;
  }
  if (c.signalStatus !== 'Opgepakt') return 'not-picked-up';
  if (record.result) return BY_STATUS[record.result] ?? 'closed';
  if (table.statuses.find((s) => s.id === record.status)?.final) return 'closed';
  if (record.attempts.some((a) => a.reached)) return 'reached';
  return undefined;
}

/**
 * The written output of one case on `at`, from the case and its lifecycle record (stored, or
 * created at the month's delivery day):
 * - none, with a reason, for a case whose status or any signal's status says the resident is
 *   known at debt assistance, has another trajectory, died or moved away; a case not picked up; a
 *   record with a result or in a final status of `table` (`closed`); a resident already reached;
 * - else each written channel of the record's plan (letter, card, e-mail, SMS) with an attempt
 *   left: the plan's attempts on that channel minus those made before (an attempt this command
 *   recorded on `at` does not count, so a second run on the day makes the same output);
 *   `no-written-step` or `plan-done` when there is none.
 * The situation: `crisis` (intake's crisis bucket), `reminder` (an earlier attempt did not reach,
 * or an earlier month's contact failed), `match` (two or more creditors), else `single`.
 *
 * @example
 * ```ts
 * import { selectCase } from '@signaalreis/adapters/letters';
 * import { asIsoDate, type CaseRecord, type LifecycleTable } from '@signaalreis/core';
 * declare const record: CaseRecord; // plan: letter ×1
 * declare const table: LifecycleTable;
 * const c = { caseId: '2026-10-0004', signalStatus: 'Opgepakt' as const, intakeOutcome: 'picked-up', isMatch: true, signals: [] };
 * selectCase(c, record, table, asIsoDate('2026-11-02')); // { ok: true, situation: 'match', channels: ['letter'], done: [] }
 * ```
 */
export function selectCase(c: SelectCase, record: CaseRecord, table: LifecycleTable, at: IsoDate): Selection {
  const refused = refusal(c, record, table);
  if (refused) return { ok: false, reason: refused };
  const previous = record.attempts.filter((a) => !isOwnAttempt(a, at));
  const planned = new Map<WrittenChannel, number>();
  for (const s of record.plan?.steps ?? [])
    if (isWritten(s.channel)) planned.set(s.channel, (planned.get(s.channel) ?? 0) + s.attempts);
  if (planned.size === 0) return { ok: false, reason: 'no-written-step' };
  const channels: WrittenChannel[] = [];
  const done: { channel: WrittenChannel }[] = [];
  for (const [channel, attempts] of planned) {
    const made = previous.filter((a) => a.kind === kindOf(channel)).length;
    if (made < attempts) channels.push(channel);
    else done.push({ channel });
  }
  if (channels.length === 0) return { ok: false, reason: 'plan-done' };
  const situation: Situation =
    c.intakeOutcome === 'crisis'
      ? 'crisis'
      : previous.length > 0 || c.reached === false
        ? 'reminder'
        : c.isMatch
          ? 'match'
          : 'single';
  return { ok: true, situation, channels, done };
}
