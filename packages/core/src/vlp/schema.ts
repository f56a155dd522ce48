// The household a plan is made for, as a zod schema: incomes with their pay days, fixed costs with
// their due days and the suppliers' contributions, the minimum household budget, an optional
// buffer and the package advantage. Every amount is integer euro cents a month.
import * as z from 'zod';
import { IsoMonthSchema } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import { zodMessage } from '../model/zod-message';
import { VLP_COST_CATEGORIES } from './categories';
import { VLP_MESSAGES as M } from './messages';
import { VlpParameterSetSchema } from './parameters';

/** The largest amount a month in a plan: € 10 million (project default: far above any household). */
const MAX_CENTS = 1_000_000_000;
const Cents = z.number().int().min(0).max(MAX_CENTS);
const Id = z
  .string()
  .max(TEXT_LIMITS.id)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { message: zodMessage(M.badId) });
/** Ids a plan gives to its own obligations (the budget per pay day, the buffer). */
const RESERVED_ID = /^(budget(-\d+)?|buffer)$/;
const Label = z.string().min(1).max(TEXT_LIMITS.label);
const Day = z.number().int().min(1).max(31);
const Days = z
  .array(Day)
  .min(1)
  .max(31)
  .refine((days) => new Set(days).size === days.length, {
    message: zodMessage(M.repeatedDay),
    params: { code: 'repeated_day' },
  });
/** Whether a value is a plan month: `YYYY-MM` from 1900-01 to 2999-12 (project default). */
export const isPlanMonth = (m: unknown): boolean =>
  typeof m === 'string' && IsoMonthSchema.safeParse(m).success && m >= '1900-01' && m <= '2999-12';
const PlanMonth = IsoMonthSchema.refine((m) => isPlanMonth(m), {
  message: zodMessage(M.monthRange),
  params: { code: 'month_out_of_range' },
});

const IncomeSchema = z
  .object({
    id: Id,
    label: Label.optional(),
    /** The amount a month; several pay days share it in equal parts (odd cents on the first). */
    amountCents: Cents,
    payDays: Days,
    /** `next-month`: paid in the month before the month it is for (a salary on the 25th). */
    paysFor: z.enum(['same-month', 'next-month']).default('same-month'),
  })
  .strict();

const FixedCostSchema = z
  .object({
    id: Id,
    category: z.enum(VLP_COST_CATEGORIES),
    /** The supplier (an organisation, never a person's name). */
    supplier: Label.optional(),
    amountCents: Cents,
    dueDay: Day,
    /** The supplier's contribution to the package, per participant per month. */
    contributionCents: Cents.default(0),
    /** What a better deal after product optimisation saves a month (already in `amountCents`). */
    optimisationSavingCents: Cents.default(0),
  })
  .strict();

/**
 * zod schema of a {@link VlpHousehold}: what `planVlp` and `signaalreis vlp plan` read.
 *
 * @example
 * ```ts
 * import { VlpHouseholdSchema } from '@signaalreis/core';
 * VlpHouseholdSchema.safeParse({ month: '2026-10', incomes: [], fixedCosts: [] }).success; // false: budget missing
 * ```
 */
