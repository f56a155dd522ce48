// A month's incomes and obligations as dated amounts, and the order of serving them.
import type { IsoDate, IsoMonth } from '../model/iso-date';
import type { Bilingual } from '../model/text';
import { VLP_CATEGORY_PRIORITY } from './categories';
import { VLP_MESSAGES as M } from './messages';
import { previousMonth, vlpDayInMonth } from './month-days';
import type { VlpHousehold } from './schema';
import type { VlpObligation } from './types';

/** One payment of an income on a date. */
export interface Arrival {
  date: IsoDate;
  incomeId: string;
  label?: string;
  amountCents: number;
}

/** `total` in `n` equal parts of whole cents; the odd cents go to the first parts. */
export function splitEvenly(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const odd = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < odd ? 1 : 0));
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ascending = (days: readonly number[]) => [...days].sort((a, b) => a - b);

/**
 * The payments of the incomes that pay for `month`, in time order (ties: the household's order of
 * incomes). An income that `paysFor: 'next-month'` is paid in the month before.
 */
export function arrivalsFor(h: VlpHousehold, month: IsoMonth): Arrival[] {
  const out: Arrival[] = [];
  for (const income of h.incomes) {
    const days = ascending(income.payDays);
    const parts = splitEvenly(income.amountCents, days.length);
    const paidIn = income.paysFor === 'next-month' ? previousMonth(month) : month;
    days.forEach((day, i) => {
      out.push({
        date: vlpDayInMonth(paidIn, day),
        incomeId: income.id,
        ...(income.label === undefined ? {} : { label: income.label }),
        amountCents: parts[i] ?? 0,
      });
    });
  }
  return out.sort((a, b) => compareText(a.date, b.date));
}

/** A label for an obligation, for explanations. */
export function obligationLabel(o: Pick<VlpObligation, 'kind' | 'category' | 'supplier'>): Bilingual {
  if (o.kind === 'budget') return M.budget;
  if (o.kind === 'buffer') return M.buffer;
  const category = M.category(o.category ?? 'other');
  return o.supplier === undefined ? category : M.costLabel(category, o.supplier);
}

type Unranked = Omit<VlpObligation, 'rank' | 'coveredCents' | 'shortCents'>;

/**
 * The obligations of `month` in the order of serving (rank 1 first), with nothing covered yet: the
 * minimum budget per pay day (by date), the fixed costs (by category priority, then due date, then
 * the household's order), the buffer last; `order` says whether budget or fixed costs come first.
 */
export function obligationsFor(h: VlpHousehold, month: IsoMonth): VlpObligation[] {
  const budgetDays = ascending(h.minimumBudget.payDays);
  const budgetParts = splitEvenly(h.minimumBudget.amountCents, budgetDays.length);
  const budgetFirst = h.order === 'budget-first';
  const budget: Unranked[] = budgetDays.map((day, i) => ({
    id: budgetDays.length === 1 ? 'budget' : `budget-${i + 1}`,
    kind: 'budget',
    dueDate: vlpDayInMonth(month, day),
    amountCents: budgetParts[i] ?? 0,
    why: M.whyBudget(budgetFirst),
  }));
  const costs: (Unranked & { index: number })[] = h.fixedCosts.map((c, index) => ({
    id: c.id,
    kind: 'cost',
    category: c.category,
    ...(c.supplier === undefined ? {} : { supplier: c.supplier }),
    dueDate: vlpDayInMonth(month, c.dueDay),
    amountCents: c.amountCents,
    why: M.whyCost(VLP_CATEGORY_PRIORITY[c.category].why),
    index,
  }));
  costs.sort(
    (a, b) =>
      VLP_CATEGORY_PRIORITY[a.category ?? 'other'].rank - VLP_CATEGORY_PRIORITY[b.category ?? 'other'].rank ||
      compareText(a.dueDate ?? '', b.dueDate ?? '') ||
      a.index - b.index,
  );
  const plainCosts: Unranked[] = costs.map(({ index: _index, ...c }) => c);
  const buffer: Unranked[] =
    h.buffer === undefined
      ? []
      : [{ id: 'buffer', kind: 'buffer', amountCents: h.buffer.amountCents, why: M.whyBuffer }];
  const ordered = budgetFirst ? [...budget, ...plainCosts, ...buffer] : [...plainCosts, ...budget, ...buffer];
  return ordered.map((o, i) => ({ ...o, coveredCents: 0, shortCents: o.amountCents, rank: i + 1 }));
}
