// Amount cells: any cents value, written by Excel as a number or typed as Dutch text, reads back as
// exactly those cents; a number that is no whole number of cents is rejected, never rounded.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseAmount } from '../csv/values';
import { cellText } from './cells';

const at = { address: 'G2', column: 'bedrag', kind: 'amount' as const, date1904: false };
const cents = fc.integer({ min: 1, max: 10_000_000_000 }); // up to € 100 million

/** Cents as a Dutch amount: thousands with `.` (or a space, or none), a decimal comma, maybe `€ `. */
const dutch = (c: number, group: string, euro: boolean) => {
  const euros = String(Math.floor(c / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${euro ? '€ ' : ''}${euros},${String(c % 100).padStart(2, '0')}`;
};

/** What the CSV reader would make of the cell's text: the cents, by the same value parser. */

const read = (value: string | number) => {
  const t = cellText(value, undefined, at);
  if (!t.ok) return t.code;
  const r = parseAmount(t.text);
  return r.ok ? r.value : r.issues[0]?.code;
};

describe('amount cells', () => {
  test.prop([cents])('a number cell of euros (cents / 100) reads back as exactly those cents', (c) => {
    expect(read(c / 100)).toBe(c);
  });

  test.prop([cents, fc.constantFrom('.', ' ', ''), fc.boolean()])(
    'a text cell in Dutch notation reads back as exactly those cents',
    (c, group, euro) => {
      expect(read(dutch(c, group, euro))).toBe(c);
    },
  );

  test.prop([cents, fc.integer({ min: 1, max: 9 })])(
    'a number with a third decimal is rejected as invalid_amount, not rounded',
    (c, third) => {
      expect(read((c * 10 + third) / 1000)).toBe('invalid_amount');
    },
  );
});
