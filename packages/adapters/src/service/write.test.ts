// The write side of the service (issue 12): signal deliveries (CSV, Excel, JSON rows) with the
// report of `signaalreis validate`, the monthly run over the stored deliveries, and the worklists.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asIsoDate, asIsoMonth } from '@signaalreis/core';
import { municipalityPreset, runPresetMonth } from '@signaalreis/rules-presets';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedCaseFile } from '../cases/run-output';
import { readSignalsFile } from '../files/read-signals-file';
import { createValidationTally } from '../files/validation-report';
import { storedMonthOf } from '../store/stored-month';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';

const DATA = fileURLToPath(new URL('../../../../examples/data/', import.meta.url));
const CSV = readFileSync(`${DATA}signals-2026-10.csv`, 'utf8');
const XLSX = readFileSync(`${DATA}signals-2026-10.xlsx`);
const HEADER = CSV.split('\n')[0] as string;
const LINES = CSV.trim().split('\n').slice(1);

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const url = (month: string, what = 'deliveries') => `/municipalities/${A}/months/${month}/${what}`;
const deliver = (
  month: string,
  body: string | Uint8Array,
  type = 'text/csv',
  key = f.keys.officerA.key,
  app = f.app,
) => app.request(url(month), { method: 'POST', body, ...f.auth(key, { 'content-type': type }) });
const run = (month: string, body: unknown) =>
  f.app.request(url(month, 'run'), {
    method: 'POST',
    body: JSON.stringify(body),
    ...f.auth(f.keys.officerA.key, { 'content-type': 'application/json' }),
  });
const listed = async (month: string) =>
  (await json(await f.app.request(url(month), f.auth(f.keys.officerA.key)))).deliveries as {
    accepted: number;
  }[];

/** The report `signaalreis validate --format json` gives for the example file (the same tally). */
async function validateReport(path: string) {
  const tally = createValidationTally(true, 'nl');
  for await (const e of readSignalsFile(path, { today: asIsoDate('2026-12-01') }))
    if (e.type !== 'fatal') tally.onEvent(e);
  return tally.report('(csv body)');
}

