// Whether a case of the signal journey is offered the package, and why: a pure function of the
// case (its routing bucket, intake outcome, lifecycle result and follow-up), what is known from
// the intake (leaving debt assistance, the Nibud checklist, a plan) and the configuration.
import type { IntakeOutcome } from '../intake/types';
import type { FollowUpKind } from '../lifecycle/vocabulary';
import type { DdasCaseResult } from '../model/enums';
import { formatEuro } from '../model/money';
import { type Bilingual, joinBilingual } from '../model/text';
import { DEFAULT_VLP_ELIGIBILITY, type VlpEligibilityConfig, type VlpLeaving } from './eligibility-config';
import { VLP_MESSAGES as M } from './messages';

/**
 * What eligibility reads of a case. A `CaseJourney` fits as it is (its `route`, `intake` and
 * `lifecycle` sections); add what the intake learnt: `leaving`, `nibudChecklistYes`, `plan`.
 *
 * @example
 * ```ts
 * import type { VlpCandidate } from '@signaalreis/core';
 * const aftercare: VlpCandidate = { leaving: 'debt-assistance', nibudChecklistYes: 3 };
 * ```
 */
export interface VlpCandidate {
  route?: { bucket: string };
  intake?: { outcome: IntakeOutcome };
  lifecycle?: { result?: DdasCaseResult; followUp?: { kind: FollowUpKind } };
  /** The participant is leaving debt assistance or budget management (aftercare). */
  leaving?: VlpLeaving;
  /** Times "yes" on the Nibud checklist, when the intake filled it in. */
  nibudChecklistYes?: number;
  /** The plan made at the intake (`planVlp`), when there is one. */
  plan?: { totals: { shortfallCents: number } };
}

/**
 * The target groups of the package: `prevention` (people with beginning payment problems and
 * risky debts) and `aftercare` (people leaving debt assistance or budget management).
 *
 * @example
 * ```ts
 * import type { VlpTargetGroup } from '@signaalreis/core';
 * const g: VlpTargetGroup = 'aftercare';
 * ```
 */
export type VlpTargetGroup = 'prevention' | 'aftercare';

/**
 * One reason of an eligibility decision: a stable code, the words, and the source of the rule.
 *
 * @example
 * ```ts
 * import type { VlpEligibilityReason } from '@signaalreis/core';
 * const codes = (rs: VlpEligibilityReason[]) => rs.map((r) => r.code);
 * ```
 */
export interface VlpEligibilityReason {
  code:
    | 'excluded_result'
    | 'excluded_intake'
    | 'aftercare'
    | 'prevention_bucket'
    | 'prevention_result'
    | 'prevention_follow_up'
    | 'no_target_group'
    | 'nibud_checklist_met'
    | 'nibud_checklist_below'
    | 'income_covers'
    | 'income_short';
  /** Whether the reason speaks for (`true`) or against (`false`) an offer. */
  for: boolean;
  message: Bilingual;
  source: string;
}

/**
 * A check the intake conversation still has to make before the package starts.
 *
 * @example
 * ```ts
 * import type { VlpIntakeCheck } from '@signaalreis/core';
 * const ids = (cs: VlpIntakeCheck[]) => cs.map((c) => c.id); // e.g. ['nibud-checklist', 'consultant-judgement']
 * ```
 */
export interface VlpIntakeCheck {
  id: 'nibud-checklist' | 'income-expenses' | 'consultant-judgement';
  message: Bilingual;
  source: string;
}

/**
 * An eligibility decision: offered or not, the target group, the reasons (in the order they were
 * checked), the checks left for the intake, and one explanation.
 *
 * @example
 * ```ts
 * import type { VlpEligibility } from '@signaalreis/core';
 * const against = (e: VlpEligibility) => e.reasons.filter((r) => !r.for).map((r) => r.message.nl);
 * ```
 */
export interface VlpEligibility {
  eligible: boolean;
  targetGroup?: VlpTargetGroup;
  reasons: VlpEligibilityReason[];
  checksAtIntake: VlpIntakeCheck[];
  explanation: Bilingual;
}

function targetGroup(c: VlpCandidate, config: VlpEligibilityConfig): VlpEligibilityReason {
  const { aftercare: a, prevention: p } = config;
  if (c.leaving !== undefined && a.leaving.includes(c.leaving))
    return { code: 'aftercare', for: true, message: M.aftercare(c.leaving), source: a.source };
  const bucket = c.route?.bucket;
  if (bucket !== undefined && p.buckets.includes(bucket))
    return { code: 'prevention_bucket', for: true, message: M.preventionBucket(bucket), source: p.source };
  const result = c.lifecycle?.result;
  if (result !== undefined && p.caseResults.includes(result))
    return { code: 'prevention_result', for: true, message: M.preventionResult(result), source: p.source };
  const followUp = c.lifecycle?.followUp?.kind;
  if (followUp !== undefined && p.followUps.includes(followUp))
    return {
      code: 'prevention_follow_up',
      for: true,
      message: M.preventionFollowUp(followUp),
      source: p.source,
    };
  return {
    code: 'no_target_group',
    for: false,
    message: M.noTargetGroup,
    source: `${p.source}; ${a.source}`,
  };
}

