import {
  asCents,
  asIsoMonth,
  DEFAULT_INTAKE_CONFIG,
  type LoadedRoutingConfig,
  type MonthResult,
  planMonth,
  runMonth,
  type Signal,
  worklistBucket,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { sig } from '../matching/test-support/signals';
import { loaded } from '../routing/fixtures.test-support';

const routing = loaded();
const floor100 = { ...DEFAULT_INTAKE_CONFIG, floor: { defaultCents: asCents(10_000), source: 'test' } };
const OCTOBER = asIsoMonth('2026-10');

async function month(signals: Signal[], intake = floor100): Promise<MonthResult> {
  const r = await runMonth({ month: OCTOBER, intake, signals });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const at = (houseNumber: number) => ({ address: { postcode: '7411AB', houseNumber } });

describe('planMonth', () => {
  it('routes over the signals intake picked up: a dropped € 400 signal does not lift the case to phone', async () => {
    const m = await month([
      sig('A', 'rent', { amountCents: 20_000 }),
      sig('B', 'rent', { amountCents: 40_000, person: { surname: 'Jansen BV', legalForm: 'bv' } }),
    ]);
    const planned = planMonth(m, routing);
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const j = planned.value.journeys[0];
    expect(j?.intake.signalStatus).toBe('Opgepakt');
    expect(j?.route?.bucket).toBe('email'); // € 200 alone; with the BV's € 400 it would be phone
  });

  it('shares what a month’s plans have few of: contact data, rule ids, what changed a plan', async () => {
    const m = await month([
      sig('A', 'rent', { amountCents: 20_000, ...at(1) }),
      sig('B', 'rent', { amountCents: 20_000, ...at(2) }),
    ]);
    const planned = planMonth(m, routing);
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const [a, b] = planned.value.journeys;
    if (!a?.route || !b?.route || !a.allocation || !b.allocation)
      throw new Error('two routed cases expected');
    expect(b.route.contact).toBe(a.route.contact);
    expect(Object.isFrozen(a.route.contact)).toBe(true);
    expect(b.route.ruleIds).toBe(a.route.ruleIds);
    expect(Object.isFrozen(a.route.ruleIds)).toBe(true);
    expect(b.allocation.changedBy).toBe(a.allocation.changedBy);
    expect(a.allocation.changedBy).toEqual({ capacity: false, missingContactData: true }); // the test signals have no phone
    expect(Object.isFrozen(a.allocation.changedBy)).toBe(true);
    // the explanations still read the (no) declared teams
    expect(a.allocation.explanation.nl).toBe(b.allocation.explanation.nl);
  });

  it('leaves cases that are not picked up or wait for manual review unrouted, and keeps them', async () => {
    const m = await month([
      sig('A', 'rent', { amountCents: 5_000 }),
      ...Array.from({ length: 40 }, (_, i) => sig(`M${i}`, i % 2 ? 'rent' : 'energy', at(2))),
    ]);
    const planned = planMonth(m, routing);
    expect(
      planned.ok &&
        planned.value.journeys.map((j) => [j.intake.outcome, worklistBucket(j), j.route, j.allocation]),
    ).toEqual([
      ['manual-review', 'manual-review', undefined, undefined],
      ['not-picked-up', 'not-picked-up', undefined, undefined],
    ]);
    expect(planned.ok && planned.value.allocation.counts.plans).toBe(0);
  });

  it('adds route and allocation to the contacted journeys only, in the month’s order', async () => {
    const m = await month([
      sig('A', 'rent', { amountCents: 70_000, ...at(1) }),
      sig('B', 'rent', { amountCents: 5_000, ...at(2) }),
      sig('C', 'health', { amountCents: 30_000, ...at(3) }),
    ]);
    const planned = planMonth(m, routing);
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const { journeys, allocation, ...rest } = planned.value;
    const { journeys: before, ...restBefore } = m;
    expect(rest).toEqual(restBefore);
    expect(journeys.map((j) => j.caseId)).toEqual(before.map((j) => j.caseId));
    journeys.forEach((j, i) => {
      const { route, allocation: a, ...sections } = j;
      expect(sections).toEqual(before[i]);
      const contacted = j.intake.outcome === 'picked-up' || j.intake.outcome === 'crisis';
      expect(route !== undefined && a !== undefined).toBe(contacted);
    });
    expect(journeys.map(worklistBucket).sort()).toEqual(['not-picked-up', 'phone', 'visit']);
    expect(allocation.counts).toMatchObject({ plans: 2, placed: 2 });
  });

  it('keys a routing issue by the case id (no index to rewrite)', async () => {
    const m = await month([
      sig('A', 'rent', { amountCents: 70_000, ...at(1) }),
      sig('B', 'rent', { amountCents: 12_000, ...at(2) }),
    ]);
    const unique: LoadedRoutingConfig = { ...routing, table: { ...routing.table, hitPolicy: 'unique' } };
    const planned = planMonth(m, unique);
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    const visit = m.journeys.find((j) => j.match.totals.totalAmountCents === 70_000);
    expect(planned.issues.map((i) => i.path.slice(0, 2))).toEqual([['cases', visit?.caseId]]);
  });
});
