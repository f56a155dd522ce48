// Letters (A4) and cards (A6) as PDF with pdf-lib: the address block in the envelope window
// (layout.ts), the sender's details beside it, the date and reference, and the template's text
// below, wrapped and continued on a next page when long. Fonts are embedded (fonts.ts), so the text
// can be extracted. One item makes one case's PDF; many make the print room's combined PDF.
// pdf-lib is loaded on first use, so that importing the package does not load it.
import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { fontBytes } from './fonts';
import { CARD, LETTER, LETTER_WINDOW, MM, PAGE } from './layout';
import { copyPagesSharingFonts, fontSharing } from './pdf-copy';
import { appendWithoutWalk, deflatePagesOnce, encodeOnce, lineWidths } from './pdf-work';

/**
 * One letter or card to print: the address block, the sender (name, the return-address line in the
 * window, the details printed beside it), the date and reference lines, and the template's text
 * (a line starting with `# ` is a heading; a blank line starts a new paragraph).
 *
 * @example
 * ```ts
 * import type { PrintItem } from '@signaalreis/adapters/letters';
 * const item: PrintItem = {
 *   address: ['M. Jansen', 'Huisnummer 12', '7411 AB  VOORBEELDSTAD'],
 *   sender: { name: 'Gemeente Voorbeeldstad', returnLine: 'Postbus 10, 7400 AA Voorbeeldstad', details: ['Telefoon 14 0363'] },
 *   meta: ['Datum: 2 november 2026', 'Ons kenmerk: 2026-10-0001'],
 *   text: '# Hulp bij geldzorgen\n\nBeste M. Jansen,\n\n…',
 * };
 * ```
 */
