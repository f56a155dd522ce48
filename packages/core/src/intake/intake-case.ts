// Intake of one case (phase 3): per-signal steps, register and debt-assistance checks, crisis flag,
// and matching's request for a manual review — one final decision, the journey's `intake` section.
import { deadline } from '../calendar/deadlines';
import { HOLIDAY_YEARS } from '../calendar/holidays';
import type { MatchedJourney } from '../matching/types';
import { SIGNAL_KINDS, type SignalKind } from '../model/enums';
import { type IsoDate, parseIsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, prefixIssues, type Result } from '../model/issue';
import { lazyProperties } from '../model/lazy';
import { plainRecords, withSection } from '../model/plain-record';
import { keptList } from '../model/shared-lists';
import type { Bilingual } from '../model/text';
import { issuesFromZod } from '../model/zod-issues';
import { debtAssistanceCheck, registerCheck, type WorkingSignal } from './case-checks';
import { type IntakeConfig, IntakeConfigSchema } from './config';
import type { IntakeLookups } from './lookups';
import { INTAKE_MESSAGES as M } from './messages';
import { signalSteps } from './signal-steps';
import { caseStatus, explain } from './status';
import type { IntakeDecision, IntakenJourney, IntakeOutcome, IntakeReason, SignalIntake } from './types';

const HIDDEN = 'Niet opgepakt: andere reden';

/** Configurations already checked: a month checks its one configuration once, not per case. */
const checkedConfigs = new WeakSet<object>();

function configIssues(config: IntakeConfig): Issue[] {
  if (typeof config === 'object' && config !== null && checkedConfigs.has(config)) return [];
  const parsed = IntakeConfigSchema.safeParse(config);
  if (!parsed.success) return issuesFromZod(parsed.error, ['config']);
  checkedConfigs.add(config);
  return [];
}

/**
 * Crisis deadlines by start date, remembered: a month has few distinct signal dates and the
 * working-day calendar is costly, so each date is computed once (bounded; `deadline` is pure).
 */
const deadlines = new Map<IsoDate, IsoDate>();
function crisisDeadline(from: IsoDate): IsoDate {
  let d = deadlines.get(from);
  if (d === undefined) {
    if (deadlines.size >= 4096) deadlines.clear();
    d = deadline('threatening-contact', from);
    deadlines.set(from, d);
  }
  return d;
}

/** The crisis of a case: the kinds in play and the Wgs deadline from the earliest signal date. */
function crisisOf(
  working: readonly WorkingSignal[],
  config: IntakeConfig,
): { crisis: NonNullable<IntakeDecision['crisis']>; reason: IntakeReason } | Issue | undefined {
  // kinds still in play: picked up, in review, or handed to debt assistance
  const crisisSignals: WorkingSignal[] = [];
  for (const w of working) {
    const inPlay = !w.dropped || w.dropped === 'Inwoner al bekend bij schuldhulpverlening';
    if (inPlay && config.crisisKinds.includes(w.signal.kind)) crisisSignals.push(w);
  }
  if (crisisSignals.length === 0) return undefined;
  const kinds = SIGNAL_KINDS.filter((k: SignalKind) => crisisSignals.some((w) => w.signal.kind === k));
  const from = crisisSignals.map((w) => w.signal.signalDate).sort()[0] as IsoDate;
  const year = Number(from.slice(0, 4));
  if (year < HOLIDAY_YEARS.from || year >= HOLIDAY_YEARS.to) {
    const at = working.findIndex((w) => w.signal.signalDate === from);
    return issue(
      'date_outside_calendar',
      ['match', 'signals', at, 'signal', 'signalDate'],
      M.outsideCalendar(from, HOLIDAY_YEARS.from, HOLIDAY_YEARS.to - 1),
    );
  }
  const crisis = { kinds, deadline: crisisDeadline(from) };
  const reason: IntakeReason = {
    step: 'crisis',
    code: 'crisis',
    message: M.crisis(kinds.join(', '), crisis.deadline),
    source: 'wgs',
  };
  for (const w of crisisSignals) w.reasons.push(reason);
  return { crisis, reason };
}

const outcomeOf = (crisis: boolean, status: IntakeDecision['signalStatus']): IntakeOutcome =>
  crisis
    ? 'crisis'
    : status === 'Opgepakt'
      ? 'picked-up'
      : status === 'Nog niet opgepakt'
        ? 'manual-review'
        : 'not-picked-up';

/**
 * Decides the intake of one case (phase 3, docs/matching.md "Intake") and returns its journey with
 * the `intake` section added (nothing else changes). Steps, in order:
 *
 * 1. **forward** — a case matching did not forward (pilot: only matches, pilot-ouder-amstel-uithoorn-2019) is not picked up;
 * 2. per signal: **window** (too old / too young), **repeat** (same arrear, amount not increased),
 *    **floor** (per sector), **legal form** (natural persons only) — crisis kinds are never dropped
 *    by steps 1–2 except the legal form;
 * 3. per person: **register** check (tolerant `matchPerson`; uncertain → manual review);
 * 4. per person: **debt-assistance** check (known → "Inwoner al bekend bij schuldhulpverlening");
 * 5. **crisis**: active crisis kinds get a deadline of 3 working days from the earliest signal date (Wgs);
 * 6. **matching-review**: when matching flagged the case for manual review (e.g. `too_many_signals`)
 *    and there is no crisis, signals that would be picked up wait for a person instead
 *    (`Nog niet opgepakt`, outcome `manual-review`). So the decision is final.
 *
 * The case status is `Opgepakt` when any signal is picked up, `Nog niet opgepakt` when any is in
 * manual review, else the first status of `NOT_PICKED_UP_PRECEDENCE` any signal has. Lookup
 * failures never drop a signal: a failed register lookup goes to manual review, a failed
 * debt-assistance lookup counts as not known. Deterministic; lookups are called one at a time, in
 * the order of the case's signals. A date `on` that is not a real date, or a configuration that
 * fails `IntakeConfigSchema`, gives issues (paths `['on']`, `['config', …]`), never a throw.
 *
 * @example
 * ```ts
 * import { asIsoDate, DEFAULT_INTAKE_CONFIG, intakeCase, type MatchedJourney } from '@signaalreis/core';
 * declare const journey: MatchedJourney; // a case of matchMonth: one eviction signal of a landlord
 * const r = await intakeCase(journey, DEFAULT_INTAKE_CONFIG, asIsoDate('2026-10-27'));
 * if (r.ok) r.value.intake.outcome; // 'crisis': a crisis kind is picked up even without a match
 * ```
 */
