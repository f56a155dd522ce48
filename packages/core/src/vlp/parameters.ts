// The parameters of the package advantage: how the suppliers' contributions become the
// participant's advantage and the running costs, dated and sourced like every preset value.
import * as z from 'zod';
import { IsoDateSchema } from '../model/iso-date';
import { TEXT_LIMITS } from '../model/json-limits';
import { BilingualSchema } from '../model/text';

const Source = z.string().min(1).max(TEXT_LIMITS.text);
const MAX_CENTS = 1_000_000_000;

/**
 * zod schema of a {@link VlpParameterSet}.
 *
 * @example
 * ```ts
 * import { VlpParameterSetSchema } from '@signaalreis/core';
 * VlpParameterSetSchema.safeParse({
 *   id: 'council-2027', label: { nl: 'Raadsbesluit 2027', en: 'Council decision 2027' }, from: '2027-01-01',
 *   source: 'raadsbesluit 2027-03', advantage: { kind: 'fixed', amountCents: 2500 },
 * }).success; // true
 * ```
 */
export const VlpParameterSetSchema = z
  .object({
    id: z
      .string()
      .max(TEXT_LIMITS.id)
      .regex(/^[a-z0-9][a-z0-9-]*$/),
    label: BilingualSchema,
    /** First day the set applies (`YYYY-MM-DD`); a plan month before it is refused. */
    from: IsoDateSchema,
    /** Where the figures come from: a key of docs/sources.md, or "project default". */
    source: Source,
    advantage: z.discriminatedUnion('kind', [
      z
        .object({
          /** A share of the summed contributions, rounded; the rest pays for running the package. */
          kind: z.literal('share'),
          /** The participant's share in basis points (7000 = 70 %). */
          shareBasisPoints: z.number().int().min(0).max(10_000),
          /** Round the advantage to a multiple of this many cents (100: whole euros), half up. */
          roundToCents: z.number().int().min(1).max(10_000),
        })
        .strict(),
      z
        .object({
          /** A fixed amount a month, whatever the contributions (the first pilot's cashback). */
          kind: z.literal('fixed'),
          amountCents: z.number().int().min(0).max(MAX_CENTS),
        })
        .strict(),
    ]),
    /** The shortest term a participant is promised, in months, when the set promises one. */
    minimumTermMonths: z.number().int().min(1).max(120).optional(),
  })
  .strict();

/**
 * The parameters of the package advantage: the participant's share of the suppliers'
 * contributions (or a fixed cashback), the rounding, the date they apply from and their source.
 *
 * @example
 * ```ts
 * import { VLP_PARAMETER_SETS, type VlpParameterSet } from '@signaalreis/core';
 * const pilot: VlpParameterSet = VLP_PARAMETER_SETS['vlp-pilot-den-haag-2019'];
 * pilot.minimumTermMonths; // 12
 * ```
 */
export type VlpParameterSet = z.infer<typeof VlpParameterSetSchema>;

const concept: VlpParameterSet = {
  id: 'vlp-concept-2019',
  label: { nl: 'VLP-concept: 70 % van de bijdragen', en: 'VLP concept: 70 % of the contributions' },
  from: IsoDateSchema.parse('2019-08-01'),
  source:
    'vaste-lasten-pakket-2019, body, "Financieel voordeel" (70 % of the contributions is the package advantage, the other 30 % pays for organisation and running; the example shows whole euros: 70 % of € 54 = € 37.80 is € 38, the rest € 16)',
  advantage: { kind: 'share', shareBasisPoints: 7000, roundToCents: 100 },
};

const pilot: VlpParameterSet = {
  id: 'vlp-pilot-den-haag-2019',
  label: {
    nl: 'Eerste pilot Den Haag: vast pakketvoordeel € 30',
    en: 'First pilot Den Haag: fixed package advantage € 30',
  },
  from: IsoDateSchema.parse('2019-08-01'),
  source:
    'vaste-lasten-pakket-2019, body, "Klantpropositie" (a fixed monthly package advantage of € 30 as cashback; a term of at least 1 year; first participants from August 2019)',
  advantage: { kind: 'fixed', amountCents: 3000 },
  minimumTermMonths: 12,
};

/**
 * The built-in parameter sets, by id: `vlp-concept-2019` (70 % of the contributions is the
 * participant's advantage, rounded to whole euros; the rest runs the package) and
 * `vlp-pilot-den-haag-2019` (the first pilot's fixed € 30 cashback a month, a term of at least
 * 12 months). Both from the presentation of August 2019.
 *
 * @example
 * ```ts
 * import { VLP_PARAMETER_SETS } from '@signaalreis/core';
 * VLP_PARAMETER_SETS['vlp-concept-2019'].advantage; // { kind: 'share', shareBasisPoints: 7000, roundToCents: 100 }
 * VLP_PARAMETER_SETS['vlp-pilot-den-haag-2019'].advantage; // { kind: 'fixed', amountCents: 3000 }
 * ```
 */
export const VLP_PARAMETER_SETS: Readonly<
  Record<'vlp-concept-2019' | 'vlp-pilot-den-haag-2019', VlpParameterSet>
> = Object.freeze({ 'vlp-concept-2019': concept, 'vlp-pilot-den-haag-2019': pilot });

/**
 * The id of the parameter set a household uses when it names none: the concept's 70/30 split.
 *
 * @example
 * ```ts
 * import { DEFAULT_VLP_PARAMETERS } from '@signaalreis/core';
 * DEFAULT_VLP_PARAMETERS; // 'vlp-concept-2019'
 * ```
 */
export const DEFAULT_VLP_PARAMETERS = 'vlp-concept-2019';
