// The line `signaalreis run` writes per case in cases.json, made straight from the journey: the
// compact entry of format 3 (`compactCase` of the full form `plannedCase`) without building the
// full form first — a national month writes a hundred thousand of them. The property test of
// case-file-compact holds the two to the same JSON.
import {
  arrearAgeDays,
  type ContactStep,
  type IntakenJourney,
  mayFollowUpAllowed,
  mostIntensiveChannel,
  type PlannedJourney,
  worklistBucket,
} from '@signaalreis/core';
import { allocationRecord } from './case-extras';
import { caseFileLabel } from './case-file-schema';

type Row = Record<string, unknown>;

/**
 * The intake status of signal `id` (the last one given, as a Map of them would): a case has a few.
 * Also what the history index reads (`historyIndexPieces`).
 *
 * @example
 * ```ts
 * import { statusIn } from './compact-planned';
 * statusIn([{ signalId: 'S1', signalStatus: 'Opgepakt' }] as never, 'S2'); // undefined: the case's status holds
 * ```
 */
export function statusIn(signals: IntakenJourney['intake']['signals'], id: string): string | undefined {
  for (let i = signals.length - 1; i >= 0; i--) {
    const s = signals[i] as (typeof signals)[number];
    if (s.signalId === id) return s.signalStatus;
  }
  return undefined;
}

/** The signals of a case in compact form: what a reader derives left out (see `compactCase`). */
function signalsOf(j: IntakenJourney, caseStatus: string): Row[] {
  const own = j.intake.signals;
  const out: Row[] = [];
  for (const cs of j.match.signals) {
    const s = cs.signal;
    const row: Row = {
      signalId: s.signalId,
      partnerId: s.partner.id,
      partnerName: caseFileLabel(s.partner.name),
      sector: s.partner.sector,
      kind: s.kind,
      signalDate: s.signalDate,
      arrearSince: s.arrearSince,
      amountCents: s.amountCents,
    };
    if (cs.ageDays !== arrearAgeDays(s.arrearSince, s.signalDate)) row.ageDays = cs.ageDays;
    row.window = cs.window;
    if (!mayFollowUpAllowed(s.person)) row.naturalPerson = false;
    const status = statusIn(own, s.signalId) ?? caseStatus;
    if (status !== caseStatus) row.signalStatus = status;
    if (cs.repeat) row.repeatOf = cs.repeat.previousSignalId;
    if (s.neighbourhood) row.neighbourhood = caseFileLabel(s.neighbourhood);
    out.push(row);
  }
  return out;
}

/** The contact plan of a case as the case file keeps it: each step's own fields, those given. */
function planOf(steps: readonly ContactStep[]): Row[] {
  const out: Row[] = [];
  for (const s of steps) {
    const step: Row = { channel: s.channel, team: s.team, attempts: s.attempts };
    if (s.spacingDays !== undefined) step.spacingDays = s.spacingDays;
    if (s.partsOfDay !== undefined) step.partsOfDay = [...s.partsOfDay];
    out.push(step);
  }
  return out;
}

/**
 * A planned journey as its compact case-file entry: `compactCase(plannedCase(j))`, made directly
 * (the full form's worklist texts — `bucketLabel`, `contactExplanation`, `teamLabels` — left out,
 * as `compactCase` leaves them out).
 *
 * @example
 * ```ts
 * import { compactPlannedCase } from '@signaalreis/adapters/cases';
 * import type { PlannedJourney } from '@signaalreis/core';
 * declare const j: PlannedJourney;
 * JSON.stringify(compactPlannedCase(j)); // '{"caseId":"2026-10-0001","householdKey":"7415HN 17C",…}'
 * ```
 */
export function compactPlannedCase(j: PlannedJourney): Record<string, unknown> {
  const { match: m, intake, route, allocation } = j;
  const status = intake.signalStatus;
  const out: Row = {
    caseId: j.caseId,
    householdKey: m.householdKey,
    rank: m.rank,
    signalStatus: status,
    intakeOutcome: intake.outcome,
    isMatch: m.isMatch,
  };
  // partners and signal ids are the signals' own (caseFileCase); the total when it is their sum
  let total = 0;
  for (const s of m.signals) total += s.signal.amountCents;
  if (m.totals.totalAmountCents !== total) out.totalAmountCents = m.totals.totalAmountCents;
  const recidive = m.recidive?.previousMonths ?? [];
  if (recidive.length > 0) out.recidiveMonths = recidive;
  const creditors = m.consecutiveCreditors?.partners ?? [];
  if (creditors.length > 0) out.consecutiveCreditors = creditors;
  if (intake.crisis) out.crisisDeadline = intake.crisis.deadline;
  if (m.reachedBefore !== undefined) out.reached = m.reachedBefore;
  out.signals = signalsOf(j, status);
  out.worklistBucket = worklistBucket(j);
  const steps = allocation?.steps ?? [];
  out.plan = planOf(steps);
  if (route && allocation) out.priority = route.priority;
  // the primary channel and its team follow from the plan, as allocation chose them
  const primary = mostIntensiveChannel(steps.map((s) => s.channel));
  const chosen = allocation?.primaryChannel || undefined;
  if (chosen && chosen !== primary) out.primaryChannel = chosen;
  const team = steps.find((s) => s.channel === primary)?.team;
  if (allocation?.team && (chosen !== primary || allocation.team !== team)) out.team = allocation.team;
  if (route && allocation) out.contactDeadline = route.deadline;
  if (allocation) out.allocation = allocationRecord(allocation);
  return out;
}
