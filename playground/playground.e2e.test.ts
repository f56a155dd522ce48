// The preset playground in a real browser: Debian's Chromium driven by playwright-core (which
// downloads nothing). Builds the page, serves it on 127.0.0.1, and does what a policy officer
// does: pick type-small, change visitAbove and see an embedded test fail (in Dutch), misspell a
// key and see the inline Dutch error, read the difference in euros, run the sample month, download
// the preset. Measures the page's size and the time to first interactive; saves
// reports/playground.png.
//
// Without Chromium (/usr/bin/chromium, or SIGNAALREIS_CHROMIUM) the test fails when CI is set
// (.ci/run installs it) and is skipped otherwise, saying why.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatEuro } from '@signaalreis/core';
import { MUNICIPALITY_PRESETS, municipalityPreset } from '@signaalreis/rules-presets';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, sizeReport } from './build.mjs';
import { serveStatic } from './serve.mjs';

const CHROMIUM = process.env.SIGNAALREIS_CHROMIUM ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const CI = Boolean(process.env.CI);
if (missing && !CI)
  console.log(
    `playground.e2e: skipped — no Chromium at ${CHROMIUM} (apt-get install -y --no-install-recommends chromium; in CI this test fails instead)`,
  );

const ROOT = new URL('..', import.meta.url).pathname;
const smallTests = () => {
  const p = municipalityPreset('type-small');
  if (!p.ok) throw new Error('type-small does not load');
  return p.value.preset.tests?.length ?? 0;
};

/** Waits for a value in the page (the linter waits for a pause in typing; tests run after it). */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** Finds `text` with CodeMirror's search panel (Ctrl+F, the text, Enter, Escape): the match is selected. */
async function select(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.fill(text);
  await field.press('End'); // the panel takes the query on a key press, not on fill's input event
  await field.press('Enter');
  await field.press('Escape');
}

/** Replaces the first `from` in the editor with `to`, as typed text. */
async function replace(page: Page, from: string, to: string): Promise<void> {
  await select(page, from);
  await page.keyboard.insertText(to);
  await page.keyboard.press('Escape'); // closes a completion list, if one opened
}

