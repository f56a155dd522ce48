// The file-free parts of adapters run in a browser (issues 10, 11): the signal CSV reader (text, bytes or
// a stream of chunks), the case-file codec and the DDAS exchange bundle with esbuild for
// `platform: 'browser'` without any Node built-in, and the bundle works in a context that has none
// of Node's globals (no Buffer, process, require): it reads the example month, and validates and
// imports a DDAS delivery, exactly as Node does. Measured on the sources, as
// scripts/bundle-size.test.ts does; `pnpm bench:bundle` prints the same entry's size from the dist.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { historyFromCaseFile, readCaseFile, toCaseFile } from '@signaalreis/adapters/cases';
import { importSignalsCsv } from '@signaalreis/adapters/csv';
import { importDdasDelivery, validateDdasDelivery } from '@signaalreis/adapters/ddas';
import { asIsoDate, asIsoMonth, runMonth } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { ADAPTERS_BROWSER, browserScript, bundleSize, ENTRIES, ROOT } from './bundle';

// Budget of the CSV reader + case-file codec in a browser, gzip. Source: project default — about
// 60 KB today (zod ~25 KB, csv-parse's browser build with its own Buffer ~15 KB).
const BUDGET_GZIP = 75_000;
const TODAY = asIsoDate('2026-11-02');
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('@signaalreis/adapters in the browser', () => {
  it('bundles the CSV reader and the case-file codec without Node built-ins, within the budget', async () => {
    const size = await bundleSize(ENTRIES[ADAPTERS_BROWSER], { source: true });
    expect(size.nodeBuiltins).toEqual([]);
    // csv-parse's browser build (package.json "browser"), not its Node build that needs Buffer
    expect(size.inputs.some((i) => i.endsWith('csv-parse/dist/esm/sync.js'))).toBe(true);
    expect(size.inputs.some((i) => /csv-parse\/lib\//.test(i))).toBe(false);
    expect(size.inputs.some((i) => i.includes('packages/adapters/src/files/'))).toBe(false);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it.each(['csv', 'cases', 'ddas', 'ledger', 'lookups'])(
    'keeps all of @signaalreis/adapters/%s free of Node built-ins, and it loads without Node globals',
    async (sub) => {
      const entry = `export * from '@signaalreis/adapters/${sub}';`;
      const size = await bundleSize(entry, { source: true });
      expect(size.nodeBuiltins).toEqual([]);
      // csv-stringify's Node build calls Buffer as it loads; its browser build is used instead
      if (sub === 'cases')
        expect(size.inputs.some((i) => i.endsWith('csv-stringify/dist/esm/sync.js'))).toBe(true);
      const context = createContext({ TextEncoder, TextDecoder });
      runInContext((await browserScript(entry, { source: true })).code, context);
      const values = Object.keys(await import(`@signaalreis/adapters/${sub}`)).sort();
      expect(Object.keys(context.bundled as object).sort()).toEqual(values);
    },
  );

  it('validates and imports a DDAS delivery without Node globals, as Node does (ajv compiles there too)', async () => {
    // structuredClone is a browser global too (the lifecycle presets copy their tables with it)
    const context = createContext({ TextEncoder, TextDecoder, structuredClone });
    runInContext(
      (await browserScript("export * from '@signaalreis/adapters/ddas';", { source: true })).code,
      context,
    );
    const browser = context.bundled as {
      validateDdasDelivery: typeof validateDdasDelivery;
      importDdasDelivery: typeof importDdasDelivery;
    };
    const signal = {
      ID: 'WO-1',
      crisissignaal: true,
      warmeOverdracht: false,
      bedrag: 1254,
      ontstaansdatum: '2026-08-20',
      signaaldatum: '2026-10-05',
      status: 'Opgepakt',
      signaalpartner: { type: 'Huur' },
      client: { postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'A-1' },
    };
    const zaak = {
      matchingsdatum: '2026-10-26',
      startdatumMatchingperiode: '2026-10-01',
      einddatumMatchingperiode: '2026-10-31',
      datumOpgepakt: '2026-10-26',
      vroegsignalen: [{ ID: 'WO-1' }],
      contactpogingen: [{ soort: 'Huisbezoek', bereikt: true, datum: '2026-10-27', dagdeel: 'Avond' }],
    };
    const delivery = {
      startdatumLevering: '2026-10-01',
      einddatumLevering: '2026-10-31',
      aanleverdatumEnTijd: '2026-11-02T09:00:00Z',
      codeGegevensleverancier: 'OTHER-PLATFORM',
      leveringen: [
        {
          teller: 1,
          gemeentecode: '0363',
          aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
          vroegsignalen: [signal],
          vroegsignaalzaken: [zaak],
        },
      ],
    };
    const inNode = importDdasDelivery(delivery);
    expect(inNode.ok && inNode.value.files.map((f) => f.caseFile.cases.length)).toEqual([1]);
    expect(plain(browser.importDdasDelivery(delivery))).toEqual(plain(inNode));
    const bad = { ...delivery, aanleverdatumEnTijd: 'yesterday', extra: true };
    expect(validateDdasDelivery(bad).ok).toBe(false);
    expect(plain(browser.validateDdasDelivery(bad))).toEqual(plain(validateDdasDelivery(bad)));
  });

  it('sees the Node built-ins of /files and /output (the check is not blind)', async () => {
    const files = await bundleSize("export * from '@signaalreis/adapters/files';", { source: true });
    expect(files.nodeBuiltins).toContain('node:fs (from packages/adapters/src/files/read-signals-file.ts)');
    const output = await bundleSize("export { writeOutputFolder } from '@signaalreis/adapters/output';", {
      source: true,
    });
    expect(output.nodeBuiltins).toContain('node:crypto (from packages/adapters/src/output/atomic-file.ts)');
  });

  it('runs without Node globals: reads the example month (UTF-8 text, Windows-1252 bytes) and the case file as Node does', async () => {
    const script = await browserScript(ENTRIES[ADAPTERS_BROWSER], { source: true });
    expect(script.nodeBuiltins).toEqual([]);
    // What a browser has besides the language itself; no Buffer, process, require or global.
    const context = createContext({ TextEncoder, TextDecoder });
    expect(runInContext('[typeof Buffer, typeof process, typeof require, typeof global]', context)).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
    runInContext(script.code, context);
    const browser = context.bundled as {
      importSignalsCsv: typeof importSignalsCsv;
      toCaseFile: typeof toCaseFile;
      readCaseFile: typeof readCaseFile;
      historyFromCaseFile: typeof historyFromCaseFile;
    };

    // the canonical file as text: 250 rows, 8 of them bad on purpose (examples/data/README.md)
    const text = readFileSync(`${ROOT}examples/data/signals-2026-10.csv`, 'utf8');
    const inNode = await importSignalsCsv(text, { today: TODAY });
    if (!inNode.ok) throw new Error('the example month does not read in Node');
    expect(inNode.value.rejectedRows).toHaveLength(8);
    expect(plain(await browser.importSignalsCsv(text, { today: TODAY }))).toEqual(plain(inNode));

    // the Excel export as bytes (Windows-1252, `;`, CRLF), made in the context as a page would
    const excel = readFileSync(`${ROOT}examples/data/signals-2026-10-excel.csv`);
    const bytes = runInContext(`new Uint8Array(${excel.length})`, context) as Uint8Array;
    bytes.set(excel);
    const excelInNode = await importSignalsCsv(new Uint8Array(excel), { today: TODAY });
    expect(excelInNode.ok && excelInNode.value.accepted.length).toBe(inNode.value.accepted.length);
    expect(plain(await browser.importSignalsCsv(bytes, { today: TODAY }))).toEqual(plain(excelInNode));

    // the case file of the month: written, read back and turned into history alike
    const month = await runMonth({ month: asIsoMonth('2026-10'), signals: inNode.value.accepted });
    if (!month.ok) throw new Error('the example month does not run');
    const file = toCaseFile(month.value, 'national-baseline');
    expect(file.cases.length).toBeGreaterThan(100);
    expect(plain(browser.toCaseFile(month.value, 'national-baseline'))).toEqual(plain(file));
    const json = plain(file);
    expect(plain(browser.readCaseFile(json))).toEqual(plain(readCaseFile(json)));
    expect(plain(browser.historyFromCaseFile(file))).toEqual(plain(historyFromCaseFile(file)));

    // malformed input gives the same issues (code, path, Dutch and English message) in both
    const broken = { ...file, cases: [file.cases[0], file.cases[0]], decidedOn: '2026-13-01' };
    const brokenInNode = readCaseFile(broken);
    expect(brokenInNode.ok).toBe(false);
    expect(plain(browser.readCaseFile(broken))).toEqual(plain(brokenInNode));
    const badCsv = 'signal_id,partner_id\n"S1,P1\n';
    expect(plain(await browser.importSignalsCsv(badCsv, { today: TODAY }))).toEqual(
      plain(await importSignalsCsv(badCsv, { today: TODAY })),
    );
  });
});
