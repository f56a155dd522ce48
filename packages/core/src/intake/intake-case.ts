// Intake of one case (phase 3): per-signal steps, register and debt-assistance checks, crisis flag.
import { deadline } from '../calendar/deadlines';
import { SIGNAL_KINDS, type SignalKind } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { debtAssistanceCheck, registerCheck, type WorkingSignal } from './case-checks';
import type { IntakeConfig } from './config';
import type { IntakeLookups } from './lookups';
import { signalSteps } from './signal-steps';
import { caseStatus, explain } from './status';
import type { IntakeBucket, IntakeCaseInput, IntakeDecision, IntakeReason, SignalIntake } from './types';

const HIDDEN = 'Niet opgepakt: andere reden';

/**
 * Decides the intake of one case (phase 3, docs/matching.md "Intake"). Steps, in order:
 *
 * 1. **forward** — a case matching did not forward (pilot: only matches, pilot-ouder-amstel-uithoorn-2019) is not picked up;
 * 2. per signal: **window** (too old / too young), **repeat** (same arrear, amount not increased),
 *    **floor** (per sector), **legal form** (natural persons only) — crisis kinds are never dropped
 *    by steps 1–2 except the legal form;
 * 3. per person: **register** check (tolerant {@link matchPerson}; uncertain → manual review);
 * 4. per person: **debt-assistance** check (known → "Inwoner al bekend bij schuldhulpverlening");
 * 5. **crisis**: active crisis kinds get a deadline of 3 working days from the earliest signal date (Wgs).
 *
 * The case status is `Opgepakt` when any signal is picked up, `Nog niet opgepakt` when any is in
 * manual review, else the first status of {@link NOT_PICKED_UP_PRECEDENCE} any signal has. Lookup
 * failures never drop a signal: a failed register lookup goes to manual review, a failed
 * debt-assistance lookup counts as not known. Deterministic; lookups are called one at a time, in
 * the order of the case's signals.
 *
 * @example
 * ```ts
 * import { DEFAULT_INTAKE_CONFIG, intakeCase, type Signal } from '@signaalreis/core';
 * declare const signal: Signal; // an eviction signal
 * const d = await intakeCase(
 *   { caseId: 'C1', householdKey: '7411AB 12', forwarded: true,
 *     signals: [{ signal, window: 'inside', windowRule: { minAgeDays: 0, maxAgeDays: 100, source: 'project default' } }] },
 *   DEFAULT_INTAKE_CONFIG, {}, '2026-10-27',
 * );
 * d.bucket; // 'crisis'
 * ```
 */
export async function intakeCase(
  c: IntakeCaseInput,
  config: IntakeConfig,
  lookups: IntakeLookups,
  date: IsoDate,
): Promise<IntakeDecision> {
  const working: WorkingSignal[] = c.signals.map((cs) => {
    const out = signalSteps(c, cs, config);
    return { signal: cs.signal, dropped: out.dropped, manual: false, reasons: out.reasons };
  });
  const reasons: IntakeReason[] = [];
  if (!c.forwarded) {
    reasons.push({
      step: 'forward',
      code: 'not_forwarded',
      message: `Not forwarded: ${c.notForwardedReason ?? 'not forwarded by matching'}`,
      messageNl: `Niet doorgestuurd: ${c.notForwardedReason ?? 'niet doorgestuurd door matching'}`,
      source: 'pilot-ouder-amstel-uithoorn-2019',
    });
  }
  reasons.push(...(await registerCheck(c.householdKey, working, config, lookups)));
  reasons.push(...(await debtAssistanceCheck(c.householdKey, working, config, lookups)));

  // Crisis: kinds still in play (picked up, in review, or handed to debt assistance).
  const inPlay = working.filter(
    (w) => !w.dropped || w.dropped === 'Inwoner al bekend bij schuldhulpverlening',
  );
  const crisisSignals = inPlay.filter((w) => config.crisisKinds.includes(w.signal.kind));
  let crisis: IntakeDecision['crisis'];
  if (crisisSignals.length > 0) {
    const kinds = SIGNAL_KINDS.filter((k: SignalKind) => crisisSignals.some((w) => w.signal.kind === k));
    const from = crisisSignals.map((w) => w.signal.signalDate).sort()[0] as IsoDate;
    crisis = { kinds, deadline: deadline('threatening-contact', from) };
    const reason: IntakeReason = {
      step: 'crisis',
      code: 'crisis',
      message: `Threatening situation (${kinds.join(', ')}): act by ${crisis.deadline}`,
      messageNl: `Bedreigende situatie (${kinds.join(', ')}): actie uiterlijk ${crisis.deadline}`,
      source: 'wgs',
    };
    reasons.push(reason);
    for (const w of crisisSignals) w.reasons.push(reason);
  }
  const urgent =
    crisis !== undefined || inPlay.some((w) => !w.dropped && config.urgentKinds.includes(w.signal.kind));

  const signals: SignalIntake[] = working.map((w) => {
    const status = w.dropped ?? (w.manual ? 'Nog niet opgepakt' : 'Opgepakt');
    return {
      signalId: w.signal.signalId,
      status,
      manualReview: !w.dropped && w.manual,
      partnerMayLearnReason: status !== HIDDEN,
      reasons: w.reasons,
    };
  });
  if (signals.length === 0) {
    reasons.push({
      step: 'forward',
      code: 'no_signals',
      message: 'The case has no signals',
      messageNl: 'De zaak heeft geen signalen',
      source: 'project default',
    });
  }
  const status = caseStatus(signals.map((s) => s.status));
  const bucket: IntakeBucket = crisis
    ? 'crisis'
    : status === 'Opgepakt'
      ? 'picked-up'
      : status === 'Nog niet opgepakt'
        ? 'manual-review'
        : 'not-picked-up';
  const core = { status, bucket, signals, reasons, urgent, ...(crisis ? { crisis } : {}) };
  return {
    caseId: c.caseId,
    decidedOn: date,
    ...core,
    partnerMayLearnReason: status !== HIDDEN,
    explanation: explain(core),
  };
}
