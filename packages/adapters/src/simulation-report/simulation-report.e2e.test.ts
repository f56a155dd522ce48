// simulation.html in a real browser (issue 16), with the set-up of report.html's browser test:
// Debian's Chromium via playwright-core opens the page of a realistic result (base and two
// reforms, 12 months, 200 replications) from a file, JavaScript off. Every chart drew (an SVG with
// a size and marks), nothing is wider than an A4 page on screen or printed, nothing was requested
// but the file, the console stayed empty, and it prints to PDF. Saves
// reports/simulation-report.png; with SIGNAALREIS_DOCS_PICTURES=1 also the pictures of
// docs/simulation.md (docs/images/simulation-report*.png).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSimulationResult } from '../../../core/src/simulation/result.test-support';
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
} from '../report/browser.test-support';
import { renderSimulationHtml } from './render';

sayWhySkipped('simulation-report.e2e');

describe.skipIf(missing && !CI)('simulation.html in headless Chromium', () => {
  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'signaalreis-simulation-'));
  let file = '';
  let expected: string[] = [];

  beforeAll(async () => {
    const html = await renderSimulationHtml(exampleSimulationResult(), 'nl');
    expected = [...html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1] ?? '');
    file = join(dir, 'simulation.html');
    writeFileSync(file, html);
    if (!missing) browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws every chart, fits A4 on screen and in print, loads nothing, logs nothing and prints to PDF', async () => {
    const { context, page, requests, errors } = await a4Page(browser, { strict: true });
    await page.goto(pathToFileURL(file).href);

    const screen = await measure(page);
    expect(screen.charts.map((c) => c.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(30);
    for (const c of screen.charts) {
      expect(c.width, c.id ?? '').toBeGreaterThan(300);
      expect(c.height, c.id ?? '').toBeGreaterThan(100);
      expect(c.marks, c.id ?? '').toBeGreaterThan(0);
    }
    expect(screen.wide).toEqual([]);
    expect(screen.scrollWidth).toBeLessThanOrEqual(A4_PX);

    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'reports/simulation-report.png'), fullPage: true });
    if (process.env.SIGNAALREIS_DOCS_PICTURES === '1') {
      mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
      await page.screenshot({
        path: join(ROOT, 'docs/images/simulation-report.png'),
        clip: { x: 0, y: 0, width: A4_PX, height: 1123 },
      });
      await page
        .locator('#measure-help_accepted')
        .screenshot({ path: join(ROOT, 'docs/images/simulation-report-measure.png') });
    }

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
    console.log(`simulation-report.e2e: ${screen.charts.length} charts, ${pages} A4 page(s) printed`);
    expect(pages).toBeGreaterThan(5);

    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
