import { describe, expect, it } from 'vitest';
import { afterLastBreak, countLines, LineWalker, lineAt, longLines } from './lines';

describe('physical lines', () => {
  it('a line ends at \\r\\n, \\n or \\r', () => {
    expect(lineAt('ab\r\ncd', 0)).toEqual({ start: 0, end: 2, next: 4 });
    expect(lineAt('ab\rcd', 0)).toEqual({ start: 0, end: 2, next: 3 });
    expect(lineAt('ab\ncd', 3)).toEqual({ start: 3, end: 5, next: 5 });
  });
  it('a \\r at the very end of a chunk waits for the next chunk', () => {
    expect(afterLastBreak('a\nb\r')).toBe(2);
    expect(afterLastBreak('a\nb\r\n')).toBe(5);
    expect(afterLastBreak('a\rb')).toBe(2);
    expect(afterLastBreak('\r')).toBe(0);
    expect(afterLastBreak('abc')).toBe(0);
  });
  it('counts the lines of a record, a final line break not starting one', () => {
    expect(countLines('a,b\n')).toBe(1);
    expect(countLines('"a\r\nb",c\r\n')).toBe(2);
    expect(countLines('"a\n\nb"')).toBe(3);
  });
  it('finds lines longer than the limit, also between lone \\r', () => {
    const s = `short\n${'x'.repeat(12)}\r\nok\r${'y'.repeat(11)}\rz`;
    expect(longLines(s, 10).map((l) => s.slice(l.start, l.end))).toEqual(['x'.repeat(12), 'y'.repeat(11)]);
    expect(longLines('a\nb', 10)).toEqual([]);
  });
  it('walks lines as lineAt reads them, forwards and back', () => {
    const s = 'ab\r\ncd\ref\n\ngh';
    const walker = new LineWalker(s);
    const walk = (from: number) => {
      const end = walker.end(from);
      return end < 0 ? null : { start: from, end, next: walker.next };
    };
    expect([0, 4, 7, 10, 11].map(walk)).toEqual([
      lineAt(s, 0),
      lineAt(s, 4),
      lineAt(s, 7),
      lineAt(s, 10),
      null,
    ]);
    expect(walk(4)).toEqual(lineAt(s, 4));
  });
});
