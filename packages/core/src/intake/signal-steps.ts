// Intake steps per signal, in order: forward, window, repeat, floor, legal form.
import type { DdasSignalStatus } from '../model/enums';
import { formatEuro } from '../model/money';
import { mayFollowUp } from '../model/person';
import { floorFor, type IntakeConfig } from './config';
import type { IntakeCaseInput, IntakeCaseSignal, IntakeReason } from './types';

const DDAS = 'ddas-v1.2';

/** The outcome of the per-signal steps: a status when the signal is dropped, plus the reasons. */
export interface SignalStepOutcome {
  dropped?: DdasSignalStatus;
  reasons: IntakeReason[];
}

const reason = (
  step: IntakeReason['step'],
  code: string,
  message: string,
  messageNl: string,
  source: string,
): IntakeReason => ({ step, code, message, messageNl, source });

/**
 * Runs the per-signal steps. A crisis kind is never dropped by the forward, window, repeat or floor
 * step (the exemption is recorded); only the legal form can drop it (Wgs: debt assistance is for
 * natural persons).
 */
export function signalSteps(
  c: IntakeCaseInput,
  cs: IntakeCaseSignal,
  config: IntakeConfig,
): SignalStepOutcome {
  const { signal } = cs;
  const crisis = config.crisisKinds.includes(signal.kind);
  const reasons: IntakeReason[] = [];
  const exempt = (step: IntakeReason['step'], what: string, wat: string) =>
    reasons.push(
      reason(
        step,
        'crisis_exempt',
        `Crisis signal (${signal.kind}) is picked up despite ${what}`,
        `Crisissignaal (${signal.kind}) wordt ondanks ${wat} opgepakt`,
        'wgs',
      ),
    );

  if (!c.forwarded) {
    const why = c.notForwardedReason ?? 'not forwarded by matching';
    if (!crisis) {
      reasons.push(
        reason(
          'forward',
          'not_forwarded',
          `Not forwarded: ${why}`,
          `Niet doorgestuurd: ${why}`,
          'pilot-ouder-amstel-uithoorn-2019',
        ),
      );
      return { dropped: 'Niet opgepakt: andere reden', reasons };
    }
    exempt('forward', `not being forwarded (${why})`, `niet doorsturen (${why})`);
  }

  if (cs.window !== 'inside') {
    const r = cs.windowRule;
    const en = `The arrear is ${cs.window} for its window of ${r.minAgeDays}–${r.maxAgeDays} days`;
    const nl = `De achterstand is ${cs.window === 'too-old' ? 'te oud' : 'te jong'} voor het venster van ${r.minAgeDays}–${r.maxAgeDays} dagen`;
    if (config.outOfWindow === 'pick-up') {
      reasons.push(
        reason(
          'window',
          'out_of_window_picked_up',
          `${en}; the preset picks it up`,
          `${nl}; het preset pakt het op`,
          r.source,
        ),
      );
    } else if (crisis) exempt('window', 'its window', 'het venster');
    else {
      reasons.push(reason('window', 'out_of_window', en, nl, `${r.source}; ${DDAS}`));
      return { dropped: 'Niet opgepakt: onterecht signaal', reasons };
    }
  }

  if (cs.repeat) {
    const prev = cs.repeat;
    if (signal.amountCents > prev.previousAmountCents) {
      reasons.push(
        reason(
          'repeat',
          'repeat_amount_increased',
          `Repeated signal (${prev.previousMonth}) with a higher amount: must be picked up`,
          `Herhaalde melding (${prev.previousMonth}) met een hoger bedrag: moet worden opgepakt`,
          DDAS,
        ),
      );
    } else if (config.repeatSignals === 'pick-up') {
      reasons.push(
        reason(
          'repeat',
          'repeat_picked_up',
          `Repeated signal (${prev.previousMonth}); the preset picks it up`,
          `Herhaalde melding (${prev.previousMonth}); het preset pakt het op`,
          'project default',
        ),
      );
    } else if (crisis) exempt('repeat', 'being a repeat', 'herhaalde melding');
    else {
      reasons.push(
        reason(
          'repeat',
          'repeat_same_amount',
          `Same arrear as signal ${prev.previousSignalId} (${prev.previousMonth}) and the amount did not increase`,
          `Zelfde achterstand als melding ${prev.previousSignalId} (${prev.previousMonth}) en het bedrag is niet gestegen`,
          DDAS,
        ),
      );
      return { dropped: 'Niet opgepakt: herhaalde melding', reasons };
    }
  }

  const floor = floorFor(config, signal.partner.sector);
  if (signal.amountCents < floor) {
    const en = `Amount ${formatEuro(signal.amountCents)} is below the floor of ${formatEuro(floor)} (${signal.partner.sector})`;
    const nl = `Bedrag ${formatEuro(signal.amountCents)} ligt onder de ondergrens van ${formatEuro(floor)} (${signal.partner.sector})`;
    if (crisis) exempt('floor', 'the floor', 'de ondergrens');
    else {
      reasons.push(reason('floor', 'below_floor', en, nl, `${config.floor.source}; ${DDAS}`));
      return { dropped: 'Niet opgepakt: onterecht signaal', reasons };
    }
  }

  if (config.naturalPersonsOnly) {
    const follow = mayFollowUp(signal.person);
    if (!follow.allowed) {
      reasons.push(
        reason(
          'legal-form',
          'legal_person',
          `Legal person (${signal.person.legalForm}) without personal liability`,
          `Rechtspersoon (${signal.person.legalForm}) zonder persoonlijke aansprakelijkheid`,
          `wgs; ${follow.source}`,
        ),
      );
      return { dropped: 'Niet opgepakt: andere reden', reasons };
    }
  }
  return { reasons };
}
