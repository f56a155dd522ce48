// A text file a line at a time, read a megabyte at a time: for readers that take one line at a
// time (the compact case file as history, issue 14), so that not even the text is held whole.
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Bytes read at a time (project default). */
const CHUNK = 1 << 20;

/**
 * The lines of a UTF-8 text file (split at `\n`; a byte-order mark left out), read in pieces. Throws
 * when the file is larger than `maxBytes`, a line longer than `maxLine` characters (default: all of
 * `maxBytes`), is not a file, cannot be read or is not UTF-8: the caller then reads it whole with
 * `readJsonText`, which says what is wrong and where.
 *
 * @example
 * ```ts
 * import { textLines } from '@signaalreis/adapters/files';
 * let n = 0;
 * for (const line of textLines('out/2026-09/cases.json', 64 * 1024 * 1024)) if (line.startsWith('{"caseId"')) n++;
 * ```
 */
export function* textLines(path: string, maxBytes: number, maxLine = maxBytes): Generator<string> {
  yield* linesOf(path, maxBytes, maxLine, CHUNK);
}

const LF = 0x0a;

/**
 * {@link textLines} with the piece size as a parameter (tests read in pieces of a few bytes). Split
 * on the bytes: a line break (0x0A) is never part of a multi-byte UTF-8 character, so the bytes
 * between a piece's first and last line break are whole lines, decoded at once (checked by `isAscii`
 * or `isUtf8`) and split without a copy; the line that spans two pieces is joined from the bytes
 * carried. Node's checks and decoding are several times faster than a fatal streaming `TextDecoder`
 * (issue 14: reading six case files as history was a fifth of a year's month).
 */
export function* linesOf(path: string, maxBytes: number, maxLine: number, chunk: number): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) throw new RangeError(`not read a line at a time: ${path}`);
    const buffer = Buffer.alloc(Math.min(chunk, Math.max(1, stat.size)));
    const tooLong = () => new RangeError(`a line longer than ${maxLine}: ${path}`);
    // a line of more than maxLine characters: its bytes (a byte-order mark and an unfinished
    // character besides) beyond 3 × maxLine are more than maxLine characters (one per 3 bytes at least)
    const carryLimit = 3 * maxLine + 6;
    let carry: Buffer = Buffer.alloc(0);
    let total = 0;
    let first = true;
    /** A whole line (or the last), its byte-order mark left out if it is the file's first. */
    const line = (text: string): string => {
      const t = first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      first = false;
      if (t.length > maxLine) throw tooLong();
      return t;
    };
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      total += n;
      if (total > maxBytes) throw new RangeError(`grew past ${maxBytes} bytes while read: ${path}`);
      const bytes = buffer.subarray(0, n);
      const head = bytes.indexOf(LF);
      if (head < 0) {
        carry = Buffer.concat([carry, bytes]);
        if (carry.length > carryLimit) throw tooLong();
        continue;
      }
      yield line(
        decoded(
          carry.length > 0 ? Buffer.concat([carry, bytes.subarray(0, head)]) : bytes.subarray(0, head),
          path,
        ),
      );
      const tail = bytes.lastIndexOf(LF);
      if (tail > head)
        for (const text of decoded(bytes.subarray(head + 1, tail), path).split('\n')) yield line(text);
      carry = Buffer.from(bytes.subarray(tail + 1));
      if (carry.length > carryLimit) throw tooLong();
    }
    yield line(decoded(carry, path));
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 bytes as text; bytes that are not UTF-8 throw (as a fatal `TextDecoder` does). */
function decoded(bytes: Buffer, path: string): string {
  if (isAscii(bytes)) return bytes.toString('latin1'); // the same text, decoded faster
  if (!isUtf8(bytes)) throw new TypeError(`not UTF-8: ${path}`);
  return bytes.toString('utf8');
}
