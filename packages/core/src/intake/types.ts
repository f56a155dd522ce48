// The data intake writes: the `intake` section of a case's journey (a decision with reasons).
import type { MatchedJourney } from '../matching/types';
import type { DdasSignalStatus, SignalKind } from '../model/enums';
import type { SignalId } from '../model/ids';
import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';

/**
 * The steps of intake, in order (docs/matching.md, "Intake"). The last, `matching-review`, holds
 * back a case that matching flagged for manual review (e.g. 40 signals at one address): it is not
 * picked up until a person has looked at it.
 */
export type IntakeStep =
  | 'forward'
  | 'window'
  | 'repeat'
  | 'floor'
  | 'legal-form'
  | 'register'
  | 'debt-assistance'
  | 'crisis'
  | 'matching-review';

/**
 * One reason in an intake decision: the step, a stable snake_case code, a Dutch and an English
 * sentence, and the source of the rule.
 *
 * @example
 * ```ts
 * import type { IntakeReason } from '@signaalreis/core';
 * const r: IntakeReason = {
 *   step: 'floor', code: 'below_floor',
 *   message: { nl: 'Bedrag € 60,00 ligt onder de ondergrens van € 100,00', en: 'Amount € 60.00 is below the floor of € 100.00' },
 *   source: 'signaalreis-2023, body, "Fase 3"',
 * };
 * ```
 */
export interface IntakeReason {
  /** The step that gave the reason. */
  step: IntakeStep;
  /** Stable code, snake_case. */
  code: string;
  /** The reason in Dutch and English. */
  message: Bilingual;
  /** Source of the rule: a key of docs/sources.md, a law, or "project default". */
  source: string;
}

/**
 * The intake outcome of one signal. A signal in manual review keeps `Nog niet opgepakt`.
 *
 * @example
 * ```ts
 * import { asSignalId, type SignalIntake } from '@signaalreis/core';
 * const s: SignalIntake = { signalId: asSignalId('S1'), signalStatus: 'Opgepakt', manualReview: false, partnerMayLearnReason: true, reasons: [] };
 * ```
 */
export interface SignalIntake {
  /** The signal's id. */
  signalId: SignalId;
  /** DDAS v1.2 status of the signal. */
  signalStatus: DdasSignalStatus;
  /** Whether a person must review the signal before it is picked up or dropped. */
  manualReview: boolean;
  /** False for "Niet opgepakt: andere reden": the partner learns only "not picked up". */
  partnerMayLearnReason: boolean;
  /** Why, step by step (none: from intake, the one shared frozen empty list). */
  reasons: IntakeReason[];
}

/**
 * Where a case goes after intake — not to be confused with the worklist bucket ("bakje") that
 * routing chooses for a picked-up case.
 */
export type IntakeOutcome = 'picked-up' | 'crisis' | 'manual-review' | 'not-picked-up';

/**
 * The intake decision for one case — the `intake` section of its journey. It is final: a case
 * that matching flagged for manual review is never `picked-up` directly.
 *
 * @example
 * ```ts
 * import { asIsoDate, type IntakeDecision } from '@signaalreis/core';
 * const d: IntakeDecision = {
 *   decidedOn: asIsoDate('2026-10-27'), signalStatus: 'Opgepakt', outcome: 'picked-up', signals: [], reasons: [],
 *   urgent: false, partnerMayLearnReason: true, explanation: { nl: 'Opgepakt.', en: 'Picked up.' },
 * };
 * ```
 */
export interface IntakeDecision {
  /** The day of the decision. */
  decidedOn: IsoDate;
  /** Case-level DDAS status (docs/matching.md, "Status precedence"). */
  signalStatus: DdasSignalStatus;
  /** Where the case goes. */
  outcome: IntakeOutcome;
  /** The outcome per signal, in the case's order. */
  signals: SignalIntake[];
  /** Case-level reasons (forward, register, debt assistance, crisis); none: from intake, the one shared frozen empty list. */
  reasons: IntakeReason[];
  /** Set when a crisis kind is still active: act within 3 working days of the earliest signal date (Wgs). */
  crisis?: { kinds: SignalKind[]; deadline: IsoDate };
  /** Whether an urgent kind (or a crisis) is active: pick up the same day (`signaalreis-2023`). */
  urgent: boolean;
  /** False when the case status is "Niet opgepakt: andere reden" (DDAS v1.2). */
  partnerMayLearnReason: boolean;
  /** A short explanation of intake only, in Dutch and English. */
  explanation: Bilingual;
}

/**
 * A case's journey after intake: matching's `match` section and intake's `intake` section.
 *
 * @example
 * ```ts
 * import type { IntakenJourney } from '@signaalreis/core';
 * const line = (j: IntakenJourney) => `${j.caseId}\t${j.intake.signalStatus}\t${j.intake.outcome}`;
 * ```
 */
export interface IntakenJourney extends MatchedJourney {
  intake: IntakeDecision;
}
