// The data intake reads (a case from matching) and writes (a decision with reasons).
import type { DdasSignalStatus, SignalKind } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import type { Signal } from '../model/signal';

/**
 * The part of a matching `CaseSignal` that intake reads (structural, so a `CaseSignal` fits).
 *
 * @example
 * ```ts
 * import type { IntakeCaseSignal, Signal } from '@signaalreis/core';
 * declare const signal: Signal;
 * const s: IntakeCaseSignal = { signal, window: 'inside', windowRule: { minAgeDays: 0, maxAgeDays: 100, source: 'project default' } };
 * ```
 */
export interface IntakeCaseSignal {
  /** The signal. */
  signal: Signal;
  /** Where the arrear's age falls relative to its window (matching). */
  window: 'inside' | 'too-young' | 'too-old';
  /** The window rule that decided it. */
  windowRule: { minAgeDays: number; maxAgeDays: number; source: string };
  /** Set when the same partner signalled this arrear in an earlier month (matching). */
  repeat?: { previousMonth: string; previousSignalId: string; previousAmountCents: number } | undefined;
}

/**
 * The part of a matching `Case` that intake reads (structural, so a `Case` fits).
 *
 * @example
 * ```ts
 * import type { IntakeCaseInput } from '@signaalreis/core';
 * const c: IntakeCaseInput = { caseId: 'C1', householdKey: '7411AB 12', forwarded: true, signals: [] };
 * ```
 */
export interface IntakeCaseInput {
  /** Case id. */
  caseId: string;
  /** The household key all signals share. */
  householdKey: string;
  /** Whether matching forwards the case to the municipality (pilot: only matches, pilot-ouder-amstel-uithoorn-2019). */
  forwarded: boolean;
  /** Why not, when not forwarded. */
  notForwardedReason?: string | undefined;
  /** The case's signals. */
  signals: readonly IntakeCaseSignal[];
}

/**
 * The steps of intake, in order (docs/matching.md, "Intake").
 *
 * @example
 * ```ts
 * import type { IntakeStep } from '@signaalreis/core';
 * const s: IntakeStep = 'floor';
 * ```
 */
export type IntakeStep =
  | 'forward'
  | 'window'
  | 'repeat'
  | 'floor'
  | 'legal-form'
  | 'register'
  | 'debt-assistance'
  | 'crisis';

/**
 * One reason in an intake decision: the step, a stable snake_case code, an English and a Dutch
 * sentence, and the source of the rule.
 *
 * @example
 * ```ts
 * import type { IntakeReason } from '@signaalreis/core';
 * const r: IntakeReason = {
 *   step: 'floor', code: 'below_floor', message: 'Amount €60.00 is below the floor of €100.00',
 *   messageNl: 'Bedrag €60.00 ligt onder de ondergrens van €100.00', source: 'signaalreis-2023',
 * };
 * ```
 */
export interface IntakeReason {
  /** The step that gave the reason. */
  step: IntakeStep;
  /** Stable code, snake_case. */
  code: string;
  /** English sentence. */
  message: string;
  /** Dutch sentence. */
  messageNl: string;
  /** Source of the rule: a source key of docs/sources.md (`wgs`, `ddas-v1.2`, …) or "project default". */
  source: string;
}

/**
 * The intake outcome of one signal. A signal in manual review keeps `Nog niet opgepakt`.
 *
 * @example
 * ```ts
 * import type { SignalIntake } from '@signaalreis/core';
 * const s: SignalIntake = { signalId: 'S1', status: 'Opgepakt', manualReview: false, partnerMayLearnReason: true, reasons: [] };
 * ```
 */
export interface SignalIntake {
  /** The signal's id. */
  signalId: string;
  /** DDAS v1.2 status of the signal. */
  status: DdasSignalStatus;
  /** Whether a person must review the signal before it is picked up or dropped. */
  manualReview: boolean;
  /** False for "Niet opgepakt: andere reden": the partner learns only "not picked up". */
  partnerMayLearnReason: boolean;
  /** Why, step by step. */
  reasons: IntakeReason[];
}

/**
 * Where a case goes after intake.
 *
 * @example
 * ```ts
 * import type { IntakeBucket } from '@signaalreis/core';
 * const b: IntakeBucket = 'manual-review';
 * ```
 */
export type IntakeBucket = 'picked-up' | 'crisis' | 'manual-review' | 'not-picked-up';

/**
 * The intake decision for one case (docs/matching.md, "Intake").
 *
 * @example
 * ```ts
 * import type { IntakeDecision } from '@signaalreis/core';
 * const d: IntakeDecision = {
 *   caseId: 'C1', decidedOn: '2026-10-27', status: 'Opgepakt', bucket: 'picked-up', signals: [], reasons: [],
 *   urgent: false, partnerMayLearnReason: true, explanation: { nl: 'Opgepakt.', en: 'Picked up.' },
 * };
 * ```
 */
export interface IntakeDecision {
  /** The case id. */
  caseId: string;
  /** The day of the decision. */
  decidedOn: IsoDate;
  /** Case-level DDAS status (the order of `NOT_PICKED_UP_PRECEDENCE`). */
  status: DdasSignalStatus;
  /** Where the case goes. */
  bucket: IntakeBucket;
  /** The outcome per signal, in the case's order. */
  signals: SignalIntake[];
  /** Case-level reasons (forward, register, debt assistance, crisis). */
  reasons: IntakeReason[];
  /** Set when a crisis kind is still active: act within 3 working days of the earliest signal date (Wgs). */
  crisis?: { kinds: SignalKind[]; deadline: IsoDate };
  /** Whether an urgent kind (or a crisis) is active: pick up the same day (signaalreis-2023). */
  urgent: boolean;
  /** False when the case status is "Niet opgepakt: andere reden" (DDAS v1.2). */
  partnerMayLearnReason: boolean;
  /** A short explanation in Dutch and English. */
  explanation: { nl: string; en: string };
}
