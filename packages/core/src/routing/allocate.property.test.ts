import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  type AllocationSubject,
  allocate,
  asCaseId,
  asIsoDate,
  type CapacityConfig,
  CHANNEL_NEEDS,
  type IsoDate,
  isIsoDate,
} from '../index';
import { CHANNELS, TEAMS } from '../model/enums';
import { checkCapacityConfig } from './config-checks';

const ON = asIsoDate('2026-10-26');

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
      ({ priority, rank, steps, routed, contact }): AllocationSubject => ({
        caseId: asCaseId(`2026-10-${String(i).padStart(4, '0')}`),
        match: { rank },
        route: {
          routedOn: ON,
          bucket: routed ? 'b' : 'unrouted',
          priority,
          deadline: asIsoDate('2026-11-23'),
          steps,
          ...(routed ? { ruleId: 'r' } : {}),
          ruleIds: routed ? ['r'] : [],
          contact,
          explanation: { nl: 'x', en: 'x' },
          trace: {
            table: 't',
            tableLabel: { nl: 'T', en: 'T' },
            asOf: ON,
            hitPolicy: 'first',
            outcomes: [],
            selected: [],
            rules: [],
          },
        },
      }),
    );

const plans: fc.Arbitrary<AllocationSubject[]> = fc
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

/** Allocates; the arbitraries give valid dates and unique case ids, so a failure is a bug. */
function run(ps: readonly AllocationSubject[], cfg: CapacityConfig) {
  const r = allocate(ps, cfg, ON);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The serving order allocation promises: priority, then rank, then case id. */
const servingOrder = (ps: readonly AllocationSubject[]) =>
  [...ps].sort(
    (a, b) =>
      a.route.priority - b.route.priority ||
      a.match.rank - b.match.rank ||
      (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0),
  );

describe('allocate (properties)', () => {
  test.prop([plans, config])('never exceeds a capacity', (ps, cfg) => {
    const a = run(ps, cfg);
    for (const u of a.allocation.usage)
      if (u.perMonth !== undefined) expect(u.used).toBeLessThanOrEqual(u.perMonth);
    // recount from the final steps, independently of the usage rows
    const placed = a.journeys.flatMap((j) => j.allocation.steps);
    for (const cap of cfg.capacity) {
      const n = placed.filter((s) => s.channel === cap.channel && (!cap.team || s.team === cap.team)).length;
      expect(n).toBeLessThanOrEqual(cap.perMonth);
    }
  });

  test.prop([plans, config])('places or reports every plan; counts add up', (ps, cfg) => {
    const a = run(ps, cfg);
    expect(a.journeys.map((j) => j.caseId)).toEqual(ps.map((p) => p.caseId));
    const { placed, partial, unplaced, noContact, plans: total } = a.allocation.counts;
    expect(placed + partial + unplaced + noContact).toBe(total);
    expect(total).toBe(ps.length);
    const outcome = new Map(a.journeys.map((j) => [j.caseId, j.allocation.outcome]));
    expect(a.allocation.unplaced).toEqual(
      servingOrder(ps)
        .filter((p) => outcome.get(p.caseId) === 'unplaced')
        .map((p) => p.caseId),
    );
    for (const [i, j] of a.journeys.entries()) {
      expect(j.allocation.placements).toHaveLength(ps[i]?.route.steps.length ?? -1);
      if (j.allocation.outcome === 'placed' || j.allocation.outcome === 'partial')
        expect(j.allocation.steps.length).toBeGreaterThan(0);
    }
  });

  test.prop([plans, config])('adds the allocation section and changes nothing else', (ps, cfg) => {
    const a = run(ps, cfg);
    a.journeys.forEach((j, i) => {
      const { allocation: _allocation, ...rest } = j;
      expect(rest).toEqual(ps[i]);
    });
  });

  test.prop([plans, config, fc.nat()])('is deterministic under input shuffle', (ps, cfg, seed) => {
    const shuffled = [...ps];
    let s = seed;
    for (let i = shuffled.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const j = s % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j] as AllocationSubject, shuffled[i] as AllocationSubject];
    }
    const a = run(shuffled, cfg);
    const b = run(ps, cfg);
    expect(a.allocation).toEqual(b.allocation);
    const byId = new Map(b.journeys.map((j) => [j.caseId, j.allocation]));
    for (const j of a.journeys) expect(j.allocation).toEqual(byId.get(j.caseId));
  });

  test.prop([plans, config])('never plans a channel whose contact data are missing', (ps, cfg) => {
    const a = run(ps, cfg);
    a.journeys.forEach((j, i) => {
      const contact = ps[i]?.route.contact;
      for (const st of j.allocation.steps) {
        const need = CHANNEL_NEEDS[st.channel];
        if (need === 'phone') expect(contact?.hasPhone).toBe(true);
        if (need === 'email') expect(contact?.hasEmail).toBe(true);
        if (need === 'address') expect(contact?.hasAddress).toBe(true);
      }
    });
  });

  test.prop([
    plans,
    config,
    fc.oneof(
      fc.string(),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    ),
  ])(
    'any date: a result exactly for real dates, an invalid_date issue otherwise, never a throw',
    (ps, cfg, on) => {
      const r = allocate(ps, cfg, on as IsoDate);
      expect(r.ok).toBe(isIsoDate(on));
      if (r.ok) expect(r.value.allocation.month).toBe(on.slice(0, 7));
      else expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid_date', path: ['on'] })]);
    },
  );
});
