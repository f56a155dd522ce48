// Properties of the criteria presets, in one file (importing @fast-check/vitest is slow per file).
import { fc, test } from '@fast-check/vitest';
import { asCents, asPartnerId, evaluateCriteria, type LedgerRow } from '@signaalreis/core';
import { expect } from 'vitest';
import { plusDays } from './fixtures.test-support';
import { CRITERIA_PRESET_IDS, CRITERIA_PRESETS } from './index';

const SECTOR = {
  'criteria-health-a': 'health',
  'criteria-health-b': 'health',
  'criteria-energy-a': 'energy',
  'criteria-energy-b': 'energy',
  'criteria-energy-regulation-2023': 'energy',
  'criteria-water': 'water',
  'criteria-rent': 'rent',
} as const;

const input = fc.record({
  id: fc.constantFrom(...CRITERIA_PRESET_IDS),
  on: fc.integer({ min: 0, max: 2500 }).map((n) => plusDays('2023-04-01', n)),
  premium: fc.integer({ min: 1, max: 100_000 }),
  ownRisk: fc.integer({ min: 0, max: 50_000 }),
  raise: fc.integer({ min: 0, max: 500_000 }),
  terms: fc.integer({ min: 1, max: 8 }),
  age: fc.integer({ min: 0, max: 400 }),
  newer: fc.integer({ min: 0, max: 400 }),
  reminders: fc.integer({ min: 0, max: 5 }),
  arrangement: fc.constantFrom('none', 'running-kept', 'running-broken' as const),
  flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  contractEndIn: fc.option(fc.integer({ min: 0, max: 60 })),
});

test.prop([input])('for every preset, raising the open amount never turns deliver into not-deliver', (i) => {
  const health = SECTOR[i.id] === 'health';
  const oldestDueDate = plusDays(i.on, -i.age);
  const base: LedgerRow = {
    customerId: 'K',
    partnerId: asPartnerId('P'),
    sector: SECTOR[i.id],
    amountOpenCents: asCents(i.premium + i.ownRisk),
    ...(health ? { premiumCents: asCents(i.premium), ownRiskCents: asCents(i.ownRisk) } : {}),
    unpaidTerms: i.terms,
    oldestDueDate,
    newestDueDate: i.terms === 1 ? oldestDueDate : plusDays(i.on, -Math.min(i.age, i.newer)),
    remindersSent: i.reminders,
    personalContactTried: i.flags[0] ?? false,
    pointedToDebtHelp: i.flags[1] ?? false,
    objectsToSharing: i.flags[2] ?? false,
    paymentArrangement: i.arrangement === 'running-kept' && i.flags[4] ? 'none' : i.arrangement,
    inDebtArrangement: i.flags[3] ?? false,
    atBailiff: i.flags[4] ?? false,
    currentCustomer: true,
    legalForm: i.flags[5] ? 'individual' : 'eenmanszaak',
    ...(i.contractEndIn === null ? {} : { contractEndDate: plusDays(i.on, i.contractEndIn) }),
  };
  // Raise the premium (health) or the whole amount: the other facts stay the same.
  const raised: LedgerRow = health
    ? {
        ...base,
        premiumCents: asCents(i.premium + i.raise),
        amountOpenCents: asCents(base.amountOpenCents + i.raise),
      }
    : { ...base, amountOpenCents: asCents(base.amountOpenCents + i.raise) };
  const before = evaluateCriteria(CRITERIA_PRESETS[i.id], base, i.on);
  const after = evaluateCriteria(CRITERIA_PRESETS[i.id], raised, i.on);
  if (!before.ok || !after.ok) throw new Error(JSON.stringify([before, after]));
  if (before.value.deliver) expect(after.value).toMatchObject({ deliver: true, kind: before.value.kind });
});
