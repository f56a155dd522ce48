import { fc, test } from '@fast-check/vitest';
import {
  asIsoMonth,
  asSignalId,
  compareMonths,
  DEFAULT_INTAKE_CONFIG,
  DEFAULT_MATCHING_CONFIG,
  loadRoutingConfig,
  type PlannedMonth,
  pairCases,
  planMonth,
  runMonth,
  type Signal,
} from '@signaalreis/core';
import { expect } from 'vitest';
import { historyArb, signalsArb } from '../matching/test-support/signals';
import { routingJson } from '../routing/fixtures.test-support';

const load = (json: unknown) => {
  const r = loadRoutingConfig(json);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const generous = load(routingJson);
const tight = load({ ...routingJson, capacity: [{ channel: 'home-visit', perMonth: 0, source: 'test' }] });

async function planned(
  signals: Parameters<typeof runMonth>[0]['signals'],
  history: Parameters<typeof runMonth>[0]['history'],
  routing = generous,
  config: Pick<Parameters<typeof runMonth>[0], 'matching' | 'intake'> = {},
) {
  const month = await runMonth({ month: asIsoMonth('2026-10'), signals, history, ...config });
  if (!month.ok) throw new Error(JSON.stringify(month.issues));
  const r = planMonth(month.value, routing);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

test.prop([signalsArb, historyArb])(
  'a month compared with itself has no changed cases',
  async (signals, history) => {
    const m = await planned(signals, history);
    const c = compareMonths(m, m);
    expect(c.changed).toEqual([]);
    for (const p of Object.values(c.bySignalStatus)) expect(p.a).toBe(p.b);
  },
);

test.prop([signalsArb, historyArb])(
  'counts add up on both sides, and only cases whose outcome differs are listed',
  async (signals, history) => {
    const a = await planned(signals, history, generous);
    const b = await planned(signals, history, tight);
    const c = compareMonths(a, b);
    const sum = (side: 'a' | 'b') => Object.values(c.bySignalStatus).reduce((n, p) => n + p[side], 0);
    expect(sum('a')).toBe(c.cases.a);
    expect(sum('b')).toBe(c.cases.b);
    expect(Object.values(c.byPrimaryChannel).reduce((n, p) => n + p.b, 0)).toBe(c.cases.b);
    expect(c.byPrimaryChannel['home-visit']?.b ?? 0).toBe(0);
    for (const x of c.changed) expect(x.a).not.toEqual(x.b);
    const visitsBefore = c.byPrimaryChannel['home-visit']?.a ?? 0;
    if (visitsBefore > 0) expect(c.changed.length).toBeGreaterThan(0);
  },
);

const POSTCODES = ['7411AB', '7412CD', '7413EF', '7414GH'] as const;

/** A policy as a reform may change it: area, forwarding, floor, capacity, and the signals it reads. */
const policyArb = fc.record({
  area: fc.option(fc.subarray(['7411', '7412', '7413', '7414'], { minLength: 1 }), { nil: undefined }),
  forward: fc.constantFrom('all' as const, 'matches-only' as const),
  floorCents: fc.constantFrom(0, 5_000, 10_000, 30_000),
  tight: fc.boolean(),
  keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
});
type Policy = typeof policyArb extends fc.Arbitrary<infer P> ? P : never;

/** October signals spread over four postcode areas. */
const spreadArb = fc
  .tuple(signalsArb, fc.array(fc.constantFrom(...POSTCODES), { minLength: 40, maxLength: 40 }))
  .map(([signals, postcodes]) =>
    signals.map((s, i) => ({ ...s, address: { ...s.address, postcode: postcodes[i] } }) as Signal),
  );

const underPolicy = (signals: Signal[], history: Parameters<typeof planned>[1], p: Policy) =>
  planned(
    signals.filter((_, i) => p.keep[i]),
    history,
    p.tight ? tight : generous,
    {
      matching: {
        ...DEFAULT_MATCHING_CONFIG,
        forward: p.forward,
        ...(p.area
          ? { area: { postcodeRanges: p.area.map((n) => ({ from: n, to: n })), source: 'test' } }
          : {}),
      },
      intake: { ...DEFAULT_INTAKE_CONFIG, floor: { defaultCents: p.floorCents, source: 'test' } },
    },
  );

/** Every journey of `m`, by case id, and how often `listed` names it. */
function expectEachOnce(m: PlannedMonth, listed: string[]) {
  expect([...listed].sort()).toEqual(m.journeys.map((j) => j.caseId as string).sort());
}

test.prop([spreadArb, historyArb, policyArb, policyArb])(
  'any two policies (area, forwarding, floor, capacity, input): compare never throws and accounts for every case of either side exactly once',
  async (signals, history, pa, pb) => {
    const a = await underPolicy(signals, history, pa);
    const b = await underPolicy(signals, history, pb);
    const c = compareMonths(a, b);
    const p = pairCases(a, b);
    expectEachOnce(a, [...p.both.map((x) => x.a.caseId), ...p.onlyA.map((x) => x.journey.caseId)]);
    expectEachOnce(b, [...p.both.map((x) => x.b.caseId), ...p.onlyB.map((x) => x.journey.caseId)]);
    for (const x of p.both) expect(x.a.match.householdKey).toBe(x.b.match.householdKey);
    expect(c.cases).toEqual({ a: a.journeys.length, b: b.journeys.length });
    expect(c.inBoth + c.onlyInA.length).toBe(c.cases.a);
    expect(c.inBoth + c.onlyInB.length).toBe(c.cases.b);
    const inA = new Set(c.onlyInA.map((x) => x.caseId));
    for (const x of c.changed) expect(inA.has(x.caseId)).toBe(false);
    const byReason = Object.values(c.oneSidedByReason);
    expect(byReason.reduce((n, r) => n + r.a, 0)).toBe(c.onlyInA.length);
    expect(byReason.reduce((n, r) => n + r.b, 0)).toBe(c.onlyInB.length);
    for (const side of ['a', 'b'] as const)
      expect(Object.values(c.bySignalStatus).reduce((n, r) => n + r[side], 0)).toBe(c.cases[side]);
    // a household outside B's area but in B's input is under A only for that reason
    for (const x of c.onlyInA)
      expect(x.reason).toMatch(
        /^(outside_municipality|not_in_input)(\+(outside_municipality|not_in_input))?$/,
      );
  },
);

test.prop([signalsArb])('a different input: the extra household is a case under B only', async (signals) => {
  const a = await planned(signals, []);
  const extra = signals.slice(0, 1).map((s) => ({
    ...s,
    signalId: asSignalId('extra'),
    address: { postcode: '1012AB', houseNumber: 1 },
  })) as Signal[];
  const b = await planned([...signals, ...extra], []);
  const c = compareMonths(a, b);
  expect(c.onlyInA).toEqual([]);
  expect(c.onlyInB.map((x) => x.reason)).toEqual(extra.map(() => 'not_in_input'));
  expect(c.inBoth).toBe(a.journeys.length);
});
