// `routingInputOf` without a set, a filter or spreads per case (issue 14, twenty-first round) gives
// what it gave, key order included — for any case: one signal or many (past the scan limit of 16),
// ids repeated within a case, intake statuses of every kind, intake entries of signals the case
// does not hold, no intake at all, birth dates or none, recidive and earlier contact or not.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { CaseJourney } from '../journey/types';
import { DDAS_SIGNAL_STATUSES } from '../model/enums';
import { routingInputOf } from './journey-input';
import { oldRoutingInputOf } from './journey-input.old.test-support';

const id = fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S5');
const signalArb = fc.record({
  signalId: id,
  partner: fc.record({ id: fc.constantFrom('WO-1', 'EN-1'), sector: fc.constantFrom('housing', 'energy') }),
  kind: fc.constantFrom('early', 'eviction'),
  amountCents: fc.integer({ min: -100, max: 500_000 }),
  arrearSince: fc.constant('2026-08-01'),
  signalDate: fc.constant('2026-10-01'),
  person: fc.record({ birthDate: fc.constantFrom(undefined, '', '1990-02-03') }, { requiredKeys: [] }),
  contact: fc.record(
    { phone: fc.constantFrom('', '+31612345678'), email: fc.constantFrom('a@b.nl') },
    { requiredKeys: [] },
  ),
  address: fc.record({ postcode: fc.constantFrom('', '7411AB'), houseNumber: fc.constantFrom(0, 12) }),
});
const journeyArb = fc
  .record(
    {
      signals: fc.oneof(
        fc.array(signalArb, { maxLength: 4 }),
        fc.array(signalArb, { minLength: 15, maxLength: 24 }),
      ),
      isMatch: fc.boolean(),
      recidive: fc.constantFrom(undefined, [], ['2026-08'], ['2026-09', '2026-07']),
      reachedBefore: fc.constantFrom(undefined, true, false),
      intake: fc.option(
        fc.oneof(
          fc.array(fc.record({ signalId: id, signalStatus: fc.constantFrom(...DDAS_SIGNAL_STATUSES) }), {
            maxLength: 6,
          }),
          fc.array(fc.record({ signalId: id, signalStatus: fc.constantFrom(...DDAS_SIGNAL_STATUSES) }), {
            minLength: 17,
            maxLength: 24,
          }),
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['signals', 'isMatch', 'recidive', 'reachedBefore', 'intake'] },
  )
  .map(
    ({ signals, isMatch, recidive, reachedBefore, intake }) =>
      ({
        match: {
          month: '2026-10',
          isMatch,
          signals: signals.map((signal) => ({ signal })),
          ...(recidive ? { recidive: { previousMonths: recidive } } : {}),
          ...(reachedBefore === undefined ? {} : { reachedBefore }),
        },
        ...(intake ? { intake: { signals: intake } } : {}),
      }) as unknown as CaseJourney,
  );

test.prop([journeyArb], { numRuns: 500 })('routingInputOf gives what it gave, in the same key order', (j) => {
  const now = routingInputOf(j);
  const before = oldRoutingInputOf(j);
  expect(now).toStrictEqual(before);
  expect(JSON.stringify(now)).toBe(JSON.stringify(before));
});
