import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { allocate, type CapacityConfig, CHANNEL_NEEDS, type RoutedPlan } from '../index';
import { CHANNELS, TEAMS } from '../model/enums';
import { checkCapacityConfig } from './config-checks';

const channel = fc.constantFrom(...CHANNELS);
const team = fc.constantFrom(...TEAMS.slice(0, 3));

const step = fc.record(
  {
    channel,
    team,
    attempts: fc.integer({ min: 1, max: 3 }),
    ifCapacityLeft: fc.boolean(),
  },
  { requiredKeys: ['channel', 'team', 'attempts'] },
);

const plan = (i: number) =>
  fc
    .record({
      priority: fc.integer({ min: 1, max: 4 }),
      rank: fc.integer({ min: 1, max: 5 }),
      steps: fc.array(step, { maxLength: 3 }),
      routed: fc.boolean(),
      contact: fc.record({ hasPhone: fc.boolean(), hasEmail: fc.boolean(), hasAddress: fc.boolean() }),
    })
    .map(
      ({ priority, rank, steps, routed, contact }): RoutedPlan => ({
        caseId: `C${String(i).padStart(3, '0')}`,
        onDate: '2026-10-26',
        rank,
        bucket: routed ? 'b' : 'unrouted',
        priority,
        deadline: '2026-11-23',
        steps,
        ...(routed ? { ruleId: 'r' } : {}),
        ruleIds: routed ? ['r'] : [],
        contact,
        explanation: { nl: 'x', en: 'x' },
        trace: {
          table: 't',
          tableLabel: 'T',
          asOf: '2026-10-26',
          hitPolicy: 'first',
          outcomes: [],
          selected: [],
          rules: [],
        },
      }),
    );

const plans: fc.Arbitrary<RoutedPlan[]> = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => plan(i))).map((t) => [...t]));

const config: fc.Arbitrary<CapacityConfig> = fc
  .record({
    capacity: fc.uniqueArray(
      fc.record(
        { channel, team, perMonth: fc.integer({ min: 0, max: 6 }), source: fc.constant('s') },
        { requiredKeys: ['channel', 'perMonth', 'source'] },
      ),
      { selector: (c) => `${c.channel}/${c.team ?? '*'}`, maxLength: 6 },
    ),
    overflow: fc.uniqueArray(
      fc.record({
        from: fc.record({ channel, team }, { requiredKeys: ['channel'] }),
        to: fc.record({ channel, team }, { requiredKeys: ['channel'] }),
        source: fc.constant('s'),
      }),
      { selector: (o) => `${o.from.channel}/${o.from.team ?? '*'}`, maxLength: 4 },
    ),
    fallbacks: fc.uniqueArray(
      channel.chain((c) =>
        channel
          .filter((to) => CHANNEL_NEEDS[to] !== CHANNEL_NEEDS[c])
          .map((to) => ({ missing: CHANNEL_NEEDS[c], channel: c, to, source: 's' })),
      ),
      { selector: (f) => f.channel, maxLength: 4 },
    ),
  })
  .filter((c) => checkCapacityConfig(c).length === 0);

describe('allocate (properties)', () => {
  test.prop([plans, config])('never exceeds a capacity', (ps, cfg) => {
    const a = allocate(ps, cfg, '2026-10-26');
    for (const u of a.usage) if (u.perMonth !== undefined) expect(u.used).toBeLessThanOrEqual(u.perMonth);
    // recount from the final steps, independently of the usage rows
    const placed = a.cases.flatMap((c) => c.steps);
    for (const cap of cfg.capacity) {
      const n = placed.filter((s) => s.channel === cap.channel && (!cap.team || s.team === cap.team)).length;
      expect(n).toBeLessThanOrEqual(cap.perMonth);
    }
  });

  test.prop([plans, config])('places or reports every plan; counts add up', (ps, cfg) => {
    const a = allocate(ps, cfg, '2026-10-26');
    expect(a.cases.map((c) => c.caseId).sort()).toEqual(ps.map((p) => p.caseId).sort());
    const { placed, partial, unplaced, noContact, plans: total } = a.counts;
    expect(placed + partial + unplaced + noContact).toBe(total);
    expect(total).toBe(ps.length);
    expect(a.unplaced).toEqual(a.cases.filter((c) => c.status === 'unplaced').map((c) => c.caseId));
    for (const c of a.cases) {
      expect(c.placements).toHaveLength(ps.find((p) => p.caseId === c.caseId)?.steps.length ?? -1);
      if (c.status === 'placed' || c.status === 'partial') expect(c.steps.length).toBeGreaterThan(0);
    }
  });

  test.prop([plans, config, fc.nat()])('is deterministic under input shuffle', (ps, cfg, seed) => {
    const shuffled = [...ps];
    let s = seed;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as RoutedPlan, shuffled[i] as RoutedPlan];
    }
    expect(allocate(shuffled, cfg, '2026-10-26')).toEqual(allocate(ps, cfg, '2026-10-26'));
  });

  test.prop([plans, config])('never plans a channel whose contact data are missing', (ps, cfg) => {
    const a = allocate(ps, cfg, '2026-10-26');
    for (const c of a.cases) {
      const contact = ps.find((p) => p.caseId === c.caseId)?.contact;
      for (const st of c.steps) {
        const need = CHANNEL_NEEDS[st.channel];
        if (need === 'phone') expect(contact?.hasPhone).toBe(true);
        if (need === 'email') expect(contact?.hasEmail).toBe(true);
        if (need === 'address') expect(contact?.hasAddress).toBe(true);
      }
    }
  });
});
