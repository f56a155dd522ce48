import { asIsoMonth, compareMonths, type LoadedRoutingConfig, planMonth, runMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from '../matching/test-support/signals';
import { loaded } from '../routing/fixtures.test-support';

const email = { contact: { email: 'bewoner@example.nl' } };

async function planned(routing: LoadedRoutingConfig, second = 2) {
  const month = await runMonth({
    month: asIsoMonth('2026-10'),
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
      cases: 2,
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

  it('refuses months whose case ids name other households (case ids are a month and a number)', async () => {
    const a = await planned(loaded());
    const b = await planned(loaded(), 3);
    expect(a.journeys.map((j) => j.caseId)).toEqual(b.journeys.map((j) => j.caseId));
    expect(() => compareMonths(a, b)).toThrow(/do not hold the same cases/);
    expect(() => compareMonths(a, a)).not.toThrow();
  });
});
