import { test } from '@fast-check/vitest';
import {
  asIsoMonth,
  asSignalId,
  compareMonths,
  loadRoutingConfig,
  planMonth,
  runMonth,
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
) {
  const month = await runMonth({ month: asIsoMonth('2026-10'), signals, history });
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
    expect(sum('a')).toBe(c.cases);
    expect(sum('b')).toBe(c.cases);
    expect(Object.values(c.byPrimaryChannel).reduce((n, p) => n + p.b, 0)).toBe(c.cases);
    expect(c.byPrimaryChannel['home-visit']?.b ?? 0).toBe(0);
    for (const x of c.changed) expect(x.a).not.toEqual(x.b);
    const visitsBefore = c.byPrimaryChannel['home-visit']?.a ?? 0;
    if (visitsBefore > 0) expect(c.changed.length).toBeGreaterThan(0);
  },
);

test.prop([signalsArb])('refuses to compare different inputs', async (signals) => {
  const a = await planned(signals, []);
  const b = await planned(
    [
      ...signals,
      ...signals.slice(0, 1).map((s) => ({
        ...s,
        signalId: asSignalId('extra'),
        address: { postcode: '1012AB', houseNumber: 1 },
      })),
    ],
    [],
  );
  if (signals.length > 0) expect(() => compareMonths(a, b)).toThrow(/same cases/);
});
