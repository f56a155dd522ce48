import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { VLP_COST_CATEGORIES } from './categories';
import { planVlp } from './plan';
import type { VlpHouseholdInput } from './schema';
import type { VlpMonthPlan } from './types';

const days = fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 4 });
const cents = fc.integer({ min: 0, max: 300_000 });
const household: fc.Arbitrary<VlpHouseholdInput> = fc
  .record({
    y: fc.integer({ min: 2020, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    months: fc.integer({ min: 1, max: 3 }),
    incomes: fc.array(
      fc.record({
        amountCents: cents,
        payDays: days,
        paysFor: fc.constantFrom('same-month', 'next-month') as fc.Arbitrary<'same-month' | 'next-month'>,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    costs: fc.array(
      fc.record({
        category: fc.constantFrom(...VLP_COST_CATEGORIES),
        amountCents: fc.integer({ min: 0, max: 80_000 }),
        dueDay: fc.integer({ min: 1, max: 31 }),
        contributionCents: fc.integer({ min: 0, max: 5000 }),
      }),
      { maxLength: 9 },
    ),
    budget: fc.record({ amountCents: fc.integer({ min: 0, max: 80_000 }), payDays: days }),
    buffer: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
    order: fc.constantFrom('budget-first', 'fixed-costs-first') as fc.Arbitrary<
      'budget-first' | 'fixed-costs-first'
    >,
    advantage: fc.record({
      to: fc.constantFrom('participant', 'buffer') as fc.Arbitrary<'participant' | 'buffer'>,
      payDay: fc.integer({ min: 1, max: 31 }),
    }),
  })
  .map((r) => ({
    startMonth: `${r.y}-${String(r.m).padStart(2, '0')}`,
    months: r.months,
    incomes: r.incomes.map((x, i) => ({ id: `i${i}`, ...x })),
    fixedCosts: r.costs.map((x, i) => ({ id: `c${i}`, ...x })),
    minimumBudget: { ...r.budget, source: 'test' },
    ...(r.buffer === undefined ? {} : { buffer: { amountCents: r.buffer } }),
    order: r.order,
    advantage: r.advantage,
  }));

const months = (h: VlpHouseholdInput): VlpMonthPlan[] => {
  const r = planVlp(h);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.months;
};
const total = (m: VlpMonthPlan, kind: string) =>
  m.entries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amountCents, 0);

describe('planVlp properties', () => {
  test.prop([household])(
    'money is conserved: income = suppliers + budget + buffer + rest; amount = covered + short',
    (h) => {
      for (const m of months(h)) {
        expect(m.incomeCents).toBe(m.toSuppliersCents + m.budgetCents + m.bufferCents + m.restCents);
        expect(total(m, 'reserve')).toBe(m.toSuppliersCents + m.budgetCents + m.bufferCents);
        expect(total(m, 'income')).toBe(m.incomeCents);
        for (const o of m.obligations) {
          expect(o.coveredCents + o.shortCents).toBe(o.amountCents);
          const paid = m.entries.filter((e) => e.obligationId === o.id && e.kind !== 'reserve');
          expect(paid.reduce((s, e) => s + e.amountCents, 0)).toBe(o.coveredCents);
        }
        const needed = m.obligations
          .filter((o) => o.kind !== 'buffer')
          .reduce((s, o) => s + o.amountCents, 0);
        expect(m.shortfall?.totalCents ?? 0).toBe(Math.max(0, needed - m.incomeCents));
        if (m.shortfall) expect(m.restCents + m.bufferCents).toBe(0);
        expect(m.receives.ownAccountCents + m.receives.bufferAccountCents).toBe(
          m.budgetCents + m.restCents + m.bufferCents + m.advantageCents,
        );
      }
    },
  );

  test.prop([household])('nothing is paid before its money arrives, nor before it is due', (h) => {
    for (const m of months(h)) {
      let account = 0;
      const reserved = new Map<string, number>();
      let last = '';
      for (const e of m.entries) {
        expect(e.date >= last, 'in time order').toBe(true);
        expect(e.date >= m.from && e.date <= m.to).toBe(true);
        last = e.date;
        const id = e.obligationId ?? '';
        if (e.kind === 'income') account += e.amountCents;
        else if (e.kind === 'reserve' || e.kind === 'to-participant') {
          account -= e.amountCents;
          if (e.kind === 'reserve') reserved.set(id, (reserved.get(id) ?? 0) + e.amountCents);
        } else if (e.kind !== 'advantage') {
          reserved.set(id, (reserved.get(id) ?? 0) - e.amountCents);
          expect(reserved.get(id)).toBe(0);
          const due = m.obligations.find((o) => o.id === id)?.dueDate ?? '';
          expect(e.date >= due).toBe(true);
        }
        expect(account).toBeGreaterThanOrEqual(0);
        expect(e.amountCents).toBeGreaterThan(0);
      }
      expect(account).toBe(0);
    }
  });

  test.prop([household])('the same household gives the same plan, also after a trip through JSON', (h) => {
    const a = planVlp(h);
    expect(planVlp(JSON.parse(JSON.stringify(h)))).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
