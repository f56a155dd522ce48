// The parameters of the outcome model (issue 16): how likely a contact attempt reaches a household
// (by channel, attempt number and team), how likely a reached household accepts help, what
// happens to the arrears afterwards, and the risks of eviction and cut-off — data with sources.
import * as z from 'zod';
import { CHANNELS, SectorSchema } from '../model/enums';
import { TEXT_LIMITS } from '../model/json-limits';
import { zodMessage } from '../model/zod-message';
import { SIMULATION_MESSAGES as M } from './messages';

const Probability = z
  .number({ message: zodMessage(M.probability) })
  .min(0, { message: zodMessage(M.probability) })
  .max(1, { message: zodMessage(M.probability) });
const Source = z.string().min(1).max(TEXT_LIMITS.text);

/**
 * The follow-ups of arrears, in the order draws use (the sample of 66 signals, `signaalreis-2023`).
 *
 * @example
 * ```ts
 * import { FOLLOW_UPS } from '@signaalreis/core';
 * FOLLOW_UPS.indexOf('settled'); // 3: a uniform below grew + bailiff + paid-new-arrears weights is not settled
 * ```
 */
export const FOLLOW_UPS = ['grew', 'bailiff', 'paid-new-arrears', 'settled', 'unknown'] as const;

/**
 * What happened to a household's arrears afterwards: they grew, went to a bailiff, were paid but
 * new arrears came, were settled (paid or an arrangement), or it is not known.
 *
 * @example
 * ```ts
 * import type { FollowUp } from '@signaalreis/core';
 * const good = (f: FollowUp) => f === 'settled';
 * ```
 */
export type FollowUp = (typeof FOLLOW_UPS)[number];

const ChannelReach = z
  .object({
    /** Chance that the n-th attempt on this channel reaches the household (n = 1, 2, …); the last value holds for later attempts. */
    byAttempt: z.array(Probability).min(1).max(20),
    source: Source,
  })
  .strict();

const Weights = z
  .object(
    Object.fromEntries(FOLLOW_UPS.map((f) => [f, z.number().min(0).max(1000)])) as Record<
      FollowUp,
      z.ZodNumber
    >,
  )
  .strict()
  .refine((w) => Object.values(w).some((v) => v > 0), { message: zodMessage(M.weightsZero) });

const Risk = z
  .object({
    /** Chance of the event when no help was accepted. */
    withoutHelp: Probability,
    /** Chance of the event when help was accepted. */
    withHelp: Probability,
    /** The sectors of a case's signals that carry the risk (e.g. rent for eviction); empty: every case. */
    sectors: z.array(SectorSchema),
    source: Source,
  })
  .strict();

/**
 * The zod schema of {@link OutcomeParameters}; every probability is in [0, 1] and every part
 * names its source.
 *
 * @example
 * ```ts
 * import { DEFAULT_OUTCOME_PARAMETERS, OutcomeParametersSchema } from '@signaalreis/core';
 * OutcomeParametersSchema.safeParse(DEFAULT_OUTCOME_PARAMETERS).success; // true
 * ```
 */
export const OutcomeParametersSchema = z
  .object({
    reach: z
      .object({
        byChannel: z
          .object(
            Object.fromEntries(CHANNELS.map((c) => [c, ChannelReach])) as Record<
              (typeof CHANNELS)[number],
              typeof ChannelReach
            >,
          )
          .strict(),
        /** A team's reach relative to the channel's (1 = the same); the chance is capped at 1. */
        byTeam: z.record(
          z.string().min(1).max(TEXT_LIMITS.id),
          z.object({ factor: z.number().min(0).max(10), source: Source }).strict(),
        ),
      })
      .strict(),
    /** Chance that a reached household accepts help. */
    acceptance: z.object({ probability: Probability, source: Source }).strict(),
    /** Weights of the follow-ups (normalised to their sum), for households with and without help. */
    followUp: z.object({ withHelp: Weights, withoutHelp: Weights, source: Source }).strict(),
    eviction: Risk,
    cutOff: Risk,
  })
  .strict();

/**
 * The outcome model's parameters: data a researcher can override with a patch
 * (`applyOutcomePatch`).
 *
 * @example
 * ```ts
 * import type { OutcomeParameters } from '@signaalreis/core';
 * const firstCall = (p: OutcomeParameters) => p.reach.byChannel.phone.byAttempt[0];
 * ```
 */
export type OutcomeParameters = z.infer<typeof OutcomeParametersSchema>;
