// The parameters of the synthetic population (issue 16): how many households a municipality has,
// how often arrears arise per sector and month, how they run their course at the partner (terms,
// reminders, arrangements, bailiff, end of supply) and how they end — data with sources, that a
// researcher can override with a patch (applyPopulationPatch).
import * as z from 'zod';
import { MUNICIPALITY_TYPES } from '../../model/enums';
import { TEXT_LIMITS } from '../../model/json-limits';
import { zodMessage } from '../../model/zod-message';
import { SIMULATION_MESSAGES as M } from '../messages';
import { POPULATION_MESSAGES as P } from './messages';

const Probability = z
  .number({ message: zodMessage(M.probability) })
  .min(0, { message: zodMessage(M.probability) })
  .max(1, { message: zodMessage(M.probability) });
const Source = z.string().min(1).max(TEXT_LIMITS.text);
const Cents = z.number().int().min(1).max(10_000_000);
const Day = z.number().int().min(1).max(28);

/**
 * The sectors the synthetic population has arrears in (the four sectors of the national figures).
 *
 * @example
 * ```ts
 * import { POPULATION_SECTORS } from '@signaalreis/core/simulation';
 * POPULATION_SECTORS.length; // 4: municipal taxes have had no legal ground to signal since 2021
 * ```
 */
export const POPULATION_SECTORS = ['health', 'energy', 'rent', 'water'] as const;

/**
 * One of {@link POPULATION_SECTORS}.
 *
 * @example
 * ```ts
 * import type { PopulationSector } from '@signaalreis/core/simulation';
 * const fixedCosts: PopulationSector[] = ['rent', 'energy'];
 * ```
 */
export type PopulationSector = (typeof POPULATION_SECTORS)[number];

const Partner = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    name: z.string().min(1).max(TEXT_LIMITS.id),
    /** Share of the households that are this partner's customers (normalised over the sector). */
    share: z.number().min(0).max(1000),
  })
  .strict();

/**
 * The zod schema of {@link PopulationSectorParameters}: one sector's arising rate, amounts, course,
 * collection steps, exclusions, ending and partners, each part with its source.
 *
 * @example
 * ```ts
 * import { DEFAULT_POPULATION_PARAMETERS, PopulationSectorParametersSchema } from '@signaalreis/core/simulation';
 * const rent = DEFAULT_POPULATION_PARAMETERS.sectors.rent;
 * PopulationSectorParametersSchema.safeParse({ ...rent, course: { ...rent.course, moreTerms: 1.5 } }).success; // false: a chance is 0 to 1
 * ```
 */
export const PopulationSectorParametersSchema = z
  .object({
    /** New arrears a month per 1,000 households, before the seasonal factor. */
    arising: z.object({ perThousandHouseholds: z.number().min(0).max(1000), source: Source }).strict(),
    amounts: z
      .object({
        /** The amount of one term (a monthly premium, rent, advance), drawn uniformly between these. */
        termCents: z.object({ min: Cents, max: Cents }).strict(),
        /** The day of the month a term falls due, drawn uniformly between these. */
        dueDay: z.object({ from: Day, to: Day }).strict(),
        /** Health only: chance that own-risk arrears are added, and their amount. */
        ownRisk: z.object({ probability: Probability, cents: Cents }).strict().optional(),
        source: Source,
      })
      .strict(),
    course: z
      .object({
        /** Chance the arrear is paid in full before the next ledger date, by months open (the last value holds after). */
        resolveByMonth: z.array(Probability).min(1).max(24),
        /** Chance that the next term is not paid either (none while a payment arrangement is kept). */
        moreTerms: Probability,
        source: Source,
      })
      .strict(),
    collection: z
      .object({
        /** Chance a month that the partner tries personal contact (once a reminder went out); it stays tried. */
        personalContact: Probability,
        /** Chance a month that the partner points to debt assistance (once a reminder went out). */
        pointedToDebtHelp: Probability,
        /** Chance a month that a payment arrangement starts, and that a kept one breaks. */
        arrangementStart: Probability,
        arrangementBreak: Probability,
        /** From this many months open the claim may go to a bailiff, with this chance a month. */
        bailiffAfterMonths: z.number().int().min(1).max(60),
        bailiffPerMonth: Probability,
        /** Energy: chance a month that the supplier ends supply (an end-of-supply date 20 working days on). */
        endOfSupplyPerMonth: Probability.optional(),
        source: Source,
      })
      .strict(),
    exclusions: z
      .object({
        /** Chance that the customer objects to passing the data on. */
        objects: Probability,
        /** Chance that the household is known to be in a debt arrangement. */
        debtArrangement: Probability,
        source: Source,
      })
      .strict(),
    ending: z
      .object({
        /** The arrear leaves the ledger after this many unpaid terms (health: the CAK takes over at 6). */
        closeAfterTerms: z.number().int().min(1).max(120).optional(),
        /** The arrear leaves the ledger (written off or handed over) after this many months. */
        maxMonths: z.number().int().min(1).max(120),
        source: Source,
      })
      .strict(),
    partners: z
      .object({ list: z.array(Partner).min(1).max(50), source: Source })
      .strict()
      .refine((p) => p.list.some((x) => x.share > 0), { message: zodMessage(M.weightsZero) }),
  })
  .strict();