export const VlpHouseholdSchema = z
  .object({
    /** The one month to plan (`YYYY-MM`); or `startMonth` and `months`. */
    month: PlanMonth.optional(),
    startMonth: PlanMonth.optional(),
    months: z.number().int().min(1).max(36).optional(),
    incomes: z.array(IncomeSchema).min(1).max(20),
    fixedCosts: z.array(FixedCostSchema).max(50),
    /**
     * The minimum household budget a month, paid to the participant's own account in equal parts
     * on `payDays` (default the 1st). The figure is the user's, with its source (a Nibud minimum,
     * or the amount agreed with the participant): signaalreis does not invent it.
     */
    minimumBudget: z.object({ amountCents: Cents, payDays: Days.default([1]), source: Label }).strict(),
    /** An optional amount a month into the buffer account, served after the fixed costs. */
    buffer: z.object({ amountCents: Cents }).strict().optional(),
    /** Where the package advantage goes (the participant chooses) and on which day. */
    advantage: z
      .object({ to: z.enum(['participant', 'buffer']).default('participant'), payDay: Day.default(31) })
      .strict()
      .default({ to: 'participant', payDay: 31 }),
    /** The id of a built-in parameter set, or a set of one's own (default `vlp-concept-2019`). */
    parameters: z.union([z.string().max(TEXT_LIMITS.id), VlpParameterSetSchema]).optional(),
    /** Which is served first when money is short: the minimum budget (default) or the fixed costs. */
    order: z.enum(['budget-first', 'fixed-costs-first']).default('budget-first'),
  })
  .strict()
  .superRefine((h, ctx) => {
    const one = h.month !== undefined;
    const range = h.startMonth !== undefined;
    if (one === range)
      ctx.addIssue({
        code: 'custom',
        message: zodMessage(M.monthOrRange),
        path: ['month'],
        params: { code: 'month_or_range' },
      });
    if (h.months !== undefined && !range)
      ctx.addIssue({
        code: 'custom',
        message: zodMessage(M.monthsWithoutStart),
        path: ['months'],
        params: { code: 'months_without_start' },
      });
    const seen = new Set<string>();
    const ids: [string, (string | number)[]][] = [
      ...h.incomes.map((x, i): [string, (string | number)[]] => [x.id, ['incomes', i, 'id']]),
      ...h.fixedCosts.map((x, i): [string, (string | number)[]] => [x.id, ['fixedCosts', i, 'id']]),
    ];
    h.fixedCosts.forEach((c, i) => {
      if (RESERVED_ID.test(c.id))
        ctx.addIssue({
          code: 'custom',
          message: zodMessage(M.reservedId),
          path: ['fixedCosts', i, 'id'],
          params: { code: 'reserved_id' },
        });
    });
    for (const [id, path] of ids) {
      if (seen.has(id))
        ctx.addIssue({
          code: 'custom',
          message: zodMessage(M.duplicateId(id)),
          path,
          params: { code: 'duplicate_id' },
        });
      seen.add(id);
    }
  });

/**
 * A household as a plan reads it (after defaults): incomes, fixed costs, the minimum budget, an
 * optional buffer, where the advantage goes, the parameter set and the order of serving.
 *
 * @example
 * ```ts
 * import { VlpHouseholdSchema, type VlpHousehold } from '@signaalreis/core';
 * const h: VlpHousehold = VlpHouseholdSchema.parse({
 *   month: '2026-10',
 *   incomes: [{ id: 'benefit', amountCents: 140000, payDays: [24], paysFor: 'next-month' }],
 *   fixedCosts: [{ id: 'rent', category: 'rent', amountCents: 45000, dueDay: 1, contributionCents: 2000 }],
 *   minimumBudget: { amountCents: 25000, source: 'agreed with the participant' },
 * });
 * h.order; // 'budget-first'
 * ```
 */
export type VlpHousehold = z.infer<typeof VlpHouseholdSchema>;

/**
 * A household as written in a file, before defaults (`payDays`, `paysFor`, `advantage`,
 * `contributionCents` … may be left out).
 *
 * @example
 * ```ts
 * import type { VlpHouseholdInput } from '@signaalreis/core';
 * const input: VlpHouseholdInput = {
 *   month: '2026-10', incomes: [{ id: 'salary', amountCents: 180000, payDays: [25] }], fixedCosts: [],
 *   minimumBudget: { amountCents: 30000, source: 'agreed with the participant' },
 * };
 * ```
 */
export type VlpHouseholdInput = z.input<typeof VlpHouseholdSchema>;

/** One income of a household. */
export type VlpIncome = VlpHousehold['incomes'][number];
/** One fixed cost of a household. */
export type VlpFixedCost = VlpHousehold['fixedCosts'][number];
