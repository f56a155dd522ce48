// The outcome of a routing rule: a bucket, a priority, an optional deadline and the contact steps.
import * as z from 'zod';
import { CHANNELS, type Channel, ChannelSchema, TeamSchema } from '../model/enums';
import { TEXT_LIMITS } from '../model/json-limits';
import { zodMessage } from '../model/zod-message';
import { type TeamDeclaration, teamLabel } from './teams';

/**
 * Parts of the day a contact attempt can be planned in (DDAS v1.2 `EnumDagdeel`: Ochtend, Middag,
 * Avond).
 *
 * @example
 * ```ts
 * import { PARTS_OF_DAY } from '@signaalreis/core';
 * PARTS_OF_DAY; // ['morning', 'afternoon', 'evening']
 * ```
 */
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

/**
 * zod schema of one {@link ContactStep}.
 *
 * @example
 * ```ts
 * import { ContactStepSchema } from '@signaalreis/core';
 * ContactStepSchema.parse({ channel: 'phone', team: 'call-centre', attempts: 7 });
 * ```
 */
export const ContactStepSchema = z
  .object({
    channel: ChannelSchema,
    team: TeamSchema,
    /** Attempts before the step counts as failed (signaalreis-2023: phone and visit 2, call centre 7, pilot ≥ 3). */
    attempts: z.number().int().min(1).max(20),
    /** Calendar days between attempts. */
    spacingDays: z.number().int().min(1).max(60).optional(),
    /** Parts of the day to vary the attempts over (signaalreis-2023: "at different times incl. evenings"). */
    partsOfDay: z.array(z.enum(PARTS_OF_DAY)).min(1).optional(),
    /** Attempts may fall on a Saturday (signaalreis-2023, municipality 2's call centre). */
    saturday: z.boolean().optional(),
    /**
     * Only when capacity is left (signaalreis-2023, municipality 6: "leftover capacity goes to single signals"):
     * a full capacity skips the step without overflow and without reporting it as unplaced.
     */
    ifCapacityLeft: z.boolean().optional(),
  })
  .strict();

/**
 * One contact step of a plan: a channel, the team that carries it out, and how many attempts.
 *
 * @example
 * ```ts
 * import type { ContactStep } from '@signaalreis/core';
 * const visit: ContactStep = { channel: 'home-visit', team: 'neighbourhood-team', attempts: 3, partsOfDay: ['morning', 'evening'] };
 * ```
 */
export type ContactStep = z.infer<typeof ContactStepSchema>;

/**
 * zod schema of a {@link ContactPlan}: ordered steps `{channel, team, attempts, spacingDays?}`.
 *
 * @example
 * ```ts
 * import { ContactPlanSchema } from '@signaalreis/core';
 * ContactPlanSchema.parse({ steps: [{ channel: 'home-visit', team: 'debt-assistance', attempts: 3, spacingDays: 2 }] });
 * ```
 */
