import { asCents, asIsoDate, compileCriteria, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { decide, row } from './fixtures.test-support';
import { CRITERIA_PRESETS } from './index';

describe('criteria-energy-a and -b (signaalreis-2023, annex, energy suppliers)', () => {
  // "Ene maatschappij hanteert minimaal 2 facturen achterstand, met een achterstand van in totaal
  // minimaal € 50 en minimaal 15 dagen achterstand. Andere maatschappij hanteert dezelfde
  // voorwaarden, maar een minimumbedrag van € 100."
  const floors = { 'criteria-energy-a': 5000, 'criteria-energy-b': 10000 } as const;
  for (const [id, floor] of Object.entries(floors) as [keyof typeof floors, number][]) {
    const e = (over: Parameters<typeof row>[0] = {}, on?: IsoDate) =>
      decide(id, row({ amountOpenCents: asCents(floor), age: 15, ...over }, on), on);

    it(`${id}: at least 2 invoices, at least ${floor} cents, at least 15 days`, () => {
      expect(e()).toMatchObject({ deliver: true, kind: 'early', ruleId: 'signal' });
      expect(e({ unpaidTerms: 1 }).deliver).toBe(false);
      expect(e({ amountOpenCents: asCents(floor - 1) }).deliver).toBe(false);
      expect(e({ age: 14 }).deliver).toBe(false);
    });

    it(`${id}: "Als iemand al in een schuldregeling zit en dat is bekend bij de energiemaatschappij, komt er geen vroegsignaal."`, () => {
      expect(e({ inDebtArrangement: true })).toMatchObject({
        deliver: false,
        reason: 'known debt arrangement',
      });
    });

    it(`${id}: "Op 8 december 2022 is het Landelijk Convenant Vroegsignalering aangepast" — older than 100 days from then on`, () => {
      expect(e({ age: 100 }, asIsoDate('2022-12-07')).deliver).toBe(true);
      expect(e({ age: 101 }, asIsoDate('2022-12-07')).deliver).toBe(false);
      expect(e({ age: 101 }, asIsoDate('2022-12-08')).deliver).toBe(true);
      expect(e({ age: 150, paymentArrangement: 'running-broken' }, asIsoDate('2022-12-07')).deliver).toBe(
        false,
      );
      expect(e({ age: 150, paymentArrangement: 'running-broken' }, asIsoDate('2022-12-08')).deliver).toBe(
        true,
      );
      expect(e({ age: 1000 }, asIsoDate('2026-10-20')).deliver).toBe(true);
    });
  }

  it('energy A and B differ only in the floor (€ 50 vs € 100)', () => {
    expect(decide('criteria-energy-a', row({ amountOpenCents: asCents(7500) })).deliver).toBe(true);
    expect(decide('criteria-energy-b', row({ amountOpenCents: asCents(7500) })).deliver).toBe(false);
  });
});

describe('criteria-energy-regulation-2023 (Regeling afsluitbeleid 2023; signaalreis-2023)', () => {
  const r = (over: Parameters<typeof row>[0] = {}) => decide('criteria-energy-regulation-2023', row(over));

  it('is not in effect before 1 April 2023', () => {
    const table = CRITERIA_PRESETS['criteria-energy-regulation-2023'];
    const before = compileCriteria(table, asIsoDate('2023-03-31'));
    expect(before.ok).toBe(false);
    if (!before.ok)
      expect(new Set(before.issues.map((x) => x.code))).toEqual(new Set(['parameter_not_in_effect']));
    expect(compileCriteria(table, asIsoDate('2023-04-01')).ok).toBe(true);
  });

  it('"Bij het vroegsignaal is in de huidige afsluitregeling bepaald dat dit moet gaan over een achterstand van minimaal twee termijnen en twee herinneringen."', () => {
    expect(r({ unpaidTerms: 2, remindersSent: 2 })).toMatchObject({
      deliver: true,
      kind: 'early',
      ruleId: 'early',
    });
    expect(r({ unpaidTerms: 2, remindersSent: 1 }).deliver).toBe(false);
    // "Daar voldoet een enkele jaarafrekening echter nooit aan"
    expect(r({ unpaidTerms: 1, remindersSent: 4, amountOpenCents: asCents(90000) }).deliver).toBe(false);
  });

  it('"Eindeleveringssignaal: 20 werkdagen voor het einde van het contract" (after 3 reminders and an attempt at contact)', () => {
    // 2026-10-20 + 20 working days = 2026-11-17; + 21 = 2026-11-18.
    const eos = (over: Parameters<typeof row>[0]) => r({ unpaidTerms: 1, remindersSent: 3, ...over });
    expect(eos({ contractEndDate: asIsoDate('2026-11-17') })).toMatchObject({
      deliver: true,
      kind: 'end-of-supply',
      urgent: true,
      deliveryDate: '2026-10-20',
    });
    expect(eos({ contractEndDate: asIsoDate('2026-11-18') }).deliver).toBe(false);
    // on that day only (issue 13): with 1 working day left it is too late for the signal
    expect(eos({ contractEndDate: asIsoDate('2026-10-21') }).kind).not.toBe('end-of-supply');
    expect(eos({ contractEndDate: asIsoDate('2026-11-16') }).kind).not.toBe('end-of-supply');
    expect(eos({ contractEndDate: asIsoDate('2026-10-20') }).deliver).toBe(false); // ends today: too late
    expect(eos({ contractEndDate: asIsoDate('2026-11-17'), remindersSent: 2 }).deliver).toBe(false);
    expect(eos({ contractEndDate: asIsoDate('2026-11-17'), personalContactTried: false }).deliver).toBe(
      false,
    );
    expect(eos({ contractEndDate: asIsoDate('2026-11-17'), inDebtArrangement: true }).kind).toBe(
      'end-of-supply',
    );
  });

  it('an end-of-supply signal can come without an early signal ("die laatste kun je krijgen zonder vroegsignaal")', () => {
    expect(r({ unpaidTerms: 1, remindersSent: 3, contractEndDate: asIsoDate('2026-11-17') }).kind).toBe(
      'end-of-supply',
    );
  });
});