export async function intakeCase(
  journey: MatchedJourney,
  config: IntakeConfig,
  on: IsoDate,
  lookups: IntakeLookups = {},
): Promise<Result<IntakenJourney>> {
  const date = parseIsoDate(on);
  const problems = [...(date.ok ? [] : prefixIssues(date.issues, ['on'])), ...configIssues(config)];
  if (!date.ok || problems.length > 0) return fail(problems);
  return decideIntake(journey, config, date.value, lookups);
}

/** Intake decisions and intaken journeys, each kind from its own maker (room for every key: plainRecords). */
const newDecision = plainRecords(12); // up to eight keys, the lazy explanation's state, and room
const newIntaken = plainRecords(8); // caseId, match, intake, and room for a caller's own

/**
 * The intake `explanation`, written when read and not kept per case: it follows from the decision
 * itself, and a national month decides a hundred thousand cases, most of whose explanations no
 * output shows (issue 14; see model/lazy.ts).
 */
const explained = lazyProperties<Parameters<typeof explain>[0], { explanation: Bilingual }>({
  explanation: explain,
});

/**
 * {@link intakeCase} without checking `on` and the configuration: for a caller that checked them
 * once for many cases (`runMonth`). Internal, not part of the public API.
 */
export async function decideIntake(
  journey: MatchedJourney,
  config: IntakeConfig,
  on: IsoDate,
  lookups: IntakeLookups,
): Promise<Result<IntakenJourney>> {
  const c = journey.match;
  const working: WorkingSignal[] = c.signals.map((cs) => {
    const out = signalSteps(c, cs, config);
    return { signal: cs.signal, dropped: out.dropped, manual: false, reasons: out.reasons };
  });
  const reasons: IntakeReason[] = [];
  if (!c.forwarded) {
    const message = M.notForwarded(c.notForwardedReason);
    reasons.push({
      step: 'forward',
      code: 'not_forwarded',
      message,
      source: 'pilot-ouder-amstel-uithoorn-2019',
    });
  }
  // (a check that is switched off is not called at all: no lookup, and no await per case)
  if (config.registerCheck.enabled)
    reasons.push(...(await registerCheck(c.householdKey, working, config, lookups)));
  if (config.debtAssistanceCheck.enabled)
    reasons.push(...(await debtAssistanceCheck(c.householdKey, working, config, lookups)));

  const found = crisisOf(working, config);
  if (found && 'code' in found) return fail(found);
  const crisis = found?.crisis;
  if (found) reasons.push(found.reason);
  const urgent =
    crisis !== undefined || working.some((w) => !w.dropped && config.urgentKinds.includes(w.signal.kind));

  if (c.manualReview && !crisis) {
    const review: IntakeReason = {
      step: 'matching-review',
      code: 'matching_manual_review',
      message: M.matchingReview(c.issues),
      source: 'project default',
    };
    const held = working.filter((w) => !w.dropped && !w.manual);
    for (const w of held) {
      w.manual = true;
      w.reasons.push(review);
    }
    if (held.length > 0) reasons.push(review);
  }

  const signals: SignalIntake[] = working.map((w) => {
    const signalStatus = w.dropped ?? (w.manual ? 'Nog niet opgepakt' : 'Opgepakt');
    return {
      signalId: w.signal.signalId,
      signalStatus,
      manualReview: !w.dropped && w.manual,
      partnerMayLearnReason: signalStatus !== HIDDEN,
      reasons: keptList(w.reasons),
    };
  });
  if (signals.length === 0) {
    reasons.push({ step: 'forward', code: 'no_signals', message: M.noSignals, source: 'project default' });
  }
  const caseReasons = keptList(reasons);
  const signalStatus = caseStatus(signals.map((s) => s.signalStatus));
  const core = {
    signalStatus,
    outcome: outcomeOf(crisis !== undefined, signalStatus),
    signals,
    reasons: caseReasons,
    ...(crisis ? { crisis } : {}),
    urgent,
  };
  // built key by key by its own maker: the lazy explanation stays in the object (plainRecords)
  const decided = newDecision() as Omit<IntakeDecision, 'explanation'>;
  decided.decidedOn = on;
  decided.signalStatus = core.signalStatus;
  decided.outcome = core.outcome;
  decided.signals = signals;
  decided.reasons = caseReasons;
  if (crisis) decided.crisis = crisis;
  decided.urgent = urgent;
  decided.partnerMayLearnReason = signalStatus !== HIDDEN;
  const intake: IntakeDecision = explained(decided, core);
  return ok(withSection(newIntaken, journey, 'intake', intake));
}