describe('POST …/deliveries', () => {
  it('stores a CSV delivery and answers the report of validate, row for row', async () => {
    const bad = `${HEADER}\n${LINES.slice(0, 3).join('\n')}\nX-1,EN-PLS,P,energy,early,2026-10-02,2026-02-06,-5,,,,,Jansen,,individual,,7438DV,1,,Stad,,,\n`;
    const res = await deliver('2026-09', bad);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.report.rows).toBe(4);
    expect(body.report.accepted).toBe(3);
    expect(body.report.rejected.map((r: { row: number; line: number }) => [r.row, r.line])).toEqual([[4, 5]]);
    expect(body.deliveryId).toMatch(/^[0-9a-f-]{36}$/);
    const whole = await deliver('2026-10', CSV);
    expect(whole.status).toBe(201);
    expect((await json(whole)).report).toEqual(await validateReport(`${DATA}signals-2026-10.csv`));
  });

  it('reads Windows-1252 with ; as validate does', async () => {
    const text = `${HEADER.replaceAll(',', ';')}\nW-1;EN-PLS;Polderstroom;energy;early;2026-10-02;2026-08-01;12,50;;;A.;;Ëmre;;individual;;7438DV;3;;Stad;;;\n`;
    const res = await deliver('2026-07', Buffer.from(text, 'latin1'));
    expect(res.status).toBe(201);
    const report = (await json(res)).report;
    expect([report.encoding, report.delimiter, report.accepted]).toEqual(['windows-1252', ';', 1]);
  });

  it('takes an Excel workbook and JSON rows with the same results as the CSV', async () => {
    const xlsx = await deliver(
      '2026-06',
      XLSX,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.status).toBe(201);
    const fromXlsx = (await json(xlsx)).report;
    const rows = parse(CSV, { columns: true }) as Record<string, string>[];
    const fromJson = await deliver('2026-05', JSON.stringify({ rows }), 'application/json');
    expect(fromJson.status).toBe(201);
    const j = (await json(fromJson)).report;
    const csv = await validateReport(`${DATA}signals-2026-10.csv`);
    expect([j.rows, j.accepted, j.rejectedByCode]).toEqual([csv.rows, csv.accepted, csv.rejectedByCode]);
    expect(fromXlsx.accepted).toBeGreaterThan(0);
    expect(fromXlsx.sheet).toBeTypeOf('string');
  });

  it('refuses what it cannot read: empty, wrong type, a header only, no row accepted', async () => {
    const empty = await deliver('2026-04', '');
    expect([empty.status, (await json(empty)).type]).toEqual([
      422,
      'urn:signaalreis:problem:unreadable_delivery',
    ]);
    expect((await deliver('2026-04', 'a,b', 'text/plain')).status).toBe(415);
    const noColumns = await deliver('2026-04', 'a,b\n1,2\n');
    expect(noColumns.status).toBe(422);
    expect((await json(noColumns)).issues[0].path[0]).toBe('body');
    const none = await deliver('2026-04', `${HEADER}\n${LINES[0]?.replace('711.59', 'x')}\n`);
    expect(none.status).toBe(422);
    const p = await json(none);
    expect(p.type).toBe('urn:signaalreis:problem:no_signals_accepted');
    expect(p.issues[0].path).toEqual(['body', 'rows', 1, 'amount']);
    // each issue's message in both languages, whatever language the answer is in (found by trying it:
    // both held the answer's language)
    expect(p.issues[0].message.nl).toMatch(/^"x" is geen bedrag in euro's/);
    expect(p.issues[0].message.en).toMatch(/^"x" is not an amount in euros/);
    expect((await json(await deliver('2026-04', 'not json', 'application/json'))).status).toBe(400);
    expect((await deliver('2026-04', '{"rows":[{"a":{"b":1}}]}', 'application/json')).status).toBe(422);
    expect(await listed('2026-04')).toEqual([]);
  });

  it('answers 413 over the row limit (naming it) and over the body limit, storing nothing', async () => {
    const small = f.serviceWith({ limits: { maxRowsPerDelivery: 5, maxDeliveryBytes: 20_000 } });
    const six = `${HEADER}\n${LINES.slice(0, 6).join('\n')}\n`;
    const res = await deliver('2026-03', six, 'text/csv', f.keys.officerA.key, small);
    expect(res.status).toBe(413);
    const p = await json(res);
    expect(p.type).toBe('urn:signaalreis:problem:too_many_rows');
    expect(p.detail).toContain('5');
    const rows = Array.from({ length: 6 }, () => ({ signal_id: 'x' }));
    expect(
      (await deliver('2026-03', JSON.stringify({ rows }), 'application/json', f.keys.officerA.key, small))
        .status,
    ).toBe(413);
    expect(
      (
        await deliver(
          '2026-03',
          `${HEADER}\n${LINES.slice(0, 5).join('\n')}\n`,
          'text/csv',
          f.keys.officerA.key,
          small,
        )
      ).status,
    ).toBe(201);
    const big = await deliver('2026-02', CSV, 'text/csv', f.keys.officerA.key, small);
    expect([big.status, (await json(big)).type]).toEqual([413, 'urn:signaalreis:problem:body_too_large']);
    expect(await listed('2026-02')).toEqual([]);
  });

  it('a partner delivers its own signals only: one row of another partner refuses the file (403)', async () => {
    const own = f.partners[0];
    const mine = LINES.filter((l) => l.split(',')[1] === own).slice(0, 3);
    const theirs = LINES.filter((l) => l.split(',')[1] !== own).slice(0, 1);
    const mixed = await deliver(
      '2026-01',
      `${HEADER}\n${[...mine, ...theirs].join('\n')}\n`,
      'text/csv',
      f.keys.partnerA.key,
    );
    expect(mixed.status).toBe(403);
    expect((await json(mixed)).issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['body', 'rows', 4, 'partner_id'],
    ]);
    expect(await listed('2026-01')).toEqual([]);
    const ok = await deliver('2026-01', `${HEADER}\n${mine.join('\n')}\n`, 'text/csv', f.keys.partnerA.key);
    expect(ok.status).toBe(201);
    // the officer's file of several partners is one delivery; the partner sees only its own
    expect((await deliver('2026-01', `${HEADER}\n${theirs.join('\n')}\n`)).status).toBe(201);
    const seen = await f.app.request(url('2026-01'), f.auth(f.keys.partnerA.key));
    expect((await json(seen)).deliveries.map((d: { partners: string[] }) => d.partners)).toEqual([[own]]);
    expect(await listed('2026-01')).toHaveLength(2);
  });

  it('refuses a signal delivered before in the month (409) and stores nothing of that file', async () => {
    const first = `${HEADER}\n${LINES.slice(0, 2).join('\n')}\n`;
    expect((await deliver('2025-12', first)).status).toBe(201);
    const again = await deliver('2025-12', `${HEADER}\n${LINES.slice(1, 4).join('\n')}\n`);
    expect(again.status).toBe(409);
    const p = await json(again);
    expect(p.issues.map((i: { path: unknown[] }) => i.path)).toEqual([['body', 'rows', 1, 'signal_id']]);
    expect(JSON.stringify(p)).not.toContain(LINES[1]?.split(',')[0]);
    expect(await listed('2025-12')).toHaveLength(1);
  });

  it('audits every delivery and logs the route pattern only, never a name', async () => {
    const before = f.logs.length;
    expect((await deliver('2025-11', `${HEADER}\n${LINES[0]}\n`)).status).toBe(201);
    const logged = JSON.stringify(f.logs.slice(before));
    expect(logged).toContain('/municipalities/{code}/months/{month}/deliveries');
    expect(logged).not.toMatch(/2025-11|Kaya|0363/);
    const audit = await f.access.auditLog({ municipality: A, limit: 500 });
    if (!audit.ok) throw new Error('no audit');
    const row = audit.value.find((r) => r.action === 'write-delivery' && r.month === '2025-11');
    expect(row).toMatchObject({ keyId: f.keys.officerA.info.id, count: 1 });
    expect(JSON.stringify(audit.value)).not.toContain('Kaya');
  });
});

