// pako's deflate — what pdf-lib compresses a page's contents with — with one compressor made once
// and reset for each stream, giving pako.deflate's very bytes. pako.deflate makes a new compressor
// each time: ~256 KB of fresh, zeroed typed arrays and a loop zeroing its 32,768 hash heads; a
// national month's print PDF of 25,000 card pages spent ~2.3 s of the command's thread compressing
// its pages, half of it on that (issue 14; docs/performance.md, "Thirty-second round").
// deflate.property.test.ts holds the bytes to pako.deflate's.
/// <reference path="./pako-internals.d.ts" />
import zlibDeflate from 'pako/lib/zlib/deflate.js';
import ZStream from 'pako/lib/zlib/zstream.js';

// zlib's constants, as pako.deflate passes them: the default level (6), deflate, a 32 KB window
// with the zlib header, memory level 8, the default strategy; finishing the stream in one call.
const Z_DEFAULT_COMPRESSION = -1;
const Z_DEFLATED = 8;
const WINDOW_BITS = 15;
const MEM_LEVEL = 8;
const Z_DEFAULT_STRATEGY = 0;
const Z_FINISH = 4;
const Z_OK = 0;
const Z_STREAM_END = 1;

/** Output buffer of the compressor (project default: a page's contents compress to a few KB). */
const OUT_BYTES = 64 * 1024;

const NO_HEADS = new Uint16Array(0);

/** A compressor: the zlib stream (RFC 1950) of `data`, as `pako.deflate(data)` gives it. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/**
 * A compressor whose state is made once and reset before each stream: the same bytes as
 * `pako.deflate` (default options) for every input, in any order, at about half the cost for a
 * page's contents. The reset is pako's own (`deflateReset`), but for the hash heads, which it
 * would clear in a loop: they are cleared natively (`fill`).
 *
 * @example
 * ```ts
 * import { reusedDeflate } from './deflate';
 * const deflate = reusedDeflate();
 * const pages = [new TextEncoder().encode('BT /F1 10 Tf (a) Tj ET'), new Uint8Array(0)];
 * const streams = pages.map(deflate); // each one pako.deflate(page)
 * ```
 */
export function reusedDeflate(): Deflate {
  const strm = new ZStream();
  const init = zlibDeflate.deflateInit2(
    strm,
    Z_DEFAULT_COMPRESSION,
    Z_DEFLATED,
    WINDOW_BITS,
    MEM_LEVEL,
    Z_DEFAULT_STRATEGY,
  );
  const state = strm.state;
  if (init !== Z_OK || !state) throw new Error(`pako: deflateInit2 gave ${init}`);
  const heads = state.head;
  const out = new Uint8Array(OUT_BYTES);
  return (data) => {
    // deflateReset clears the heads it finds in a loop: none, then all of them at once
    state.head = NO_HEADS;
    const reset = zlibDeflate.deflateReset(strm);
    state.head = heads;
    heads.fill(0);
    if (reset !== Z_OK) throw new Error(`pako: deflateReset gave ${reset}`);
    strm.input = data;
    strm.next_in = 0;
    strm.avail_in = data.length;
    const chunks: Uint8Array[] = [];
    let status: number;
    do {
      strm.output = out;
      strm.next_out = 0;
      strm.avail_out = out.length;
      status = zlibDeflate.deflate(strm, Z_FINISH);
      if (status !== Z_OK && status !== Z_STREAM_END) throw new Error(`pako: deflate gave ${status}`);
      chunks.push(out.slice(0, strm.next_out));
    } while ((strm.avail_in > 0 || strm.avail_out === 0) && status !== Z_STREAM_END);
    strm.input = null;
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
  };
}
