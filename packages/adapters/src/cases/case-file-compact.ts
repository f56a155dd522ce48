// The compact case file (format signaalreis-cases/3): what a case entry can derive from the rest of
// it is left out when written, and derived again when read, so a national month of a hundred
// thousand signals is about 400 bytes a signal instead of 1.3 KB (docs/formats/case-file.md).
// Omitted only when equal to what a reader derives: compact → expand gives the entry back, except
// the intake explanation, which is not kept (the run's worklists and the store hold it).
import {
  arrearAgeDays,
  CHANNELS,
  type Channel,
  isIsoDate,
  mostIntensiveChannel,
  type Team,
} from '@signaalreis/core';
import type { CaseFile, CompactCase } from './case-file-schema';

type Row = Record<string, unknown>;
/**
 * A case entry in the full form, as a program holds it: every field of `CaseFileCaseSchema`, and
 * what `run` (the contact plan) and `feedback` (the lifecycle `record`) add.
 *
 * @example
 * ```ts
 * import type { FullCase } from '@signaalreis/adapters/cases';
 * const plan = (c: FullCase) => (Array.isArray(c.plan) ? c.plan.length : 0); // steps of the contact plan, if run added one
 * ```
 */
export type FullCase = CaseFile['cases'][number];

/** A compact case as read: the schema's fields and any others (the run's plan, a lifecycle record). */
type Compact = CompactCase & Row;

const sameList = (a: unknown, b: readonly unknown[]) =>
  Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);

/** What a case derives from its signals: their ids, the partners (sorted, once each), the total. */
function fromSignals(signals: readonly { signalId: string; partnerId: string; amountCents: number }[]) {
  let total = 0;
  for (const s of signals) total += s.amountCents;
  return {
    signalIds: signals.map((s) => s.signalId),
    partners: [...new Set(signals.map((s) => s.partnerId))].sort(),
    totalAmountCents: total,
  };
}

/** The primary channel of a contact plan and its team, as allocation gives them (none: no steps). */
function primaryOf(plan: unknown): { channel?: Channel; team?: Team } {
  if (!Array.isArray(plan)) return {};
  const steps = plan.filter((s): s is { channel: Channel; team: Team } => CHANNELS.includes(s?.channel));
  const channel = mostIntensiveChannel(steps.map((s) => s.channel));
  const team = steps.find((s) => s.channel === channel)?.team;
  return channel === undefined ? {} : { channel, ...(team === undefined ? {} : { team }) };
}

/** Days from the start of the arrear to the signal date, when both are dates (else nothing to derive). */
const ageOf = (s: Row): number | undefined =>
  isIsoDate(s.arrearSince) && isIsoDate(s.signalDate)
    ? arrearAgeDays(s.arrearSince, s.signalDate)
    : undefined;

/** One signal in compact form: what equals the derived value is left out. */
function compactSignal(s: Row, caseStatus: unknown): Row {
  const out: Row = {};
  for (const key in s) {
    const value = s[key];
    if (
      (key === 'ageDays' && value === ageOf(s)) ||
      (key === 'naturalPerson' && value === true) ||
      (key === 'signalStatus' && value === caseStatus)
    )
      continue;
    out[key] = value;
  }
  return out;
}

/**
 * One case entry in the compact form of format `signaalreis-cases/3`: `signalIds`, `partners` and
 * `totalAmountCents` when the signals give them, empty `recidiveMonths` and
 * `consecutiveCreditors`, `primaryChannel` and `team` when the plan gives them, and per signal
 * `ageDays`, `naturalPerson: true` and a `signalStatus` equal to the case's are left out; the
 * intake `explanation` and a contacted case's worklist texts (`bucketLabel`, `contactExplanation`,
 * `teamLabels`) are not kept. Everything else (the plan, a lifecycle record) stays, in order.
 *
 * @example
 * ```ts
 * import { type CaseFile, compactCase } from '@signaalreis/adapters/cases';
 * declare const file: CaseFile;
 * const line = JSON.stringify(compactCase(file.cases[0]!)); // about 450 bytes for a case of one signal
 * ```
 */
export function compactCase(c: FullCase): Record<string, unknown> {
  const derived = fromSignals(c.signals);
  const primary = primaryOf(c.plan);
  const out: Row = {};
  for (const key in c) {
    const value = (c as Row)[key];
    if (key === 'signals') out.signals = c.signals.map((s) => compactSignal(s, c.signalStatus));
    else if (!derivable(key, value, c, derived, primary)) out[key] = value;
  }
  return out;
}

