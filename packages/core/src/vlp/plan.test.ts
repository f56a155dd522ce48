import { describe, expect, it } from 'vitest';
import { exampleHousehold } from './fixtures.test-support';
import { planVlp } from './plan';
import type { VlpPlan } from './types';

const plan = (input: unknown, month?: string): VlpPlan => {
  const r = planVlp(input, month === undefined ? {} : { month: month as never });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const month0 = (p: VlpPlan) => {
  const m = p.months[0];
  if (!m) throw new Error('no month');
  return m;
};

describe('planVlp: the worked example', () => {
  const m = month0(plan(exampleHousehold()));

  it('reserves € 753 of fixed costs and the € 300 budget; € 347 goes to the own account', () => {
    expect(m.incomeCents).toBe(140_000);
    expect(m.toSuppliersCents).toBe(75_300);
    expect(m.budgetCents).toBe(30_000);
    expect(m.restCents).toBe(140_000 - 75_300 - 30_000);
    expect(m.shortfall).toBeUndefined();
    expect(m.late).toEqual([]);
    expect(m.receives).toEqual({
      budgetCents: 30_000,
      restCents: 34_700,
      advantageCents: 3800,
      ownAccountCents: 30_000 + 34_700 + 3800,
      bufferAccountCents: 0,
    });
  });

  it('starts on the first pay day of the month before, and pays every cost on its due day', () => {
    expect(m.from).toBe('2026-09-20');
    expect(m.to).toBe('2026-10-31');
    for (const o of m.obligations) expect(o.paidOn, o.id).toBe(o.dueDate);
    const rent = m.entries
      .filter((e) => e.obligationId === 'rent')
      .map((e) => [e.date, e.kind, e.amountCents]);
    // the allowances of 20 September go to the budget first; the benefit of the 23rd reserves the rest
    expect(rent).toEqual([
      ['2026-09-23', 'reserve', 45_000],
      ['2026-10-01', 'pay-supplier', 45_000],
    ]);
    expect(m.entries.find((e) => e.kind === 'to-participant')).toEqual({
      date: '2026-09-23',
      kind: 'to-participant',
      amountCents: 34_700,
    });
  });
});

describe('planVlp: a shortfall is an explained result', () => {
  const short = exampleHousehold({
    incomes: [{ id: 'benefit', amountCents: 90_000, payDays: [23], paysFor: 'next-month' }],
  });

  it('serves budget, then rent, energy, water, health insurance …; names what is not covered', () => {
    const m = month0(plan(short));
    // € 900 − € 300 budget = € 600 for € 753 of costs: rent 450, energy 100, water 10 → 40 of health's 120
    expect(m.shortfall?.totalCents).toBe(15_300);
    expect(m.shortfall?.neededCents).toBe(105_300);
    expect(m.shortfall?.uncovered.map((o) => [o.id, o.coveredCents, o.shortCents])).toEqual([
      ['health', 4000, 8000],
      ['insurances', 0, 1300],
      ['mobile', 0, 3000],
      ['tv-internet', 0, 3000],
    ]);
    expect(m.obligations.map((o) => o.id)).toEqual([
      'budget',
      'rent',
      'energy',
      'water',
      'health',
      'insurances',
      'mobile',
      'tv-internet',
    ]);
    expect(m.shortfall?.explanation.nl).toContain('€ 153,00 tekort');
    expect(m.shortfall?.explanation.nl).toContain('zorgverzekering € 80,00 van € 120,00');
    expect(m.shortfall?.source).toMatch(/^vaste-lasten-pakket-2019, body/);
    expect(m.restCents).toBe(0);
    // the covered part of the health insurance is paid; nothing of the uncovered costs
    expect(m.entries.filter((e) => e.obligationId === 'health' && e.kind === 'pay-supplier')).toHaveLength(1);
    expect(m.entries.some((e) => e.obligationId === 'mobile')).toBe(false);
  });

  it('with order fixed-costs-first the budget is what falls short', () => {
    const m = month0(plan({ ...short, order: 'fixed-costs-first' }));
    expect(m.shortfall?.uncovered.map((o) => [o.id, o.shortCents])).toEqual([['budget', 15_300]]);
    expect(m.toSuppliersCents).toBe(75_300);
  });

  it('a household with no income at all: everything short, nothing paid', () => {
    const m = month0(plan(exampleHousehold({ incomes: [{ id: 'none', amountCents: 0, payDays: [1] }] })));
    expect(m.shortfall?.totalCents).toBe(105_300);
    expect(m.entries.filter((e) => e.kind !== 'advantage')).toEqual([]);
  });

  it('a buffer that does not fit is no shortfall', () => {
    const m = month0(plan(exampleHousehold({ buffer: { amountCents: 50_000 } })));
    expect(m.shortfall).toBeUndefined();
    expect(m.bufferCents).toBe(34_700);
    expect(m.obligations.find((o) => o.id === 'buffer')).toMatchObject({
      coveredCents: 34_700,
      shortCents: 15_300,
    });
    expect(m.restCents).toBe(0);
  });
});

describe('planVlp: days and months', () => {
  it('a cost due before its money arrives is paid late, and says why', () => {
    const m = month0(
      plan(exampleHousehold({ incomes: [{ id: 'salary', amountCents: 140_000, payDays: [25] }] })),
    );
    const rent = m.obligations.find((o) => o.id === 'rent');
    expect(rent).toMatchObject({ dueDate: '2026-10-01', paidOn: '2026-10-25', daysLate: 24 });
    expect(m.late.map((l) => l.obligationId)).toContain('rent');
    expect(m.late.find((l) => l.obligationId === 'rent')?.explanation.en).toContain('24 days late');
    // dates as officers write them, not ISO
    expect(m.late.find((l) => l.obligationId === 'rent')?.explanation.nl).toContain(
      'vervalt op 01-10-2026, maar het geld komt pas op 25-10-2026 binnen',
    );
  });

  it('a due day 31 falls on 30 November and on 28 February; pay day 30 on 28 February', () => {
    const h = exampleHousehold({
      startMonth: '2027-01',
      months: 3,
      month: undefined,
      incomes: [{ id: 'benefit', amountCents: 140_000, payDays: [30], paysFor: 'next-month' }],
    });
    const p = plan({ ...h, fixedCosts: [{ id: 'rent', category: 'rent', amountCents: 45_000, dueDay: 31 }] });
    expect(p.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(p.months.map((m) => m.obligations.find((o) => o.id === 'rent')?.dueDate)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
    // March's income is paid on "the 30th" of February: the 28th
    expect(p.months[2]?.entries[0]).toMatchObject({ date: '2027-02-28', kind: 'income' });
    const november = plan(
      { ...h, fixedCosts: [{ id: 'rent', category: 'rent', amountCents: 45_000, dueDay: 31 }] },
      '2026-11',
    );
    expect(november.months.map((m) => m.obligations[1]?.dueDate)).toEqual(['2026-11-30']);
  });

  it('several pay days share the amount; odd cents on the first', () => {
    const m = month0(
      plan(exampleHousehold({ incomes: [{ id: 'w', amountCents: 140_001, payDays: [15, 1] }] })),
    );
    expect(m.entries.filter((e) => e.kind === 'income').map((e) => [e.date, e.amountCents])).toEqual([
      ['2026-10-01', 70_001],
      ['2026-10-15', 70_000],
    ]);
  });

  it('totals add up over the months', () => {
    const p = plan(exampleHousehold({ month: undefined, startMonth: '2026-10', months: 12 }));
    expect(p.months).toHaveLength(12);
    expect(p.totals.incomeCents).toBe(12 * 140_000);
    expect(p.totals.advantageCents).toBe(12 * 3800);
    expect(p.rules.map((r) => r.id)).toEqual(['month-end', 'order', 'timing']);
  });
});

describe('planVlp: bad input is issues with a code and a path', () => {
  const codes = (input: unknown) => {
    const r = planVlp(input);
    return r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);
  };

  it('names each problem by its path', () => {
    const h = exampleHousehold();
    expect(codes(null)).toEqual(['invalid_type ']);
    expect(codes({ ...h, month: '2026-13' })).toContain('invalid_format month');
    expect(codes({ ...h, month: undefined })).toEqual(['month_or_range month']);
    expect(codes({ ...h, startMonth: '2026-10' })).toEqual(['month_or_range month']);
    expect(codes({ ...h, months: 3 })).toEqual(['months_without_start months']);
    expect(codes({ ...h, incomes: [] })).toEqual(['too_small incomes']);
    expect(codes({ ...h, incomes: [{ id: 'x', amountCents: 12.5, payDays: [32, 32] }] })).toEqual([
      'invalid_type incomes.0.amountCents',
      'too_big incomes.0.payDays.0',
      'too_big incomes.0.payDays.1',
      'repeated_day incomes.0.payDays',
    ]);
    const costs = [...(h.fixedCosts ?? [])];
    costs[2] = { ...costs[2], dueDay: 0, category: 'gas' } as never;
    expect(codes({ ...h, fixedCosts: costs })).toEqual([
      'invalid_value fixedCosts.2.category',
      'too_small fixedCosts.2.dueDay',
    ]);
    expect(codes({ ...h, fixedCosts: [...costs.slice(0, 2), costs[0]] })).toEqual([
      'duplicate_id fixedCosts.2.id',
    ]);
    expect(codes({ ...h, minimumBudget: { amountCents: -1 } })).toEqual([
      'too_small minimumBudget.amountCents',
      'invalid_type minimumBudget.source',
    ]);
    expect(codes({ ...h, participant: 'Jan Jansen' })).toEqual(['unknown_key participant']);
    const named = (id: string) => ({
      ...h,
      fixedCosts: [{ id, category: 'other', amountCents: 100, dueDay: 1 }],
    });
    expect(['budget', 'budget-2', 'buffer'].map((id) => codes(named(id)))).toEqual([
      ['reserved_id fixedCosts.0.id'],
      ['reserved_id fixedCosts.0.id'],
      ['reserved_id fixedCosts.0.id'],
    ]);
    expect(codes(named('budget-phone'))).toEqual([]);
  });

  it('a month of the options outside 1900–2999 or malformed is an issue too', () => {
    for (const month of ['1899-12', '2026-13', 'oktober'])
      expect(planVlp(exampleHousehold(), { month: month as never })).toMatchObject({
        ok: false,
        issues: [{ code: 'month_out_of_range', path: ['options', 'month'] }],
      });
  });

  it('never repeats a value of the input in a message (a name in a wrong place stays out)', () => {
    const r = planVlp({ ...exampleHousehold(), participant: 'Jan Jansen', incomes: 'Jan Jansen' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Jansen');
  });
});
