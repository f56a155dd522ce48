// A national month read from the store (issue 14): its ~57,000 cases hold more JSON values than
// core's JSON_LIMITS allow in one document, and `report`, `letters` and `export ddas` from the
// store refused it ("Het document bevat meer dan 4000000 waarden") where the same month's case
// file is read (a file that large is read a case at a time, its values counted per case); and
// `feedback --store` wrote its case file in the full form, ~300 MiB, which no command read back
// (more than the 64 MiB a file is read whole with; the compact layout is read a case a line). The
// month here is the example October copied past the limit (store/test-support/large-month.ts),
// served by a store that holds just that month.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoDate, asIsoMonth, asMunicipalityCode, type CaseStore, JSON_LIMITS } from '@signaalreis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseFile } from '../cases/case-file';
import { storeDeliverySource } from '../service/ddas-vs/store-source';
import { caseFilesOfPeriod } from '../store/period';
import { jsonValues, largeStoredMonth, oneMonthStore } from '../store/test-support/large-month';
import { REPO_ROOT, runCli } from './cli-test-kit';
import type { CliIo } from './io';
import { monthFromStore } from './letters-input';

const CODE = asMunicipalityCode('0363');
let store: CaseStore;
let cases = 0;
let dir: string;
const tooMany = /4000000/;

describe('a national month from the store', () => {
  beforeAll(async () => {
    const month = await largeStoredMonth(CODE);
    cases = month.cases.length;
    store = oneMonthStore(month);
    dir = mkdtempSync(join(tmpdir(), 'signaalreis-national-store-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** `signaalreis <command> --store <the one-month store> --municipality 0363 <rest>`, read whole. */
  const onStore = async (command: string[], rest: string[]) => {
    const r = await runCli([...command, '--store', 'fake', '--municipality', CODE, ...rest], {
      openStore: async () => store,
    });
    expect(r.stderr).not.toMatch(tooMany);
    expect(r.code, r.stderr).toBe(0);
    return r;
  };

  it('holds more values than one document may: read whole as a case file, it is refused', async () => {
    const file = await caseFilesOfPeriod(store, [CODE], asIsoMonth('2026-10'), asIsoMonth('2026-10'));
    if (!file.ok) throw new Error('period');
    const month = file.value[0];
    expect(jsonValues(month)).toBeGreaterThan(JSON_LIMITS.maxValues);
    const whole = readCaseFile(month);
    expect(whole.ok).toBe(false);
    expect(JSON.stringify(whole)).toMatch(tooMany);
  }, 60_000);

  it('report --store makes the report of it', async () => {
    const out = join(dir, 'report');
    await onStore(['report'], ['--month', '2026-10', '--months', '1', '--out', out]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(JSON.stringify(report)).toContain(String(cases));
  }, 120_000);

  it('export ddas --store delivers it', async () => {
    const out = join(dir, 'delivery.json');
    await onStore(
      ['export', 'ddas'],
      [
        '--from',
        '2026-10-01',
        '--to',
        '2026-10-31',
        '--supplier',
        '12345678',
        '--organisation',
        'Gemeente Voorbeeldstad',
        '--out',
        out,
      ],
    );
    expect(readdirSync(dir)).toContain('delivery.json');
  }, 120_000);

  it('feedback --store writes a case file of it that reads back (report, feedback)', async () => {
    const out = join(dir, 'feedback');
    await onStore(['feedback'], ['--month', '2026-10', '--at', '2026-11-02', '--out', out]);
    const back = await runCli([
      'report',
      join(out, 'cases.json'),
      '--month',
      '2026-10',
      '--out',
      join(dir, 'fb-report'),
    ]);
    expect(back.code, back.stderr).toBe(0);
    const again = await runCli([
      'feedback',
      join(out, 'cases.json'),
      '--at',
      '2026-11-03',
      '--out',
      join(dir, 'fb-again'),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${cases} `);
  }, 240_000);

  it('letters --store reads it', async () => {
    const silent = { write: () => true };
    const cliIo: CliIo = { stdout: silent, stderr: silent, cwd: REPO_ROOT, openStore: async () => store };
    const read = await monthFromStore(cliIo, 'fake', CODE, asIsoMonth('2026-10'));
    expect(read.file.cases).toHaveLength(cases);
  }, 120_000);

  it('the DDAS-VS service delivers it', async () => {
    const source = storeDeliverySource(store, {
      organisations: { 'Gemeente Voorbeeldstad': [CODE] },
      supplierCode: 'SIGNAALREIS',
      clock: () => new Date('2026-11-02T09:00:00Z'),
    });
    const r = await source({
      from: asIsoDate('2026-10-01'),
      to: asIsoDate('2026-10-31'),
      organisation: 'Gemeente Voorbeeldstad',
    });
    expect(JSON.stringify(r.ok ? [] : r.issues)).not.toMatch(tooMany);
    expect(r.ok).toBe(true);
  }, 120_000);
});
