// The print run's shortcuts (pdf-work.ts) against pdf-lib's own way: the same widths, line breaks
// and bytes, with work that grows with the pages (not with their square) and one shaping per
// distinct word.

import { fc, test } from '@fast-check/vitest';
import fontkit from '@pdf-lib/fontkit';
import { PDFContentStream, PDFContext, PDFDocument, type PDFFont } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontBytes } from './fonts';
import { type PrintItem, printPdfs, wrap } from './pdf';
import { appendWithoutWalk, deflatePagesOnce, encodeOnce, lineWidths } from './pdf-work';

const ON = new Date('2026-11-02T08:00:00Z');

async function newDoc(): Promise<{ doc: PDFDocument; regular: PDFFont; bold: PDFFont }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const b = fontBytes();
  return {
    doc,
    regular: await doc.embedFont(b.regular, { subset: true }),
    bold: await doc.embedFont(b.bold, { subset: true }),
  };
}

/** The wrap before pdf-work: every candidate line measured whole (the oracle). */
function wrapWhole(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (t: string) => font.widthOfTextAtSize(t, size) <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

// Words as letters hold them: Dutch and other Latin letters with diacritics, digits, amounts,
// punctuation, ligature pairs (fi, fl, ff), and now and then a long one that must be cut.
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéëèïöüçğşÇÉ€0123456789.,:;-–()/@\'"';
const wordArb = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'fi',
      'fl',
      'ff',
      'ffi',
      'officiële',
      'gemeente',
      '€ 1.234,56',
      'T.',
      'AV',
      'Yo',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...letters), minLength: 40, maxLength: 90 }) },
);
const textArb = fc.array(wordArb, { minLength: 0, maxLength: 60 }).map((w) => w.join(' '));

describe('lineWidths and wrap', () => {
  let fonts: Awaited<ReturnType<typeof newDoc>> | undefined;
  const both = async () => {
    fonts ??= await newDoc();
    return fonts;
  };

  test.prop([fc.array(wordArb, { minLength: 1, maxLength: 25 }), fc.constantFrom(7, 8.5, 10, 11, 13)])(
    "adds a line's words and spaces up to pdf-lib's width of the whole line",
    async (words, size) => {
      const { regular, bold } = await both();
      for (const font of [regular, bold]) {
        const w = lineWidths(font, size);
        const sum = words.reduce((s, x, i) => s + (i > 0 ? w.space : 0) + w.word(x), 0);
        expect(sum).toBeCloseTo(font.widthOfTextAtSize(words.join(' '), size), 9);
      }
    },
  );

  test.prop([textArb, fc.constantFrom(7, 10, 11, 12), fc.integer({ min: 20, max: 480 })])(
    'breaks every text into the lines of the whole-line measure',
    async (text, size, width) => {
      const { regular, bold } = await both();
      for (const font of [regular, bold])
        expect(wrap(text, font, size, width)).toEqual(wrapWhole(text, font, size, width));
    },
  );

  it('measures a line whole when its words add up to within a hair of the limit', async () => {
    const { regular } = await both();
    const text = 'Wij helpen u graag verder met uw geldzorgen';
    const exact = regular.widthOfTextAtSize(text, 11);
    // at exactly the whole line's width it fits, a hair below it does not, whatever the sum's rounding
    expect(wrap(text, regular, 11, exact)).toEqual([text]);
    expect(wrap(text, regular, 11, exact - 1e-9)).toHaveLength(2);
  });

  it('shapes each distinct word once, not the line so far for every word', async () => {
    const { regular } = await newDoc();
    const spy = vi.spyOn(regular, 'widthOfTextAtSize');
    const paragraph = 'Wij willen u graag helpen. Dat is gratis en u zit nergens aan vast. '.repeat(40);
    wrap(paragraph, regular, 11, 400);
    const distinct = new Set(paragraph.split(/\s+/).filter(Boolean)).size;
    // the space, each distinct word, and a few lines measured whole near the limit at most
    expect(spy.mock.calls.length).toBeLessThanOrEqual(distinct + 1 + 5);
    expect(spy.mock.calls.length).toBeLessThan(wrapCalls(paragraph) / 10);
  });
});

/** How many widths the whole-line wrap asks for `text` (a measure of the old work). */
function wrapCalls(text: string): number {
  let n = 0;
  const widthOfTextAtSize = (t: string) => {
    n += 1;
    return t.length * 5;
  };
  const font = { widthOfTextAtSize } as unknown as PDFFont;
  wrapWhole(text, font, 11, 400);
  return n;
}

