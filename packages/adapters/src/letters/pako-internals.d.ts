// The two modules of pako 1.0.11 (the compressor pdf-lib uses) that `deflate.ts` reads: pako ships
// no types for its zlib port. Only what deflate.ts uses is declared.
declare module 'pako/lib/zlib/zstream.js' {
  /** A zlib stream: input and output buffers with their positions, and the compressor's state. */
  export default class ZStream {
    input: Uint8Array | null;
    next_in: number;
    avail_in: number;
    output: Uint8Array | null;
    next_out: number;
    avail_out: number;
    state: { head: Uint16Array } | null;
  }
}

declare module 'pako/lib/zlib/deflate.js' {
  import type ZStream from 'pako/lib/zlib/zstream.js';

  const deflate: {
    deflateInit2(
      strm: ZStream,
      level: number,
      method: number,
      windowBits: number,
      memLevel: number,
      strategy: number,
    ): number;
    deflateReset(strm: ZStream): number;
    deflate(strm: ZStream, flush: number): number;
  };
  export default deflate;
}

declare module 'pako' {
  /** The zlib stream (RFC 1950) of `data` at the default level: what pdf-lib compresses with. */
  export function deflate(data: Uint8Array): Uint8Array;
  const pako: { deflate: typeof deflate };
  export default pako;
}
