// Lookups for the run over HTTP (issue 12): the register (BRP) and debt-assistance (SHV) extracts of
// `signaalreis run --register/--debt-assistance` as JSON rows in the body, read by the same readers
// with the same row-level issues, limited, audited by count and never logged. Before, a body with
// `lookups` was refused (422, an unknown key) and a practice-2 municipality could not run over HTTP.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asIsoMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemoryDebtAssistanceRegister } from '../lookups/debt-assistance';
import { InMemoryPopulationRegister } from '../lookups/population-register';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

const DATA = fileURLToPath(new URL('../../../../examples/data/', import.meta.url));
const BRP = readFileSync(`${DATA}brp-2026-10.csv`, 'utf8');
const SHV = readFileSync(`${DATA}shv-2026-10.csv`, 'utf8');
const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const run = (body: unknown, app = f.app) =>
  app.request(`/municipalities/${A}/months/2026-11/run`, {
    method: 'POST',
    body: JSON.stringify(body),
    ...f.auth(f.keys.officerA.key, { 'content-type': 'application/json' }),
  });

describe('POST …/run with lookups', () => {
  it('runs with the register and debt-assistance rows exactly as the run does with the files', async () => {
    const lookups = { register: rowsOf(BRP), debtAssistance: rowsOf(SHV) };
    const res = await run({ preset: 'practice-2', replace: true, lookups });
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
    const body = await json(res);
    // the same month computed directly, with the registers read from the files' text by the CLI's readers
    const register = InMemoryPopulationRegister.fromCsv(BRP);
    const debt = InMemoryDebtAssistanceRegister.fromCsv(SHV);
    if (!register.ok || !debt.ok) throw new Error('lookups');
    const signals = await f.store.deliverySignals(A, asIsoMonth('2026-11'));
    const history = await f.store.history(A, asIsoMonth('2026-11'));
    const preset = municipalityPreset('practice-2');
    if (!signals.ok || !history.ok || !preset.ok) throw new Error('inputs');
    const direct = await runPresetMonth(preset.value, {
      month: asIsoMonth('2026-11'),
      signals: signals.value,
      history: history.value,
      lookups: { register: register.value.register, debtAssistance: debt.value.register },
    });
    if (!direct.ok) throw new Error('run');
    expect(body.counts.byOutcome).toEqual(direct.value.counts.byOutcome);
    expect(body.counts.bySignalStatus).toEqual(direct.value.counts.bySignalStatus);
    // and the lookups change the outcome: without them the same preset decides otherwise
    const without = await json(await run({ preset: 'practice-2', replace: true }));
    expect(without.counts.byOutcome).not.toEqual(body.counts.byOutcome);
  });

  it('audits the rows used by count, and never logs them', async () => {
    const lookups = { register: rowsOf(BRP) };
    f.logs.length = 0;
    expect((await run({ preset: 'practice-2', replace: true, lookups })).status).toBe(201);
    const log = await f.access.auditLog({ keyId: f.keys.officerA.info.id, limit: 2 });
    if (!log.ok) throw new Error('audit');
    expect(log.value.map((e) => [e.action, e.count])).toEqual([
      ['write-run', expect.any(Number)],
      ['use-lookups', lookups.register.length],
    ]);
    const logged = JSON.stringify(f.logs);
    expect(logged).not.toContain('Kaya');
    expect(logged).not.toContain('7438DV');
  });

  it('refuses rows with problems as the command line does: the readers’ issues, paths under body.lookups', async () => {
    const register = rowsOf(BRP).slice(0, 3);
    (register[1] as Record<string, string>).in_municipality = 'misschien';
    const res = await run({ preset: 'practice-2', replace: true, lookups: { register } });
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.type).toBe('urn:signaalreis:problem:invalid_lookup');
    expect(body.title).toBe('Opzoekbestand niet bruikbaar');
    // the same issue the reader gives for the same rows as a file
    const asFile = InMemoryPopulationRegister.fromCsv(
      [Object.keys(register[0] as object).join(','), ...register.map((r) => Object.values(r).join(','))].join(
        '\n',
      ),
    );
    if (!asFile.ok) throw new Error('read');
    expect(body.issues.map((i: { code: string }) => i.code)).toEqual(asFile.value.issues.map((i) => i.code));
    expect(body.issues[0].path).toEqual(['body', 'lookups', 'register', 2, 'in_municipality']);
    const noColumn = await run({ preset: 'practice-2', lookups: { register: [{ surname: 'X' }] } });
    expect(noColumn.status).toBe(422);
    expect((await json(noColumn)).issues[0].path.slice(0, 4)).toEqual([
      'body',
      'lookups',
      'register',
      'header',
    ]);
    const unknownKey = await run({ preset: 'practice-2', lookups: { brp: [] } });
    expect(unknownKey.status).toBe(422);
    expect((await run({ preset: 'practice-2', lookups: { register: 'a,b' } })).status).toBe(422);
  });

  it('refuses a lookup of more rows than maxRowsPerDelivery with 413', async () => {
    const app = f.serviceWith({ limits: { maxRowsPerDelivery: 5 } });
    const res = await run({ preset: 'practice-2', replace: true, lookups: { register: rowsOf(BRP) } }, app);
    expect(res.status).toBe(413);
    expect((await json(res)).type).toBe('urn:signaalreis:problem:too_many_rows');
  });
});
