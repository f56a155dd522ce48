// The previous textLines (a fatal streaming TextDecoder, split after decoding), with the piece size
// as a parameter: the oracle of text-lines.property.test.ts. Kept on purpose (a copy of old code).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The lines of a UTF-8 file as the previous textLines gave them, read `chunk` bytes at a time. */
export function* oldTextLines(
  path: string,
  maxBytes: number,
  maxLine: number,
  chunk: number,
): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) throw new RangeError(`not read a line at a time: ${path}`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.alloc(Math.min(chunk, Math.max(1, stat.size)));
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
