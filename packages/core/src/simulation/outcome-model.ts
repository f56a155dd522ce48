// The outcome model (issue 16): for one case's planned contact attempts, whether each attempt
// reaches the household, whether a reached household accepts help, what happens to the arrears,
// and whether an eviction or a cut-off follows. Seeded, pure, common random numbers per case.
import type { Channel, Sector } from '../model/enums';
import { FOLLOW_UPS, type FollowUp, type OutcomeParameters } from './outcome-parameters';
import { caseStream } from './random';

/**
 * One planned contact attempt: its channel and, when known, the team that makes it.
 *
 * @example
 * ```ts
 * import type { PlannedAttempt } from '@signaalreis/core';
 * const plan: PlannedAttempt[] = [{ channel: 'letter' }, { channel: 'phone', team: 'municipality' }, { channel: 'phone' }];
 * ```
 */
export interface PlannedAttempt {
  channel: Channel;
  team?: string;
}

/**
 * A case as the outcome model reads it: a key that is the same for the same case under every
 * policy (for common random numbers), its attempts in order, and the sectors of its signals.
 *
 * @example
 * ```ts
 * import type { OutcomeCase } from '@signaalreis/core';
 * const c: OutcomeCase = { key: 'r7/2026-10/7411AB 12', attempts: [{ channel: 'phone' }], sectors: ['rent'] };
 * ```
 */
export interface OutcomeCase {
  key: string;
  attempts: readonly PlannedAttempt[];
  /** The sectors of the case's signals; without them every risk applies. */
  sectors?: readonly Sector[];
}

/**
 * What the model drew for a case: the attempts made (attempts stop once the household is reached),
 * which attempt reached it, help, the follow-up of the arrears, eviction and cut-off.
 *
 * @example
 * ```ts
 * import type { OutcomeDraw } from '@signaalreis/core';
 * const helped = (d: OutcomeDraw) => d.reached && d.helpAccepted;
 * ```
 */
export interface OutcomeDraw {
  reached: boolean;
  /** Index in the plan of the attempt that reached the household. */
  reachedAt?: number;
  reachedBy?: Channel;
  /** Attempts made: up to and including the one that reached, else all. */
  attemptsMade: number;
  helpAccepted: boolean;
  followUp: FollowUp;
  eviction: boolean;
  cutOff: boolean;
}

/**
 * The chance of each planned attempt to reach the household, by channel, the attempt's number on
 * that channel (1, 2, …; the last value of `byAttempt` holds for later ones) and the team's factor
 * (capped at 1). An attempt's chance depends only on the attempts before it.
 *
 * @example
 * ```ts
 * import { attemptChances, DEFAULT_OUTCOME_PARAMETERS } from '@signaalreis/core';
 * attemptChances([{ channel: 'phone' }, { channel: 'letter' }, { channel: 'phone' }], DEFAULT_OUTCOME_PARAMETERS);
 * // [0.44, 0.035, 0.27]: the second call is the phone's second attempt
 * ```
 */
export function attemptChances(attempts: readonly PlannedAttempt[], p: OutcomeParameters): number[] {
  const seen = new Map<Channel, number>();
  return attempts.map((a) => {
    const n = seen.get(a.channel) ?? 0;
    seen.set(a.channel, n + 1);
    const list = p.reach.byChannel[a.channel].byAttempt;
    const base = list[Math.min(n, list.length - 1)] ?? 0;
    const factor = a.team === undefined ? 1 : (p.reach.byTeam[a.team]?.factor ?? 1);
    return Math.min(1, base * factor);
  });
}

/**
 * The chance that a plan reaches the household at all: 1 − Π(1 − chance of each attempt). Adding
 * an attempt at the end never lowers it.
 *
 * @example
 * ```ts
 * import { DEFAULT_OUTCOME_PARAMETERS, reachChance } from '@signaalreis/core';
 * reachChance([{ channel: 'letter' }, { channel: 'phone' }, { channel: 'phone' }], DEFAULT_OUTCOME_PARAMETERS); // ≈ 0.61
 * ```
 */
export function reachChance(attempts: readonly PlannedAttempt[], p: OutcomeParameters): number {
  return 1 - attemptChances(attempts, p).reduce((q, c) => q * (1 - c), 1);
}

function pickFollowUp(u: number, weights: Readonly<Record<FollowUp, number>>): FollowUp {
  const total = FOLLOW_UPS.reduce((n, f) => n + weights[f], 0);
  let acc = 0;
  for (const f of FOLLOW_UPS) {
    acc += weights[f] / total;
    if (u < acc) return f;
  }
  // u just below 1 with rounding in the sum: the last follow-up that has weight
  return [...FOLLOW_UPS].reverse().find((f) => weights[f] > 0) ?? 'unknown';
}

const applies = (sectors: readonly Sector[], c: OutcomeCase) =>
  sectors.length === 0 || c.sectors === undefined || c.sectors.some((s) => sectors.includes(s));

/**
 * Draws a case's outcome from its own random stream ({@link caseStream} of `seed` and the case's
 * key). The stream's layout is fixed — first the uniforms for help, follow-up, eviction and
 * cut-off, then one per attempt in plan order — so the same case draws the same numbers under a
 * base policy and a reform (common random numbers): a reform that adds attempts only adds chances,
 * and a case reached under both is helped under both. Attempt `i` reaches when its uniform is
 * below its chance ({@link attemptChances}); attempts stop once one reaches. Deterministic; pure.
 * Parameters are trusted: validate outside input with `OutcomeParametersSchema` or
 * `applyOutcomePatch` first.
 *
 * @example
 * ```ts
 * import { DEFAULT_OUTCOME_PARAMETERS, drawOutcome } from '@signaalreis/core';
 * const base = drawOutcome({ key: 'r1/2026-10/7411AB 12', attempts: [{ channel: 'letter' }] }, DEFAULT_OUTCOME_PARAMETERS, 42);
 * const reform = drawOutcome(
 *   { key: 'r1/2026-10/7411AB 12', attempts: [{ channel: 'letter' }, { channel: 'home-visit' }] },
 *   DEFAULT_OUTCOME_PARAMETERS,
 *   42,
 * );
 * base.reached && !reform.reached; // never: the reform keeps the letter's draw and adds a visit
 * ```
 */
export function drawOutcome(c: OutcomeCase, p: OutcomeParameters, seed: number): OutcomeDraw {
  const next = caseStream(seed, c.key);
  const [uHelp, uFollow, uEviction, uCutOff] = [next(), next(), next(), next()];
  const chances = attemptChances(c.attempts, p);
  let reachedAt: number | undefined;
  for (let i = 0; i < chances.length; i++) {
    if (next() < (chances[i] ?? 0)) {
      reachedAt = i;
      break;
    }
  }
  const reached = reachedAt !== undefined;
  const helpAccepted = reached && uHelp < p.acceptance.probability;
  const risk = (r: OutcomeParameters['eviction'], u: number) =>
    applies(r.sectors, c) && u < (helpAccepted ? r.withHelp : r.withoutHelp);
  return {
    reached,
    ...(reachedAt === undefined
      ? {}
      : { reachedAt, reachedBy: (c.attempts[reachedAt] as PlannedAttempt).channel }),
    attemptsMade: reachedAt === undefined ? c.attempts.length : reachedAt + 1,
    helpAccepted,
    followUp: pickFollowUp(uFollow, helpAccepted ? p.followUp.withHelp : p.followUp.withoutHelp),
    eviction: risk(p.eviction, uEviction),
    cutOff: risk(p.cutOff, uCutOff),
  };
}
