import {
  asIsoMonth,
  compareMonths,
  DEFAULT_MATCHING_CONFIG,
  type LoadedRoutingConfig,
  type MatchingConfig,
  planMonth,
  runMonth,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from '../matching/test-support/signals';
import { loaded } from '../routing/fixtures.test-support';

const email = { contact: { email: 'bewoner@example.nl' } };

async function planned(routing: LoadedRoutingConfig, second = 2, matching?: MatchingConfig) {
  const month = await runMonth({
    month: asIsoMonth('2026-10'),
    ...(matching ? { matching } : {}),
    signals: [
      sig('A', 'rent', { amountCents: 70_000, address: { postcode: '7411AB', houseNumber: 1 }, ...email }),
      sig('B', 'health', {
        amountCents: 12_000,
        address: { postcode: '7411AB', houseNumber: second },
        ...email,
      }),
    ],
  });
  if (!month.ok) throw new Error(JSON.stringify(month.issues));
  const r = planMonth(month.value, routing);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('compareMonths', () => {
  it('reads each case’s outcome from its journey sections and lists the cases treated differently', async () => {
    const generous = await planned(loaded());
    const tight = await planned({
      ...loaded(),
      capacity: [{ channel: 'home-visit', perMonth: 0, source: 'test' }],
    });
    const c = compareMonths(generous, tight);
    expect(c).toMatchObject({
      month: '2026-10',
      cases: { a: 2, b: 2 },
      inBoth: 2,
      onlyInA: [],
      onlyInB: [],
      oneSidedByReason: {},
      bySignalStatus: { Opgepakt: { a: 2, b: 2 } },
      byPrimaryChannel: { 'home-visit': { a: 1, b: 0 }, email: { a: 1, b: 2 } },
      unplaced: { a: 0, b: 0 },
    });
    const visit = generous.journeys.find((j) => j.route?.bucket === 'visit');
    expect(c.changed).toEqual([
      {
        caseId: visit?.caseId,
        a: { signalStatus: 'Opgepakt', bucket: 'visit', primaryChannel: 'home-visit', team: 'municipality' },
        b: { signalStatus: 'Opgepakt', bucket: 'visit', primaryChannel: 'email', team: 'municipality' },
      },
    ]);
  });

  it('pairs cases by household, not by case id: another household under the same id is a case under one policy only', async () => {
    const a = await planned(loaded());
    const b = await planned(loaded(), 3);
    expect(a.journeys.map((j) => j.caseId)).toEqual(b.journeys.map((j) => j.caseId));
    const c = compareMonths(a, b);
    expect(c.cases).toEqual({ a: 2, b: 2 });
    expect(c.inBoth).toBe(1);
    // house number 2 is not in B's input at all, house number 3 not in A's
    expect(c.onlyInA.map((x) => x.reason)).toEqual(['not_in_input']);
    expect(c.onlyInB.map((x) => x.reason)).toEqual(['not_in_input']);
    expect(c.oneSidedByReason).toEqual({ not_in_input: { a: 1, b: 1 } });
    expect(() => compareMonths(a, a)).not.toThrow();
  });

  it('a reform with an area: the households outside it are under A only, with the reason, their ids and no address', async () => {
    const a = await planned(loaded());
    const area = { postcodeRanges: [{ from: '7400', to: '7410' }], source: 'test' };
    const b = await planned(loaded(), 2, { ...DEFAULT_MATCHING_CONFIG, area });
    expect(b.journeys).toEqual([]);
    const c = compareMonths(a, b);
    expect(c.cases).toEqual({ a: 2, b: 0 });
    expect(c.inBoth).toBe(0);
    expect(c.changed).toEqual([]);
    expect(c.oneSidedByReason).toEqual({ outside_municipality: { a: 2, b: 0 } });
    expect(c.onlyInA.map((x) => x.caseId)).toEqual(a.journeys.map((j) => j.caseId).sort());
    const rent = c.onlyInA.find((x) => x.partners.includes('WO-LND' as never));
    expect(rent).toMatchObject({ signals: 1, totalAmountCents: 70_000, outcome: { bucket: 'visit' } });
    // the listing holds ids, codes and amounts only: no postcode, house number, name or e-mail
    expect(JSON.stringify(c)).not.toMatch(/7411|Jansen|bewoner@/);
    expect(compareMonths(b, a).onlyInB.map((x) => x.reason)).toEqual([
      'outside_municipality',
      'outside_municipality',
    ]);
  });
});
