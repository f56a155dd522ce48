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

test.prop([fc.array(input, { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
  'one compressor reset for each stream gives pako.deflate of each, in any order',
  (inputs) => {
    const deflate = reusedDeflate();
    for (const data of inputs) expect(Buffer.from(deflate(data))).toEqual(Buffer.from(pako.deflate(data)));
  },
);
