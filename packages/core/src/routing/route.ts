// One case through the routing table: the contact plan it asks for, before capacity.
import { deadline } from '../calendar/deadlines';
import { addWorkingDays } from '../calendar/working-days';
import type { IntakenJourney } from '../intake/types';
import type { IsoDate } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import type { Result } from '../model/issue';
import type { CompiledTable } from '../rules/compile';
import { renderDecision } from '../rules/render';
import type { Decision } from '../rules/trace-types';
import { type RoutingCaseInput, routingFacts } from './facts';
import { type ContactStep, type RoutingOutcome, stepsText } from './outcome';

/**
 * The priority of a case no routing rule applies to: after every other case.
 *
 * @example
 * ```ts
 * import { UNROUTED_PRIORITY } from '@signaalreis/core';
 * UNROUTED_PRIORITY; // 1001
 * ```
 */
export const UNROUTED_PRIORITY = 1001;

/**
 * What the routing table asks for one case, before capacity and contact data are applied by
 * {@link allocate} — the `route` section of the case's journey. `bucket` is the worklist bucket
 * ("bakje"); `ruleId` is the rule that chose it (absent when no rule applied: bucket `unrouted`,
 * no steps); under hit policy `collect` the steps of every selected rule are joined and `ruleIds`
 * lists them all.
 *
 * @example
 * ```ts
 * import type { RoutedPlan } from '@signaalreis/core';
 * const line = (p: RoutedPlan) => `${p.bucket} p${p.priority} by ${p.deadline}: ${p.explanation.en}`;
 * ```
 */
export interface RoutedPlan {
  /** The date the table was evaluated on. */
  routedOn: IsoDate;
  /** The worklist bucket ("bakje"), e.g. `visit`. */
  bucket: string;
  /** Its label, when the rule gives one. */
  label?: Bilingual;
  /** 1 = most urgent. */
  priority: number;
  /** Last day for the contact: `deadlineWorkingDays` working days, else the Wgs 4 weeks. */
  deadline: IsoDate;
  steps: ContactStep[];
  /** The rule that chose the bucket. */
  ruleId?: string;
  /** Every selected rule, in hit-policy order. */
  ruleIds: string[];
  /** Source of the rule that chose the bucket. */
  source?: string;
  /** Which contact data are known (any signal of the case). */
  contact: { hasPhone: boolean; hasEmail: boolean; hasAddress: boolean };
  /** The routing rule's explanation (routing only; allocation explains its own changes). */
  explanation: Bilingual;
  trace: Decision<RoutingOutcome>;
}

/**
 * A case's journey after routing: it adds the `route` section.
 *
 * @example
 * ```ts
 * import type { RoutedJourney } from '@signaalreis/core';
 * const bucket = (j: RoutedJourney) => j.route.bucket;
 * ```
 */
export interface RoutedJourney extends IntakenJourney {
  route: RoutedPlan;
}

const outcomeLabel = (o: RoutingOutcome, lang: 'nl' | 'en') =>
  `${lang === 'nl' ? (o.bucketNl ?? o.bucket) : o.bucket}: ${stepsText(o.steps, lang)}`;

/** Joins the selected outcomes: the most urgent names the bucket; steps in order, once each. */
function join(outcomes: readonly RoutingOutcome[]): { chosen: number; steps: ContactStep[]; days?: number } {
  let chosen = 0;
  outcomes.forEach((o, i) => {
    if (o.priority < (outcomes[chosen] as RoutingOutcome).priority) chosen = i;
  });
  const steps: ContactStep[] = [];
  const seen = new Set<string>();
  for (const o of outcomes)
    for (const s of o.steps) {
      const k = `${s.channel}/${s.team}`;
      if (seen.has(k)) continue;
      seen.add(k);
      steps.push({ ...s });
    }
  const days = outcomes.flatMap((o) => (o.deadlineWorkingDays === undefined ? [] : [o.deadlineWorkingDays]));
  return { chosen, steps, ...(days.length > 0 ? { days: Math.min(...days) } : {}) };
}

/**
 * Routes one case: computes its {@link routingFacts}, evaluates the compiled routing table and
 * turns the selected outcome(s) into a {@link RoutedPlan} with a deadline (working days via the
 * Algemene termijnenwet calendar) and an explanation in Dutch and English. A `unique` table on
 * which two rules match gives the table's `unique_violation` issue.
 *
 * @example
 * ```ts
 * import { compileRouting, loadRoutingConfig, routeCase } from '@signaalreis/core';
 * import { routingJson, input } from './my-routing';
 * const config = loadRoutingConfig(routingJson);
 * if (config.ok) {
 *   const compiled = compileRouting(config.value, input.onDate);
 *   const plan = compiled.ok ? routeCase(compiled.value, input) : undefined;
 *   // plan?.ok && plan.value.explanation.en: 'visit: home visit (neighbourhood team), because signals (2) ≥ 2 … (rule match, source: …)'
 * }
 * ```
 */
export function routeCase(
  compiled: CompiledTable<RoutingOutcome>,
  input: RoutingCaseInput,
): Result<RoutedPlan> {
  const facts = routingFacts(input);
  const evaluated = compiled.evaluate(facts);
  if (!evaluated.ok) return evaluated;
  const decision = evaluated.value;
  const contact = {
    hasPhone: facts.hasPhone === true,
    hasEmail: facts.hasEmail === true,
    hasAddress: facts.hasAddress === true,
  };
  const explanation = {
    nl: renderDecision(decision, { lang: 'nl', outcomeLabel }),
    en: renderDecision(decision, { lang: 'en', outcomeLabel }),
  };
  const base = { caseId: input.caseId, onDate: input.onDate, rank: input.rank, contact, explanation };
  if (decision.outcomes.length === 0)
    return {
      ok: true,
      value: {
        ...base,
        bucket: 'unrouted',
        bucketNl: 'Niet gerouteerd',
        priority: UNROUTED_PRIORITY,
        deadline: deadline('first-conversation', input.onDate),
        steps: [],
        ruleIds: [],
        trace: decision,
      },
    };
  const { chosen, steps, days } = join(decision.outcomes);
  const outcome = decision.outcomes[chosen] as RoutingOutcome;
  const ruleId = decision.selected[chosen] as string;
  const source = decision.rules.find((r) => r.id === ruleId)?.source;
  return {
    ok: true,
    value: {
      ...base,
      bucket: outcome.bucket,
      ...(outcome.bucketNl ? { bucketNl: outcome.bucketNl } : {}),
      priority: outcome.priority,
      deadline:
        days === undefined
          ? deadline('first-conversation', input.onDate)
          : addWorkingDays(input.onDate, days),
      steps,
      ruleId,
      ruleIds: [...decision.selected],
      ...(source ? { source } : {}),
      trace: decision,
    },
  };
}
