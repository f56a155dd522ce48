// A text file a line at a time, read a megabyte at a time: for readers that take one line at a
// time (the compact case file as history, issue 14), so that not even the text is held whole.
import { isUtf8 } from 'node:buffer';
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

const BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;

/**
 * {@link textLines} with the piece size as a parameter (tests read in pieces of a few bytes). Split
 * on the bytes: a line break (0x0A) is never part of a multi-byte UTF-8 character, so the bytes up
 * to a piece's last line break are whole lines, checked (`isUtf8`) and decoded at once; the rest is
 * carried into the next piece. Node's UTF-8 check and decoding are several times faster than a fatal
 * streaming `TextDecoder` (issue 14: reading six case files was a fifth of a year's month).
 */
export function* linesOf(path: string, maxBytes: number, maxLine: number, chunk: number): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) throw new RangeError(`not read a line at a time: ${path}`);
    const buffer = Buffer.alloc(Math.min(chunk, Math.max(1, stat.size)));
    // a line of more than maxLine characters has more than maxLine bytes; carried bytes beyond
    // 3 × maxLine (+ an unfinished character) are more than maxLine characters (at least 1 per 3 bytes)
    const carryLimit = 3 * maxLine + 3;
    let carry: Buffer | undefined;
    let total = 0;
    let first = true;
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      total += n;
      if (total > maxBytes) throw new RangeError(`grew past ${maxBytes} bytes while read: ${path}`);
      let bytes = carry ? Buffer.concat([carry, buffer.subarray(0, n)]) : buffer.subarray(0, n);
      if (first && bytes.length < BOM.length && total < stat.size) {
        carry = Buffer.from(bytes); // too short to tell a byte-order mark yet
        continue;
      }
      if (first) {
        first = false;
        if (BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(BOM.length);
      }
      const end = bytes.lastIndexOf(LF);
      carry = Buffer.from(bytes.subarray(end + 1));
      if (carry.length > carryLimit) throw new RangeError(`a line longer than ${maxLine}: ${path}`);
      if (end < 0) continue;
      for (const line of decoded(bytes.subarray(0, end), path).split('\n')) {
        if (line.length > maxLine) throw new RangeError(`a line longer than ${maxLine}: ${path}`);
        yield line;
      }
    }
    const last = carry ? decoded(carry, path) : '';
    if (last.length > maxLine) throw new RangeError(`a line longer than ${maxLine}: ${path}`);
    yield last;
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 bytes as text; bytes that are not UTF-8 throw (as a fatal `TextDecoder` does). */
function decoded(bytes: Buffer, path: string): string {
  if (!isUtf8(bytes)) throw new TypeError(`not UTF-8: ${path}`);
  return bytes.toString('utf8');
}
