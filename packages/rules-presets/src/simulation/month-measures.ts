// What one simulated month measures (issue 16): each case of a planned month gets its contact
// attempts as allocation placed them, the outcome model draws what they did (common random numbers:
// the stream is keyed by the unit and the household), and the business case prices the month.
import {
  type BusinessCaseParameters,
  businessCase,
  type Channel,
  drawOutcome,
  type HistoryEntry,
  type IsoMonth,
  mayFollowUpAllowed,
  type OutcomeParameters,
  type PlannedAttempt,
  type PlannedJourney,
  type PlannedMonth,
  type Result,
  type Sector,
} from '@signaalreis/core';

/** A case opened in a month, kept until the lifecycle closes it. */
export interface OpenCase {
  /** The day the case closes (auto-close timer, or the end of aftercare for help accepted). */
  closesOn: string;
}

/** Measures, history for the next months and the cases opened, of one simulated month. */
export interface MonthOutcome {
  measures: Record<string, number>;
  history: HistoryEntry[];
  opened: { helped: boolean; decidedOn: string }[];
}

/** The attempts of a case as allocation placed them: each placed step `attempts` times, in order. */
export function plannedAttempts(j: PlannedJourney): PlannedAttempt[] {
  const out: PlannedAttempt[] = [];
  for (const step of j.allocation?.steps ?? [])
    for (let i = 0; i < step.attempts; i++) out.push({ channel: step.channel, team: step.team });
  return out;
}

const contacted = (j: PlannedJourney) => j.intake.outcome === 'picked-up' || j.intake.outcome === 'crisis';

/** The distinct sectors of a case's signals, in the order they come. */
function sectorsOf(j: PlannedJourney): Sector[] {
  const out: Sector[] = [];
  for (const s of j.match.signals)
    if (!out.includes(s.signal.partner.sector)) out.push(s.signal.partner.sector);
  return out;
}

/**
 * A case's signals as history for the months after (`historyFromSignals` of core, with whether
 * the household was reached when it was contacted): the case's household key and month for each
 * — matching puts a signal in a case of its household and its month only.
 */
function pastOf(
  j: PlannedJourney,
  month: IsoMonth,
  pickedUp: boolean,
  reached: boolean | undefined,
  into: HistoryEntry[],
): void {
  for (const { signal: s } of j.match.signals) {
    const e: HistoryEntry = {
      month,
      signalId: s.signalId,
      partnerId: s.partner.id,
      householdKey: j.match.householdKey,
      sector: s.partner.sector,
      kind: s.kind,
      signalDate: s.signalDate,
      arrearSince: s.arrearSince,
      amountCents: s.amountCents,
      naturalPerson: mayFollowUpAllowed(s.person),
      pickedUp,
    };
    if (reached !== undefined) e.reached = reached;
    into.push(e);
  }
}

/**
 * The counterfactual parameters: nobody accepts help. With the same stream a helped case's draw
 * under these says whether the eviction or cut-off would have happened without help.
 */
export const withoutHelp = (p: OutcomeParameters): OutcomeParameters => ({
  ...p,
  acceptance: { ...p.acceptance, probability: 0 },
});

/**
 * Measures one planned month: per case the outcome draw (cases not contacted draw with no
 * attempts: their risks without help still apply), attempts per channel as made (they stop once
 * the household is reached), capacity used per channel, prevented evictions and cut-offs (helped
 * cases whose draw without help has the event), and the business case of the month.
 */
