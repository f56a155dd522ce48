// What a print run of thousands of letters or cards asks of pdf-lib, done once instead of again for
// every line and page (issue 14: `letters` on a national month took 194–235 s, most of it here):
// - measuring a line: fontkit shapes the whole text for every width asked, and wrapping asked it for
//   the line so far plus each next word (quadratic in the words of a line);
// - encoding a line for drawing shapes it again, though the same lines come back in every letter;
// - appending a page: pdf-lib walks the page tree from the first page to find the end, so a print
//   PDF of n pages costs n²/2 look-ups (25,000 card pages: ~45 s);
// - compressing a page's contents: pdf-lib's compressor (pako) is made anew for every page.
// Each shortcut gives exactly what pdf-lib gives (pdf-work.test.ts holds the bytes and the widths
// to pdf-lib's own).
import type { PDFContentStream, PDFDocument, PDFFont, PDFHexString } from 'pdf-lib';
import { boundedMemo } from '../output/bounded-memo';
import { reusedDeflate } from './deflate';

/** Distinct words (or lines) kept per font and size (project default: a month's letters use a few thousand). */
const MEMO_LIMIT = 50_000;

/** Below this many points from the limit, a line is measured whole (summing its words may round otherwise). */
const CLOSE = 1e-6;

/**
 * The width of texts in one font and size as pdf-lib measures them (`widthOfTextAtSize`: the sum
 * of the shaped glyphs' advances), a word at a time: a line's width is its words' and spaces'
 * widths added up. Shaping never joins glyphs across a space in the letters' font (DejaVu Sans;
 * pdf-work.test.ts checks it against the whole-line width); where the sum lies within
 * {@link CLOSE} of a limit the line is measured whole, so rounding cannot move a line break.
 */
export interface LineWidths {
  /** The width of one word (no spaces), remembered. */
  word(word: string): number;
  /** The width of a space. */
  readonly space: number;
  /** Whether `text` of width about `sum` fits in `limit`: `sum` decides unless it is within CLOSE. */
  fits(text: string, sum: number, limit: number): boolean;
}

const widthsOf = new WeakMap<PDFFont, Map<number, LineWidths>>();

/** The {@link LineWidths} of `font` at `size`, one per font and size while the font lives. */
export function lineWidths(font: PDFFont, size: number): LineWidths {
  let bySize = widthsOf.get(font);
  if (!bySize) {
    bySize = new Map();
    widthsOf.set(font, bySize);
  }
  let found = bySize.get(size);
  if (!found) {
    const measure = (t: string) => font.widthOfTextAtSize(t, size);
    found = {
      word: boundedMemo(measure, MEMO_LIMIT),
      space: measure(' '),
      fits: (text, sum, limit) => (Math.abs(sum - limit) < CLOSE ? measure(text) <= limit : sum <= limit),
    };
    bySize.set(size, found);
  }
  return found;
}

/**
 * Makes `font` encode each distinct line once: pdf-lib shapes a text again for every `drawText`,
 * and a month's letters repeat the same lines (the template's). Encoding is pure for a font (the
 * subset's glyphs are added the first time), and a drawn text's hex string is only read when the
 * page is written, so one object may serve every page that shows the line.
 */
export function encodeOnce(font: PDFFont): void {
  const encode = font.encodeText.bind(font);
  const once = boundedMemo<PDFHexString>(encode, MEMO_LIMIT);
  font.encodeText = once;
}

/**
 * Makes `doc` append a page without walking its page tree. pdf-lib's `insertLeafNode` finds the
 * place of page n by visiting the n pages before it; for a document whose pages all hang under the
 * root (every document made here: pages are only ever appended), the end is the root's last kid,
 * which is where pdf-lib's walk arrives too. Any other place or tree goes through pdf-lib's walk.
 */
export function appendWithoutWalk(doc: PDFDocument): void {
  const root = doc.catalog.Pages();
  const walk = root.insertLeafNode.bind(root);
  let flat = root.Kids().size() === root.Count().asNumber();
  root.insertLeafNode = (leaf, index) => {
    if (flat && index === root.Count().asNumber()) {
      root.pushLeafNode(leaf);
      return undefined;
    }
    flat = false;
    return walk(leaf, index);
  };
}

/**
 * Makes the content streams of `doc` (its pages' drawing) compress with one compressor, made once
 * and reset for each ({@link reusedDeflate}: pako.deflate's very bytes, what pdf-lib would write),
 * when the document is saved. Call it when every page is drawn, just before `save`: a stream drawn
 * on after it would be written as it was then. `ContentStream` is pdf-lib's class (pdf-lib is
 * loaded when letters are made). Returns how many streams it took.
 */
export function deflatePagesOnce(doc: PDFDocument, ContentStream: typeof PDFContentStream): number {
  const deflate = reusedDeflate();
  let taken = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof ContentStream)) continue;
    // pdf-lib compresses the streams it was asked to (`encode`, not in its types): only those
    const stream = object as PDFContentStream & { encode?: boolean };
    if (stream.encode !== true) continue;
    let bytes: Uint8Array | undefined;
    const contents = () => {
      bytes ??= deflate(stream.getUnencodedContents());
      return bytes;
    };
    stream.getContents = contents;
    stream.getContentsSize = () => contents().length;
    taken += 1;
  }
  return taken;
}
