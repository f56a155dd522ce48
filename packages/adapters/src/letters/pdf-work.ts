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
import type { PDFContentStream, PDFDocument, PDFFont } from 'pdf-lib';
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

/** What pdf-lib's font embedders read of a fontkit layout: its glyphs. */
interface Layout {
  glyphs: unknown[];
}

/** A pdf-lib font's own embedder: the fontkit font it lays texts out with, and its features. */
interface EmbedderInside {
  font?: { layout?: (text: string, features?: unknown) => Layout };
  fontFeatures?: unknown;
}

/**
 * Makes `font` lay out each distinct line once, and each line a word at a time: pdf-lib has
 * fontkit lay a text out (shape it) again for every `drawText` and every width asked, the most
 * expensive step of drawing a page — and a month's letters repeat the same lines (the template's)
 * and, within the lines that differ, the same words (a national month's 25,000 card pages spent
 * ~2.2 s shaping whole lines). A line's glyphs are its words' and spaces' glyphs in order (no
 * substitution of these fonts reaches across a space), and pdf-lib still walks the glyphs of every
 * text it encodes — adding them to the subset, noting which characters each stands for — so the
 * bytes are pdf-lib's (pdf-work.test.ts: a print run, and any words and spaces, ligatures and
 * their precomposed letters among them) — for lines of Latin letters, digits and punctuation whose
 * glyphs are each one character's ({@link plainCharacters}); any other line is laid out whole, once.
 * A font of another kind is left as it is.
 */
export function encodeOnce(font: PDFFont): void {
  const embedder = (font as unknown as { embedder?: EmbedderInside }).embedder;
  const fontkit = embedder?.font;
  const layout = fontkit?.layout?.bind(fontkit);
  if (!embedder || !fontkit || !layout) return;
  const features = embedder.fontFeatures;
  const plain = plainCharacters(fontkit as unknown as GlyphsOf);
  // only the glyphs kept: fontkit's own result also holds each glyph's position (~100 MB more for
  // a national month's words)
  const word = boundedMemo<Layout>((text) => ({ glyphs: layout(text, features).glyphs }), MEMO_LIMIT);
  const line = boundedMemo<Layout>((text) => {
    if (!text.includes(' ') || !isPlain(text, plain)) return word(text);
    const glyphs: unknown[] = [];
    for (const part of text.split(SPACES)) if (part !== '') for (const g of word(part).glyphs) glyphs.push(g);
    return { glyphs };
  }, MEMO_LIMIT);
  fontkit.layout = (text, asked) => (asked === features ? line(text) : layout(text, asked));
}

/** Where a line is cut into words and runs of spaces (the spaces kept). */
const SPACES = /( +)/;

/** The characters whose words are laid out apart: U+0020 to U+024F but U+007F–U+00A0 (Latin letters, digits, punctuation). */
const PLAIN_UP_TO = 0x250;

/** What a fontkit font tells of a character. */
interface GlyphsOf {
  glyphForCodePoint(codePoint: number): { id: number };
}

/**
 * Which characters below {@link PLAIN_UP_TO} the font draws with a glyph of their own: a glyph two
 * characters share (a no-break space drawn as a space) would stand for whichever of them its first
 * layout met, so a line with such a character — or with any character beyond, a ligature's own
 * code point (ﬁ) or a combining accent among them — is laid out whole, as pdf-lib does.
 */
function plainCharacters(font: GlyphsOf): Uint8Array {
  const plain = new Uint8Array(PLAIN_UP_TO);
  const seen = new Map<number, number>();
  for (let c = 0x20; c < PLAIN_UP_TO; c++) {
    if (c >= 0x7f && c <= 0xa0) continue;
    const id = font.glyphForCodePoint(c).id;
    if (id === 0) continue;
    const other = seen.get(id);
    if (other === undefined) {
      seen.set(id, c);
      plain[c] = 1;
    } else plain[other] = 0;
  }
  return plain;
}

/** Whether every character of `text` is one of `plain`'s. */
function isPlain(text: string, plain: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= PLAIN_UP_TO || plain[c] !== 1) return false;
  }
  return true;
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
