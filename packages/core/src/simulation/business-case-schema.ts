// The parameters of a business case (issue 16): prices of costs and benefits, each with its unit,
// how the price is made, its source and the date it holds for — data a researcher can replace.
import * as z from 'zod';
import { IsoDateSchema } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import { BilingualSchema } from '../model/text';
import { zodMessage } from '../model/zod-message';
import { SIMULATION_MESSAGES as M } from './messages';

const LongText = z
  .object({ nl: z.string().min(1).max(TEXT_LIMITS.text), en: z.string().min(1).max(TEXT_LIMITS.text) })
  .strict();

/** `eviction-prevented`, `attempt:phone`, `attempt:home-visit/neighbourhood-team`. */
const PRICE_ID = /^[a-z][a-z0-9-]*(?::[a-z][a-z0-9-]*(?:\/[a-z][a-z0-9-]*)?)?$/;

/** A price in cents: at most € 10 million, so a quantity × price stays a safe integer. */
const PriceCents = z.number().int().min(0).max(1_000_000_000);

/**
 * The zod schema of a {@link BusinessCasePrice}.
 *
 * @example
 * ```ts
 * import { BusinessCasePriceSchema } from '@signaalreis/core';
 * BusinessCasePriceSchema.safeParse({ id: 'x', kind: 'gift' }).success; // false: kind is cost or benefit
 * ```
 */
export const BusinessCasePriceSchema = z
  .object({
    /** Lower-case id; `<kind>:<channel>` and `<kind>:<channel>/<team>` for prices per channel and team. */
    id: z
      .string()
      .max(TEXT_LIMITS.id)
      .regex(PRICE_ID, { message: zodMessage(M.priceId) }),
    kind: z.enum(['cost', 'benefit']),
    label: BilingualSchema,
    /** What one unit is (`huisuitzetting`, `poging`, `fte-maand`). */
    unit: BilingualSchema,
    /** Cents per unit; `null` when the source calls it not quantifiable (the line is counted, not priced). */
    priceCents: PriceCents.nullable(),
    /** How the price is made from the source's figures. */
    derivation: LongText.optional(),
    /** A citation (docs/sources.md). */
    source: z.string().min(1).max(TEXT_LIMITS.text),
    /** The date the price holds for (prices change: index them to a year). */
    asOf: IsoDateSchema,
  })
  .strict();

/**
 * One price of a business case: a cost or a benefit per unit, with its source and date.
 *
 * @example
 * ```ts
 * import type { BusinessCasePrice } from '@signaalreis/core';
 * const perVisit: BusinessCasePrice = {
 *   id: 'attempt:home-visit', kind: 'cost', label: { nl: 'Huisbezoek', en: 'Home visit' },
 *   unit: { nl: 'poging', en: 'attempt' }, priceCents: 6_000, source: 'raadsbesluit 2026-03', asOf: '2026-01-01' as never,
 * };
 * ```
 */
export type BusinessCasePrice = z.infer<typeof BusinessCasePriceSchema>;

/**
 * The zod schema of {@link BusinessCaseParameters}: ids must be unique.
 *
 * @example
 * ```ts
 * import { BusinessCaseParametersSchema, DEFAULT_BUSINESS_CASE_PARAMETERS } from '@signaalreis/core';
 * BusinessCaseParametersSchema.safeParse(DEFAULT_BUSINESS_CASE_PARAMETERS).success; // true
 * ```
 */
export const BusinessCaseParametersSchema = z
  .object({
    id: z.string().min(1).max(TEXT_LIMITS.id),
    label: BilingualSchema,
    prices: z
      .array(BusinessCasePriceSchema)
      .min(1)
      .max(1000)
      .superRefine((prices, ctx) => {
        const seen = new Set<string>();
        prices.forEach((p, i) => {
          if (seen.has(p.id))
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: zodMessage(M.duplicatePrice(p.id)) });
          seen.add(p.id);
        });
      }),
  })
  .strict();

/**
 * A set of business-case prices (e.g. {@link SCHULDENLAB_ALMELO_2020}), validated by
 * {@link BusinessCaseParametersSchema}.
 *
 * @example
 * ```ts
 * import type { BusinessCaseParameters } from '@signaalreis/core';
 * const ids = (p: BusinessCaseParameters) => p.prices.map((x) => x.id);
 * ```
 */
export type BusinessCaseParameters = z.infer<typeof BusinessCaseParametersSchema>;
