// The worked example of the VLP presentation (vaste-lasten-pakket-2019, body, "Financieel
// voordeel"): seven fixed costs of a single person at the Nibud minimum and the suppliers'
// contributions; with a synthetic income, pay days, due days and minimum budget around it.
import type { VlpHouseholdInput } from './schema';

/** The seven cost lines of the example: category, monthly amount and contribution, in euros. */
export const EXAMPLE_LINES = [
  ['health', 'health-insurance', 120, 10],
  ['rent', 'rent', 450, 20],
  ['mobile', 'phone', 30, 5],
  ['tv-internet', 'tv-internet', 30, 5],
  ['energy', 'energy', 100, 10],
  ['water', 'water', 10, 2],
  ['insurances', 'insurance', 13, 2],
] as const;

/** The example household: € 1,400 of income for a month with € 753 of fixed costs. */
export function exampleHousehold(over: Partial<VlpHouseholdInput> = {}): VlpHouseholdInput {
  return {
    month: '2026-10',
    incomes: [
      { id: 'benefit', amountCents: 125_000, payDays: [23], paysFor: 'next-month' },
      { id: 'allowances', amountCents: 15_000, payDays: [20], paysFor: 'next-month' },
    ],
    fixedCosts: EXAMPLE_LINES.map(([id, category, euros, contribution], i) => ({
      id,
      category,
      amountCents: euros * 100,
      dueDay: [1, 1, 5, 5, 28, 28, 15][i] ?? 1,
      contributionCents: contribution * 100,
      // the example gives only the total of € 12 saved by better deals; put on energy here
      optimisationSavingCents: id === 'energy' ? 1200 : 0,
    })),
    minimumBudget: { amountCents: 30_000, payDays: [1], source: 'agreed with the participant (synthetic)' },
    ...over,
  };
}
