// Which cases of the signal journey are offered the package: configuration, not code. The target
// groups of the package (prevention and aftercare), the results of the journey that lead to it,
// the cases that are never offered it, and the admission checks of the intake conversation.
import * as z from 'zod';
import { FollowUpKindSchema } from '../lifecycle/vocabulary';
import { DdasCaseResultSchema } from '../model/enums';
import { fail, ok, type Result } from '../model/issue';
import { TEXT_LIMITS } from '../model/json-limits';
import { issuesFromZod } from '../model/zod-issues';

/**
 * Where an aftercare participant comes from: debt assistance or budget management that ends.
 *
 * Source: vaste-lasten-pakket-2019, body, "De doelgroep".
 *
 * @example
 * ```ts
 * import { VLP_LEAVING } from '@signaalreis/core';
 * VLP_LEAVING; // ['debt-assistance', 'budget-management']
 * ```
 */
export const VLP_LEAVING = ['debt-assistance', 'budget-management'] as const;

/**
 * What a participant is leaving (for the aftercare target group).
 *
 * @example
 * ```ts
 * import type { VlpLeaving } from '@signaalreis/core';
 * const leaving: VlpLeaving = 'budget-management';
 * ```
 */
export type VlpLeaving = (typeof VLP_LEAVING)[number];

const Source = z.string().min(1).max(TEXT_LIMITS.text);
const INTAKE_OUTCOMES = ['picked-up', 'crisis', 'manual-review', 'not-picked-up'] as const;

/**
 * zod schema of a {@link VlpEligibilityConfig}.
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_ELIGIBILITY, VlpEligibilityConfigSchema } from '@signaalreis/core';
 * VlpEligibilityConfigSchema.safeParse({ ...DEFAULT_VLP_ELIGIBILITY, nibudChecklist: { minYes: -1, source: 'x' } }).success; // false
 * ```
 */
export const VlpEligibilityConfigSchema = z
  .object({
    id: z.string().min(1).max(TEXT_LIMITS.id),
    /** People with beginning payment problems: which outcomes of the journey lead to an offer. */
    prevention: z
      .object({
        /** Routing buckets ("bakjes") of the municipality's preset that offer the package. */
        buckets: z.array(z.string().max(TEXT_LIMITS.id)).max(100),
        /** Case results (DDAS v1.2) that offer it. */
        caseResults: z.array(DdasCaseResultSchema).max(20),
        /** Recorded follow-ups of the lifecycle that offer it. */
        followUps: z.array(FollowUpKindSchema).max(10),
        source: Source,
      })
      .strict(),
    /** People leaving debt assistance or budget management. */
    aftercare: z.object({ leaving: z.array(z.enum(VLP_LEAVING)).max(2), source: Source }).strict(),
    /** Never offered: these case results or intake outcomes. */
    exclude: z
      .object({
        caseResults: z.array(DdasCaseResultSchema).max(20),
        intakeOutcomes: z.array(z.enum(INTAKE_OUTCOMES)).max(4),
        source: Source,
      })
      .strict(),
    /** The Nibud checklist of the intake: at least this many times "yes". */
    nibudChecklist: z.object({ minYes: z.number().int().min(0).max(50), source: Source }).strict(),
    /** Income and expenses in balance: a plan with a shortfall is not offered. */
    incomeCoversFixedCosts: z.object({ required: z.boolean(), source: Source }).strict(),
    /** The consultant's professional judgement (always a check at the intake). */
    consultantJudgement: z.object({ source: Source }).strict(),
  })
  .strict();

/**
 * Which cases are offered the package and which admission checks the intake makes.
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_ELIGIBILITY, type VlpEligibilityConfig } from '@signaalreis/core';
 * const mine: VlpEligibilityConfig = {
 *   ...DEFAULT_VLP_ELIGIBILITY,
 *   id: 'gemeente-voorbeeld',
 *   prevention: { ...DEFAULT_VLP_ELIGIBILITY.prevention, buckets: ['recidive'], source: 'raadsbesluit 2027-03' },
 * };
 * ```
 */
export type VlpEligibilityConfig = z.infer<typeof VlpEligibilityConfigSchema>;

const CHECKS_SOURCE = 'vaste-lasten-pakket-2019, body, "Intakegesprek: check toelatingscriteria"';

/**
 * The project's eligibility: prevention after help with finances was accepted (a case result of
 * budget advice or a financial referral, or a recorded payment arrangement, budget plan or quick
 * fix), aftercare for people leaving debt assistance or budget management; never for a case that
 * turned out wrong, deceased, moved away, in crisis or not picked up; the intake checks of the
 * presentation (Nibud checklist at least 2 times "yes", income and expenses in balance, the
 * consultant's judgement). A municipality adds its own routing buckets.
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_ELIGIBILITY } from '@signaalreis/core';
 * DEFAULT_VLP_ELIGIBILITY.nibudChecklist.minYes; // 2
 * DEFAULT_VLP_ELIGIBILITY.aftercare.leaving; // ['debt-assistance', 'budget-management']
 * ```
 */
export const DEFAULT_VLP_ELIGIBILITY: VlpEligibilityConfig = {
  id: 'vlp-default',
  prevention: {
    buckets: [],
    caseResults: ['(Budget)advies en/of quick fix', 'Vervolghulp en/of verwijzing financieel'],
    followUps: ['payment-arrangement', 'budget-plan', 'quick-fix'],
    source:
      'vaste-lasten-pakket-2019, body, "De doelgroep" (prevention: people with beginning payment problems and risky debts); project default (which results of the journey show that: help with finances accepted)',
  },
  aftercare: {
    leaving: ['debt-assistance', 'budget-management'],
    source:
      'vaste-lasten-pakket-2019, body, "De doelgroep" (aftercare: people leaving budget management or debt assistance)',
  },
  exclude: {
    caseResults: [
      'Inwoner is overleden',
      'Persoon is geen inwoner (meer) in de gemeente',
      'Niet opgepakt: onterecht signaal',
    ],
    intakeOutcomes: ['crisis', 'not-picked-up'],
    source:
      'project default (nobody to offer it to after death, a move or a wrong signal; a crisis needs crisis help first; a case not picked up was not talked to)',
  },
  nibudChecklist: { minYes: 2, source: `${CHECKS_SOURCE} (at least 2 times "yes" on the Nibud checklist)` },
  incomeCoversFixedCosts: {
    required: true,
    source: `${CHECKS_SOURCE} (income and expenses must be in balance at the base)`,
  },
  consultantJudgement: { source: `${CHECKS_SOURCE} (the professional judgement of the consultant)` },
};

/**
 * Checks untrusted JSON against {@link VlpEligibilityConfigSchema}; problems are issues with paths.
 *
 * @example
 * ```ts
 * import { validateVlpEligibilityConfig } from '@signaalreis/core';
 * validateVlpEligibilityConfig({ id: 'x' }).ok; // false: prevention, aftercare … missing
 * ```
 */
export function validateVlpEligibilityConfig(input: unknown): Result<VlpEligibilityConfig> {
  const parsed = VlpEligibilityConfigSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(issuesFromZod(parsed.error));
}
