// The effects of a transition: what the caller must do after a status change (notify partners,
// suspend collection, make a contact attempt), made from the table's effect templates.
import type { Issue } from '../model/issue';
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
 * import type { LifecycleEffect } from '@signaalreis/core';
 * const e: LifecycleEffect = { type: 'collection-pause', partnerId: 'P1', until: '2026-12-02' };
 * ```
 */
export type LifecycleEffect =
  | { type: 'notify-partner'; partnerId: string; signalIds: string[]; code: FeedbackCode }
  | { type: 'collection-pause'; partnerId: string; until: string }
  | { type: 'collection-pause-ended'; partnerId: string }
  | { type: 'contact-due'; channel: string; team: string; partOfDay?: string }
  | { type: 'deadline-passed'; timer: TimerId };

const partners = (r: CaseRecord): string[] => [...new Set(r.signals.map((s) => s.partnerId))];

/** The effects of transition `t` that produced `next`; feedback problems come back as issues. */
export function makeEffects(
  table: LifecycleTable,
  t: LifecycleTransition,
  next: CaseRecord,
  timer: TimerId | undefined,
): { record: CaseRecord; effects: LifecycleEffect[]; issues: Issue[] } {
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
  return { record: next, effects, issues };
}
