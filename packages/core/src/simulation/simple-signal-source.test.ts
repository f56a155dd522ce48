// The interim signal source (issue 16): seeded, valid signals, about 4 per 1,000 inhabitants a
// month with a March peak, households recurring across months, bad sizes as issues.
import {
  asIsoMonth,
  createSimpleSignalSource,
  inhabitantsOf,
  type SimulationUnit,
  validateSignal,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const unit = (over: Partial<SimulationUnit> = {}): SimulationUnit => ({
  seed: 's',
  replication: 0,
  municipality: { code: 'm', inhabitants: 50_000 },
  start: asIsoMonth('2027-01'),
  ...over,
});
const months = (u: SimulationUnit, n: number) => {
  const s = createSimpleSignalSource(u);
  if (!s.ok) throw new Error('no source');
  return Array.from({ length: n }, () => s.value.next({}));
};

describe('createSimpleSignalSource', () => {
  it('gives valid signals of each month, about 4 per 1,000 inhabitants, 20 % more in March', () => {
    const [jan, feb, mar] = months(unit(), 3);
    expect([jan?.month, feb?.month, mar?.month]).toEqual(['2027-01', '2027-02', '2027-03']);
    for (const m of [jan, feb, mar]) {
      expect(m?.signals.every((s) => validateSignal(s).ok && s.signalDate.startsWith(m.month))).toBe(true);
      expect(new Set(m?.signals.map((s) => `${s.partner.id}/${s.signalId}`)).size).toBe(m?.signals.length);
    }
    for (const m of [jan, feb]) expect(m?.signals.length).toBeGreaterThanOrEqual(180); // 200 ± 10 %
    for (const m of [jan, feb]) expect(m?.signals.length).toBeLessThanOrEqual(220);
    expect(mar?.signals.length).toBeGreaterThanOrEqual(216); // 240 ± 10 %
  });

  it('is the same for the same unit, another for another replication; households recur', () => {
    const a = months(unit(), 2);
    expect(JSON.stringify(months(unit(), 2))).toBe(JSON.stringify(a));
    expect(JSON.stringify(months(unit({ replication: 1 }), 2))).not.toBe(JSON.stringify(a));
    const key = (s: { address: { postcode: string; houseNumber: number } }) =>
      `${s.address.postcode} ${s.address.houseNumber}`;
    const jan = new Set(a[0]?.signals.map(key));
    expect(a[1]?.signals.some((s) => jan.has(key(s)))).toBe(true);
  });

  it('a municipality needs a type or a number of inhabitants', () => {
    expect(inhabitantsOf({ code: 'x', type: 'large' })).toBe(400_000);
    expect(inhabitantsOf({ code: 'x', inhabitants: 0 })).toBeUndefined();
    const r = createSimpleSignalSource(unit({ municipality: { code: 'x' } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message.nl).toMatch(/type .* of een aantal inwoners/);
  });
});
