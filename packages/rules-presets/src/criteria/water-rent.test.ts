import { asCents, asIsoDate, type IsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { decide, row } from './fixtures.test-support';

describe('criteria-water (Drinkwaterbesluit, since 2018; covenant window)', () => {
  const w = (over: Parameters<typeof row>[0] = {}, on?: IsoDate) =>
    decide(
      'criteria-water',
      row({ sector: 'water', unpaidTerms: 1, amountOpenCents: asCents(4200), age: 30, ...over }, on),
      on,
    );

  it('passes the data on unless the customer explicitly objected', () => {
    expect(w()).toMatchObject({ deliver: true, kind: 'early' });
    expect(w({ objectsToSharing: true })).toMatchObject({
      deliver: false,
      reason: 'customer objected to sharing',
    });
  });

  it('no floor: one cent in arrears is a signal, within 30 days none', () => {
    expect(w({ amountOpenCents: asCents(1) }).deliver).toBe(true);
    expect(w({ age: 29 }).deliver).toBe(false);
  });

  it('the covenant change of 8 December 2022 names energy suppliers only: water keeps 30–100 days (issue 13)', () => {
    expect(w({ age: 100 }, asIsoDate('2022-12-07')).deliver).toBe(true);
    expect(w({ age: 101 }, asIsoDate('2022-12-07')).deliver).toBe(false);
    expect(w({ age: 101 }, asIsoDate('2022-12-08')).deliver).toBe(false);
  });
});

describe('criteria-rent (Besluit gemeentelijke schuldhulpverlening art. 2; covenant 30–100 days)', () => {
  const h = (over: Parameters<typeof row>[0] = {}, on?: IsoDate) =>
    decide(
      'criteria-rent',
      row(
        {
          sector: 'rent',
          unpaidTerms: 1,
          amountOpenCents: asCents(85000),
          age: 30,
          remindersSent: 1,
          ...over,
        },
        on,
      ),
      on,
    );

  it('reports once personal contact was tried, debt help pointed to and a written reminder sent', () => {
    expect(h()).toMatchObject({ deliver: true, kind: 'early', ruleId: 'signal' });
    for (const over of [
      { personalContactTried: false },
      { pointedToDebtHelp: false },
      { remindersSent: 0 },
    ]) {
      expect(h(over)).toMatchObject({ deliver: false, reason: 'Bgs art. 2 steps not completed' });
    }
  });

  it('the tenant did not object (silence counts as consent)', () => {
    expect(h({ objectsToSharing: true }).deliver).toBe(false);
  });

  it('no minimum amount in the Bgs; the covenant window is 30–100 days, both inclusive', () => {
    expect(h({ amountOpenCents: asCents(1) }).deliver).toBe(true);
    expect(h({ age: 29 }).deliver).toBe(false);
    expect(h({ age: 100 }).deliver).toBe(true);
    expect(h({ age: 101 }).deliver).toBe(false);
    expect(h({ age: 101 }, asIsoDate('2023-06-01')).deliver).toBe(false); // the 2022 change concerns energy only
  });
});
