/**
 * Text encodings the signal CSV reader understands: UTF-8 (with or without byte-order mark) and
 * Windows-1252, which Excel writes for "CSV (gescheiden door lijstscheidingsteken)".
 *
 * @example
 * ```ts
 * import type { CsvEncoding } from '@signaalreis/adapters';
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

/** An opened, decoded input: its encoding and its text, chunk by chunk. */
export type DecodedInput = { encoding: CsvEncoding; text: AsyncGenerator<string> } | { unsupported: string };

/**
 * Opens a byte stream as text without loading it whole. The encoding is `forced`, or sniffed: a
 * UTF-8 byte-order mark means UTF-8 (the mark is dropped); a UTF-16 mark is unsupported; otherwise
 * the first {@link SNIFF_BYTES} are tried as strict UTF-8, falling back to Windows-1252. Invalid
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
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    return { unsupported: 'The file is UTF-16 (Excel "Unicode text"); save it as "CSV UTF-8" or "CSV"' };
  }
  const encoding: CsvEncoding = forced ?? (bom || looksLikeUtf8(sample) ? 'utf-8' : 'windows-1252');
  const skip = bom && encoding === 'utf-8' ? 3 : 0;
  async function* text(): AsyncGenerator<string> {
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
  }
  return { encoding, text: text() };
}
