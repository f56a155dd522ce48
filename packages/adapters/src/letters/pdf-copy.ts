// Each case's own PDF is its pages copied out of the print PDF (pdf.ts, printPdfs) — and with them,
// pdf-lib's copier clones the fonts those pages name: every font's dictionaries, its glyph widths
// (an array of numbers), its subset and its ToUnicode map, once per own PDF. For a national month's
// 12,558 card PDFs that cloning was ~70 % of making them (~3 s of the command's thread; issue 14,
// docs/performance.md, "Thirty-third round"). Here a font's objects are cloned for the first own PDF
// and handed to the next ones as they are: the same objects under the same numbers, written into
// bytes once — so each PDF's bytes are those of `copyPages` (pdf-copy.test.ts holds every own PDF
// of a print run to them).
// Uses pdf-lib's copier's own steps (its private `copyPDFIndirectObject` and `traversedObjects`):
// pdf-lib is pinned (1.17.1), and the test fails should they change.
import type * as PdfLib from 'pdf-lib';

type Lib = typeof PdfLib;
type Ref = PdfLib.PDFRef;
type Obj = PdfLib.PDFObject;

/** A font's objects as the first own PDF got them: the number its first one took, and each object. */
interface Kept {
  first: number;
  /** Each ref of the print PDF reached from the font, its number in the own PDF, and the clone. */
  entries: [Ref, Ref, Obj][];
  /** What the copier gave back for the font's ref. */
  result: Ref;
}

/**
 * The fonts of one print PDF, kept for all the own PDFs copied out of it: make one per print PDF
 * with {@link fontSharing}, hand it to every {@link copyPagesSharingFonts} of that print PDF.
 */
export interface FontSharing {
  /** The refs of the fonts the print PDF's pages name (only these are shared). */
  readonly fonts: ReadonlySet<Ref>;
  /** Each font's objects once cloned; `null`: not shareable (it reaches objects outside itself). */
  readonly kept: Map<Ref, Kept | null>;
}

/** The fonts the `pages` name in their resources (`/Resources /Font`), as refs of the print PDF. */
export function fontSharing(lib: Lib, pages: readonly PdfLib.PDFPage[]): FontSharing {
  const fonts = new Set<Ref>();
  for (const page of pages) {
    const resources = page.node.Resources();
    const dict = resources?.lookupMaybe(lib.PDFName.of('Font'), lib.PDFDict);
    if (!dict) continue;
    for (const [, value] of dict.entries()) if (value instanceof lib.PDFRef) fonts.add(value);
  }
  return { fonts, kept: new Map() };
}

/** Every ref `object` holds, in its dictionaries, arrays and stream dictionaries (not through refs). */
function refsIn(lib: Lib, object: Obj, out: Ref[]): Ref[] {
  if (object instanceof lib.PDFRef) out.push(object);
  else if (object instanceof lib.PDFDict) for (const [, v] of object.entries()) refsIn(lib, v, out);
  else if (object instanceof lib.PDFArray) for (const v of object.asArray()) refsIn(lib, v, out);
  else if (object instanceof lib.PDFStream) refsIn(lib, object.dict, out);
  return out;
}

/** The copier's private steps this module takes part in. */
interface CopierInside {
  traversedObjects: Map<unknown, unknown>;
  copyPDFIndirectObject: (ref: Ref) => Ref;
}

/**
 * `dest.copyPages(src, indices)` (`srcPages`: `src.getPages()`, `src` flushed), but a font named in
 * `sharing` is cloned only the first time: later own PDFs get the very objects the first one got,
 * under the same numbers — when the copy reaches the font at the number the first one did and none
 * of its objects is copied yet (otherwise, and for a font that reaches objects outside itself, it is
 * cloned as `copyPages` does). The pages come back as `copyPages` gives them; add them in order.
 */
export function copyPagesSharingFonts(
  lib: Lib,
  dest: PdfLib.PDFDocument,
  src: PdfLib.PDFDocument,
  srcPages: readonly PdfLib.PDFPage[],
  indices: readonly number[],
  sharing: FontSharing,
): PdfLib.PDFPage[] {
  const copier = lib.PDFObjectCopier.for(src.context, dest.context);
  const inside = copier as unknown as CopierInside;
  const traversed = inside.traversedObjects;
  const plain = inside.copyPDFIndirectObject;
  const context = dest.context;
  inside.copyPDFIndirectObject = (ref) => {
    if (!sharing.fonts.has(ref) || traversed.has(ref)) return plain(ref);
    const first = context.largestObjectNumber + 1;
    const kept = sharing.kept.get(ref);
    if (kept && kept.first === first && kept.entries.every(([from]) => !traversed.has(from))) {
      for (const [from, to, object] of kept.entries) {
        context.assign(to, object);
        traversed.set(from, to);
      }
      return kept.result;
    }
    const before = traversed.size;
    const result = plain(ref);
    if (kept === undefined) sharing.kept.set(ref, keep(lib, context, traversed, before, first, result));
    return result;
  };
  return indices.map((i) => {
    const node = copier.copy((srcPages[i] as PdfLib.PDFPage).node);
    return lib.PDFPage.of(node, context.register(node), dest);
  });
}

/**
 * What the copy of one font added (the refs the copier met for the first time since `before`), kept
 * when it is closed: every ref its objects hold is one of them — else `null` (never shared).
 */
function keep(
  lib: Lib,
  context: PdfLib.PDFContext,
  traversed: Map<unknown, unknown>,
  before: number,
  first: number,
  result: Ref,
): Kept | null {
  const entries: [Ref, Ref, Obj][] = [];
  let i = 0;
  for (const [from, to] of traversed) {
    if (i++ < before || !(from instanceof lib.PDFRef) || !(to instanceof lib.PDFRef)) continue;
    const object = context.lookup(to);
    if (object === undefined) return null;
    entries.push([from, to, object]);
  }
  const own = new Set(entries.map(([, to]) => to));
  for (const [, , object] of entries) for (const r of refsIn(lib, object, [])) if (!own.has(r)) return null;
  if (entries.length === 0 || entries[0]?.[1].objectNumber !== first) return null;
  for (const [, , object] of entries) writtenOnce(object);
  return { first, entries, result };
}

/**
 * `object` written once: its bytes kept the first time a PDF is saved with it and copied into every
 * later one (a shared font's objects are the same bytes in every own PDF — the same objects under
 * the same numbers; their glyph widths were turned into text again for each).
 */
function writtenOnce(object: Obj): void {
  const size = object.sizeInBytes.bind(object);
  const copy = object.copyBytesInto.bind(object);
  let bytes: Uint8Array | undefined;
  const written = (): Uint8Array => {
    if (bytes === undefined) {
      bytes = new Uint8Array(size());
      copy(bytes, 0);
    }
    return bytes;
  };
  object.sizeInBytes = () => written().length;
  object.copyBytesInto = (buffer: Uint8Array, offset: number) => {
    const b = written();
    buffer.set(b, offset);
    return b.length;
  };
}
