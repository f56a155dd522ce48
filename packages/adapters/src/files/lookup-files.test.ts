import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asHouseholdKey } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import { fatalOf, okValue } from '../csv/fixtures.test-support';
import { brpCsv, brpRow, shvCsv } from '../lookups/fixtures.test-support';
import { loadDebtAssistanceCsv, loadPopulationRegisterCsv } from './index';

const dir = mkdtempSync(join(tmpdir(), 'signaalreis-lookups-'));

describe('loading lookup CSV files', () => {
  it('loads UTF-8 and Windows-1252 register files', async () => {
    const utf8 = join(dir, 'brp.csv');
    writeFileSync(utf8, brpCsv([brpRow({ surname: 'Öztürk' })]));
    const a = okValue(await loadPopulationRegisterCsv(utf8));
    expect(a.issues).toEqual([]);
    expect(
      (
        await a.register.lookup({
          surname: 'x',
          householdKey: asHouseholdKey('7411AB 12'),
          postcode: '7411AB',
        })
      )[0]?.surname,
    ).toBe('Öztürk');
    const cp1252 = join(dir, 'brp-1252.csv');
    writeFileSync(cp1252, Buffer.from('surname;postcode;house_number\nM\xfcller;7411AB;12\n', 'latin1'));
    const b = okValue(await loadPopulationRegisterCsv(cp1252));
    expect(
      (
        await b.register.lookup({
          surname: 'x',
          householdKey: asHouseholdKey('7411AB 12'),
          postcode: '7411AB',
        })
      )[0]?.surname,
    ).toBe('Müller');
  });

  it('loads a debt-assistance file', async () => {
    const path = join(dir, 'shv.csv');
    writeFileSync(path, shvCsv([{ bsn: '111222333' }]));
    const { register, issues } = okValue(await loadDebtAssistanceCsv(path));
    expect(issues).toEqual([]);
    expect(
      await register.isKnown({
        bsn: '111222333',
        householdKey: asHouseholdKey('7411AB 12'),
        surname: 'Jansen',
      }),
    ).toBe(true);
  });

  it('refuses a UTF-16 file with the hint to save it as CSV UTF-8, with or without byte-order mark', async () => {
    const text = brpCsv([brpRow()]);
    for (const bom of [true, false]) {
      const path = join(dir, `brp-utf16-${bom}.csv`);
      writeFileSync(
        path,
        Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]),
      );
      const r = await loadPopulationRegisterCsv(path);
      expect(r.ok).toBe(false); // no register
      expect(fatalOf(r)).toMatchObject([
        {
          code: 'unsupported_encoding',
          path: [],
          message: { en: expect.stringMatching(/CSV UTF-8/), nl: expect.stringMatching(/CSV UTF-8/) },
        },
      ]);
    }
  });

  it('reports an unreadable file as an issue, not an exception', async () => {
    const missing = await loadPopulationRegisterCsv(join(dir, 'nope.csv'));
    expect(missing.ok).toBe(false); // no register
    expect(fatalOf(missing)).toMatchObject([{ path: [], code: 'unreadable_file' }]);
    expect(fatalOf(await loadDebtAssistanceCsv(join(dir, 'nope.csv')))[0]?.code).toBe('unreadable_file');
    // in the reader's words, not the system's (it showed "ENOENT: no such file or directory, open …")
    expect(fatalOf(missing)[0]?.message).toEqual({ nl: 'bestand niet gevonden', en: 'file not found' });
    const folder = fatalOf(await loadPopulationRegisterCsv(dir))[0];
    expect(folder?.code).toBe('unreadable_file');
    expect(folder?.message).toEqual({
      nl: 'dit is een map, geen CSV-bestand',
      en: 'this is a directory, not a CSV file',
    });
  });
});