export const ContactPlanSchema = z
  .object({
    steps: z
      .array(
        z
          .object({
            channel: ChannelSchema,
            team: TeamSchema,
            attempts: z.number().int().min(1).max(20),
            spacingDays: z.number().int().min(1).max(60).optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
/**
 * A contact plan: the steps a team takes to reach the resident, in order. Each step makes
 * `attempts` attempts `spacingDays` apart (default 1, so attempts fall on different days).
 *
 * @example
 * ```ts
 * import type { ContactPlan } from '@signaalreis/core';
 * const plan: ContactPlan = { steps: [{ channel: 'phone', team: 'call-centre', attempts: 2 }, { channel: 'letter', team: 'municipality', attempts: 1 }] };
 * ```
 */
export type ContactPlan = z.infer<typeof ContactPlanSchema>;

const BucketId = z
  .string()
  .max(TEXT_LIMITS.id)
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: zodMessage({
      nl: 'Verwacht een bak-id van kleine letters, cijfers en -',
      en: 'Expected a bucket id of lower-case letters, digits and -',
    }),
  });

const LabelSchema = z
  .object({ nl: z.string().min(1).max(TEXT_LIMITS.label), en: z.string().min(1).max(TEXT_LIMITS.label) })
  .strict();

/**
 * zod schema of a {@link RoutingOutcome}: the `then` of a routing rule. Pass it to
 * `loadRuleTable(json, { outcome: RoutingOutcomeSchema })`.
 *
 * @example
 * ```ts
 * import { RoutingOutcomeSchema } from '@signaalreis/core';
 * RoutingOutcomeSchema.safeParse({ bucket: 'letter', priority: 5, steps: [{ channel: 'letter', team: 'municipality', attempts: 1 }] }).success; // true
 * ```
 */
export const RoutingOutcomeSchema = z
  .object({
    /** The bucket ("bakje") id, e.g. `crisis`, `visit`, `letter`. */
    bucket: BucketId,
    /** The bucket's label, e.g. `{ "nl": "Huisbezoek", "en": "Home visit" }`. */
    label: LabelSchema.optional(),
    /** 1 = most urgent. Allocation serves lower numbers first. */
    priority: z.number().int().min(1).max(1000),
    /** Working days from the routing date to the deadline; default: the Wgs first conversation (4 weeks). */
    deadlineWorkingDays: z.number().int().min(0).max(60).optional(),
    /** The contact steps, in the order they are carried out. May be empty (e.g. "already known"). */
    steps: z.array(ContactStepSchema),
  })
  .strict();

/**
 * The outcome of a routing rule: bucket, priority, deadline and contact steps.
 *
 * @example
 * ```ts
 * import type { RoutingOutcome } from '@signaalreis/core';
 * const crisis: RoutingOutcome = {
 *   bucket: 'crisis', label: { nl: 'Crisis', en: 'Crisis' }, priority: 1, deadlineWorkingDays: 3,
 *   steps: [{ channel: 'phone', team: 'crisis', attempts: 3 }, { channel: 'home-visit', team: 'crisis', attempts: 3 }],
 * };
 * ```
 */
export type RoutingOutcome = z.infer<typeof RoutingOutcomeSchema>;

/**
 * Dutch and English labels of the channels.
 *
 * @example
 * ```ts
 * import { CHANNEL_LABELS } from '@signaalreis/core';
 * CHANNEL_LABELS['home-visit'].nl; // 'huisbezoek'
 * ```
 */
export const CHANNEL_LABELS: Readonly<Record<Channel, { nl: string; en: string }>> = Object.freeze({
  letter: { nl: 'brief', en: 'letter' },
  card: { nl: 'kaartje', en: 'card' },
  email: { nl: 'e-mail', en: 'e-mail' },
  sms: { nl: 'sms', en: 'SMS' },
  phone: { nl: 'telefoon', en: 'phone' },
  appointment: { nl: 'afspraak op locatie', en: 'appointment at a location' },
  'home-visit': { nl: 'huisbezoek', en: 'home visit' },
});

/**
 * The most intensive channel among `channels` (home visit > appointment > phone > sms > e-mail >
 * card > letter), or `undefined` for none.
 *
 * @example
 * ```ts
 * import { mostIntensiveChannel } from '@signaalreis/core';
 * mostIntensiveChannel(['letter', 'phone', 'email']); // 'phone'
 * mostIntensiveChannel(['phone', 'appointment']); // 'appointment'
 * mostIntensiveChannel([]); // undefined
 * ```
 */
export function mostIntensiveChannel(channels: Iterable<Channel>): Channel | undefined {
  let best = -1;
  for (const c of channels) best = Math.max(best, CHANNELS.indexOf(c));
  return best < 0 ? undefined : CHANNELS[best];
}

/** "huisbezoek (wijkteam), brief (gemeente)"; a declared team by its own label. */
export function stepsText(
  steps: readonly Pick<ContactStep, 'channel' | 'team'>[],
  lang: 'nl' | 'en',
  teams: readonly TeamDeclaration[] = [],
): string {
  if (steps.length === 0) return lang === 'nl' ? 'geen contact' : 'no contact';
  return steps
    .map((s) => `${CHANNEL_LABELS[s.channel][lang]} (${teamLabel(s.team, lang, teams)})`)
    .join(', ');
}
