// The suppliers' contributions and the package advantage: per supplier per participant per month,
// a share goes to the participant (the package advantage), the rest pays for running the package;
// savings from better deals come on top.
import { formatEuro } from '../model/money';
import { VLP_MESSAGES as M } from './messages';
import type { VlpParameterSet } from './parameters';
import type { VlpHousehold } from './schema';
import type { VlpContributionSplit } from './types';

/** `value / divisor` rounded half up to a multiple of `unit` (all non-negative integers). */
function roundHalfUp(value: number, divisor: number, unit: number): number {
  const step = divisor * unit;
  return Math.floor((2 * value + step) / (2 * step)) * unit;
}

/**
 * Splits the suppliers' contributions of a household by a parameter set. With a `share` set, the
 * advantage is the share of the summed contributions rounded half up to `roundToCents` (whole
 * euros in the concept), and the running costs are the rest, so the two always add up to the
 * contributions. With a `fixed` set, the advantage is the fixed amount; contributions above it run
 * the package, and an advantage above the contributions is `fundedElsewhereCents` (in the pilot:
 * subsidies and donations). The savings of product optimisation are added to the advantage.
 *
 * Source: vaste-lasten-pakket-2019, body, "Financieel voordeel"; rounding of the rest: project
 * default (the example's € 38 + € 16 = € 54).
 *
 * @example
 * ```ts
 * import { VLP_PARAMETER_SETS, vlpContributionSplit } from '@signaalreis/core';
 * const costs = [10, 20, 5, 5, 10, 2, 2].map((euros, i) => ({
 *   id: `c${i}`, category: 'other' as const, contributionCents: euros * 100, optimisationSavingCents: i === 0 ? 1200 : 0,
 * }));
 * const s = vlpContributionSplit(costs, VLP_PARAMETER_SETS['vlp-concept-2019']);
 * [s.contributionsCents, s.advantageCents, s.runningCostsCents, s.totalAdvantageCents]; // [5400, 3800, 1600, 5000]
 * ```
 */
export function vlpContributionSplit(
  costs: readonly Pick<
    VlpHousehold['fixedCosts'][number],
    'id' | 'category' | 'contributionCents' | 'optimisationSavingCents'
  >[],
  parameters: VlpParameterSet,
): VlpContributionSplit {
  const lines = costs.map((c) => ({
    id: c.id,
    category: c.category,
    contributionCents: c.contributionCents,
    optimisationSavingCents: c.optimisationSavingCents,
  }));
  const contributionsCents = lines.reduce((sum, l) => sum + l.contributionCents, 0);
  const optimisationSavingsCents = lines.reduce((sum, l) => sum + l.optimisationSavingCents, 0);
  const a = parameters.advantage;
  const advantageCents =
    a.kind === 'share'
      ? roundHalfUp(contributionsCents * a.shareBasisPoints, 10_000, a.roundToCents)
      : a.amountCents;
  const runningCostsCents = Math.max(0, contributionsCents - advantageCents);
  const fundedElsewhereCents = Math.max(0, advantageCents - contributionsCents);
  const totalAdvantageCents = advantageCents + optimisationSavingsCents;
  const e = formatEuro;
  const explanation =
    a.kind === 'share'
      ? M.splitShare(
          e(contributionsCents),
          `${a.shareBasisPoints / 100}`,
          e(a.roundToCents),
          e(advantageCents),
          e(runningCostsCents),
          e(optimisationSavingsCents),
          e(totalAdvantageCents),
        )
      : M.splitFixed(
          e(contributionsCents),
          e(advantageCents),
          e(runningCostsCents),
          e(fundedElsewhereCents),
          e(optimisationSavingsCents),
          e(totalAdvantageCents),
        );
  return {
    parameters: parameters.id,
    lines,
    contributionsCents,
    advantageCents,
    runningCostsCents,
    fundedElsewhereCents,
    optimisationSavingsCents,
    totalAdvantageCents,
    explanation,
    source: parameters.source,
  };
}
