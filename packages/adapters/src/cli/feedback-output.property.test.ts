// `linesOfPieces` cuts a text handed over in pieces into the lines `split('\n')` gives, wherever the
// pieces are cut — the history index of feedback and letters reads the case file's text that way.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { linesOfPieces } from './feedback-output';

/** `text` cut at the given places (any of them may fall inside a line, on a `\n`, or repeat). */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of [...points, text.length]) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  return pieces;
}

describe('linesOfPieces', () => {
  test.prop([fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r', ',', '{') }), fc.array(fc.nat())])(
    "gives split('\\n')'s lines however the text is cut",
    (text, at) => {
      expect([...linesOfPieces(cut(text, at))]).toEqual(text.split('\n'));
    },
  );

  test.prop([fc.array(fc.constant(''))])('no pieces, or only empty ones: one empty line', (pieces) => {
    expect([...linesOfPieces(pieces)]).toEqual(['']);
  });
});
