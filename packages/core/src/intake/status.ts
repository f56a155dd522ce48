// Case-level status precedence and the explanation of an intake decision.
import type { DdasSignalStatus } from '../model/enums';
import type { Bilingual } from '../model/text';
import type { IntakeDecision, IntakeOutcome, IntakeReason } from './types';

/**
 * The order in which a case that has no picked-up signal takes its status from its signals: the
 * first status in this list that any signal has. Facts about the person come before facts about a
 * signal (the partner learns the most specific true thing); "Niet opgepakt: andere reden", whose
 * reason the partner may not learn, is the catch-all and comes last. A case with a picked-up signal
 * is `Opgepakt`; else one with a signal in manual review is `Nog niet opgepakt`.
 *
 * @example
 * ```ts
 * import { NOT_PICKED_UP_PRECEDENCE } from '@signaalreis/core';
 * NOT_PICKED_UP_PRECEDENCE[0]; // 'Inwoner is overleden'
 * ```
 */
export const NOT_PICKED_UP_PRECEDENCE: readonly DdasSignalStatus[] = Object.freeze([
  'Inwoner is overleden',
  'Persoon is geen inwoner (meer) in de gemeente',
  'Inwoner al bekend bij schuldhulpverlening',
  'Niet opgepakt: herhaalde melding',
  'Niet opgepakt: onterecht signaal',
  'Niet opgepakt: andere reden',
] satisfies DdasSignalStatus[]);

/**
 * The case status for the statuses of its signals (see {@link NOT_PICKED_UP_PRECEDENCE}).
 *
 * @example
 * ```ts
 * import { caseStatus } from '@signaalreis/core';
 * caseStatus(['Niet opgepakt: onterecht signaal', 'Opgepakt']); // 'Opgepakt'
 * caseStatus(['Niet opgepakt: andere reden', 'Niet opgepakt: herhaalde melding']); // 'Niet opgepakt: herhaalde melding'
 * ```
 */
export function caseStatus(statuses: readonly DdasSignalStatus[]): DdasSignalStatus {
  if (statuses.includes('Opgepakt')) return 'Opgepakt';
  if (statuses.includes('Nog niet opgepakt')) return 'Nog niet opgepakt';
  return NOT_PICKED_UP_PRECEDENCE.find((s) => statuses.includes(s)) ?? 'Niet opgepakt: andere reden';
}

/**
 * English labels of the DDAS v1.2 signal statuses (the Dutch value is the DDAS value itself).
 *
 * @example
 * ```ts
 * import { DDAS_SIGNAL_STATUS_EN } from '@signaalreis/core';
 * DDAS_SIGNAL_STATUS_EN['Opgepakt']; // 'Picked up'
 * ```
 */
export const DDAS_SIGNAL_STATUS_EN: Readonly<Record<DdasSignalStatus, string>> = Object.freeze({
  'Nog niet opgepakt': 'Not yet picked up',
  Opgepakt: 'Picked up',
  'Niet opgepakt: onterecht signaal': 'Not picked up: unjustified signal',
  'Niet opgepakt: herhaalde melding': 'Not picked up: repeated signal',
  'Niet opgepakt: andere reden': 'Not picked up: other reason',
  'Inwoner al bekend bij schuldhulpverlening': 'Resident already known at debt assistance',
  'Persoon is geen inwoner (meer) in de gemeente':
    'Person is not (or no longer) a resident of the municipality',
  'Inwoner is overleden': 'Resident has died',
});

const OUTCOME_NL: Readonly<Record<IntakeOutcome, string>> = {
  'picked-up': 'opgepakt',
  crisis: 'crisis',
  'manual-review': 'handmatige controle',
  'not-picked-up': 'niet opgepakt',
};

const last = (reasons: readonly IntakeReason[]) => reasons[reasons.length - 1];

/**
 * Builds the Dutch and English explanation of a decision (for the municipality, not the partner):
 * the case status and outcome, then per signal its status and its last reason, then the crisis
 * deadline or the same-day flag.
 */
export function explain(
  d: Pick<IntakeDecision, 'signalStatus' | 'outcome' | 'crisis' | 'urgent' | 'signals' | 'reasons'>,
): Bilingual {
  const nl: string[] = [`${d.signalStatus} (bak: ${OUTCOME_NL[d.outcome]}).`];
  const en: string[] = [`${DDAS_SIGNAL_STATUS_EN[d.signalStatus]} (bucket: ${d.outcome}).`];
  for (const s of d.signals) {
    const r = last(s.reasons);
    nl.push(
      `${s.signalId}: ${s.signalStatus}${s.manualReview ? ' [handmatig]' : ''}${r ? ` — ${r.message.nl}` : ''}.`,
    );
    en.push(
      `${s.signalId}: ${DDAS_SIGNAL_STATUS_EN[s.signalStatus]}${s.manualReview ? ' [manual]' : ''}${r ? ` — ${r.message.en}` : ''}.`,
    );
  }
  if (d.crisis) {
    nl.push(
      `Crisis (${d.crisis.kinds.join(', ')}): actie uiterlijk ${d.crisis.deadline} (Wgs, 3 werkdagen).`,
    );
    en.push(`Crisis (${d.crisis.kinds.join(', ')}): act by ${d.crisis.deadline} (Wgs, 3 working days).`);
  } else if (d.urgent) {
    nl.push('Spoed: dezelfde dag oppakken.');
    en.push('Urgent: pick up the same day.');
  }
  return { nl: nl.join(' '), en: en.join(' ') };
}
