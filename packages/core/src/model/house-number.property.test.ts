// parseHouseNumber's shortcut for a number alone (issue 14, third round: 300,000 rows a month) gives
// what the full parse gives, for any text in either column — numbers with spaces, leading zeros,
// out of range, letters, separators, other characters.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { parseHouseNumber, parseHouseNumberInFull } from './house-number';

const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom('0', '1', '2', '9', ' ', '\t', '\u00a0', 'a', 'B', '-', '/', '.', '!'),
    maxLength: 9,
  }),
  fc.integer({ min: -5, max: 1_000_001 }).map(String),
  fc.string(),
);

test.prop([cell, fc.option(cell, { nil: undefined })])(
  'the shortcut answers as the full parse',
  (number, addition) => {
    expect(parseHouseNumber(number, addition)).toStrictEqual(parseHouseNumberInFull(number, addition));
  },
);
