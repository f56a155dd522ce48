// The categories of fixed costs in the package and the order in which they are served when the
// income does not cover them all: the costs whose arrears have the hardest consequences first.
import type { Bilingual } from '../model/text';

/**
 * The categories of fixed costs a plan knows: the seven of the package (rent or mortgage, energy,
 * water, health insurance, insurances, phone, TV/internet) and `other` (for example a payment
 * arrangement that runs along).
 *
 * Source: vaste-lasten-pakket-2019, body, "Het basisidee" (the 7 most important fixed costs);
 * `other`: vaste-lasten-pakket-2019, body, "Opstellen VLP Betaalplan" (running payment arrangements).
 *
 * @example
 * ```ts
 * import { VLP_COST_CATEGORIES } from '@signaalreis/core';
 * VLP_COST_CATEGORIES.includes('tv-internet'); // true
 * ```
 */
export const VLP_COST_CATEGORIES = [
  'rent',
  'mortgage',
  'energy',
  'water',
  'health-insurance',
  'insurance',
  'phone',
  'tv-internet',
  'other',
] as const;

/**
 * One category of fixed costs.
 *
 * @example
 * ```ts
 * import type { VlpCostCategory } from '@signaalreis/core';
 * const c: VlpCostCategory = 'health-insurance';
 * ```
 */
export type VlpCostCategory = (typeof VLP_COST_CATEGORIES)[number];

/**
 * Rank of each category when money is short (1 is served first) and why. Rent and mortgage, energy,
 * water and the health insurance come first: their arrears lead to the threatening situations the
 * Wgs names (eviction, end of supply, termination of the health insurance). The order among those
 * four and of the rest is the project's choice.
 *
 * Source: wgs (threatening situations: eviction, end of supply, termination of the health
 * insurance); project default (the order within and after them).
 *
 * @example
 * ```ts
 * import { VLP_CATEGORY_PRIORITY } from '@signaalreis/core';
 * VLP_CATEGORY_PRIORITY.rent.rank < VLP_CATEGORY_PRIORITY['tv-internet'].rank; // true
 * VLP_CATEGORY_PRIORITY.energy.why.nl; // 'afsluiting van gas en stroom'
 * ```
 */
export const VLP_CATEGORY_PRIORITY: Readonly<Record<VlpCostCategory, { rank: number; why: Bilingual }>> =
  Object.freeze({
    rent: { rank: 1, why: { nl: 'huisuitzetting', en: 'eviction' } },
    mortgage: { rank: 1, why: { nl: 'gedwongen verkoop van de woning', en: 'forced sale of the home' } },
    energy: { rank: 2, why: { nl: 'afsluiting van gas en stroom', en: 'cut-off of gas and electricity' } },
    water: { rank: 3, why: { nl: 'afsluiting van water', en: 'cut-off of water' } },
    'health-insurance': {
      rank: 4,
      why: {
        nl: 'wanbetalersregeling en opzegging van de zorgverzekering',
        en: 'defaulter scheme and termination of the health insurance',
      },
    },
    insurance: { rank: 5, why: { nl: 'geen dekking meer bij schade', en: 'no cover when damage occurs' } },
    phone: { rank: 6, why: { nl: 'afsluiting van de telefoon', en: 'cut-off of the phone' } },
    'tv-internet': {
      rank: 7,
      why: { nl: 'afsluiting van tv en internet', en: 'cut-off of TV and internet' },
    },
    other: { rank: 8, why: { nl: 'overige vaste lasten', en: 'other fixed costs' } },
  });

/** The source of {@link VLP_CATEGORY_PRIORITY}, as plans cite it. */
export const CATEGORY_PRIORITY_SOURCE =
  'wgs (threatening situations: eviction, end of supply, termination of the health insurance); project default (the order within and after them)';
