// The effects of a transition: what the caller must do after a status change (notify partners,
// suspend collection, make a contact attempt), made from the table's effect templates.
import type { Channel, Team } from '../model/enums';
import type { PartnerId, SignalId } from '../model/ids';
import type { IsoDate } from '../model/iso-date';
import { fail, type Issue, ok, type Result } from '../model/issue';
import type { DdasPartOfDay } from './contact-kinds';
import { partnerFeedback } from './feedback';
import type { CaseRecord } from './record';
import type { LifecycleTable, LifecycleTransition } from './schema';
import type { FeedbackCode, TimerId } from './vocabulary';

/**
 * An effect of a transition, for the caller to carry out (core does no I/O):
 * - `notify-partner`: send the partner-visible code to a partner (one effect per partner);
 * - `collection-pause`: the partner suspends collection until `until` (help accepted + 30 days);
 * - `collection-pause-ended`: the pause is over;
 * - `contact-due`: the next attempt of the contact plan is due (channel, team, part of day);
 * - `deadline-passed`: a statutory deadline (crisis, first conversation) passed without action.
 *
 * @example
 * ```ts
 * import { asIsoDate, asPartnerId, type LifecycleEffect } from '@signaalreis/core';
 * const e: LifecycleEffect = { type: 'collection-pause', partnerId: asPartnerId('P1'), until: asIsoDate('2026-12-02') };
 * ```
 */
export type LifecycleEffect =
  | { type: 'notify-partner'; partnerId: PartnerId; signalIds: SignalId[]; code: FeedbackCode }
  | { type: 'collection-pause'; partnerId: PartnerId; until: IsoDate }
  | { type: 'collection-pause-ended'; partnerId: PartnerId }
  | { type: 'contact-due'; channel: Channel; team: Team; partOfDay?: DdasPartOfDay }
  | { type: 'deadline-passed'; timer: TimerId };

const partners = (r: CaseRecord): PartnerId[] => [...new Set(r.signals.map((s) => s.partnerId))];

/** The effects of transition `t` that produced `next`; feedback problems fail the Result. */
export function makeEffects(
  next: CaseRecord,
  t: LifecycleTransition,
  table: LifecycleTable,
  timer: TimerId | undefined,
): Result<LifecycleEffect[]> {
  const effects: LifecycleEffect[] = [];
  const issues: Issue[] = [];
  for (const template of t.effects ?? []) {
    switch (template.type) {
      case 'notify-partner': {
        const feedback = partnerFeedback(next, table.feedback);
        if (!feedback.ok) issues.push(...feedback.issues);
        else
          for (const f of feedback.value)
            effects.push({
              type: 'notify-partner',
              partnerId: f.partnerId,
              signalIds: f.signalIds,
              code: f.code,
            });
        break;
      }
      case 'collection-pause': {
        const until = next.timers.collectionPauseUntil;
        if (until !== undefined)
          for (const partnerId of partners(next))
            effects.push({ type: 'collection-pause', partnerId, until });
        break;
      }
      case 'collection-pause-ended':
        for (const partnerId of partners(next)) effects.push({ type: 'collection-pause-ended', partnerId });
        break;
      case 'contact-due':
        if (next.nextStep !== undefined) effects.push({ type: 'contact-due', ...next.nextStep });
        break;
      case 'deadline-passed':
        if (timer !== undefined) effects.push({ type: 'deadline-passed', timer });
        break;
    }
  }
  return issues.length > 0 ? fail(issues) : ok(effects);
}
