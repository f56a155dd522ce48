// A text file a line at a time, read a megabyte at a time: for readers that take one line at a
// time (the compact case file as history, issue 14), so that not even the text is held whole.
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
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) throw new RangeError(`not read a line at a time: ${path}`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(1, stat.size)));
    let carry = '';
    let total = 0;
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      total += n;
      if (total > maxBytes) throw new RangeError(`grew past ${maxBytes} bytes while read: ${path}`);
      const lines = (carry + decoder.decode(buffer.subarray(0, n), { stream: true })).split('\n');
      carry = lines.pop() ?? '';
      if (carry.length > maxLine) throw new RangeError(`a line longer than ${maxLine}: ${path}`);
      for (const line of lines) {
        if (line.length > maxLine) throw new RangeError(`a line longer than ${maxLine}: ${path}`);
        yield line;
      }
    }
    yield carry + decoder.decode();
  } finally {
    closeSync(fd);
  }
}
