import {
  applyOutcomePatch,
  caseStream,
  DEFAULT_OUTCOME_PARAMETERS,
  drawOutcome,
  type PlannedAttempt,
  reachChance,
} from '@signaalreis/core';
import { describe, expect, it } from 'vitest';

const P = DEFAULT_OUTCOME_PARAMETERS;
const letterAndCalls: PlannedAttempt[] = [{ channel: 'letter' }, { channel: 'phone' }, { channel: 'phone' }];

describe('the outcome model', () => {
  it('reaches, over many households, as often as its chances say (law of large numbers)', () => {
    const n = 20_000;
    let reached = 0;
    let helped = 0;
    for (let i = 0; i < n; i++) {
      const d = drawOutcome({ key: `h${i}`, attempts: letterAndCalls }, P, 7);
      if (d.reached) reached++;
      if (d.helpAccepted) helped++;
    }
    const chance = 1 - (1 - 0.035) * (1 - 0.44) * (1 - 0.27);
    expect(reachChance(letterAndCalls, P)).toBeCloseTo(chance, 10);
    expect(reached / n).toBeCloseTo(chance, 1);
    expect(helped / reached).toBeCloseTo(0.35, 1);
  });

  it('gives each case its own stream: other keys and other seeds give other numbers', () => {
    const first = (seed: number, key: string) => caseStream(seed, key)();
    const firsts = Array.from({ length: 1000 }, (_, i) => first(1, `case-${i}`));
    expect(new Set(firsts).size).toBe(1000);
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(first(2, 'case-1')).not.toBe(first(1, 'case-1'));
  });

  it('applies the eviction risk only to cases with rent arrears, and none once help is accepted', () => {
    const always = applyOutcomePatch(P, {
      eviction: { withoutHelp: 1, withHelp: 0 },
      acceptance: { probability: 1 },
      reach: { byChannel: { phone: { byAttempt: [1], source: 'test' } } },
    });
    if (!always.ok) throw new Error(JSON.stringify(always.issues));
    const q = always.value;
    expect(drawOutcome({ key: 'x', attempts: [], sectors: ['rent'] }, q, 1).eviction).toBe(true);
    expect(drawOutcome({ key: 'x', attempts: [], sectors: ['health'] }, q, 1).eviction).toBe(false);
    expect(
      drawOutcome({ key: 'x', attempts: [{ channel: 'phone' }], sectors: ['rent'] }, q, 1),
    ).toMatchObject({
      helpAccepted: true,
      eviction: false,
    });
  });
});

describe('applyOutcomePatch', () => {
  it('merges objects, replaces arrays and adds a team', () => {
    const r = applyOutcomePatch(P, {
      reach: {
        byChannel: { 'home-visit': { byAttempt: [0.5] } },
        byTeam: { 'youth-worker': { factor: 1.2, source: 'own data 2026' } },
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reach.byChannel['home-visit']).toEqual({
      byAttempt: [0.5],
      source: P.reach.byChannel['home-visit'].source,
    });
    expect(r.value.reach.byChannel.phone).toEqual(P.reach.byChannel.phone);
    expect(r.value.reach.byTeam['youth-worker']?.factor).toBe(1.2);
  });

  it('bad patches give issues with paths and readable messages, never a throw', () => {
    const paths = (patch: unknown) => {
      const r = applyOutcomePatch(P, patch);
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
    };
    expect(paths([1])).toEqual([['patch_not_object', 'patch']]);
    expect(paths('{"acceptance":1}')).toEqual([['patch_not_object', 'patch']]);
    expect(paths({ reach: { byChanel: {} }, acceptence: 1 })).toEqual([
      ['patch_unknown_key', 'patch.reach.byChanel'],
      ['patch_unknown_key', 'patch.acceptence'],
    ]);
    const bad = applyOutcomePatch(P, { acceptance: { probability: 35 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['patch.acceptance.probability']);
      expect(bad.issues[0]?.message.nl).toMatch(/kans is een getal van 0 tot en met 1/);
    }
    expect(paths({ reach: { byChannel: { sms: { byAttempt: [] } } } })[0]?.[1]).toBe(
      'patch.reach.byChannel.sms.byAttempt',
    );
    expect(
      paths({
        followUp: { withHelp: { grew: 0, bailiff: 0, 'paid-new-arrears': 0, settled: 0, unknown: 0 } },
      }),
    ).toHaveLength(1);
    expect(paths({ eviction: { sectors: ['gas'] } })[0]?.[1]).toBe('patch.eviction.sectors.0');
  });
});
