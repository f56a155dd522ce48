// What a partner may learn about its signals (phase 5, "terugkoppeling"): internal results mapped
// onto the partner-visible codes, per partner, each code with its source.
import type { PartnerId, SignalId } from '../model/ids';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import type { Bilingual } from '../model/text';
import { issuesFromZod } from '../model/zod-issues';
import { MESSAGES } from './messages';
import type { CaseRecord } from './record';
import { parseCaseRecord } from './record-fast';
import type { FeedbackPreset } from './schema';
import type { FeedbackCode } from './vocabulary';

/**
 * Labels (nl/en) and sources of the partner-visible feedback codes. The label of `not-picked-up`
 * deliberately carries no reason: "Niet opgepakt: andere reden" never leaves the municipality
 * (DDAS v1.2 business rules).
 *
 * @example
 * ```ts
 * import { FEEDBACK_CODE_INFO } from '@signaalreis/core';
 * FEEDBACK_CODE_INFO.deceased.label.nl; // 'Inwoner is overleden'
 * ```
 */
export const FEEDBACK_CODE_INFO: Readonly<Record<FeedbackCode, { label: Bilingual; source: string }>> =
  Object.freeze({
    unjustified: {
      label: { nl: 'Signaal onterecht', en: 'Signal unjustified' },
      source: 'signaalreis-2023 (feedback 1); ddas-v1.2: "Niet opgepakt: onterecht signaal"',
    },
    'not-picked-up': {
      label: { nl: 'Niet opgepakt', en: 'Not picked up' },
      source: 'signaalreis-2023 (feedback 2); ddas-v1.2: the reason is never fed back',
    },
    'repeated-signal': {
      label: { nl: 'Herhaalde melding', en: 'Repeated signal' },
      source: 'signaalreis-2023 (feedback 3); ddas-v1.2: "Niet opgepakt: herhaalde melding"',
    },
    'known-at-debt-assistance': {
      label: { nl: 'Al bekend bij schuldhulpverlening', en: 'Already known at debt assistance' },
      source: 'signaalreis-2023 (feedback 4, since end of November 2023)',
    },
    'wants-help': {
      label: { nl: 'Inwoner wil hulp', en: 'Resident wants help' },
      source: 'signaalreis-2023 (feedback 5; help acceptance suspends collection for 30 days)',
    },
    'not-reached-or-no-help': {
      label: { nl: 'Niet bereikt / wil geen hulp', en: 'Not reached / does not want help' },
      source: 'signaalreis-2023 (feedback 6; also at automatic closure after 28 days)',
    },
    deceased: {
      label: { nl: 'Inwoner is overleden', en: 'Resident deceased' },
      source: 'signaalreis-2023 (from mid-2024); ddas-v1.2: "Inwoner is overleden"',
    },
    'not-a-resident': {
      label: { nl: 'Geen inwoner (meer) op dit adres', en: 'Not (or no longer) a resident' },
      source: 'ddas-v1.2 (business rules: "the partner is informed"); signaalreis-2023 (under study)',
    },
  });

/**
 * One partner's feedback on a case: only that partner's signals, the code, its labels and the
 * source of the code (the preset's and the code's own). Never the internal result.
 *
 * @example
 * ```ts
 * import { asPartnerId, asSignalId, type PartnerFeedback } from '@signaalreis/core';
 * const f: PartnerFeedback = {
 *   partnerId: asPartnerId('P1'),
 *   signalIds: [asSignalId('S1')],
 *   code: 'wants-help',
 *   label: { nl: 'Inwoner wil hulp', en: 'Resident wants help' },
 *   source: 'signaalreis-2023',
 * };
 * ```
 */
export interface PartnerFeedback {
  /** The partner this feedback goes to. */
  partnerId: PartnerId;
  /** The partner's own signals in the case (never another partner's). */
  signalIds: SignalId[];
  /** The partner-visible code. */
  code: FeedbackCode;
  /** Labels for people. */
  label: Bilingual;
  /** Where the code (and the mapping onto it) comes from. */
  source: string;
}

/**
 * The feedback each partner of a case may receive, from the record's internal result and the
 * preset's mapping. Empty while there is no result yet (feedback goes out when help is accepted or
 * at closure). "Help accepted" (`wants-help`) is only fed back when a concrete follow-up of a kind
 * the preset accepts is recorded; otherwise, and for results the preset does not map, issues.
 *
 * @example
 * ```ts
 * import { partnerFeedback, type CaseRecord, type FeedbackPreset } from '@signaalreis/core';
 * declare const record: CaseRecord;
 * declare const preset: FeedbackPreset;
 * const r = partnerFeedback(record, preset);
 * if (r.ok) r.value.map((f) => `${f.partnerId}: ${f.code}`);
 * ```
 */
export function partnerFeedback(record: CaseRecord, preset: FeedbackPreset): Result<PartnerFeedback[]> {
  const parsed = parseCaseRecord(record);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, ['record']));
  if (preset === null || typeof preset !== 'object' || !Array.isArray(preset.codes) || !preset.helpAccepted)
    return fail(issue('invalid_type', ['preset'], MESSAGES.notAPreset));
  const r = parsed.data;
  if (r.result === undefined) return ok([]);
  const mapping = preset.codes.find((c) => c.results.includes(r.result as never));
  if (mapping === undefined)
    return fail(issue('unmapped_result', ['record', 'result'], MESSAGES.unmappedResult(r.result)));
  const issues: Issue[] = [];
  if (
    mapping.code === 'wants-help' &&
    (r.followUp === undefined || !preset.helpAccepted.followUps.includes(r.followUp.kind))
  )
    issues.push(
      issue(
        'help_without_follow_up',
        ['record', 'followUp'],
        MESSAGES.helpWithoutFollowUp(preset.helpAccepted.followUps, preset.helpAccepted.source),
      ),
    );
  if (issues.length > 0) return fail(issues);
  const info = FEEDBACK_CODE_INFO[mapping.code];
  const byPartner = new Map<PartnerId, SignalId[]>();
  for (const s of r.signals) byPartner.set(s.partnerId, [...(byPartner.get(s.partnerId) ?? []), s.signalId]);
  const source =
    mapping.code === 'wants-help' ? `${mapping.source}; ${preset.helpAccepted.source}` : mapping.source;
  return ok(
    [...byPartner].map(([partnerId, signalIds]) => ({
      partnerId,
      signalIds,
      code: mapping.code,
      label: { ...info.label },
      source: `${source} | ${info.source}`,
    })),
  );
}
