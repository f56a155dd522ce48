import { asCents } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { decide, row } from './fixtures.test-support';

// A health row: one premium term unless said otherwise; the open amount is premium + own risk.
const health = (over: Parameters<typeof row>[0] = {}) => {
  const premiumCents = over.premiumCents ?? asCents(15000);
  const ownRiskCents = over.ownRiskCents ?? asCents(0);
  return row({
    sector: 'health',
    unpaidTerms: 1,
    remindersSent: 1,
    amountOpenCents: asCents(premiumCents + ownRiskCents),
    ...over,
    premiumCents,
    ownRiskCents,
  });
};

describe('criteria-health-a (signaalreis-2023, annex, health insurer A)', () => {
  const a = (over: Parameters<typeof row>[0] = {}) => decide('criteria-health-a', health(over));

  it('"Er geldt een criterium van 30 tot 100 dagen achterstand vanaf vervaldatum": both ends inclusive', () => {
    expect(a({ age: 29 }).deliver).toBe(false);
    expect(a({ age: 30 })).toMatchObject({ deliver: true, kind: 'early', deliveryDate: '2026-10-26' });
    expect(a({ age: 100 }).deliver).toBe(true);
    expect(a({ age: 101 }).deliver).toBe(false);
  });

  it('"Gehanteerde ondergrens: minimaal € 150 aan premie openstaan. Er is geen maximumbedrag."', () => {
    expect(a({ premiumCents: asCents(14999) }).deliver).toBe(false);
    expect(a({ premiumCents: asCents(15000) }).deliver).toBe(true);
    expect(a({ premiumCents: asCents(5_000_000) }).deliver).toBe(true);
  });

  it('decides on premium, not own risk ("bepaald op basis van premieachterstand"), but reports the total', () => {
    const e = a({ premiumCents: asCents(14999), ownRiskCents: asCents(38500) });
    expect(e.deliver).toBe(false);
    expect(e.facts.premiumOpen).toBe(14999);
  });

  it('"Met als aanvullende voorwaarde: klant moet een herinnering ontvangen hebben."', () => {
    expect(a({ remindersSent: 0 }).deliver).toBe(false);
    expect(a({ remindersSent: 1 }).deliver).toBe(true);
  });

  it('"Als een betalingsregeling niet goed loopt en vervalt, dan wordt er gekeken naar hoe oud de nieuwste vordering is. Als die minder is dan 100 dagen, dan wordt daar nog wel een signaal voor aangeleverd."', () => {
    const broken = (newestAge: number) =>
      a({
        paymentArrangement: 'running-broken',
        unpaidTerms: 4,
        age: 160,
        newestAge,
        premiumCents: asCents(60000),
      });
    expect(broken(99)).toMatchObject({ deliver: true, ruleId: 'broken-arrangement' });
    expect(broken(100).deliver).toBe(false);
    // without a failed arrangement the oldest claim counts
    expect(a({ unpaidTerms: 4, age: 160, newestAge: 99, premiumCents: asCents(60000) }).deliver).toBe(false);
  });

  it('"Als de klant is overgedragen aan het incassobureau/ deurwaarder, dan leveren ze geen signaal meer aan."', () => {
    expect(a({ atBailiff: true })).toMatchObject({ deliver: false, reason: 'handed to a bailiff' });
  });

  it('NVVK rules of thumb: no signal while an arrangement is kept, or after an objection', () => {
    expect(a({ paymentArrangement: 'running-kept' }).deliver).toBe(false);
    expect(a({ objectsToSharing: true }).deliver).toBe(false);
  });

  it('explains the decision with the report as source', () => {
    const e = a({ premiumCents: asCents(14999) });
    expect(e.reason).toBe('no rule applies');
    expect(e.explanation.nl).toContain('niet openstaande premie (€ 149,99) ≥ € 150,00');
    expect(a({}).explanation.en).toContain(
      'source: Divosa/NVVK/VNG, De signaalreis (2023), annex, health insurer A',
    );
  });
});

describe('criteria-health-b (signaalreis-2023, annex, health insurer B)', () => {
  const b = (over: Parameters<typeof row>[0] = {}) =>
    decide('criteria-health-b', health({ unpaidTerms: 2, premiumCents: asCents(7500), ...over }));

  it('"Alle klanten die een 2 maandsbrief ontvangen worden aangeleverd aan de gemeente, dus een achterstand ter hoogte van 2 maandpremies."', () => {
    expect(b({ unpaidTerms: 1, age: 40 }).deliver).toBe(false);
    expect(b({ unpaidTerms: 2 })).toMatchObject({ deliver: true, kind: 'early', ruleId: 'two-month-letter' });
  });

  it('"Gehanteerde ondergrens: minimaal € 75,00 aan premie openstaan."', () => {
    expect(b({ premiumCents: asCents(7499) }).deliver).toBe(false);
    expect(b({ premiumCents: asCents(7500) }).deliver).toBe(true);
  });

  it('Zvw defaulters’ scheme: at six monthly premiums the CAK takes over, so no early signal', () => {
    expect(b({ unpaidTerms: 5, premiumCents: asCents(60000) }).deliver).toBe(true);
    expect(b({ unpaidTerms: 6, premiumCents: asCents(60000) })).toMatchObject({
      deliver: false,
      reason: 'six monthly premiums: handed to the CAK',
    });
  });

  it('no signal once the claim is at a bailiff', () => {
    expect(b({ atBailiff: true }).deliver).toBe(false);
  });
});
