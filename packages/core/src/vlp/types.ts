// What a plan gives: per month the coverage of every obligation, the shortfall when income does
// not cover them, and the day-by-day schedule of the VLP account. Plain JSON data.
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import type { VlpCostCategory } from './categories';
import type { VlpParameterSet } from './parameters';

/**
 * What the VLP account owes in a month: the minimum budget (per pay day), a fixed cost, or the
 * buffer.
 *
 * @example
 * ```ts
 * import type { VlpObligationKind } from '@signaalreis/core';
 * const k: VlpObligationKind = 'cost';
 * ```
 */
export type VlpObligationKind = 'budget' | 'cost' | 'buffer';

/**
 * One obligation of a month and how far the month's income covers it. `rank` is the order of
 * serving (1 first); `paidOn` is the day it is paid (absent when nothing is covered); `daysLate`
 * when the money for it arrived after its due day.
 *
 * @example
 * ```ts
 * import type { VlpObligation } from '@signaalreis/core';
 * const short = (o: VlpObligation) => o.amountCents - o.coveredCents; // o.shortCents
 * ```
 */
export interface VlpObligation {
  /** `budget-1` … for the budget's pay days, the cost's id, or `buffer`. */
  id: string;
  kind: VlpObligationKind;
  category?: VlpCostCategory;
  supplier?: string;
  /** Due day by the month-end rule; for the buffer, the day its money is complete. */
  dueDate?: IsoDate;
  amountCents: number;
  coveredCents: number;
  shortCents: number;
  rank: number;
  /** Why it is served at this rank. */
  why: Bilingual;
  paidOn?: IsoDate;
  daysLate?: number;
}

/**
 * The kinds of line of the day schedule: money in (`income`), money set aside for an obligation
 * (`reserve`), paid to a supplier (`pay-supplier`), the minimum budget to the participant's own
 * account (`pay-budget`), into the buffer (`to-buffer`), the rest to the own account
 * (`to-participant`), and the package advantage (`advantage`, outside the VLP account).
 *
 * @example
 * ```ts
 * import type { VlpEntryKind } from '@signaalreis/core';
 * const out: VlpEntryKind[] = ['pay-supplier', 'pay-budget', 'to-buffer', 'to-participant'];
 * ```
 */
export type VlpEntryKind =
  | 'income'
  | 'reserve'
  | 'pay-supplier'
  | 'pay-budget'
  | 'to-buffer'
  | 'to-participant'
  | 'advantage';

/**
 * One line of the day schedule. Lines are in the order they happen: by date, and within a day
 * income first, then reservations, then the rest to the participant, then payments.
 *
 * @example
 * ```ts
 * import type { VlpEntry } from '@signaalreis/core';
 * const e: VlpEntry = { date: '2026-10-01' as VlpEntry['date'], kind: 'pay-supplier', amountCents: 45000, obligationId: 'rent', category: 'rent' };
 * ```
 */
export interface VlpEntry {
  date: IsoDate;
  kind: VlpEntryKind;
  amountCents: number;
  /** For `income`: the income's id, and its label when the household gives one. */
  incomeId?: string;
  label?: string;
  /** For `reserve` and the payments: the obligation's id. */
  obligationId?: string;
  category?: VlpCostCategory;
  supplier?: string;
  /** For a payment after its due day: how many days late. */
  daysLate?: number;
  /** For `advantage`: the account it goes to. */
  to?: 'participant' | 'buffer';
}

/**
 * Why a month's income does not cover its obligations, as an explained result: how much is short,
 * which obligations are not (fully) covered, and the order in which they were served and why.
 *
 * @example
 * ```ts
 * import type { VlpShortfall } from '@signaalreis/core';
 * const names = (s: VlpShortfall) => s.uncovered.map((o) => `${o.id}: ${o.shortCents}`);
 * ```
 */
export interface VlpShortfall {
  /** The budget and fixed costs of the month that the income leaves unpaid. */
  totalCents: number;
  incomeCents: number;
  /** The minimum budget plus the fixed costs. */
  neededCents: number;
  uncovered: VlpObligation[];
  /** The rule of the order of serving, with its source. */
  order: Bilingual;
  source: string;
  explanation: Bilingual;
}