export interface PrintItem {
  address: readonly string[];
  sender: { name: string; returnLine: string; details: readonly string[] };
  meta: readonly string[];
  text: string;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

// pdf-lib's colours without loading pdf-lib (it is loaded on first use)
// (ColorTypes.RGB is the string 'RGB')
const black = { type: 'RGB', red: 0, green: 0, blue: 0 } as unknown as Color;
const grey = { type: 'RGB', red: 0.35, green: 0.35, blue: 0.35 } as unknown as Color;

/**
 * Splits text into lines no wider than `width` points (a word wider than a line is cut by
 * characters). Lines are measured a word at a time ({@link lineWidths}): the same lines as
 * measuring each line whole, without shaping the line again for every word.
 */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const w = lineWidths(font, size);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const fits = (t: string) => font.widthOfTextAtSize(t, size) <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = w.word(word);
    const next = line === '' ? word : `${line} ${word}`;
    const nextWidth = line === '' ? wordWidth : lineWidth + w.space + wordWidth;
    if (w.fits(next, nextWidth, width)) {
      line = next;
      lineWidth = nextWidth;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    if (!w.fits(word, wordWidth, width))
      while (!fits(line)) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    lineWidth = line === word ? wordWidth : w.word(line);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The text's blocks: headings and paragraphs (each paragraph's own line breaks kept). */
function blocks(text: string): { heading: boolean; lines: string[] }[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .flatMap((lines) =>
      lines[0]?.startsWith('# ')
        ? [
            { heading: true, lines: [lines[0].slice(2)] },
            ...(lines.length > 1 ? [{ heading: false, lines: lines.slice(1) }] : []),
          ]
        : [{ heading: false, lines }],
    );
}

/** Draws `lines` from the top (mm) down, each `leading` points apart. */
function drawLines(
  page: PDFPage,
  lines: readonly string[],
  x: number,
  top: number,
  font: PDFFont,
  size: number,
  leading: number,
  color = black,
) {
  const { height } = page.getSize();
  for (const [i, l] of lines.entries())
    page.drawText(l, { x: x * MM, y: height - top * MM - size - i * leading, size, font, color });
}

/** Lays the text out from `top` (mm) to `bottom` on `page`, adding pages by `nextPage` when it runs over. */
function drawText(
  first: PDFPage,
  text: string,
  f: Fonts,
  box: { left: number; right: number; top: number; bottom: number; size: number; leading: number },
  nextPage: () => { page: PDFPage; top: number },
): void {
  let page = first;
  let y = box.top * MM; // distance from the page's top, in points
  const width = (box.right - box.left) * MM;
  for (const b of blocks(text)) {
    const font = b.heading ? f.bold : f.regular;
    const size = b.heading ? box.size + 2 : box.size;
    const lines = b.lines.flatMap((l) => wrap(l, font, size, width));
    for (const line of lines) {
      if (y + box.leading > box.bottom * MM) {
        const next = nextPage();
        page = next.page;
        y = next.top * MM;
      }
      page.drawText(line, {
        x: box.left * MM,
        y: page.getSize().height - y - size,
        size,
        font,
        color: black,
      });
      y += b.heading ? box.leading + 2 : box.leading;
    }
    y += box.leading * 0.6;
  }
}

function letterPages(doc: PDFDocument, item: PrintItem, f: Fonts): void {
  const size: [number, number] = [PAGE.a4.width * MM, PAGE.a4.height * MM];
  const page = doc.addPage(size);
  drawLines(page, [item.sender.name], LETTER.senderLeft, LETTER.senderTop, f.bold, 12, 14);
  drawLines(page, item.sender.details, LETTER.senderLeft, LETTER.detailsTop, f.regular, 8.5, 11, grey);
  const w = LETTER_WINDOW;
  drawLines(
    page,
    [item.sender.returnLine],
    w.left + 5,
    w.top + w.returnZone - 6,
    f.regular,
    LETTER.returnSize,
    8,
    grey,
  );
  drawLines(page, item.address, w.left + 5, w.top + w.returnZone + 2, f.regular, LETTER.addressSize, 12.5);
  drawLines(page, item.meta, LETTER.textLeft, LETTER.metaTop, f.regular, 9, 12);
  drawText(
    page,
    item.text,
    f,
    {
      left: LETTER.textLeft,
      right: LETTER.textRight,
      top: LETTER.bodyTop,
      bottom: LETTER.bodyBottom,
      size: LETTER.size,
      leading: LETTER.leading,
    },
    () => ({ page: doc.addPage(size), top: LETTER.nextPageTop }),
  );
}

function cardPages(doc: PDFDocument, item: PrintItem, f: Fonts): void {
  const size: [number, number] = [PAGE.a6.width * MM, PAGE.a6.height * MM];
  const front = doc.addPage(size);
  const m = CARD.margin;
  drawText(
    front,
    item.text,
    f,
    {
      left: m,
      right: PAGE.a6.width - m,
      top: m,
      bottom: PAGE.a6.height - m,
      size: CARD.size,
      leading: CARD.leading,
    },
    () => ({ page: doc.addPage(size), top: m }),
  );
  const back = doc.addPage(size);
  drawLines(back, [item.sender.name], m, m, f.bold, 8, 10);
  drawLines(back, [item.sender.returnLine], m, m + 4.5, f.regular, 7, 9, grey);
  back.drawLine({
    start: { x: (CARD.addressLeft - 6) * MM, y: m * MM },
    end: { x: (CARD.addressLeft - 6) * MM, y: (PAGE.a6.height - m) * MM },
    thickness: 0.5,
    color: grey,
  });
  drawLines(back, item.address, CARD.addressLeft, CARD.addressTop, f.regular, 10, 12.5);
}

/**
 * Save options: every object at once. By default pdf-lib waits for a timer (at least a millisecond)
 * after every 50 objects, and every 100 when it loads: for a print run's 12,500 PDFs and their
 * combined one, seconds of waiting (issue 14). The bytes are the same.
 */
const AT_ONCE = { objectsPerTick: Number.POSITIVE_INFINITY } as const;

/**
 * Save options of an item's own PDF: every object at once, and its few objects in a plain
 * cross-reference table rather than a compressed object stream. pdf-lib compresses an object
 * stream and a cross-reference stream with a new deflate state each (pako's `deflateInit2`: ~256 KB
 * of fresh tables); for a national month's 12,500 card PDFs that was ~3 s of the command's thread
 * (docs/performance.md, "Thirty-second round"). The pages' contents and fonts are copied from the
 * combined PDF as they are, compressed.
 */
const OWN_PDF = { ...AT_ONCE, useObjectStreams: false } as const;

/**
 * A new document with its metadata but its title (given when the PDF is whole, without personal
 * data): signaalreis as producer and creator and `on` as its dates — so the same input gives the
 * same bytes. Its information dictionary is made at once, in the order pdf-lib's own metadata makes
 * it (producer, modification date, creator, creation date): the bytes of `PDFDocument.create()`
 * with these values set afterwards, without pdf-lib first writing its own producer and creator as
 * UTF-16 text for each of a national month's 12,700 own PDFs (~0.4 s; issue 14,
 * docs/performance.md, "Thirty-third round").
 */
async function newDocument(lib: typeof import('pdf-lib'), on: Date): Promise<PDFDocument> {
  const doc = await lib.PDFDocument.create({ updateMetadata: false });
  doc.setProducer('signaalreis');
  doc.setModificationDate(on);
  doc.setCreator('signaalreis letters');
  doc.setCreationDate(on);
  return doc;
}

/**
 * A PDF of letters (A4, the address in the envelope window) or cards (A6 landscape: the text side,
 * then the address side) — one item for a case's own PDF, all of them for the print room.
 * DejaVu Sans is embedded (a subset), so the text can be extracted; the title says what the PDF is
 * and the dates are `on`, so the same input gives the same bytes.
 *
 * @example
 * ```ts
 * import { printPdf, type PrintItem } from '@signaalreis/adapters/letters';
 * declare const items: PrintItem[];
 * const bytes = await printPdf('letter', items, { title: 'Brieven 2026-10', on: new Date('2026-11-02T09:00:00Z') });
 * // write bytes to print-letters.pdf
 * ```
 */
export async function printPdf(
  kind: 'letter' | 'card',
  items: readonly PrintItem[],
  meta: { title: string; on: Date },
): Promise<Uint8Array> {
  return (await printPdfs(kind, items, { ...meta, titles: [] })).combined;
}

/**
 * The combined PDF and each item's page numbers in it. Its own function, so that the document's
 * objects (a national month's 25,000 card pages) can be collected before each item's PDF is made.
 */
async function combinedPdf(
  kind: 'letter' | 'card',
  items: readonly PrintItem[],
  meta: { title: string; on: Date; onItem?: () => void },
): Promise<{ combined: Uint8Array; ranges: number[][] }> {
  const [lib, { default: fontkit }] = await Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]);
  const doc = await newDocument(lib, meta.on);
  doc.registerFontkit(fontkit);
  appendWithoutWalk(doc);
  const bytes = fontBytes();
  const f: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  encodeOnce(f.regular);
  encodeOnce(f.bold);
  const ranges: number[][] = [];
  for (const item of items) {
    const from = doc.getPageCount();
    (kind === 'letter' ? letterPages : cardPages)(doc, item, f);
    ranges.push(Array.from({ length: doc.getPageCount() - from }, (_, i) => from + i));
    meta.onItem?.();
  }
  doc.setTitle(meta.title);
  deflatePagesOnce(doc, lib.PDFContentStream);
  return { combined: await doc.save(AT_ONCE), ranges };
}

