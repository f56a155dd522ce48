// eachBatch encodes the pieces of a file straight into one reused buffer (issue 14: no joined string
// and no copy per batch): whatever the pieces, the bytes handed to the sink, in order, must be the
// UTF-8 of the pieces joined — also for pieces longer than a batch, many tiny pieces, and a
// surrogate pair split between two pieces; pieces of bytes among them (text read back from disk)
// are handed over as they are, in their place.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { eachBatch } from './atomic-file';

/** The bytes eachBatch hands over, copied (the buffer is reused after each call). */
function batched(pieces: readonly (string | Uint8Array)[]): Buffer {
  const out: Buffer[] = [];
  eachBatch(
    () => pieces,
    (b) => void out.push(Buffer.from(b)),
  );
  return Buffer.concat(out);
}

const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', '€', '\ud83d', '\ude00', '😀', '\n', 'é'), maxLength: 12 }),
  fc.nat({ max: 300_000 }).map((n) => 'x€'.repeat(n % 3 === 0 ? n : 1)),
);

describe('eachBatch', () => {
  test.prop([fc.array(piece, { maxLength: 40 })], { numRuns: 200 })(
    'hands over the UTF-8 of the pieces joined',
    (pieces) => {
      expect(batched(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    },
  );

  test.prop([fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { minLength: 1, maxLength: 200_000 })], {
    numRuns: 5,
  })('fills batches from many tiny pieces without losing a byte', (pieces) => {
    expect(batched(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });

  test.prop([fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array())])(
    'hands over text and bytes whole',
    (data) => {
      const out: Uint8Array[] = [];
      eachBatch(data, (b) => void out.push(b));
      expect(out).toHaveLength(1);
      expect(
        Buffer.from(out[0] ?? []).equals(
          typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data),
        ),
      ).toBe(true);
    },
  );

  test.prop([fc.array(fc.oneof(piece, fc.uint8Array({ maxLength: 40 })), { maxLength: 40 })], {
    numRuns: 200,
  })('hands over pieces of bytes as they are, in their place among the text', (pieces) => {
    // each run of text between bytes encoded as joined (a surrogate pair split by bytes has nothing to pair with)
    const want: Buffer[] = [];
    let text = '';
    for (const p of pieces) {
      if (typeof p === 'string') text += p;
      else {
        want.push(Buffer.from(text, 'utf8'), Buffer.from(p));
        text = '';
      }
    }
    want.push(Buffer.from(text, 'utf8'));
    expect(batched(pieces).equals(Buffer.concat(want))).toBe(true);
  });
});
