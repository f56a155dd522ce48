import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type RoutingCaseInput, routingFacts, routingInputOf } from '../index';
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import { caseInput, journeyOf, ON, signal } from './fixtures.test-support';

const signalsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.integer({ min: 1, max: 99 }),
      sector: fc.constantFrom(...SECTORS),
      kind: fc.constantFrom(...SIGNAL_KINDS),
      amountCents: fc.integer({ min: 1, max: 500_000 }),
      birthYear: fc.option(fc.integer({ min: 1930, max: 2008 }), { nil: undefined }),
      hasPhone: fc.boolean(),
      hasEmail: fc.boolean(),
    }),
    { selector: (s) => s.id, minLength: 1, maxLength: 5 },
  )
  .map((xs) =>
    xs.map((x) =>
      signal({
        signalId: `S${x.id}`,
        partnerId: `P-${x.sector}`,
        sector: x.sector,
        kind: x.kind,
        amountCents: x.amountCents,
        hasPhone: x.hasPhone,
        hasEmail: x.hasEmail,
        ...(x.birthYear ? { birthDate: `${x.birthYear}-03-01` } : {}),
      }),
    ),
  );

const inputArb: fc.Arbitrary<RoutingCaseInput> = fc
  .record({
    signals: signalsArb,
    isMatch: fc.boolean(),
    recidive: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    reached: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ signals, isMatch, recidive, reached }) =>
    caseInput(signals, {
      isMatch,
      ...(recidive === undefined ? {} : { recidiveMonthsAgo: recidive }),
      ...(reached === undefined ? {} : { reachedBefore: reached, failedContactBefore: !reached }),
    }),
  );

describe('routingInputOf', () => {
  test.prop([inputArb])(
    'reads back the routing input a journey was made of (no names, no address)',
    (input) => {
      const read = routingInputOf(journeyOf('2026-10-0001', input));
      expect(read).toEqual(input);
      expect(JSON.stringify(read)).not.toMatch(/Jansen|7411AB|example\.nl|\+316/);
    },
  );

  test.prop([inputArb, fc.nat()])(
    'keeps only the signals intake picked up, but never fewer than one',
    (input, pick) => {
      const ids = input.signals.map((s) => s.signalId);
      const dropped = ids.filter((_, i) => (pick >> i) & 1);
      const read = routingInputOf(journeyOf('2026-10-0001', input, { dropped }));
      const kept = ids.filter((id) => !dropped.includes(id));
      expect(read.signals.map((s) => s.signalId)).toEqual(kept.length > 0 ? kept : ids);
    },
  );

  it('counts every signal of a journey that has no intake section yet', () => {
    const input = caseInput([signal(), signal({ signalId: 'S2', amountCents: 40_000 })]);
    const { intake: _intake, ...matched } = journeyOf('2026-10-0001', input, { dropped: ['S2'] });
    expect(routingInputOf(matched).signals).toHaveLength(2);
    expect(routingFacts(routingInputOf(matched), ON).totalAmountCents).toBe(50_000);
  });
});
