// How a participant's arrears develop in and after the package: a simple, deterministic model for
// the simulation. Every parameter is an assumption with its source; none is a measured effect.
import * as z from 'zod';
import { TEXT_LIMITS } from '../model/json-limits';

const Source = z.string().min(1).max(TEXT_LIMITS.text);

/**
 * zod schema of {@link VlpArrearsParameters}.
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_ARREARS, VlpArrearsParametersSchema } from '@signaalreis/core';
 * VlpArrearsParametersSchema.safeParse({ ...DEFAULT_VLP_ARREARS, termMonths: { value: 0, source: 'x' } }).success; // false
 * ```
 */
export const VlpArrearsParametersSchema = z
  .object({
    /** Months in the package. */
    termMonths: z.object({ value: z.number().int().min(1).max(120), source: Source }).strict(),
    /** New arrears a month in the package, as a share of the baseline (basis points; 0: none). */
    newWhileInPackage: z
      .object({ basisPoints: z.number().int().min(0).max(10_000), source: Source })
      .strict(),
    /** New arrears a month after the term, as a share of the baseline (10000: back to the baseline). */
    newAfterTerm: z.object({ basisPoints: z.number().int().min(0).max(10_000), source: Source }).strict(),
  })
  .strict();

/**
 * The parameters of the arrears model, each with its source.
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_ARREARS, type VlpArrearsParameters } from '@signaalreis/core';
 * const lasting: VlpArrearsParameters = {
 *   ...DEFAULT_VLP_ARREARS,
 *   newAfterTerm: { basisPoints: 5000, source: 'project default (scenario: half the relapse)' },
 * };
 * ```
 */
export type VlpArrearsParameters = z.infer<typeof VlpArrearsParametersSchema>;

/**
 * The model's assumptions: 12 months in the package (the first pilot's promise); no new arrears
 * on covered costs in the package (the claim of the hard reservation, which the pilot set out to
 * test — no measured result is known); after the term, new arrears come back at the full baseline
 * (no lasting effect assumed, as the presentation says lasting impact needs more time to prove).
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_ARREARS } from '@signaalreis/core';
 * DEFAULT_VLP_ARREARS.termMonths.value; // 12
 * DEFAULT_VLP_ARREARS.newWhileInPackage.basisPoints; // 0
 * ```
 */
export const DEFAULT_VLP_ARREARS: VlpArrearsParameters = {
  termMonths: {
    value: 12,
    source: 'vaste-lasten-pakket-2019, body, "Klantpropositie" (a term of at least 1 year)',
  },
  newWhileInPackage: {
    basisPoints: 0,
    source:
      'project default (assumption: the hard reservation pays every covered cost on time, as vaste-lasten-pakket-2019 claims; "geen nieuwe achterstanden" was a success criterion of the pilot, not a measured result)',
  },
  newAfterTerm: {
    basisPoints: 10_000,
    source:
      'project default (assumption: no lasting effect after the term; vaste-lasten-pakket-2019 says proof of lasting impact needs more time and that relapse after debt assistance is common)',
  },
};

/**
 * The input of {@link projectVlpArrears}: the arrears at entry, the new arrears a month without
 * the package (the baseline, e.g. from the signals of earlier months), the repayment a month that
 * runs in the plan (a payment arrangement as a fixed cost), the plan's shortfall a month (one
 * figure for every month, or a list by month; uncovered costs become arrears), and the months.
 *
 * @example
 * ```ts
 * import type { VlpArrearsInput } from '@signaalreis/core';
 * const input: VlpArrearsInput = { openingCents: 120000, baselineNewCents: 15000, repaymentCents: 5000, shortfallCents: 0, months: 24 };
 * ```
 */
export interface VlpArrearsInput {
  openingCents: number;
  baselineNewCents: number;
  repaymentCents: number;
  shortfallCents: number | readonly number[];
  months: number;
}

/**
 * One month of the projection: `closingCents = openingCents + newCents − repaidCents`.
 *
 * @example
 * ```ts
 * import type { VlpArrearsMonth } from '@signaalreis/core';
 * const grew = (m: VlpArrearsMonth) => m.closingCents > m.openingCents;
 * ```
 */
export interface VlpArrearsMonth {
  /** 1 for the first month in the package. */
  month: number;
  inPackage: boolean;
  openingCents: number;
  newCents: number;
  repaidCents: number;
  closingCents: number;
}

const share = (cents: number, basisPoints: number) => Math.round((cents * basisPoints) / 10_000);
const wholeCents = (n: number, what: string) => {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`projectVlpArrears: ${what} ${n} is not a whole number of cents ≥ 0`);
};

/**
 * Projects a participant's arrears month by month. In the package (the first `termMonths`): new
 * arrears are the month's shortfall (costs the income does not cover) plus the share
 * `newWhileInPackage` of the baseline; the repayment of the plan pays arrears off (never more than
 * there are). After the term: new arrears are the share `newAfterTerm` of the baseline, and the
 * repayment stops (it ran through the VLP account). Deterministic; amounts in cents, shares
 * rounded half away from zero to cents. Throws a `RangeError` for negative or fractional input
 * (a programming error: the simulation makes these figures).
 *
 * Source: see {@link DEFAULT_VLP_ARREARS} (assumptions, project default).
 *
 * @example
 * ```ts
 * import { projectVlpArrears } from '@signaalreis/core';
 * const rows = projectVlpArrears({ openingCents: 30000, baselineNewCents: 10000, repaymentCents: 10000, shortfallCents: 0, months: 14 });
 * rows.map((r) => r.closingCents); // [20000, 10000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10000, 20000]
 * ```
 */
export function projectVlpArrears(
  input: VlpArrearsInput,
  parameters: VlpArrearsParameters = DEFAULT_VLP_ARREARS,
): VlpArrearsMonth[] {
  wholeCents(input.openingCents, 'openingCents');
  wholeCents(input.baselineNewCents, 'baselineNewCents');
  wholeCents(input.repaymentCents, 'repaymentCents');
  if (!Number.isSafeInteger(input.months) || input.months < 0)
    throw new RangeError(`projectVlpArrears: months ${input.months} is not a whole number ≥ 0`);
  const rows: VlpArrearsMonth[] = [];
  let arrears = input.openingCents;
  for (let month = 1; month <= input.months; month++) {
    const inPackage = month <= parameters.termMonths.value;
    const shortfall =
      typeof input.shortfallCents === 'number'
        ? input.shortfallCents
        : (input.shortfallCents[month - 1] ?? 0);
    wholeCents(shortfall, 'shortfallCents');
    const newCents = inPackage
      ? shortfall + share(input.baselineNewCents, parameters.newWhileInPackage.basisPoints)
      : share(input.baselineNewCents, parameters.newAfterTerm.basisPoints);
    const repaidCents = inPackage ? Math.min(input.repaymentCents, arrears + newCents) : 0;
    const closingCents = arrears + newCents - repaidCents;
    rows.push({ month, inPackage, openingCents: arrears, newCents, repaidCents, closingCents });
    arrears = closingCents;
  }
  return rows;
}