/**
 * The zod schema of {@link PopulationParameters}: every probability in [0, 1], every part with
 * its source.
 *
 * @example
 * ```ts
 * import { DEFAULT_POPULATION_PARAMETERS, PopulationParametersSchema } from '@signaalreis/core/simulation';
 * PopulationParametersSchema.safeParse(DEFAULT_POPULATION_PARAMETERS).success; // true
 * ```
 */
export const PopulationParametersSchema = z
  .object({
    /** Inhabitants per household: households = round(inhabitants / value). */
    householdSize: z.object({ value: z.number().min(1).max(10), source: Source }).strict(),
    /** Inhabitants of a municipality of each type, when it gives no number of its own. */
    inhabitantsByType: z
      .object(
        Object.fromEntries(
          MUNICIPALITY_TYPES.map((t) => [t, z.number().int().min(1).max(20_000_000)]),
        ) as Record<(typeof MUNICIPALITY_TYPES)[number], z.ZodNumber>,
      )
      .extend({ source: Source })
      .strict(),
    /** The day of the month partners take their ledger and apply their criteria. */
    ledgerDay: z.object({ value: Day, source: Source }).strict(),
    /** Factors on the arising rates by calendar month (January first). */
    seasonality: z
      .object({ factors: z.array(z.number().min(0).max(10)).length(12), source: Source })
      .strict(),
    /** Chance that a new arrear falls on a household that already has an open arrear elsewhere. */
    coOccurrence: z.object({ probability: Probability, source: Source }).strict(),
    /** Shares of households that are a sole proprietorship or a BV (the rest private persons). */
    legalForms: z.object({ eenmanszaak: Probability, bv: Probability, source: Source }).strict(),
    /** Chances that a partner knows a phone number and an e-mail address. */
    contact: z.object({ phone: Probability, email: Probability, source: Source }).strict(),
    sectors: z
      .object(
        Object.fromEntries(POPULATION_SECTORS.map((s) => [s, PopulationSectorParametersSchema])) as Record<
          PopulationSector,
          typeof PopulationSectorParametersSchema
        >,
      )
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const s of POPULATION_SECTORS) {
      const a = p.sectors[s].amounts;
      if (a.termCents.min > a.termCents.max)
        ctx.addIssue({
          code: 'custom',
          path: ['sectors', s, 'amounts', 'termCents'],
          message: zodMessage(P.rangeReversed),
        });
      if (a.dueDay.from > a.dueDay.to)
        ctx.addIssue({
          code: 'custom',
          path: ['sectors', s, 'amounts', 'dueDay'],
          message: zodMessage(P.rangeReversed),
        });
      else if (a.dueDay.to >= p.ledgerDay.value)
        ctx.addIssue({
          code: 'custom',
          path: ['sectors', s, 'amounts', 'dueDay', 'to'],
          message: zodMessage(P.dueAfterLedger),
        });
    }
  });

/**
 * The synthetic population's parameters (validated by {@link PopulationParametersSchema}).
 *
 * @example
 * ```ts
 * import type { PopulationParameters } from '@signaalreis/core/simulation';
 * const healthRate = (p: PopulationParameters) => p.sectors.health.arising.perThousandHouseholds;
 * ```
 */
export type PopulationParameters = z.infer<typeof PopulationParametersSchema>;

/**
 * Parameters of one sector (an entry of `PopulationParameters.sectors`).
 *
 * @example
 * ```ts
 * import type { PopulationSectorParameters } from '@signaalreis/core/simulation';
 * const firstMonthPaid = (p: PopulationSectorParameters) => p.course.resolveByMonth[0];
 * ```
 */
export type PopulationSectorParameters = z.infer<typeof PopulationSectorParametersSchema>;