export function measureMonth(
  planned: PlannedMonth,
  keyOf: (householdKey: string) => string,
  outcome: OutcomeParameters,
  noHelp: OutcomeParameters,
  prices: BusinessCaseParameters,
): Result<MonthOutcome> {
  let pickedUp = 0;
  let notPickedUp = 0;
  let contactedCases = 0;
  let reached = 0;
  let helpAccepted = 0;
  let evictions = 0;
  let cutOffs = 0;
  let evictionsPrevented = 0;
  let cutOffsPrevented = 0;
  /** Attempts made per channel, and per channel and team, in the order first made. */
  const byChannel = new Map<string, number>();
  const byTeam = new Map<string, Map<string, number>>();
  const quantityOrder: [string, string][] = [];
  const history: HistoryEntry[] = [];
  const opened: MonthOutcome['opened'] = [];
  for (const j of planned.journeys) {
    const isContacted = contacted(j);
    if (isContacted) pickedUp++;
    else if (j.intake.outcome === 'not-picked-up') notPickedUp++;
    const attempts = isContacted ? plannedAttempts(j) : [];
    const c = { key: keyOf(j.match.householdKey), attempts, sectors: sectorsOf(j) };
    const draw = drawOutcome(c, outcome, 0);
    if (attempts.length > 0) {
      contactedCases++;
      for (let i = 0; i < draw.attemptsMade; i++) {
        const a = attempts[i] as PlannedAttempt;
        byChannel.set(a.channel, (byChannel.get(a.channel) ?? 0) + 1);
        let teams = byTeam.get(a.channel);
        if (teams === undefined) {
          teams = new Map();
          byTeam.set(a.channel, teams);
        }
        const team = a.team ?? '';
        const n = teams.get(team);
        if (n === undefined) quantityOrder.push([a.channel, team]);
        teams.set(team, (n ?? 0) + 1);
      }
      opened.push({ helped: draw.helpAccepted, decidedOn: planned.decidedOn });
    }
    if (draw.reached) reached++;
    if (draw.helpAccepted) helpAccepted++;
    if (draw.eviction) evictions++;
    if (draw.cutOff) cutOffs++;
    if (draw.helpAccepted) {
      const without = drawOutcome(c, noHelp, 0);
      if (without.eviction && !draw.eviction) evictionsPrevented++;
      if (without.cutOff && !draw.cutOff) cutOffsPrevented++;
    }
    pastOf(j, planned.month, isContacted, attempts.length > 0 ? draw.reached : undefined, history);
  }
  const m: Record<string, number> = {
    signals: planned.counts.signals,
    cases: planned.journeys.length,
    picked_up: pickedUp,
    not_picked_up: notPickedUp,
    contacted: contactedCases,
    reached,
    help_accepted: helpAccepted,
    unplaced: planned.allocation.counts.unplaced,
    evictions,
    cut_offs: cutOffs,
    evictions_prevented: evictionsPrevented,
    cut_offs_prevented: cutOffsPrevented,
  };
  const add = (k: string, n: number) => {
    m[k] = (m[k] ?? 0) + n;
  };
  for (const [channel, n] of byChannel) add(`attempts_${channel}`, n);
  const quantities: Record<string, number> = {};
  for (const [channel, team] of quantityOrder)
    quantities[`attempt:${channel}${team ? `/${team}` : ''}`] = byTeam.get(channel)?.get(team) ?? 0;
  for (const u of planned.allocation.usage) add(`capacity_used_${u.channel satisfies Channel}`, u.used);
  quantities['eviction-prevented'] = m.evictions_prevented ?? 0;
  quantities['eviction-prevented-shelter'] = m.evictions_prevented ?? 0;
  quantities['cutoff-prevented'] = m.cut_offs_prevented ?? 0;
  // project default: one hour of aftercare per case that accepted help (the Ouder-Amstel/Uithoorn
  // pilot gives 1 hour per signal; see DEFAULT_BUSINESS_CASE_PARAMETERS)
  quantities['aftercare-hour'] = m.help_accepted ?? 0;
  const bc = businessCase({ quantities }, prices);
  if (!bc.ok) return bc;
  m.costs_cents = bc.value.costsCents;
  m.benefits_cents = bc.value.benefitsCents;
  m.net_cents = bc.value.netCents;
  return { ok: true, value: { measures: m, history, opened } };
}
