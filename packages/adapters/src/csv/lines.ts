// Physical lines of CSV text: where each ends, which are too long to be a record. A physical line
// ends at `\r\n`, `\n` or `\r` (the record delimiters the readers accept), whatever the quoting.

/** One physical line of a text: `[start, end)` is its content, `next` where the following line starts. */
export interface PhysicalLine {
  start: number;
  end: number;
  next: number;
}

/** The physical line of `s` that starts at `from`. */
export function lineAt(s: string, from: number): PhysicalLine {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return { start: from, end: i, next: i + 1 };
    if (c === 13) return { start: from, end: i, next: s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { start: from, end: s.length, next: s.length };
}

/**
 * The lines of `s` longer than `limit` characters (content, without the line break), in order.
 * Fast for the usual text: it jumps from `\n` to `\n` and looks for `\r` only inside a stretch
 * that is too long on its own.
 */
export function longLines(s: string, limit: number): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  if (s.length <= limit) return out;
  let pos = 0;
  while (pos < s.length) {
    const lf = s.indexOf('\n', pos);
    const stretchEnd = lf < 0 ? s.length : lf;
    if (stretchEnd - pos > limit) {
      // The stretch may hold several lines ended by a lone `\r`; split it exactly.
      let at = pos;
      while (at <= stretchEnd && at < s.length) {
        const line = lineAt(s, at);
        if (line.end - line.start > limit) out.push(line);
        if (line.next === at) break;
        at = line.next;
        if (line.end === stretchEnd) break;
      }
    }
    pos = lf < 0 ? s.length : lf + 1;
  }
  return out;
}

/**
 * Where the last complete line of `s` ends: the index after its line break (0 when `s` holds no
 * complete line). A `\r` at the very end does not count yet, as a `\n` may follow in the next chunk.
 */
export function afterLastBreak(s: string): number {
  const lf = s.lastIndexOf('\n');
  const cr = s.length >= 2 ? s.lastIndexOf('\r', s.length - 2) : -1;
  return Math.max(lf, cr) + 1;
}

/** The number of physical lines in a record's text (a line break at its very end does not start one). */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if ((c === 10 || c === 13) && i < text.length - 1) lines++;
  }
  return lines;
}

/**
 * Walks the physical lines of one text from left to right with `indexOf`, remembering where the
 * next `\r` and `\n` are: a long text of short lines costs one pass, where {@link lineAt} looks at
 * every character. (Going back costs a new search.)
 */
export class LineWalker {
  readonly #s: string;
  #from = 0;
  #lf = -2;
  #cr = -2;
  /** Where the line after the one found by the last {@link LineWalker.end} starts. */
  next = 0;

  constructor(s: string) {
    this.#s = s;
  }

  /** Where the content of the line that starts at `from` ends, or -1 when no line break follows. */
  end(from: number): number {
    const s = this.#s;
    if (from < this.#from) {
      this.#lf = -2;
      this.#cr = -2;
    }
    this.#from = from;
    if (this.#lf !== -1 && this.#lf < from) this.#lf = s.indexOf('\n', from);
    if (this.#cr !== -1 && this.#cr < from) this.#cr = s.indexOf('\r', from);
    const lf = this.#lf;
    const cr = this.#cr;
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      this.next = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      return cr;
    }
    if (lf >= 0) this.next = lf + 1;
    return lf;
  }
}
