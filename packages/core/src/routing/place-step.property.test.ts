// placeStep after issue 14's third round (one key string per pair, the limiting capacity entries
// worked out once per pair, a placement built without spreads) against main's placeStep, kept in
// place-step.old.test-support.ts: for random capacities, fallbacks and overflows and a random run
// of requests against one ledger each, every placement and the final ledgers are equal.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { CHANNELS, TEAMS } from '../model/enums';
import type { CapacityConfig } from './config';
import type { ContactData } from './config-checks';
import { newLedger, pairKey, placeStep } from './place-step';
import { newLedger as oldLedger, placeStep as oldPlaceStep } from './place-step.old.test-support';

const channel = fc.constantFrom(...CHANNELS);
const team = fc.constantFrom(...TEAMS.slice(0, 3));
const source = fc.constantFrom('signaalreis-2023', 'project default');

const configArb: fc.Arbitrary<CapacityConfig> = fc.record({
  capacity: fc.array(
    fc.record(
      { channel, team, perMonth: fc.integer({ min: 0, max: 3 }), source },
      { requiredKeys: ['channel', 'perMonth', 'source'] },
    ),
    { maxLength: 6 },
  ),
  overflow: fc.array(
    fc.record({
      from: fc.record({ channel, team }, { requiredKeys: ['channel'] }),
      to: fc.record({ channel, team }, { requiredKeys: ['channel'] }),
      source,
    }),
    { maxLength: 4 },
  ),
  fallbacks: fc.array(
    fc.record({
      missing: fc.constantFrom<ContactData>('phone', 'email', 'address'),
      channel,
      to: channel,
      source,
    }),
    { maxLength: 4 },
  ),
});

const requestArb = fc.record({
  requested: fc.record(
    { channel, team, attempts: fc.integer({ min: 1, max: 3 }), ifCapacityLeft: fc.boolean() },
    { requiredKeys: ['channel', 'team', 'attempts'] },
  ),
  has: fc.record({ phone: fc.boolean(), email: fc.boolean(), address: fc.boolean() }),
  inPlan: fc.array(fc.tuple(channel, team), { maxLength: 2 }),
});

test.prop([configArb, fc.array(requestArb, { maxLength: 25 })])(
  'placeStep places as before: every placement and the ledger',
  (config, requests) => {
    const ledger = newLedger(config);
    const before = oldLedger(config);
    for (const { requested, has, inPlan } of requests) {
      const keys = new Set(inPlan.map(([c, t]) => pairKey(c, t)));
      const placed = placeStep(requested, has, keys, config, ledger);
      const expected = oldPlaceStep(requested, has, keys, config, before);
      expect(placed).toStrictEqual(expected);
      expect(JSON.stringify(placed)).toBe(JSON.stringify(expected)); // the keys in the same order
    }
    expect(ledger).toStrictEqual(before);
    expect([...ledger.used.keys()]).toEqual([...before.used.keys()]);
  },
);

test('a pair has one key string, as before', () => {
  expect(pairKey('home-visit', 'municipality')).toBe('home-visit/municipality');
  expect(pairKey('phone', 'crisis')).toBe(pairKey('phone', 'crisis'));
});

test('a capacity list changed between two allocation runs limits the next run as changed', () => {
  const config: CapacityConfig = {
    capacity: [{ channel: 'phone', perMonth: 0, source: 'project default' }],
    overflow: [],
    fallbacks: [],
  };
  const has = { phone: true, email: true, address: true };
  const request = { channel: 'phone', team: 'municipality', attempts: 1 } as const;
  expect(placeStep(request, has, new Set(), config, newLedger(config)).outcome).toBe('unplaced');
  config.capacity.pop(); // a vendor's configuration, changed before its next month
  expect(placeStep(request, has, new Set(), config, newLedger(config)).outcome).toBe('placed');
});
