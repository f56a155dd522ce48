// Each case's own PDF copied out of the print PDF with its fonts cloned once for all (pdf-copy.ts,
// issue 14): for any sequence of copies — single pages, a card's two, a long letter's several, the
// same pages again, pages out of order — every PDF's bytes are those pdf-lib's own `copyPages`
// gives, through one sharing kept across all of them; so are `printPdfs`' own PDFs.
import { fc, test } from '@fast-check/vitest';
import * as lib from 'pdf-lib';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PrintItem, printPdf, printPdfs } from './pdf';
import { copyPagesSharingFonts, fontSharing } from './pdf-copy';

const item = (i: number, paragraphs: number): PrintItem => ({
  address: [`M. Çelik-${i}`, `Huisnummer ${i}`, '7425 MX  VOORBEELDSTAD'],
  sender: {
    name: 'Gemeente Voorbeeldstad',
    returnLine: 'Postbus 363, 7400 AA Voorbeeldstad',
    details: ['Telefoon 14 0363', 'E-mail geldzorgen@voorbeeldstad.example', 'www.voorbeeldstad.example'],
  },
  meta: ['Datum: 2 november 2026', `Ons kenmerk: 2026-10-${String(i).padStart(4, '0')}`],
  text: `# Hulp bij geldzorgen\n\nBeste bewoner ${i},\n\n${'Wij willen u graag helpen. Dat is gratis. '.repeat(paragraphs)}\n\nMet vriendelijke groet,`,
});
const ON = new Date('2026-11-02T08:00:00Z');
const SAVE = { objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false } as const;

let letters: Uint8Array; // letters of one to three pages: their own fonts, bold and regular
let cards: Uint8Array;
beforeAll(async () => {
  letters = await printPdf('letter', [item(1, 5), item(2, 90), item(3, 200), item(4, 1)], {
    title: 'brieven',
    on: ON,
  });
  cards = await printPdf('card', [item(5, 2), item(6, 3), item(7, 1)], { title: 'kaarten', on: ON });
}, 60_000);

/** The own PDFs of `ranges` (page numbers of the print PDF), by copyPages and with the fonts shared. */
async function bothWays(print: Uint8Array, ranges: number[][]): Promise<[Buffer[], Buffer[], number]> {
  const saved = await PDFDocument.load(print);
  await saved.flush();
  const pages = saved.getPages();
  const sharing = fontSharing(lib, pages);
  const plain: Buffer[] = [];
  const shared: Buffer[] = [];
  for (const range of ranges) {
    // without the dates of now: two documents made a second apart would differ in them alone (seen
    // once in CI under load, seed -1450532502)
    const a = await PDFDocument.create({ updateMetadata: false });
    for (const page of await a.copyPages(saved, range)) a.addPage(page);
    plain.push(Buffer.from(await a.save(SAVE)));
    const b = await PDFDocument.create({ updateMetadata: false });
    for (const page of copyPagesSharingFonts(lib, b, saved, pages, range, sharing)) b.addPage(page);
    shared.push(Buffer.from(await b.save(SAVE)));
  }
  // how many fonts were cloned once and kept to be handed on (a font that reaches outside itself is not)
  const kept = [...sharing.kept.values()].filter((k) => k !== null).length;
  return [plain, shared, kept];
}

const expectSame = ([plain, shared]: [Buffer[], Buffer[], number]) => {
  expect(shared.length).toBe(plain.length);
  for (const [i, bytes] of plain.entries()) expect(shared[i]?.equals(bytes), `own PDF ${i}`).toBe(true);
};

describe('own PDFs with their fonts cloned once (issue 14)', () => {
  it('a print run copied in order, a card (two pages) or a letter (one to three) at a time: the bytes of copyPages', async () => {
    const cardPages = (await PDFDocument.load(cards)).getPageCount();
    expect(cardPages).toBe(6);
    const run = await bothWays(cards, [
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expectSame(run);
    expect(run[2]).toBeGreaterThan(0); // the fonts were cloned once and handed on
    expect((run[1][0] as Buffer).length).toBeGreaterThan(10_000); // a card's own PDF is mostly its fonts
    const letterPages = (await PDFDocument.load(letters)).getPageCount();
    expect(letterPages).toBeGreaterThan(5); // the long letters took more than a page
    expectSame(
      await bothWays(
        letters,
        Array.from({ length: letterPages }, (_, i) => [i]),
      ),
    );
  }, 60_000);

  test.prop(
    [
      fc.constantFrom('letters', 'cards'),
      fc.array(fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
    ],
    { numRuns: 25 },
  )(
    'any pages in any order, again and again, through one sharing: the bytes of copyPages',
    async (which, picks) => {
      const print = which === 'letters' ? letters : cards;
      const count = (await PDFDocument.load(print)).getPageCount();
      expectSame(
        await bothWays(
          print,
          picks.map((r) => r.map((p) => p % count)),
        ),
      );
    },
    120_000,
  );

  it('printPdfs: each own PDF is its pages copied by copyPages, saved as before', async () => {
    const items = [item(8, 1), item(9, 60), item(10, 2)];
    const titles = items.map((_, i) => `brief ${i}`);
    const { combined, each } = await printPdfs('letter', items, { title: 'brieven', titles, on: ON });
    const saved = await PDFDocument.load(combined);
    let next = 0;
    for (const [i, own] of each.entries()) {
      const pages = (await PDFDocument.load(own)).getPageCount();
      const one = await PDFDocument.create();
      const range = Array.from({ length: pages }, (_, k) => next + k);
      next += pages;
      for (const page of await one.copyPages(saved, range)) one.addPage(page);
      one.setTitle(titles[i] as string);
      one.setProducer('signaalreis');
      one.setCreator('signaalreis letters');
      one.setCreationDate(ON);
      one.setModificationDate(ON);
      expect(Buffer.from(await one.save(SAVE)).equals(Buffer.from(own)), `own PDF ${i}`).toBe(true);
    }
    expect(next).toBe(saved.getPageCount());
  }, 60_000);
});