const ITEM = (i: number): PrintItem => ({
  address: [`A. Jansen ${i}`, `Dorpsstraat ${i}`, '7411 AB  VOORBEELDSTAD'],
  sender: {
    name: 'Gemeente Voorbeeldstad',
    returnLine: 'Postbus 363, 7400 AA Voorbeeldstad',
    details: ['Telefoon 14 0363', 'E-mail geldzorgen@voorbeeldstad.example', 'www.voorbeeldstad.example'],
  },
  meta: ['Datum: 2 november 2026', `Ons kenmerk: 2026-10-${String(i).padStart(5, '0')}`],
  text: `# Hulp bij geldzorgen\n\nBeste A. Jansen ${i},\n\n${'Wij willen u graag helpen. Dat is gratis. '.repeat(8)}\n\nMet vriendelijke groet,`,
});

describe('a print run of many pages', () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives the bytes of pdf-lib's own page tree walk, encoding and compression", async () => {
    const draw = async (shortcuts: boolean) => {
      const { doc, regular, bold } = await newDoc();
      if (shortcuts) {
        appendWithoutWalk(doc);
        encodeOnce(regular);
        encodeOnce(bold);
      }
      for (let i = 0; i < 40; i++) {
        const page = doc.addPage([420, 298]);
        page.drawText(`Beste A. Jansen ${i % 7},`, { x: 20, y: 250, size: 10, font: regular });
        page.drawText('Wij willen u graag helpen.', { x: 20, y: 230, size: 10, font: bold });
      }
      // a page put before the end still goes through pdf-lib's walk
      doc.insertPage(3, [420, 298]).drawText('ingevoegd', { x: 20, y: 250, size: 10, font: regular });
      doc.addPage([420, 298]).drawText('laatste', { x: 20, y: 250, size: 10, font: regular });
      doc.setCreationDate(ON);
      doc.setModificationDate(ON);
      // each page's contents compressed by one reused compressor: pako's bytes all the same
      if (shortcuts) expect(deflatePagesOnce(doc, PDFContentStream)).toBe(42);
      return doc.save();
    };
    const fast = await draw(true);
    expect(Buffer.from(fast).equals(Buffer.from(await draw(false)))).toBe(true);
    const back = await PDFDocument.load(fast);
    expect(back.getPageCount()).toBe(42);
  });

  // lines as letters have them: names with diacritics and prefixes, numbers, punctuation, runs of
  // spaces (an address's postcode and city), repeated words and lines, ligature-prone letters
  const word = fc.oneof(
    fc.constantFrom(
      'Beste',
      'van',
      'der',
      'Çelik',
      'Ødegård',
      'Jansen,',
      'ﬁ',
      'fi',
      'ffl',
      'Straße',
      '’t',
      'Zuid-Holland',
      '€',
      '12,50',
      'a\u00a0b',
      'e\u0301',
      'é',
    ),
    fc.stringMatching(/^[A-Za-z0-9À-ÿ.,:;!?'"()-]{1,12}$/),
  );
  const line = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', '  ', '   ')), { minLength: 1, maxLength: 8 })
    .map((parts) =>
      parts
        .map(([w, sp]) => `${w}${sp}`)
        .join('')
        .trimEnd(),
    );
  test.prop([fc.array(fc.tuple(line, fc.boolean()), { minLength: 1, maxLength: 30 })], { numRuns: 30 })(
    "a line encoded a word at a time gives pdf-lib's own bytes, for any words and spaces",
    async (lines) => {
      const draw = async (once: boolean) => {
        const { doc, regular, bold } = await newDoc();
        if (once) {
          encodeOnce(regular);
          encodeOnce(bold);
        }
        const page = doc.addPage([420, 298]);
        for (const [i, [text, heading]] of lines.entries())
          page.drawText(text, { x: 20, y: 280 - 9 * i, size: 8, font: heading ? bold : regular });
        doc.setCreationDate(ON);
        doc.setModificationDate(ON);
        return Buffer.from(await doc.save());
      };
      expect((await draw(true)).equals(await draw(false))).toBe(true);
    },
    120_000,
  );

  it('looks up objects in proportion to the pages, not to their square', async () => {
    const lookups = async (n: number) => {
      const spy = vi.spyOn(PDFContext.prototype, 'lookup');
      await printPdfs(
        'card',
        Array.from({ length: n }, (_, i) => ITEM(i)),
        { title: 't', titles: [], on: ON },
      );
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return calls;
    };
    const small = await lookups(50);
    const large = await lookups(400);
    // 8× the cards: ~8× the look-ups; a walk per page would make it ~64×
    expect(large / small).toBeLessThan(12);
  });
});
