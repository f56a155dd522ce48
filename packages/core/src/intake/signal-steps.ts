// Intake steps per signal, in order: forward, window, repeat, floor, legal form.
import type { Case, CaseSignal } from '../matching/types';
import type { DdasSignalStatus } from '../model/enums';
import { mayFollowUp, mayFollowUpAllowed } from '../model/person';
import type { Bilingual } from '../model/text';
import { floorFor, type IntakeConfig, underFloor } from './config';
import { INTAKE_MESSAGES as M } from './messages';
import type { IntakeReason } from './types';

const DDAS = 'ddas-v1.2';

/** The outcome of the per-signal steps: a status when the signal is dropped, plus the reasons. */
export interface SignalStepOutcome {
  dropped?: DdasSignalStatus;
  reasons: IntakeReason[];
}

const reason = (
  step: IntakeReason['step'],
  code: string,
  message: Bilingual,
  source: string,
): IntakeReason => ({
  step,
  code,
  message,
  source,
});

/**
 * Runs the per-signal steps. A crisis kind is never dropped by the window, repeat or floor step
 * (the exemption is recorded), nor by the forward step unless the preset says `notForwarded:
 * 'not-picked-up'` (the pilot: only matches are delivered); otherwise only the legal form can drop
 * it (Wgs: debt assistance is for natural persons).
 */
export function signalSteps(c: Case, cs: CaseSignal, config: IntakeConfig): SignalStepOutcome {
  const { signal } = cs;
  const crisis = config.crisisKinds.includes(signal.kind);
  const reasons: IntakeReason[] = [];
  const exempt = (step: IntakeReason['step'], what: Bilingual) =>
    reasons.push(reason(step, 'crisis_exempt', M.crisisExempt(signal.kind, what), 'wgs'));

  if (!c.forwarded) {
    if (!crisis || config.notForwarded === 'not-picked-up') {
      reasons.push(
        reason(
          'forward',
          'not_forwarded',
          M.notForwarded(c.notForwardedReason),
          'pilot-ouder-amstel-uithoorn-2019',
        ),
      );
      return { dropped: 'Niet opgepakt: andere reden', reasons };
    }
    exempt('forward', M.exemptForward(c.notForwardedReason));
  }

  if (cs.window !== 'inside') {
    const r = cs.windowRule;
    const message = M.outOfWindow(cs.window, r.minAgeDays, r.maxAgeDays);
    if (config.outOfWindow === 'pick-up') {
      reasons.push(reason('window', 'out_of_window_picked_up', M.presetPicksUp(message), r.source));
    } else if (crisis) exempt('window', M.exemptWindow);
    else {
      reasons.push(reason('window', 'out_of_window', message, `${r.source}; ${DDAS}`));
      return { dropped: 'Niet opgepakt: onterecht signaal', reasons };
    }
  }

  if (cs.repeat) {
    const prev = cs.repeat;
    if (signal.amountCents > prev.previousAmountCents) {
      reasons.push(reason('repeat', 'repeat_amount_increased', M.repeatIncreased(prev.previousMonth), DDAS));
    } else if (config.repeatSignals === 'pick-up') {
      reasons.push(
        reason('repeat', 'repeat_picked_up', M.repeatPickedUp(prev.previousMonth), 'project default'),
      );
    } else if (crisis) exempt('repeat', M.exemptRepeat);
    else {
      const message = M.repeatSameAmount(prev.previousSignalId, prev.previousMonth);
      reasons.push(reason('repeat', 'repeat_same_amount', message, DDAS));
      return { dropped: 'Niet opgepakt: herhaalde melding', reasons };
    }
  }

  if (underFloor(config, signal.partner.sector, signal.amountCents)) {
    if (crisis) exempt('floor', M.exemptFloor);
    else {
      const floor = floorFor(config, signal.partner.sector);
      const message =
        config.floor.compare === 'above'
          ? M.notAboveFloor(signal.amountCents, floor, signal.partner.sector)
          : M.belowFloor(signal.amountCents, floor, signal.partner.sector);
      reasons.push(reason('floor', 'below_floor', message, `${config.floor.source}; ${DDAS}`));
      return { dropped: 'Niet opgepakt: onterecht signaal', reasons };
    }
  }

  // the reason text is made only for a signal that is dropped
  if (config.naturalPersonsOnly && !mayFollowUpAllowed(signal.person)) {
    const follow = mayFollowUp(signal.person);
    const message = M.legalPerson(signal.person.legalForm);
    reasons.push(reason('legal-form', 'legal_person', message, `wgs; ${follow.source}`));
    return { dropped: 'Niet opgepakt: andere reden', reasons };
  }
  return { reasons };
}
