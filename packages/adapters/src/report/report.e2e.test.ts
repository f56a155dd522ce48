// report.html in a real browser (issue 15): Debian's Chromium driven by playwright-core (which
// downloads nothing) opens the report of the example month from a file, as an officer opens it from
// a file share. Every chart drew (an SVG with a size and marks), nothing is wider than an A4 page
// (on screen at A4 width, and printed: 180 mm between the margins), nothing was loaded, no script
// ran, and it prints to PDF. Saves reports/report.png.
//
// Without Chromium (/usr/bin/chromium, or SIGNAALREIS_CHROMIUM) the test fails when CI is set
// (.ci/run installs it) and is skipped otherwise, saying why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A4_PX,
  a4Page,
  CHROMIUM,
  CI,
  measure,
  missing,
  ROOT,
  sayWhySkipped,
  TEXT_PX,
} from './browser.test-support';
import { reportCharts } from './charts';
import { exampleFigures } from './fixtures.test-support';
import { reportHtml } from './report-html';

sayWhySkipped('report.e2e');

describe.skipIf(missing && !CI)('report.html in headless Chromium', () => {
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-report-'));
  let file = '';
  let expected: string[] = [];

  beforeAll(async () => {
    const { figures } = await exampleFigures();
    expected = reportCharts(figures, 'nl').map((c) => c.id);
    file = join(dir, 'report.html');
    writeFileSync(file, await reportHtml(figures, { municipality: '0363', preset: 'type-medium' }));
    if (!missing) browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws every chart, fits an A4 page on screen and in print, loads nothing and prints to PDF', async () => {
    const { context, page, requests, errors } = await a4Page(browser);
    await page.goto(pathToFileURL(file).href);

    // every chart of the figures is on the page and drew: a size, and marks (bars, lines, points)
    const screen = await measure(page);
    expect(screen.charts.map((c) => c.id)).toEqual(expected);
    expect(expected).toEqual([
      'sectors',
      'partners',
      'statuses',
      'results',
      'contact',
      'channels',
      'capacity',
      'trend',
    ]);
    for (const c of screen.charts) {
      expect(c.width, c.id ?? '').toBeGreaterThan(100);
      expect(c.height, c.id ?? '').toBeGreaterThan(30);
      expect(c.marks, c.id ?? '').toBeGreaterThan(0);
    }
    // nothing wider than the page at A4 width
    expect(screen.wide).toEqual([]);
    expect(screen.scrollWidth).toBeLessThanOrEqual(A4_PX);

    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'reports/report.png'), fullPage: true });

    // printed: the 180 mm between the margins
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: TEXT_PX, height: 1000 });
    const printed = await measure(page);
    expect(printed.wide).toEqual([]);
    expect(printed.scrollWidth).toBeLessThanOrEqual(TEXT_PX);
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const pages = new TextDecoder('latin1').decode(pdf).match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`report.e2e: ${screen.charts.length} charts, ${pages} A4 page(s) printed`);
    expect(pages).toBeGreaterThan(1);

    // the file itself was the only request; nothing was written to the console
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