describe('POST …/run and GET …/worklists', () => {
  it('runs the month over its deliveries as run --store does, stores it, and refuses a second run', async () => {
    const res = await run('2026-11', { preset: 'type-medium' });
    expect(res.status).toBe(201);
    const body = await json(res);
    const preset = municipalityPreset('type-medium');
    if (!preset.ok) throw new Error('preset');
    const signals = await f.store.deliverySignals(A, asIsoMonth('2026-11'));
    const history = await f.store.history(A, asIsoMonth('2026-11'));
    if (!signals.ok || !history.ok) throw new Error('store');
    const expected = await runPresetMonth(preset.value, {
      month: asIsoMonth('2026-11'),
      signals: signals.value,
      history: history.value,
    });
    if (!expected.ok) throw new Error('run');
    const month = storedMonthOf(plannedCaseFile(expected.value, 'type-medium', A), A);
    expect(body.counts.cases).toBe(month.cases.length);
    expect(month.cases.length).toBeGreaterThan(100);
    expect(body.setAside).toBe(0);
    const cases = await f.store.cases(A, asIsoMonth('2026-11'));
    expect(cases.ok && cases.value.map((c) => [c.caseId, c.worklistBucket])).toEqual(
      month.cases.map((c) => [c.caseId, c.worklistBucket]),
    );
    expect(Object.values(body.buckets).reduce((a: number, b) => a + (b as number), 0)).toBe(
      month.cases.length,
    );
    const twice = await run('2026-11', { preset: 'type-medium' });
    expect([twice.status, (await json(twice)).type]).toEqual([409, 'urn:signaalreis:problem:month_exists']);
    const replaced = await run('2026-11', { preset: 'type-medium', replace: true });
    expect([replaced.status, (await json(replaced)).replaced]).toEqual([201, true]);
  });

  it('gives the worklists of the stored month with the delivered contact data, audited', async () => {
    const res = await f.app.request(url('2026-11', 'worklists'), f.auth(f.keys.officerA.key));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.worklists.length).toBeGreaterThan(0);
    const entries = body.worklists.flatMap((l: { cases: { names: string[] }[] }) => l.cases);
    expect(entries.some((e: { names: string[] }) => e.names.length > 0)).toBe(true);
    const audit = await f.access.auditLog({ municipality: A, limit: 500 });
    expect(
      audit.ok && audit.value.some((r) => r.action === 'read-worklists' && r.count === entries.length),
    ).toBe(true);
    expect((await f.app.request(url('2026-11', 'worklists'), f.auth(f.keys.partnerA.key))).status).toBe(403);
  });

  it('refuses a preset that does not load, a month without deliveries, a replace after feedback', async () => {
    const unknown = await run('2026-11', { preset: 'nope', replace: true });
    expect([unknown.status, (await json(unknown)).type]).toEqual([
      422,
      'urn:signaalreis:problem:invalid_preset',
    ]);
    const inline = await run('2026-11', { preset: { id: 'x', extends: 'nope' }, replace: true });
    expect(inline.status).toBe(422);
    expect((await json(inline)).issues[0].path.slice(0, 2)).toEqual(['body', 'preset']);
    const none = await run('2024-01', { preset: 'type-medium' });
    expect([none.status, (await json(none)).type]).toEqual([422, 'urn:signaalreis:problem:no_deliveries']);
    expect((await run('2026-11', { preset: 'type-medium', extra: 1 })).status).toBe(422);
    // October has lifecycle records (the fixture's feedback run): a replace is refused
    expect((await deliver('2026-10', `${HEADER}\n${LINES.slice(10, 12).join('\n')}\n`)).status).toBeLessThan(
      500,
    );
    const recorded = await run('2026-10', { preset: 'type-medium', replace: true });
    expect([recorded.status, (await json(recorded)).type]).toEqual([
      409,
      'urn:signaalreis:problem:month_has_records',
    ]);
  });
});

