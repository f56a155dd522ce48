// The plan calculator: validates a household, resolves its parameter set and plans each month.
import type { IsoMonth } from '../model/iso-date';
import { fail, issue, ok, type Result } from '../model/issue';
import { issuesFromZod } from '../model/zod-issues';
import { vlpContributionSplit } from './contributions';
import { VLP_MESSAGES as M } from './messages';
import { monthPlus } from './month-days';
import { DEFAULT_VLP_PARAMETERS, VLP_PARAMETER_SETS, type VlpParameterSet } from './parameters';
import { ORDER_SOURCE, planVlpMonth } from './plan-month';
import { isPlanMonth, type VlpHousehold, VlpHouseholdSchema } from './schema';
import type { VlpPlan } from './types';

/** The source of the month-end and timing rules. */
const RULE_SOURCE = 'project default (vaste-lasten-pakket-2019 gives no pay or due dates)';

/**
 * Options of {@link planVlp}.
 *
 * @example
 * ```ts
 * import { asIsoMonth, type PlanVlpOptions } from '@signaalreis/core';
 * const options: PlanVlpOptions = { month: asIsoMonth('2026-11') }; // plan November only
 * ```
 */
export interface PlanVlpOptions {
  /** Plan this one month instead of the household's `month` or `startMonth` + `months`. */
  month?: IsoMonth;
}

function parametersOf(h: VlpHousehold): Result<VlpParameterSet> {
  const p = h.parameters ?? DEFAULT_VLP_PARAMETERS;
  if (typeof p !== 'string') return ok(p);
  const known = (VLP_PARAMETER_SETS as Readonly<Record<string, VlpParameterSet>>)[p];
  if (known !== undefined && Object.hasOwn(VLP_PARAMETER_SETS, p)) return ok(known);
  return fail(
    issue(
      'unknown_parameters',
      ['parameters'],
      M.unknownParameters(p, Object.keys(VLP_PARAMETER_SETS).join(', ')),
    ),
  );
}

/**
 * Makes the fixed-costs plan ("betaalplan") of a household for a month or a run of months: per
 * month, what the income covers in the order of serving (the minimum budget, then the fixed costs
 * by the consequences of not paying them, then the buffer; or fixed costs first with
 * `order: 'fixed-costs-first'`), the day-by-day schedule of the VLP account, what the participant
 * receives on the own and buffer accounts, late payments, and — when the income falls short — an
 * explained shortfall (never an error). Also the suppliers' contributions split into the package
 * advantage and the running costs. Amounts are integer cents.
 *
 * Bad input gives issues with a code and a path (`['fixedCosts', 2, 'dueDay']`); nothing throws.
 *
 * Source: vaste-lasten-pakket-2019 (the scheme, the order of the payment plan, the contribution
 * split); the month-end and timing rules: project default (see docs/vlp.md).
 *
 * @example
 * ```ts
 * import { planVlp } from '@signaalreis/core';
 * const r = planVlp({
 *   month: '2026-10',
 *   incomes: [{ id: 'benefit', amountCents: 120000, payDays: [24], paysFor: 'next-month' }],
 *   fixedCosts: [
 *     { id: 'rent', category: 'rent', amountCents: 45000, dueDay: 1 },
 *     { id: 'energy', category: 'energy', amountCents: 10000, dueDay: 31 },
 *   ],
 *   minimumBudget: { amountCents: 50000, source: 'agreed with the participant' },
 * });
 * if (r.ok) {
 *   const [october] = r.value.months;
 *   october?.from; // '2026-09-24': the benefit of 24 September pays for October
 *   october?.restCents; // 15000: 1,200 − 500 − 450 − 100 euros, to the own account on 24 September
 *   october?.obligations.find((o) => o.id === 'energy')?.dueDate; // '2026-10-31'
 * }
 * planVlp({ month: '2026-10' }).ok; // false: issues name incomes, fixedCosts and minimumBudget
 * ```
 */
export function planVlp(input: unknown, options: PlanVlpOptions = {}): Result<VlpPlan> {
  if (options.month !== undefined && !isPlanMonth(options.month))
    return fail(issue('month_out_of_range', ['options', 'month'], M.monthRange));
  const parsed = VlpHouseholdSchema.safeParse(input);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const h = parsed.data;
  const params = parametersOf(h);
  if (!params.ok) return params;
  const start = (options.month ?? h.month ?? h.startMonth) as IsoMonth;
  const count = options.month !== undefined ? 1 : (h.months ?? 1);
  if (`${start}-01` < params.value.from)
    return fail(
      issue(
        'parameters_not_in_effect',
        ['parameters'],
        M.parametersNotInEffect(params.value.id, params.value.from, start),
      ),
    );
  const contributions = vlpContributionSplit(h.fixedCosts, params.value);
  const months = Array.from({ length: count }, (_, i) =>
    planVlpMonth(h, monthPlus(start, i), contributions.advantageCents),
  );
  const total = (pick: (m: (typeof months)[number]) => number) => months.reduce((s, m) => s + pick(m), 0);
  return ok({
    months,
    contributions,
    parameters: params.value,
    order: h.order,
    rules: [
      { id: 'month-end', text: M.monthEndRule, source: RULE_SOURCE },
      {
        id: 'order',
        text: h.order === 'budget-first' ? M.orderBudgetFirst : M.orderCostsFirst,
        source: ORDER_SOURCE,
      },
      { id: 'timing', text: M.timingRule, source: RULE_SOURCE },
    ],
    totals: {
      incomeCents: total((m) => m.incomeCents),
      toSuppliersCents: total((m) => m.toSuppliersCents),
      budgetCents: total((m) => m.budgetCents),
      bufferCents: total((m) => m.bufferCents),
      restCents: total((m) => m.restCents),
      advantageCents: total((m) => m.advantageCents),
      shortfallCents: total((m) => m.shortfall?.totalCents ?? 0),
    },
  });
}
