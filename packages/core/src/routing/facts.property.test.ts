// `routingFacts` made in one pass over a case's signals (issue 14, twentieth round) gives what the
// array or set per fact gave — for any signals: several partners, sectors and kinds (unknown ones
// too, as a vendor may send), any amounts (zero, negative, the same twice), birth dates or none.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { SECTORS, SIGNAL_KINDS } from '../model/enums';
import { asIsoDate } from '../model/iso-date';
import { type RoutingCaseInput, routingFacts } from './facts';
import { oldRoutingFacts } from './facts.old.test-support';

const dateArb = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const signalArb = fc.record(
  {
    signalId: fc.constantFrom('S1', 'S2', 'S3'),
    partnerId: fc.constantFrom('WO-1', 'EN-1', 'EN-2', 'ZV-1'),
    sector: fc.constantFrom(...SECTORS, 'unknown-sector'),
    kind: fc.constantFrom(...SIGNAL_KINDS, 'unknown-kind'),
    amountCents: fc.oneof(fc.integer({ min: -5_000, max: 500_000 }), fc.constant(0), fc.constant(-0)),
    arrearSince: dateArb,
    signalDate: dateArb,
    birthDate: dateArb,
    hasPhone: fc.boolean(),
    hasEmail: fc.boolean(),
    hasAddress: fc.boolean(),
  },
  {
    requiredKeys: [
      'signalId',
      'partnerId',
      'sector',
      'kind',
      'amountCents',
      'arrearSince',
      'signalDate',
      'hasPhone',
      'hasEmail',
      'hasAddress',
    ],
  },
);

const inputArb = fc.record(
  {
    isMatch: fc.boolean(),
    signals: fc.array(signalArb, { maxLength: 8 }),
    recidiveMonthsAgo: fc.integer({ min: 1, max: 12 }),
    reachedBefore: fc.boolean(),
    failedContactBefore: fc.boolean(),
  },
  { requiredKeys: ['isMatch', 'signals'] },
) as unknown as fc.Arbitrary<RoutingCaseInput>;

test.prop([inputArb, dateArb])('routingFacts gives what it gave', (input, on) => {
  const day = asIsoDate(on);
  expect(routingFacts(input, day)).toStrictEqual(oldRoutingFacts(input, day));
});
