// A letter rendered to an image with poppler's pdftoppm: the address lies in the envelope window
// and nothing else does; the text is extractable with pdftotext (the address block read back from
// the window's rectangle alone). poppler-utils is a Debian package (.ci/run installs it): when
// pdftoppm is missing this test fails and says so, it does not skip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LETTER_WINDOW as W } from './layout';
import { type PrintItem, printPdf, printPdfs } from './pdf';

const POPPLER = ['/usr/bin/pdftoppm', '/usr/bin/pdftotext'];
const DPI = 72; // one pixel a point
const px = (mm: number) => Math.round((mm * DPI) / 25.4);

const ITEM: PrintItem = {
  address: ['M. Çelik', 'Huisnummer 53', '7425 MX  VOORBEELDSTAD'],
  sender: {
    name: 'Gemeente Voorbeeldstad',
    returnLine: 'Postbus 363, 7400 AA Voorbeeldstad',
    details: ['Telefoon 14 0363', 'E-mail geldzorgen@voorbeeldstad.example', 'www.voorbeeldstad.example'],
  },
  meta: ['Datum: 2 november 2026', 'Ons kenmerk: 2026-10-0001'],
  text: `# Hulp bij geldzorgen\n\nBeste M. Çelik,\n\n${'Wij willen u graag helpen. Dat is gratis. '.repeat(60)}\n\nMet vriendelijke groet,`,
};
const ON = new Date('2026-11-02T08:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'signaalreis-letter-pdf-'));

/** Page 1 of a PDF as a grey image: width, height and one byte a pixel (0 black … 255 white). */
function render(pdf: Uint8Array, name: string): { width: number; height: number; pixels: Uint8Array } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('/usr/bin/pdftoppm', [
    '-r',
    String(DPI),
    '-gray',
    '-f',
    '1',
    '-l',
    '1',
    file,
    join(dir, name),
  ]);
  const pgm = readFileSync(join(dir, `${name}-1.pgm`));
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no PGM');
  const [, w, h] = header.map(Number) as [number, number, number];
  return { width: w, height: h, pixels: pgm.subarray(header[0].length) };
}

/** The dark pixels (< 128) in a rectangle given in mm. */
function dark(
  img: ReturnType<typeof render>,
  left: number,
  top: number,
  right: number,
  bottom: number,
): number {
  let n = 0;
  for (let y = px(top); y < px(bottom); y++)
    for (let x = px(left); x < px(right); x++) if ((img.pixels[y * img.width + x] ?? 255) < 128) n++;
  return n;
}

beforeAll(() => {
  const missing = POPPLER.filter((p) => !existsSync(p));
  if (missing.length > 0)
    throw new Error(
      `${missing.join(' and ')} missing: install the Debian package poppler-utils (apt-get install poppler-utils; .ci/run does this)`,
    );
});

