import {
  asIsoDate,
  DEFAULT_MATCHING_CONFIG,
  historyFromSignals,
  PILOT_MATCHING_CONFIG,
  windowFor,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { matched, only } from './test-support/month';
import { past, sig } from './test-support/signals';

describe('matchMonth — households and matches (pilot-ouder-amstel-uithoorn-2019: 2+ partners, same or consecutive month, 30–100 days)', () => {
  it('groups signals per household key, whatever the partner wrote', () => {
    const m = matched({
      signals: [
        sig('A', 'rent', { address: { postcode: '7432KS', houseNumber: 20, houseLetter: 'A' } }),
        sig('B', 'energy', { address: { postcode: '7432KS', houseNumber: 20, houseLetter: 'A' } }),
        sig('C', 'health', { address: { postcode: '7432KS', houseNumber: 21 } }),
      ],
    });
    expect(m.journeys.map((j) => [j.match.householdKey, j.match.signals.length])).toEqual([
      ['7432KS 20A', 2],
      ['7432KS 21', 1],
    ]);
    // the case id is the month and the rank: never the household key (an address)
    expect(m.journeys.map((j) => j.caseId)).toEqual(['2026-10-0001', '2026-10-0002']);
  });

  it('two distinct partners inside the window are a match; two signals of one partner are not', () => {
    expect(only(matched({ signals: [sig('A', 'rent'), sig('B', 'energy')] }))).toMatchObject({
      isMatch: true,
      matchPartners: ['EN-WKR', 'WO-LND'],
    });
    const same = only(
      matched({ signals: [sig('A', 'energy'), sig('B', 'energy', { kind: 'end-of-supply' })] }),
    );
    expect(same.isMatch).toBe(false);
  });

  it('a signal outside the 30–100 day window does not count towards a match (pilot-ouder-amstel-uithoorn-2019: arrears over 100 days not included)', () => {
    const c = only(
      matched({
        config: PILOT_MATCHING_CONFIG,
        signals: [sig('A', 'rent'), sig('B', 'health', { arrearSince: '2026-07-17' })], // 101 days
      }),
    );
    expect(c.signals.find((s) => s.signal.signalId === 'B')).toMatchObject({
      ageDays: 101,
      window: 'too-old',
    });
    expect(c.isMatch).toBe(false);
    expect(c.forwarded).toBe(false);
    expect(c.notForwardedReason?.en).toMatch(/no match/);
    expect(c.notForwardedReason?.nl).toMatch(/geen samenloop/);
  });

  it('at exactly 30 and 100 days a signal is inside (both bounds inclusive); at 29 it is too young', () => {
    const m = matched({
      signals: [
        sig('A', 'rent', { arrearSince: '2026-09-26' }), // 30
        sig('B', 'health', { arrearSince: '2026-07-18' }), // 100
        sig('C', 'water', { arrearSince: '2026-09-27', address: { postcode: '7411AB', houseNumber: 13 } }), // 29
      ],
    });
    const windows = m.journeys.flatMap((j) =>
      j.match.signals.map((s) => [s.signal.signalId, s.ageDays, s.window]),
    );
    expect(windows).toEqual(
      expect.arrayContaining([
        ['A', 30, 'inside'],
        ['B', 100, 'inside'],
        ['C', 29, 'too-young'],
      ]),
    );
  });

  it('energy has no maximum age from 2022-12-08 (signaalreis-2023: "zodat energiemaatschappijen mogen …"), water and health still have', () => {
    expect(windowFor(DEFAULT_MATCHING_CONFIG, 'energy', asIsoDate('2022-12-07'))?.maxAgeDays).toBe(100);
    expect(windowFor(DEFAULT_MATCHING_CONFIG, 'energy', asIsoDate('2022-12-08'))?.maxAgeDays).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(windowFor(DEFAULT_MATCHING_CONFIG, 'water', asIsoDate('2022-12-08'))?.maxAgeDays).toBe(100);
    expect(windowFor(DEFAULT_MATCHING_CONFIG, 'health', asIsoDate('2026-10-26'))?.maxAgeDays).toBe(100);
    const c = only(
      matched({ signals: [sig('A', 'energy', { arrearSince: '2026-01-01' }), sig('B', 'rent')] }),
    );
    expect(c.isMatch).toBe(true);
  });

  it('a partner of last month makes a match with a partner of this month (consecutive month)', () => {
    const c = only(matched({ signals: [sig('A', 'rent')], history: [past('H1', 'energy')] }));
    expect(c).toMatchObject({ isMatch: true, matchPartnersFromPreviousMonth: ['EN-WKR'] });
    expect(c.consecutiveCreditors).toEqual({ previousMonth: '2026-09', partners: ['EN-WKR'] });
  });

  it('two months back is not consecutive: no match', () => {
    const c = only(
      matched({
        signals: [sig('A', 'rent')],
        history: [
          past('H1', 'energy', { month: '2026-08', signalDate: '2026-08-25', arrearSince: '2026-07-01' }),
        ],
      }),
    );
    expect(c.isMatch).toBe(false);
    expect(c.recidive?.previousMonths).toEqual(['2026-08']);
  });

  it('legal persons do not count towards a match (pilot-ouder-amstel-uithoorn-2019: private persons only)', () => {
    const bv = sig('B', 'energy', { person: { surname: 'Garage Jansen', legalForm: 'bv' } });
    expect(only(matched({ signals: [sig('A', 'rent'), bv] })).isMatch).toBe(false);
  });

  it('pilot: only matches are forwarded; national: every case', () => {
    const signals = [sig('A', 'rent')];
    expect(only(matched({ signals, config: PILOT_MATCHING_CONFIG })).forwarded).toBe(false);
    expect(only(matched({ signals })).forwarded).toBe(true);
  });

  it('ranks more signals first, then the higher total, then the older arrear', () => {
    const at = (n: number) => ({ address: { postcode: '7411AB', houseNumber: n } });
    const m = matched({
      signals: [
        sig('A', 'rent', { ...at(1), amountCents: 90_000 }),
        sig('B', 'rent', { ...at(2), amountCents: 10_000 }),
        sig('C', 'energy', { ...at(2), amountCents: 10_000 }),
        sig('D', 'rent', { ...at(3), amountCents: 90_000, arrearSince: '2026-08-01' }),
      ],
    });
    expect(m.journeys.map((j) => [j.match.householdKey, j.match.rank])).toEqual([
      ['7411AB 2', 1],
      ['7411AB 3', 2],
      ['7411AB 1', 3],
    ]);
  });
});

describe('matchMonth — history: repeats and recidive', () => {
  const oct = (over = {}) => sig('A', 'rent', { arrearSince: '2026-08-01', ...over });

  it('same partner and arrear, picked up last month → a repeat with the earlier amount (signaalreis-2023)', () => {
    const c = only(matched({ signals: [oct()], history: [past('H1', 'rent')] }));
    expect(c.signals[0]?.repeat).toEqual({
      previousMonth: '2026-09',
      previousSignalId: 'H1',
      previousAmountCents: 25_000,
    });
  });

  it('not a repeat when the earlier signal was not picked up, is another arrear, or is beyond the look-back', () => {
    const cases = [
      past('H1', 'rent', { pickedUp: false }),
      past('H1', 'rent', { arrearSince: '2026-07-01' }),
      past('H1', 'energy'),
      past('H1', 'rent', { month: '2026-06', signalDate: '2026-06-25' }),
    ];
    for (const h of cases) {
      expect(only(matched({ signals: [oct()], history: [h] })).signals[0]?.repeat).toBeUndefined();
    }
  });

  it('recidive lists the months with a signal within the last 6 months, newest first', () => {
    const c = only(
      matched({
        signals: [oct()],
        history: [
          past('H1', 'rent', { month: '2026-05', signalDate: '2026-05-25' }),
          past('H2', 'rent', { month: '2026-03', signalDate: '2026-03-25' }), // 7 months back
          past('H3', 'water', { month: '2026-09' }),
        ],
      }),
    );
    expect(c.recidive?.previousMonths).toEqual(['2026-09', '2026-05']); // 1..6 months back
  });

  it('uses history made from an earlier month of signals', () => {
    const september = [sig('S1', 'health', { signalDate: '2026-09-25', arrearSince: '2026-08-01' })];
    const c = only(matched({ signals: [oct()], history: historyFromSignals(september) }));
    expect(c.isMatch).toBe(true);
  });
});
