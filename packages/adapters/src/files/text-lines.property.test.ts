// The byte-split textLines (issue 14) against the previous one, which decoded with a fatal streaming
// TextDecoder and split the text: the same lines for any bytes, any piece size and line limit, and
// a refusal where the previous one refused — text with multi-byte characters, byte-order marks,
// carriage returns, line breaks on a piece's edge, and bytes that are not UTF-8.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { linesOf } from './text-lines';
import { oldTextLines } from './text-lines.old.test-support';

const dir = mkdtempSync(join(tmpdir(), 'signaalreis-lines-prop-'));
let n = 0;
const file = (bytes: Uint8Array) => {
  const path = join(dir, `f${n++}.txt`);
  writeFileSync(path, bytes);
  return path;
};

/** All the lines, or the kind of refusal. */
function outcome(lines: () => Iterable<string>): { lines: string[] } | { refused: true } {
  try {
    return { lines: [...lines()] };
  } catch {
    return { refused: true };
  }
}

const piece = fc.oneof(
  fc.constantFrom('\n', '\r\n', '\uFEFF', '€', 'é', '😀', '{"a":1}', ''),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((parts) => new TextEncoder().encode(parts.join('')));
const broken = fc
  .tuple(text, fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
  .map(([bytes, bad, at]) => {
    const i = bytes.length === 0 ? 0 : at % (bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, i), ...bad, ...bytes.subarray(i)]);
  });

test.prop(
  [
    fc.oneof(text, broken),
    fc.integer({ min: 1, max: 9 }),
    fc.oneof(fc.constant(1000), fc.integer({ min: 0, max: 12 })),
  ],
  { numRuns: 400 },
)('gives the previous textLines lines, or refuses where it refused', (bytes, chunk, maxLine) => {
  const path = file(bytes);
  const before = outcome(() => oldTextLines(path, 10_000, maxLine, chunk));
  const now = outcome(() => linesOf(path, 10_000, maxLine, chunk));
  expect(now).toEqual(before);
});