describe('a letter PDF seen through the envelope window (issue 15)', () => {
  it('puts the address inside the window, and nothing of the body, date or sender details there', async () => {
    const img = render(await printPdf('letter', [ITEM], { title: 'brief', on: ON }), 'letter');
    expect(Math.abs(img.width - px(210)) <= 1 && Math.abs(img.height - px(297)) <= 1).toBe(true);
    const window = [W.left, W.top, W.left + W.width, W.top + W.height] as const;
    const addressZone = [W.left, W.top + W.returnZone, W.left + W.width, W.top + W.height] as const;
    expect(dark(img, ...addressZone)).toBeGreaterThan(200); // three lines of address text
    // the same letter without address and return line: its window is blank, so all that is dark
    // there is the address block
    const blank = render(
      await printPdf('letter', [{ ...ITEM, address: [], sender: { ...ITEM.sender, returnLine: '' } }], {
        title: 'brief',
        on: ON,
      }),
      'blank',
    );
    expect(dark(blank, ...window)).toBe(0);
    expect(dark(blank, 25, 115, 190, 270)).toBeGreaterThan(2000); // the body is there, below
    // a margin of 3 mm around the window is clear too (the window's play in the envelope)
    expect(dark(img, W.left - 3, W.top + W.height, W.left + W.width + 3, W.top + W.height + 3)).toBe(0);
    expect(dark(img, W.left + W.width, W.top, W.left + W.width + 3, W.top + W.height)).toBe(0);
  });

  it('lets pdftotext read the address back from the window rectangle, and the whole text', async () => {
    const file = join(dir, 'text.pdf');
    writeFileSync(file, await printPdf('letter', [ITEM], { title: 'brief', on: ON }));
    const crop = [
      '-x',
      px(W.left),
      '-y',
      px(W.top + W.returnZone),
      '-W',
      px(W.width),
      '-H',
      px(W.height - W.returnZone),
    ];
    const address = execFileSync(
      '/usr/bin/pdftotext',
      ['-f', '1', '-l', '1', '-layout', ...crop.map(String), file, '-'],
      { encoding: 'utf8' },
    );
    expect(
      address
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ).toEqual(['M. Çelik', 'Huisnummer 53', '7425 MX VOORBEELDSTAD']);
    const all = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(all).toContain('Beste M. Çelik,');
    expect(all).toContain('Met vriendelijke groet,'); // on page 2: the long body ran over
    expect(execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    expect(execFileSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' })).toMatch(
      /DejaVuSans\S*\s.*\byes\b/,
    );
  });

  it("splits the print room's PDF into each case's own, page for page", async () => {
    const two = [
      ITEM,
      { ...ITEM, address: ['A. Jansen', 'Huisnummer 1', '7400 AA  VOORBEELDSTAD'], text: 'Kort.' },
    ];
    const { combined, each } = await printPdfs('letter', two, {
      title: 'brieven',
      titles: ['brief 1', 'brief 2'],
      on: ON,
    });
    const pages = (pdf: Uint8Array, name: string) => {
      writeFileSync(join(dir, name), pdf);
      return Number(
        /Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [join(dir, name)], { encoding: 'utf8' }))?.[1],
      );
    };
    expect([
      pages(combined, 'all.pdf'),
      pages(each[0] as Uint8Array, 'one.pdf'),
      pages(each[1] as Uint8Array, 'two.pdf'),
    ]).toEqual([3, 2, 1]);
    expect(execFileSync('/usr/bin/pdftotext', [join(dir, 'two.pdf'), '-'], { encoding: 'utf8' })).toContain(
      'A. Jansen',
    );
    // each page of an item's own PDF is the combined PDF's page, pixel for pixel — whatever way its
    // objects are laid out (an own PDF keeps them in a plain cross-reference table: "Thirty-second round")
    const page = (file: string, n: number, name: string) => {
      execFileSync('/usr/bin/pdftoppm', [
        '-r',
        '50',
        '-gray',
        '-f',
        String(n),
        '-l',
        String(n),
        join(dir, file),
        join(dir, name),
      ]);
      return readFileSync(join(dir, `${name}-${n}.pgm`));
    };
    expect(page('one.pdf', 1, 'o1')).toEqual(page('all.pdf', 1, 'a1'));
    expect(page('one.pdf', 2, 'o2')).toEqual(page('all.pdf', 2, 'a2'));
    expect(page('two.pdf', 1, 't1')).toEqual(page('all.pdf', 3, 'a3'));
    expect(page('two.pdf', 1, 't1')).not.toEqual(page('all.pdf', 1, 'a1'));
  });

  it('makes an A6 card landscape with its text', async () => {
    const img = render(
      await printPdf('card', [{ ...ITEM, text: 'Wilt u ons bellen?' }], { title: 'kaart', on: ON }),
      'card',
    );
    expect(Math.abs(img.width - px(148)) <= 1 && Math.abs(img.height - px(105)) <= 1).toBe(true);
    expect(dark(img, 10, 10, 100, 40)).toBeGreaterThan(50);
  });
});