/**
 * The print room's PDF of all `items` in their order, and each item's own PDF (its pages copied
 * from the combined one, so that the fonts are subset once: a few hundred letters take seconds,
 * not minutes). `titles` gives each item's PDF its title (no personal data). `onItem`, when given,
 * is called after each item is drawn into the combined PDF and after each item's own PDF is made:
 * twice per item with `titles`, once without (a progress bar).
 *
 * @example
 * ```ts
 * import { printPdfs, type PrintItem } from '@signaalreis/adapters/letters';
 * declare const items: PrintItem[];
 * const { combined, each } = await printPdfs('card', items, { title: 'Kaarten 2026-10', titles: items.map((_, i) => `kaart ${i + 1}`), on: new Date('2026-11-02T08:00:00Z') });
 * each.length === items.length; // true
 * ```
 */
export async function printPdfs(
  kind: 'letter' | 'card',
  items: readonly PrintItem[],
  meta: { title: string; titles: readonly string[]; on: Date; onItem?: () => void },
): Promise<{ combined: Uint8Array; each: Uint8Array[] }> {
  const lib = await import('pdf-lib');
  const { combined, ranges } = await combinedPdf(kind, items, meta);
  if (meta.titles.length === 0) return { combined, each: [] };
  const saved = await lib.PDFDocument.load(combined, { parseSpeed: Number.POSITIVE_INFINITY });
  await saved.flush();
  const pages = saved.getPages();
  // the fonts' objects cloned for the first own PDF, the same ones for the next (pdf-copy.ts)
  const fonts = fontSharing(lib, pages);
  const each: Uint8Array[] = [];
  for (const [i, range] of ranges.entries()) {
    const one = await newDocument(lib, meta.on);
    for (const page of copyPagesSharingFonts(lib, one, saved, pages, range, fonts)) one.addPage(page);
    one.setTitle(meta.titles[i] ?? meta.title);
    each.push(await one.save(OWN_PDF));
    meta.onItem?.();
  }
  return { combined, each };
}
