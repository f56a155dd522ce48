// textLines reads a text file a megabyte at a time (issue 14): the lines of the whole text, also
// when a character or a line break falls on a piece's edge; a file it cannot read as lines throws.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textLines } from './text-lines';

const dir = mkdtempSync(join(tmpdir(), 'signaalreis-lines-'));
const file = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('textLines', () => {
  it('gives the lines of the text, a character on the edge of a megabyte piece included', () => {
    const edge = 1 << 20;
    const text = `${'a'.repeat(edge - 1)}€b\n${'c'.repeat(edge - 1)}\nd€\n`; // € (3 bytes) across the edge
    expect([...textLines(file('edge.txt', text), 10 * edge)]).toEqual(text.split('\n'));
  });

  it('leaves out a byte-order mark, and gives an empty last line after a final line break', () => {
    expect([...textLines(file('bom.txt', '\uFEFF{\n}\n'), 100)]).toEqual(['{', '}', '']);
    expect([...textLines(file('empty.txt', ''), 100)]).toEqual(['']);
  });

  it('throws for a file that is too large or not UTF-8 (the whole-file reader says what is wrong)', () => {
    expect(() => [...textLines(file('big.txt', 'x'.repeat(101)), 100)]).toThrow(RangeError);
    expect(() => [...textLines(file('latin1.txt', Uint8Array.from([0x7b, 0x0a, 0xe9, 0x0a])), 100)]).toThrow(
      TypeError,
    );
    expect(() => [...textLines(join(dir, 'missing.txt'), 100)]).toThrow();
  });

  it('throws for a line longer than maxLine, also one that never ends, and not for lines up to it', () => {
    expect([...textLines(file('ok.txt', 'abcd\nef\n'), 100, 4)]).toEqual(['abcd', 'ef', '']);
    expect(() => [...textLines(file('long.txt', 'ab\nabcde\nx\n'), 100, 4)]).toThrow(RangeError);
    const edge = 1 << 20;
    // no line break at all: stopped after the first megabyte, not after the whole file
    expect(() => [...textLines(file('endless.txt', 'y'.repeat(edge + 10)), 4 * edge, 1000)]).toThrow(
      /longer than 1000/,
    );
  });
});
