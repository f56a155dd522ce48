// The bytes of a file a window at a time, for the reader of JSON files in parts
// (json-file-parts.ts): the window keeps the bytes of the part being read and grows for a larger
// one, up to the part's limit; and where a byte of the file is, in lines and columns, found by
// reading the file again only when a problem is reported.
import { readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Bilingual } from '@signaalreis/core';
import { JSON_FILE_MESSAGES } from './read-json-file';

/** Bytes read from disk at a time (project default). */
export const CHUNK = 4 << 20;

/** A problem found at a byte of the file; its line and column are found once, at the end. */
export class Stop {
  constructor(
    readonly code: string,
    readonly byte: number,
    readonly path: (string | number)[],
    readonly message: Bilingual,
  ) {}
}

/** The file's bytes, a window at a time: `buf[i]` is the file's byte `base + i`, for `i < filled`. */
export class Window {
  buf: Buffer;
  base = 0;
  filled = 0;
  private eof = false;
  constructor(
    private readonly fd: number,
    readonly size: number,
    chunk: number,
    private readonly maxPart: number,
    private readonly onProgress?: (bytesRead: number, bytes: number) => void,
  ) {
    this.buf = Buffer.alloc(Math.max(16, Math.min(chunk, size)));
  }

  /**
   * Reads more, keeping the bytes from `keep` on; false at the end of the file. `path`: where the
   * part being read is, should it outgrow the part's limit.
   */
  more(keep: number, path: () => (string | number)[]): boolean {
    if (this.eof) return false;
    const drop = keep - this.base;
    if (drop > 0) {
      this.buf.copy(this.buf, 0, drop, this.filled);
      this.filled -= drop;
      this.base = keep;
    }
    if (this.filled === this.buf.length) {
      // one part fills the window: a larger one, up to the part's limit (3 bytes a character at most)
      if (this.buf.length >= 3 * this.maxPart + 6)
        throw new Stop('json_too_large', keep, path(), JSON_FILE_MESSAGES.partTooLong(this.maxPart));
      const larger = Buffer.alloc(this.buf.length * 2);
      this.buf.copy(larger, 0, 0, this.filled);
      this.buf = larger;
    }
    const n = readSync(
      this.fd,
      this.buf,
      this.filled,
      this.buf.length - this.filled,
      this.base + this.filled,
    );
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.filled += n;
    this.onProgress?.(this.base + this.filled, this.size);
    return true;
  }
}

/**
 * Line, column (from 1, UTF-16 code units as in `positionAt` of core) and character offset of a
 * byte of the file: read again from the start — only when a problem is reported.
 */
export function positionOfByte(fd: number, byte: number): { line: number; column: number; offset: number } {
  const decoder = new StringDecoder('utf8');
  const chunk = Buffer.alloc(CHUNK);
  let [line, column, offset, read, afterCr] = [1, 1, 0, 0, false];
  const count = (text: string) => {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      offset++;
      if (c === 0x0a && afterCr) afterCr = false;
      else if (c === 0x0a || c === 0x0d) {
        line++;
        column = 1;
        afterCr = c === 0x0d;
      } else {
        column++;
        afterCr = false;
      }
    }
  };
  while (read < byte) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, byte - read), read);
    if (n === 0) break;
    read += n;
    count(decoder.write(chunk.subarray(0, n)));
  }
  return { line, column, offset };
}
