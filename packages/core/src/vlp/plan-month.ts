// One month of the plan: which obligations the month's income covers (in the order of serving),
// and the day-by-day schedule of the VLP account (reserve on arrival, pay on the due day or when
// the money is there, the rest to the participant's own account the same day).
import type { IsoDate, IsoMonth } from '../model/iso-date';
import { formatEuro } from '../model/money';
import { joinBilingual } from '../model/text';
import { CATEGORY_PRIORITY_SOURCE } from './categories';
import { VLP_MESSAGES as M } from './messages';
import { daysFrom, vlpDayInMonth } from './month-days';
import { type Arrival, arrivalsFor, obligationLabel, obligationsFor } from './obligations';
import type { VlpHousehold } from './schema';
import type { VlpEntry, VlpLatePayment, VlpMonthPlan, VlpObligation, VlpShortfall } from './types';

/** The source of the order of serving (the payment plan's order, then the category priority). */
export const ORDER_SOURCE = `vaste-lasten-pakket-2019, body, "Inregelen VLP - inrichting Betaalplan" (1 minimum household money, 2 fixed costs by hard reservation, 3 optional buffer, 4 the rest to the own account); ${CATEGORY_PRIORITY_SOURCE}`;

/** Covers the obligations in rank order from `money`; returns them with covered and short cents. */
function cover(obligations: readonly VlpObligation[], money: number): VlpObligation[] {
  let left = money;
  return obligations.map((o) => {
    const covered = Math.min(o.amountCents, left);
    left -= covered;
    return { ...o, coveredCents: covered, shortCents: o.amountCents - covered };
  });
}

const PAY_KIND = { budget: 'pay-budget', cost: 'pay-supplier', buffer: 'to-buffer' } as const;

/** The schedule of the month: every movement of money, in the order it happens. */
function schedule(
  arrivals: readonly Arrival[],
  obligations: VlpObligation[],
  advantage: { date: IsoDate; cents: number; to: 'participant' | 'buffer' },
): VlpEntry[] {
  const entries: VlpEntry[] = [];
  const reserved = new Map<string, number>();
  const dates = [
    ...new Set([
      ...arrivals.map((a) => a.date),
      ...obligations.filter((o) => o.dueDate !== undefined).map((o) => o.dueDate as IsoDate),
      advantage.date,
    ]),
  ].sort();
  const about = (o: VlpObligation) => ({
    obligationId: o.id,
    ...(o.category === undefined ? {} : { category: o.category }),
    ...(o.supplier === undefined ? {} : { supplier: o.supplier }),
  });
  let unallocated = 0;
  for (const date of dates) {
    for (const a of arrivals.filter((x) => x.date === date && x.amountCents > 0)) {
      entries.push({
        date,
        kind: 'income',
        amountCents: a.amountCents,
        incomeId: a.incomeId,
        ...(a.label === undefined ? {} : { label: a.label }),
      });
      unallocated += a.amountCents;
    }
    for (const o of obligations) {
      const r = Math.min(o.coveredCents - (reserved.get(o.id) ?? 0), unallocated);
      if (r <= 0) continue;
      entries.push({ date, kind: 'reserve', amountCents: r, ...about(o) });
      reserved.set(o.id, (reserved.get(o.id) ?? 0) + r);
      unallocated -= r;
    }
    if (unallocated > 0) {
      entries.push({ date, kind: 'to-participant', amountCents: unallocated });
      unallocated = 0;
    }
    const payable = obligations.filter(
      (o) =>
        o.paidOn === undefined &&
        o.coveredCents > 0 &&
        reserved.get(o.id) === o.coveredCents &&
        (o.dueDate === undefined || o.dueDate <= date),
    );
    for (const o of payable) {
      o.paidOn = date;
      if (o.dueDate === undefined) o.dueDate = date;
      const late = daysFrom(o.dueDate, date);
      if (late > 0) o.daysLate = late;
      entries.push({
        date,
        kind: PAY_KIND[o.kind],
        amountCents: o.coveredCents,
        ...about(o),
        ...(late > 0 ? { daysLate: late } : {}),
      });
    }
    if (date === advantage.date && advantage.cents > 0)
      entries.push({ date, kind: 'advantage', amountCents: advantage.cents, to: advantage.to });
  }
  return entries;
}

function shortfallOf(
  h: VlpHousehold,
  obligations: readonly VlpObligation[],
  income: number,
): VlpShortfall | undefined {
  const uncovered = obligations.filter((o) => o.kind !== 'buffer' && o.shortCents > 0);
  if (uncovered.length === 0) return undefined;
  const total = uncovered.reduce((s, o) => s + o.shortCents, 0);
  const needed = obligations.filter((o) => o.kind !== 'buffer').reduce((s, o) => s + o.amountCents, 0);
  const list = joinBilingual(
    uncovered.map((o) =>
      M.uncoveredItem(obligationLabel(o), formatEuro(o.shortCents), formatEuro(o.amountCents)),
    ),
    '; ',
  );
  return {
    totalCents: total,
    incomeCents: income,
    neededCents: needed,
    uncovered,
    order: h.order === 'budget-first' ? M.orderBudgetFirst : M.orderCostsFirst,
    source: ORDER_SOURCE,
    explanation: M.shortfall(formatEuro(income), formatEuro(needed), formatEuro(total), list),
  };
}

const sum = (entries: readonly VlpEntry[], kind: VlpEntry['kind']) =>
  entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amountCents, 0);

/**
 * The plan of one month for a validated household (see `planVlp`, which validates and runs every
 * month). `advantageCents` is the package advantage of the month.
 */
export function planVlpMonth(h: VlpHousehold, month: IsoMonth, advantageCents: number): VlpMonthPlan {
  const arrivals = arrivalsFor(h, month);
  const income = arrivals.reduce((s, a) => s + a.amountCents, 0);
  const obligations = cover(obligationsFor(h, month), income);
  const advantage = {
    date: vlpDayInMonth(month, h.advantage.payDay),
    cents: advantageCents,
    to: h.advantage.to,
  };
  const entries = schedule(arrivals, obligations, advantage);
  const late: VlpLatePayment[] = obligations
    .filter((o) => o.daysLate !== undefined && o.dueDate !== undefined && o.paidOn !== undefined)
    .map((o) => ({
      obligationId: o.id,
      dueDate: o.dueDate as IsoDate,
      paidOn: o.paidOn as IsoDate,
      daysLate: o.daysLate as number,
      explanation: M.late(obligationLabel(o), o.dueDate as string, o.paidOn as string, o.daysLate as number),
    }));
  const first = vlpDayInMonth(month, 1);
  const budgetCents = sum(entries, 'pay-budget');
  const bufferCents = sum(entries, 'to-buffer');
  const restCents = sum(entries, 'to-participant');
  const toParticipant = h.advantage.to === 'participant' ? advantageCents : 0;
  const shortfall = shortfallOf(h, obligations, income);
  return {
    month,
    from: arrivals[0] !== undefined && arrivals[0].date < first ? arrivals[0].date : first,
    to: vlpDayInMonth(month, 31),
    incomeCents: income,
    toSuppliersCents: sum(entries, 'pay-supplier'),
    budgetCents,
    bufferCents,
    restCents,
    advantageCents,
    receives: {
      budgetCents,
      restCents,
      advantageCents,
      ownAccountCents: budgetCents + restCents + toParticipant,
      bufferAccountCents: bufferCents + advantageCents - toParticipant,
    },
    obligations,
    entries,
    late,
    ...(shortfall === undefined ? {} : { shortfall }),
  };
}
