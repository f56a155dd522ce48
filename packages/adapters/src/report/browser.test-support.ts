// The set-up of the browser tests of the HTML reports (report.html, simulation.html): Debian's
// Chromium driven by playwright-core (which downloads nothing), A4 in CSS pixels, and what a page
// says about its charts and its width. Without Chromium (/usr/bin/chromium, or
// SIGNAALREIS_CHROMIUM) a browser test fails when CI is set and is skipped otherwise, saying why.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.SIGNAALREIS_CHROMIUM ?? '/usr/bin/chromium';
export const missing = !existsSync(CHROMIUM);
export const CI = Boolean(process.env.CI);
/** Says, once per test file, why its browser test is skipped. */
export function sayWhySkipped(name: string): void {
  if (missing && !CI)
    console.log(
      `${name}: skipped — no Chromium at ${CHROMIUM} (apt-get install -y --no-install-recommends chromium; in CI this test fails instead)`,
    );
}

export const ROOT = new URL('../../../../', import.meta.url).pathname;
/** A4 at 96 CSS pixels per inch: 210 mm wide; the text between 15 mm margins is 180 mm. */
export const A4_PX = Math.round((210 / 25.4) * 96);
export const TEXT_PX = Math.round((180 / 25.4) * 96);

/** The few DOM types the measurement uses (the repository's tsconfig has no DOM library). */
interface Box {
  width: number;
  height: number;
  right: number;
}
interface El {
  tagName: string;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  closest(selector: string): (El & { id: string }) | null;
}

/** What the page says about its charts and its width. */
export const measure = (page: Page) =>
  page.evaluate(() => {
    const doc = (globalThis as unknown as { document: El & { documentElement: El } }).document;
    const width = doc.documentElement.clientWidth;
    const charts = Array.from(doc.querySelectorAll('figure.chart')).map((f) => {
      const svg = f.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      return {
        id: f.getAttribute('data-chart'),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        marks: svg ? svg.querySelectorAll('g.role-mark path, g.role-mark line').length : 0,
      };
    });
    const wide = Array.from(doc.querySelectorAll('section, table, figure, svg'))
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > width + 1)
      .map((e) => `${e.tagName.toLowerCase()}#${e.closest('section')?.id}`);
    return { charts, wide, scrollWidth: doc.documentElement.scrollWidth, clientWidth: width };
  });

/**
 * A page of the browser at A4 width with JavaScript off, recording every request and every console
 * error (and, with `strict`, console warnings and page errors too). Fails, saying how to install
 * it, when there is no Chromium.
 */
export async function a4Page(browser: Browser | undefined, o: { strict?: boolean } = {}) {
  if (missing)
    throw new Error(
      `No Chromium at ${CHROMIUM}: the report's browser test needs Debian's chromium (apt-get install -y --no-install-recommends chromium), which .ci/run installs`,
    );
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    viewport: { width: A4_PX, height: 1123 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || (o.strict && m.type() === 'warning')) errors.push(m.text());
  });
  if (o.strict) page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, requests, errors };
}
