#!/usr/bin/env node
// The pictures of docs/report.md, from the report `npm run demo:report` writes (synthetic data
// only): the top of report.html (header, key figures, the first charts) and its neighbourhood
// section, as an officer sees them at A4 width. Needs Debian's Chromium (playwright-core drives it
// and downloads nothing): `node scripts/report-picture.mjs [report.html] [docs folder]`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const html = resolve(process.argv[2] ?? 'out/demo-report/report-2026-10/report.html');
const docs = resolve(process.argv[3] ?? 'docs');
const CHROMIUM = process.env.SIGNAALREIS_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(html)) {
  console.error(`report-picture: no ${html}; run 'npm run demo:report' first`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(
    `report-picture: no Chromium at ${CHROMIUM} (apt-get install -y --no-install-recommends chromium)`,
  );
  process.exit(2);
}
const A4_PX = Math.round((210 / 25.4) * 96); // 794 CSS pixels
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const page = await browser.newPage({ viewport: { width: A4_PX, height: 1123 }, javaScriptEnabled: false });
  await page.goto(pathToFileURL(html).href);
  await page.screenshot({ path: `${docs}/report.png`, clip: { x: 0, y: 0, width: A4_PX, height: 1123 } });
  await page.locator('section#neighbourhoods').screenshot({ path: `${docs}/report-neighbourhoods.png` });
  console.log(`report-picture: wrote ${docs}/report.png and ${docs}/report-neighbourhoods.png`);
} finally {
  await browser.close();
}
