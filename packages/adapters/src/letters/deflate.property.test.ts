// The reused compressor (deflate.ts) must give pako.deflate's very bytes — what pdf-lib writes — for
// any inputs, one after another on one compressor: empty, a byte, random bytes, PDF operators that
// repeat (long matches across the hash chains), and inputs larger than the output buffer and the
// 32 KB window.
import { fc, test } from '@fast-check/vitest';
import pako from 'pako';
import { expect } from 'vitest';
import { reusedDeflate } from './deflate';

const operators = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 0, max: 999 }),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 300 },
  )
  .map((lines) =>
    new TextEncoder().encode(
      lines.map(([x, y, t]) => `BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm (${t}) Tj ET`).join('\n'),
    ),
  );
const input = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  operators,
  fc.constantFrom(new Uint8Array(0), new Uint8Array([0])),
  // larger than the 64 KB output buffer and the window: compressible and not
  fc
    .integer({ min: 40_000, max: 200_000 })
    .map((n) => Uint8Array.from({ length: n }, (_, i) => (i % 251) ^ (i >> 9))),
  fc.integer({ min: 70_000, max: 140_000 }).map((n) => {
    let x = n;
    return Uint8Array.from({ length: n }, () => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return x >>> 24;
    });
  }),
);

/** Where two byte strings first differ (their common length when one is the other's start). */
const firstDifference = (a: Buffer, b: Buffer): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

// compared as bytes, not with toEqual: its deep equality walks a 200 KB buffer an element at a time
// (39 s for the 60 runs alone, past the test timeout on a busy machine)
test.prop([fc.array(input, { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
  'one compressor reset for each stream gives pako.deflate of each, in any order',
  (inputs) => {
    const deflate = reusedDeflate();
    for (const [i, data] of inputs.entries()) {
      const got = Buffer.from(deflate(data));
      const want = Buffer.from(pako.deflate(data));
      const where = `stream ${i} (${data.length} bytes): ${got.length} bytes against pako's ${want.length}, first difference at byte ${firstDifference(got, want)}`;
      expect(got.equals(want), where).toBe(true);
    }
  },
);
