import { fc, test } from '@fast-check/vitest';
import { parseAmount } from '@signaalreis/adapters';
import { expect } from 'vitest';
import { parseWrittenAmount } from './values';

// An independent reading of a string of digits, `.` and `,` under each convention its writer may
// have used — Dutch (`.` thousands in groups of three, `,` decimals) and English (the other way
// round) — with any number of decimals. A reading is exact: its digits and how many are decimals.
interface Reading {
  digits: bigint;
  decimals: number;
}
function readingsOf(s: string): Reading[] {
  const out: Reading[] = [];
  for (const [thousands, decimal] of [
    ['.', ','],
    [',', '.'],
  ] as const) {
    const parts = s.split(decimal);
    if (parts.length > 2) continue;
    const [int = '', frac] = parts;
    if (frac !== undefined && !/^\d+$/.test(frac)) continue;
    const groups = int.split(thousands);
    const plain = groups.length === 1 && /^\d+$/.test(int);
    const grouped =
      groups.length > 1 &&
      /^[1-9]\d{0,2}$/.test(groups[0] ?? '') &&
      groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!plain && !grouped) continue;
    out.push({ digits: BigInt(groups.join('') + (frac ?? '')), decimals: frac?.length ?? 0 });
  }
  return out;
}
const equalsCents = (r: Reading, cents: number) =>
  BigInt(cents) * 10n ** BigInt(r.decimals) === r.digits * 100n;

const amountText = fc.string({
  unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ','),
  minLength: 1,
  maxLength: 12,
});

test.prop([amountText], { numRuns: 3000 })(
  'an accepted amount is the value of every way the text can be read: never a misread',
  (s) => {
    const r = parseAmount(s);
    if (!r.ok) return true;
    const readings = readingsOf(s);
    return readings.length > 0 && readings.every((x) => equalsCents(x, r.value));
  },
);

test.prop([amountText], { numRuns: 3000 })(
  'an amount with one possible value and at most two decimals is accepted',
  (s) => {
    const readings = readingsOf(s);
    const [first] = readings;
    if (!first || readings.some((x) => x.decimals > 2)) return true;
    const r = parseAmount(s);
    if (!r.ok) return false;
    return readings.every((x) => equalsCents(x, r.value));
  },
);

// The plain fast path of parseAmount (digits, one separator, one or two decimals) against the
// grammar alone, over plain and not-quite-plain texts: more than 13 digits, three decimals, signs,
// currency, spaces, two separators.
const nearlyPlain = fc.oneof(
  fc.string({
    unit: fc.constantFrom('0', '1', '7', '9', '.', ',', '/', ':', '+'),
    minLength: 0,
    maxLength: 18,
  }),
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom('0', '3', '9'), minLength: 1, maxLength: 16 }),
      fc.constantFrom('', '.', ',', ' ', '-'),
      fc.string({ unit: fc.constantFrom('0', '5', '9'), minLength: 0, maxLength: 4 }),
    )
    .map(([a, sep, b]) => a + sep + b),
  fc.string({
    unit: fc.constantFrom('0', '1', '.', ',', '-', ' ', '€', 'E', 'U', 'R', '\u00a0', 'x', '٣'),
    maxLength: 10,
  }),
);

test.prop([nearlyPlain], { numRuns: 5000 })(
  'an amount read by the plain fast path is what the grammar alone reads',
  (s) => {
    expect(parseAmount(s)).toEqual(parseWrittenAmount(s));
  },
);