// Found by trying the service as a vendor would: a delivery for a month already run, for a month
// years ahead, or of signals dated in another month was stored with 201 and no word — the partner
// was told its signals were delivered while no run would ever decide them.
describe('POST …/deliveries: what a delivery will not be decided by', () => {
  it('warns about signals dated outside the month and about a month already run', async () => {
    const october = `${HEADER}\n${LINES.slice(20, 23).join('\n')}\n`;
    const first = await json(await deliver('2025-09', october));
    expect(first.warnings.map((w: { code: string }) => w.code)).toEqual(['signals_outside_month']);
    expect(first.warnings[0].message).toEqual({
      nl: '3 van de 3 signalen hebben een datum buiten 2025-09: de run van 2025-09 zet ze apart',
      en: '3 of the 3 signals are dated outside 2025-09: the run of 2025-09 sets them aside',
    });
    const fresh = (line: string | undefined, id: string) => `${id}${line?.slice(line.indexOf(','))}`;
    const inMonth = await json(await deliver('2026-10', `${HEADER}\n${fresh(LINES[23], 'IN-MONTH-1')}\n`));
    // October's signals for October: none outside (the fixture's October is run already: that warning)
    expect(inMonth.warnings.map((w: { code: string }) => w.code)).toEqual(['month_already_run']);
    expect((await run('2025-09', { preset: 'type-medium' })).status).toBe(201);
    const after = await deliver('2025-09', `${HEADER}\n${LINES[25]}\n`);
    expect(after.status).toBe(201);
    const codes = (await json(after)).warnings.map((w: { code: string; message: { nl: string } }) => [
      w.code,
      w.message.nl,
    ]);
    expect(codes).toContainEqual([
      'month_already_run',
      'Maand 2025-09 is al gedraaid (besloten op 2025-09-25): deze signalen tellen alleen mee als de maand opnieuw wordt gedraaid (POST …/run met "replace": true), en dat kan niet meer zodra er contactpogingen of terugmeldingen zijn vastgelegd',
    ]);
  });

  it('refuses a month after this one (422 month_in_future) and stores nothing', async () => {
    const res = await deliver('2027-01', `${HEADER}\n${LINES[26]}\n`);
    expect(res.status).toBe(422);
    const p = await json(res);
    expect(p.type).toBe('urn:signaalreis:problem:month_in_future');
    expect(p.detail).toContain('2027-01');
    expect(await listed('2027-01')).toEqual([]);
    // this month is fine
    const now = await deliver('2026-12', `${HEADER}\n${LINES[1]}\n`);
    expect(now.status, JSON.stringify(await json(now.clone()))).toBe(201);
  });
});