describe.skipIf(missing && !CI)('preset playground in headless Chromium', () => {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let url = '';
  const out = mkdtempSync(join(tmpdir(), 'signaalreis-playground-'));

  beforeAll(async () => {
    if (missing) return; // the test itself fails, so that CI counts it
    const built = await buildPlayground({ outdir: out });
    console.log(`playground.e2e: page size (raw, gzip)\n${sizeReport(built)}`);
    expect(built.nodeBuiltins).toEqual([]);
    expect(built.total.gzip).toBeLessThan(1_000_000); // project default: a page a municipal laptop loads at once
    ({ server, url } = await serveStatic(out, 0));
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('edits type-small, shows the Dutch test failure, the inline error and the diff in euros, runs the sample month and downloads the preset', async () => {
    if (missing)
      throw new Error(
        `No Chromium at ${CHROMIUM}: the playground's browser test needs Debian's chromium (apt-get install -y --no-install-recommends chromium), which .ci/run installs`,
      );
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    const started = Date.now();
    await page.goto(url);
    await page.waitForSelector('body[data-ready-ms]');
    const wall = Date.now() - started;
    const readyMs = Number(await page.getAttribute('body', 'data-ready-ms'));
    console.log(
      `playground.e2e: first interactive (type-small loaded and its tests run) ${readyMs} ms after navigation start (page clock); ${wall} ms from goto (test clock)`,
    );
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    // pick type-small, as itself
    await page.selectOption('#preset', 'type-small');
    await page.check('input[name="mode"][value="edit"]');
    await page.click('#open');
    const n = smallTests();
    await poll(() => page.textContent('#tests .summary')).toBe(`${n} geslaagd, 0 mislukt`);
    expect(await page.textContent('#status')).toBe('De preset laadt: type-small → national-baseline');
    expect(await page.textContent('#diff')).toContain('Geen verschillen');

    // visits only from € 600: the amount-band test's € 500.01 case now gets a phone call
    await replace(page, '"value": 50000', '"value": 60000');
    await poll(() => page.getAttribute('#tests .summary', 'data-failed')).toBe('1');
    expect(await page.textContent('#tests .summary')).toBe(`${n - 1} geslaagd, 1 mislukt`);
    const failure = await page.textContent('#tests li.bad');
    expect(failure).toContain('✗ mislukt');
    expect(failure).toContain('7411AB 4: bakje is phone, verwacht visit');
    const diff = await page.textContent('#diff ul.diff');
    expect(diff).toContain(
      `Parameter visitAbove: ${formatEuro(50000)} (2021-01-01) → ${formatEuro(60000)} (2021-01-01)`,
    );

    // a misspelled key: the loader's Dutch message, marked on the key and listed
    await replace(page, '"municipalityType"', '"municipalityTyp"');
    const listed = page.locator('#problems li[data-code="unknown_key"]');
    await poll(() => listed.count()).toBe(1);
    expect(await listed.textContent()).toContain('Onbekend veld "municipalityTyp"');
    expect(await page.textContent('#status')).toBe('1 probleem');
    const marked = page.locator('.cm-lintRange-error');
    await poll(() => marked.first().textContent()).toBe('"municipalityTyp"');
    await marked.first().hover();
    await poll(() => page.locator('.cm-tooltip-lint').textContent()).toContain(
      'Onbekend veld "municipalityTyp"',
    );
    expect(await page.textContent('#tests')).toContain('los eerst de problemen in de editor op');
    await replace(page, '"municipalityTyp"', '"municipalityType"');
    await poll(() => page.locator('#problems li').count()).toBe(0);
    await poll(() => page.getAttribute('#tests .summary', 'data-failed')).toBe('1');

    // the sample month
    await page.click('#run-month');
    await page.waitForSelector('#month table');
    const counts = await page.textContent('#month ul.counts');
    expect(counts).toMatch(/242 signalen, 480 signalen als geschiedenis, besloten op 2026-10-26/);
    expect(counts).toMatch(/\d+ zaken \(\d+ matches\)/);
    expect(counts).toMatch(
      /\d+ opgepakt \(waarvan crisis \d+\), \d+ handmatig beoordelen, \d+ niet opgepakt/,
    );
    const captions = await page.locator('#month caption').allTextContents();
    expect(captions.slice(0, 3)).toEqual(['Per bakje', 'Per eerste kanaal en team', 'Capaciteit']);
    expect(captions[3]).toMatch(/^Werklijst: de eerste 10 van \d+ regels \(persoonsgegevens gemaskeerd\)$/);
    const visits = page.locator('#month table[data-table="channel"] tr', { hasText: 'huisbezoek' });
    expect(await visits.count()).toBeGreaterThan(0);
    // personal data is masked: no phone number or e-mail address of the sample file appears whole
    const monthText = (await page.textContent('#month')) ?? '';
    const csv = readFileSync(join(ROOT, 'examples/data/signals-2026-10.csv'), 'utf8');
    const emails = csv.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [];
    expect(emails.length).toBeGreaterThan(100);
    for (const e of emails) expect(monthText).not.toContain(e);
    const phones = await page
      .locator('#month table[data-table="worklist"] tbody td:nth-child(7)')
      .allTextContents();
    for (const p of phones.filter(Boolean)) expect(p).toMatch(/^\*+\d{2}$/);

    // download: the edited text, under the preset's id
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('type-small.json');
    const file = join(out, 'downloaded.json');
    await download.saveAs(file);
    const expected = `${JSON.stringify(MUNICIPALITY_PRESETS['type-small'], null, 2)}\n`.replace(
      '"value": 50000',
      '"value": 60000',
    );
    expect(readFileSync(file, 'utf8')).toBe(expected);

    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'reports/playground.png'), fullPage: true });

    // English on request
    await page.selectOption('#lang', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#tests .summary')).toBe(`${n - 1} passed, 1 failed`);
    expect(await page.textContent('#tests li.bad')).toContain('7411AB 4: bucket is phone, expected visit');

    // a copy that extends type-small starts with no differences but its identity
    await page.selectOption('#lang', 'nl');
    await page.check('input[name="mode"][value="copy"]');
    await page.click('#open');
    await poll(() => page.textContent('#status')).toBe(
      'De preset laadt: mijn-gemeente → type-small → national-baseline',
    );
    const copyDiff = await page.locator('#diff ul.diff li').allTextContents();
    expect(copyDiff).toContain('id: "type-small" → "mijn-gemeente"');
    expect(copyDiff).toContain('extends: "national-baseline" → "type-small"');
    await poll(() => page.textContent('#tests .summary')).toBe(`${n} geslaagd, 0 mislukt`);

    // completion and hover from the JSON Schema
    await select(page, '"type-small",');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"mu');
    await page.keyboard.press('Control+Space');
    await poll(() => page.locator('.cm-tooltip-autocomplete li').allTextContents()).toContain(
      'municipalityTypestring',
    );
    await page.keyboard.press('Escape');
    const extendsLine = await page.locator('.cm-line', { hasText: '"extends"' }).first().boundingBox();
    if (!extendsLine) throw new Error('no "extends" line');
    await page.mouse.move(extendsLine.x + 40, extendsLine.y + extendsLine.height / 2);
    await page.mouse.move(extendsLine.x + 45, extendsLine.y + extendsLine.height / 2);
    await poll(() => page.locator('.cm-tooltip').allTextContents()).toContain(
      'stringpattern: ^[a-z0-9][a-z0-9-]*$\n',
    );

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
