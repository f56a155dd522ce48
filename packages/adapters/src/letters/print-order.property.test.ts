// The print room's order of letters and cards (outputs.ts, inPostcodeOrder): each item's key made
// once instead of at every comparison (issue 14) — the very order the comparison of both household
// keys at every step gave, for any household keys (with letters, additions, without an address,
// the same household twice) and case ids in any order.

import { fc, test } from '@fast-check/vitest';
import { addressFromHouseholdKey } from '@signaalreis/core';
import { describe, expect } from 'vitest';
import type { LetterItem } from './make-letters';
import { inPostcodeOrder } from './outputs';

/** The order as it was: both household keys read at every comparison (the oracle). */
function postcodeOrder(a: LetterItem, b: LetterItem): number {
  const x = addressFromHouseholdKey(a.recipient.householdKey);
  const y = addressFromHouseholdKey(b.recipient.householdKey);
  const key = (v: typeof x) =>
    v
      ? [
          v.postcode,
          String(v.houseNumber).padStart(5, '0'),
          v.houseLetter ?? '',
          v.houseNumberAddition ?? '',
        ].join(' ')
      : '';
  return key(x).localeCompare(key(y)) || a.caseId.localeCompare(b.caseId);
}

// few postcodes and house numbers of every length: neighbours in one street, as a print run has
const householdKey = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('7411AB', '7411AC', '1011AA', '9999ZZ'),
      fc.constantFrom(1, 2, 9, 10, 12, 100, 101, 1000, 99999),
      fc.constantFrom('', 'A', 'B', '-HS', '-BIS', '-1', 'A-2'),
    )
    .map(([p, h, s]) => `${p} ${h}${s}`),
  fc.constantFrom('', 'geen adres', '7411AB', '7411AB 12 13'),
);
const item = fc
  .record({
    caseId: fc.constantFrom('2026-10-0001', '2026-10-0002', '2026-10-10000', 'case-0003', 'é'),
    householdKey,
  })
  .map(
    ({ caseId, householdKey }) => ({ caseId, recipient: { householdKey }, n: 0 }) as unknown as LetterItem,
  );

describe('the print order (issue 14)', () => {
  test.prop([fc.array(item, { maxLength: 60 })])(
    'is the order of the comparison made at every step',
    (items) => {
      // each item its own number: equal keys and case ids must keep their order (a stable sort)
      for (const [i, x] of items.entries()) Object.assign(x, { n: i });
      const before = [...items];
      expect(inPostcodeOrder(items)).toEqual([...items].sort(postcodeOrder));
      expect(items).toEqual(before); // the items given are not reordered
    },
  );
});
