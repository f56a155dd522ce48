import type { Bilingual } from '@signaalreis/core';
import { CSV_MESSAGES } from './messages';

/**
 * Text encodings the signal CSV reader understands: UTF-8 (with or without byte-order mark) and
 * Windows-1252, which Excel writes for "CSV (gescheiden door lijstscheidingsteken)".
 *
 * @example
 * ```ts
 * import type { CsvEncoding } from '@signaalreis/adapters/csv';
 * const e: CsvEncoding = 'windows-1252';
 * ```
 */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/** Bytes looked at to decide the encoding when there is no byte-order mark. */
export const SNIFF_BYTES = 64 * 1024;

function looksLikeUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true tolerates a multi-byte character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const toBytes = (chunk: Uint8Array | string): Uint8Array =>
  typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;

async function* chunksOf(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    yield toBytes(input);
    return;
  }
  for await (const chunk of input) yield toBytes(chunk);
}

/**
 * Whether bytes are UTF-16 text (which the readers do not accept), and which byte order: by the
 * byte-order mark, or without one when in the first 64 bytes at least three in four 2-byte units
 * are one zero and one non-zero byte — ASCII text such as a CSV header written in UTF-16, which
 * would otherwise pass as UTF-8 full of NUL characters.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const units = Math.floor(Math.min(bytes.length, 64) / 2);
  if (units < 2) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units * 2; i += 2) {
    const first = bytes[i] ?? 0;
    const second = bytes[i + 1] ?? 0;
    if (first !== 0 && second === 0) le++;
    else if (first === 0 && second !== 0) be++;
  }
  if (le * 4 >= units * 3) return 'utf-16le';
  if (be * 4 >= units * 3) return 'utf-16be';
  return null;
}

/** An opened, decoded input: its encoding and its text, chunk by chunk. */
export type DecodedInput =
  | { encoding: CsvEncoding; text: AsyncGenerator<string> }
  | { unsupported: Bilingual };

/**
 * Opens a byte stream as text without loading it whole. The encoding is `forced`, or sniffed: a
 * UTF-8 byte-order mark means UTF-8 (the mark is dropped); a UTF-16 mark is unsupported; otherwise
 * the first {@link SNIFF_BYTES} are tried as strict UTF-8, falling back to Windows-1252. UTF-16, with or
 * without byte-order mark ({@link sniffUtf16}), is unsupported, even with a forced encoding. Invalid
 * bytes later in a UTF-8 file decode to U+FFFD, which the row rules reject (`encoding`), so nothing
 * is silently changed.
 */
export async function openDecoded(
  input: AsyncIterable<Uint8Array | string> | Uint8Array | string,
  forced?: CsvEncoding,
): Promise<DecodedInput> {
  const source = chunksOf(input);
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await source.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = new Uint8Array(size);
  let offset = 0;
  for (const h of head) {
    sample.set(h, offset);
    offset += h.length;
  }
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if (sniffUtf16(sample) !== null) {
    await source.return(undefined); // close the file
    return { unsupported: CSV_MESSAGES.utf16() };
  }
  const encoding: CsvEncoding = forced ?? (bom || looksLikeUtf8(sample) ? 'utf-8' : 'windows-1252');
  const skip = bom && encoding === 'utf-8' ? 3 : 0;
  async function* text(): AsyncGenerator<string> {
    try {
      const decoder = new TextDecoder(encoding);
      const first = decoder.decode(sample.subarray(skip), { stream: true });
      if (first) yield first;
      if (!done) {
        for (let next = await source.next(); !next.done; next = await source.next()) {
          const t = decoder.decode(next.value, { stream: true });
          if (t) yield t;
        }
      }
      const rest = decoder.decode();
      if (rest) yield rest;
    } finally {
      await source.return(undefined); // a reader that stops early closes the file
    }
  }
  return { encoding, text: text() };
}