/** Whether field `key` of case `c` holds what a reader derives (so the compact form leaves it out). */
function derivable(
  key: string,
  value: unknown,
  c: FullCase,
  derived: ReturnType<typeof fromSignals>,
  primary: ReturnType<typeof primaryOf>,
): boolean {
  switch (key) {
    case 'explanation':
    case 'bucketLabel':
    case 'contactExplanation':
    case 'teamLabels':
      return true; // not kept: the worklists and the store hold them
    case 'signalIds':
      return sameList(value, derived.signalIds);
    case 'partners':
      return sameList(value, derived.partners);
    case 'totalAmountCents':
      return value === derived.totalAmountCents;
    case 'recidiveMonths':
    case 'consecutiveCreditors':
      return sameList(value, []);
    case 'primaryChannel':
      return value !== undefined && value === primary.channel;
    case 'team':
      return value !== undefined && c.primaryChannel === primary.channel && value === primary.team;
    default:
      return false;
  }
}

/** A compact signal with what it left out: in the order of the full form, other keys after. */
function expandSignal(s: Compact['signals'][number], caseStatus: Compact['signalStatus']) {
  const { signalId, partnerId, partnerName, sector, kind, signalDate, arrearSince, amountCents, ...rest } = s;
  const { window, ageDays, naturalPerson, signalStatus, repeatOf, neighbourhood, ...others } = rest;
  return {
    signalId,
    partnerId,
    ...(partnerName === undefined ? {} : { partnerName }),
    sector,
    kind,
    signalDate,
    arrearSince,
    amountCents,
    ageDays: ageDays ?? arrearAgeDays(arrearSince, signalDate),
    window,
    naturalPerson: naturalPerson ?? true,
    signalStatus: signalStatus ?? caseStatus,
    ...(repeatOf === undefined ? {} : { repeatOf }),
    ...(neighbourhood === undefined ? {} : { neighbourhood }),
    ...others,
  };
}

/**
 * A case of a compact case file (read with {@link CompactCaseSchema}) in the full form, every field
 * in the order `signaalreis run` gives them: what was left out derived again (see
 * {@link compactCase}). The intake `explanation` stays absent unless the entry has one.
 *
 * @example
 * ```ts
 * import { CompactCaseSchema, expandCase } from '@signaalreis/adapters/cases';
 * declare const entry: unknown; // one line of a signaalreis-cases/3 file, parsed
 * const read = CompactCaseSchema.safeParse(entry);
 * if (read.success) expandCase(read.data).signalIds; // the ids of its signals, in order
 * ```
 */
export function expandCase(c: CompactCase & Record<string, unknown>): FullCase {
  const { caseId, householdKey, rank, signalStatus, intakeOutcome, isMatch, signals, ...rest } = c;
  const { partners, signalIds, totalAmountCents, recidiveMonths, consecutiveCreditors, ...more } = rest;
  const { crisisDeadline, reached, explanation, worklistBucket, plan, priority, ...run } = more;
  const { primaryChannel, team, contactDeadline, ...others } = run;
  const full = signals.map((s) => expandSignal(s, signalStatus));
  const derived = fromSignals(full);
  const primary = primaryChannel === undefined ? primaryOf(plan) : {};
  const has = (key: string) => Object.hasOwn(c, key);
  return {
    caseId,
    householdKey,
    rank,
    signalStatus,
    intakeOutcome,
    isMatch,
    partners: partners ?? derived.partners,
    signalIds: signalIds ?? derived.signalIds,
    totalAmountCents: totalAmountCents ?? derived.totalAmountCents,
    recidiveMonths: recidiveMonths ?? [],
    consecutiveCreditors: consecutiveCreditors ?? [],
    ...(crisisDeadline === undefined ? {} : { crisisDeadline }),
    ...(reached === undefined ? {} : { reached }),
    ...(explanation === undefined ? {} : { explanation }),
    signals: full,
    ...(has('worklistBucket') ? { worklistBucket } : {}),
    ...(has('plan') ? { plan } : {}),
    ...(has('priority') ? { priority } : {}),
    ...(primaryChannel !== undefined
      ? { primaryChannel }
      : primary.channel
        ? { primaryChannel: primary.channel }
        : {}),
    ...(team !== undefined ? { team } : primary.team ? { team: primary.team } : {}),
    ...(has('contactDeadline') ? { contactDeadline } : {}),
    ...others,
  } as FullCase;
}