/**
 * Decides whether a case is offered the Vaste Lasten Pakket, with reasons. In order: a case whose
 * result or intake outcome is excluded is not offered; then the target group — aftercare when the
 * person leaves debt assistance or budget management, prevention when the routing bucket, case
 * result or follow-up is one of the configuration's; then the admission checks of the intake: a
 * Nibud checklist below the minimum, or a plan whose income does not cover the fixed costs (a
 * shortfall), is not offered. Checks whose answer is not known yet (no checklist, no plan) and the
 * consultant's judgement are listed in `checksAtIntake`: "eligible" means "offer the package and
 * make these checks".
 *
 * Source: vaste-lasten-pakket-2019, body, "De doelgroep" and "Intakegesprek: check
 * toelatingscriteria"; the results of the journey that count: project default (see
 * {@link DEFAULT_VLP_ELIGIBILITY}).
 *
 * @example
 * ```ts
 * import { vlpEligibility } from '@signaalreis/core';
 * const e = vlpEligibility({ lifecycle: { result: '(Budget)advies en/of quick fix' }, nibudChecklistYes: 2 });
 * e.eligible; // true
 * e.targetGroup; // 'prevention'
 * e.checksAtIntake.map((c) => c.id); // ['income-expenses', 'consultant-judgement']
 * vlpEligibility({ leaving: 'debt-assistance', plan: { totals: { shortfallCents: 4000 } } }).eligible; // false
 * ```
 */
export function vlpEligibility(
  candidate: VlpCandidate,
  config: VlpEligibilityConfig = DEFAULT_VLP_ELIGIBILITY,
): VlpEligibility {
  const reasons: VlpEligibilityReason[] = [];
  const checks: VlpIntakeCheck[] = [];
  const { exclude } = config;
  const result = candidate.lifecycle?.result;
  const outcome = candidate.intake?.outcome;
  if (result !== undefined && exclude.caseResults.includes(result))
    reasons.push({
      code: 'excluded_result',
      for: false,
      message: M.excludedResult(result),
      source: exclude.source,
    });
  if (outcome !== undefined && exclude.intakeOutcomes.includes(outcome))
    reasons.push({
      code: 'excluded_intake',
      for: false,
      message: M.excludedIntake(outcome),
      source: exclude.source,
    });
  const group = targetGroup(candidate, config);
  reasons.push(group);
  const nibud = config.nibudChecklist;
  const yes = candidate.nibudChecklistYes;
  if (yes === undefined)
    checks.push({ id: 'nibud-checklist', message: M.checkNibud(nibud.minYes), source: nibud.source });
  else if (yes >= nibud.minYes)
    reasons.push({
      code: 'nibud_checklist_met',
      for: true,
      message: M.nibudMet(yes, nibud.minYes),
      source: nibud.source,
    });
  else
    reasons.push({
      code: 'nibud_checklist_below',
      for: false,
      message: M.nibudBelow(yes, nibud.minYes),
      source: nibud.source,
    });
  const balance = config.incomeCoversFixedCosts;
  const short = candidate.plan?.totals.shortfallCents;
  if (short === undefined) {
    if (balance.required)
      checks.push({ id: 'income-expenses', message: M.checkIncome, source: balance.source });
  } else if (short > 0 && balance.required)
    reasons.push({
      code: 'income_short',
      for: false,
      message: M.incomeShort(formatEuro(short)),
      source: balance.source,
    });
  else if (short <= 0)
    reasons.push({ code: 'income_covers', for: true, message: M.incomeCovers, source: balance.source });
  checks.push({
    id: 'consultant-judgement',
    message: M.checkConsultant,
    source: config.consultantJudgement.source,
  });
  const eligible = reasons.every((r) => r.for);
  const target = group.code === 'aftercare' ? 'aftercare' : group.for ? 'prevention' : undefined;
  return {
    eligible,
    ...(target === undefined ? {} : { targetGroup: target }),
    reasons,
    checksAtIntake: checks,
    explanation: joinBilingual([eligible ? M.offered : M.notOffered, ...reasons.map((r) => r.message)], ' '),
  };
}