/**
 * A late payment: money for an obligation arrived after its due day.
 *
 * @example
 * ```ts
 * import type { VlpLatePayment } from '@signaalreis/core';
 * const say = (l: VlpLatePayment) => l.explanation.nl;
 * ```
 */
export interface VlpLatePayment {
  obligationId: string;
  dueDate: IsoDate;
  paidOn: IsoDate;
  daysLate: number;
  explanation: Bilingual;
}

/**
 * What the participant receives in a month ("1e/2e-rekeningsystematiek"): the first account (the
 * VLP account) keeps the fixed costs; the own (second) account gets the minimum budget and the
 * rest; the buffer account the buffer; the package advantage goes where the participant chose.
 *
 * @example
 * ```ts
 * import type { VlpReceives } from '@signaalreis/core';
 * const spendable = (r: VlpReceives) => r.ownAccountCents; // budget + rest (+ advantage when chosen)
 * ```
 */
export interface VlpReceives {
  budgetCents: number;
  restCents: number;
  advantageCents: number;
  /** Budget + rest, plus the advantage when it goes to the participant. */
  ownAccountCents: number;
  /** The buffer, plus the advantage when it goes to the buffer. */
  bufferAccountCents: number;
}

/**
 * The plan of one month: the period its money arrives in, the totals, every obligation with its
 * coverage, the schedule, late payments, and the shortfall when there is one.
 *
 * Money is conserved: `incomeCents = toSuppliersCents + budgetCents + bufferCents + restCents`
 * (every cent of income is paid out within the month), and for every obligation
 * `amountCents = coveredCents + shortCents`.
 *
 * @example
 * ```ts
 * import type { VlpMonthPlan } from '@signaalreis/core';
 * const balanced = (m: VlpMonthPlan) => m.shortfall === undefined;
 * ```
 */
export interface VlpMonthPlan {
  month: IsoMonth;
  /** First and last day of the schedule (it starts earlier when an income pays for the next month). */
  from: IsoDate;
  to: IsoDate;
  incomeCents: number;
  toSuppliersCents: number;
  budgetCents: number;
  bufferCents: number;
  /** What is left after budget, fixed costs and buffer: to the participant's own account. */
  restCents: number;
  advantageCents: number;
  receives: VlpReceives;
  obligations: VlpObligation[];
  entries: VlpEntry[];
  late: VlpLatePayment[];
  shortfall?: VlpShortfall;
}

/**
 * The suppliers' contributions and the participant's financial advantage, per month.
 *
 * @example
 * ```ts
 * import type { VlpContributionSplit } from '@signaalreis/core';
 * const euros = (s: VlpContributionSplit) => s.totalAdvantageCents / 100; // 50 in the concept example
 * ```
 */
export interface VlpContributionSplit {
  parameters: string;
  /** The contributions, per cost line (id, category, cents), in the household's order. */
  lines: {
    id: string;
    category: VlpCostCategory;
    contributionCents: number;
    optimisationSavingCents: number;
  }[];
  contributionsCents: number;
  /** The package advantage ("VLP-pakketvoordeel"). */
  advantageCents: number;
  /** What pays for organising and running the package. */
  runningCostsCents: number;
  /** Advantage not paid from contributions (a fixed cashback above them): from subsidies and donations. */
  fundedElsewhereCents: number;
  /** Savings from better deals after product optimisation ("betere deals"). */
  optimisationSavingsCents: number;
  /** Advantage plus savings: the participant's financial advantage a month. */
  totalAdvantageCents: number;
  explanation: Bilingual;
  source: string;
}

/**
 * A whole plan: the months, the contribution split and the parameters and rules it used.
 *
 * @example
 * ```ts
 * import type { VlpPlan } from '@signaalreis/core';
 * const shortMonths = (p: VlpPlan) => p.months.filter((m) => m.shortfall).map((m) => m.month);
 * ```
 */
export interface VlpPlan {
  months: VlpMonthPlan[];
  contributions: VlpContributionSplit;
  parameters: VlpParameterSet;
  order: 'budget-first' | 'fixed-costs-first';
  /** The rules the plan applied, in words, with their sources. */
  rules: { id: 'month-end' | 'order' | 'timing'; text: Bilingual; source: string }[];
  totals: {
    incomeCents: number;
    toSuppliersCents: number;
    budgetCents: number;
    bufferCents: number;
    restCents: number;
    advantageCents: number;
    shortfallCents: number;
  };
}
