// The worklists over HTTP as CSV and Excel (issue 12): chosen by ?format= or Accept, written by the
// writers of `signaalreis run` (cells neutralised against formulas), an attachment whose file name
// holds the municipality code and month only. Before, the route answered JSON only.
import { CHANNEL_LABELS, type Channel, teamLabel } from '@signaalreis/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKLIST_COLUMNS, type WorklistCase } from '../cases/worklist-table';
import { csvTable } from '../output/csv-writer';
import { xlsxWorkbook } from '../output/xlsx-writer';
import { XLSX_TYPE } from './delivery-body';
import { A, type Fixture, json, serviceFixture } from './test-support/fixture';
import { worklistTables } from './worklists';

let f: Fixture;
beforeAll(async () => {
  f = await serviceFixture();
}, 120_000);
afterAll(() => f?.dispose());

const path = `/municipalities/${A}/months/2026-10/worklists`;
const get = (query = '', headers: Record<string, string> = {}) =>
  f.app.request(`${path}${query}`, f.auth(f.keys.officerA.key, headers));
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('GET …/worklists as CSV and Excel', () => {
  it('answers CSV for ?format=csv and for Accept: text/csv: every case of every list, as an attachment', async () => {
    const lists = (await json(await get())).worklists as {
      team: string;
      channel: string;
      cases: { caseId: string }[];
    }[];
    const total = lists.reduce((n, l) => n + l.cases.length, 0);
    expect(total).toBeGreaterThan(0);
    for (const res of [await get('?format=csv&lang=en'), await get('?lang=en', { accept: 'text/csv' })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="werklijst-0363-2026-10.csv"',
      );
      const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(total);
      expect(rows.map((r) => `${r.team}/${r.channel}/${r.case_id}`)).toEqual(
        lists.flatMap((l) =>
          l.cases.map(
            (c) => `${teamLabel(l.team, 'en')}/${CHANNEL_LABELS[l.channel as Channel].en}/${c.caseId}`,
          ),
        ),
      );
      // the columns of the run's worklist files (issue 13): one column list for both
      expect(Object.keys(rows[0] as object)).toEqual([...WORKLIST_COLUMNS]);
    }
  });

  it('answers an Excel workbook for ?format=xlsx and for its Accept type: a sheet per team and channel', async () => {
    const lists = (await json(await get())).worklists as { cases: unknown[] }[];
    for (const res of [await get('?format=xlsx'), await get('', { accept: XLSX_TYPE })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="werklijst-0363-2026-10.xlsx"',
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await bytesOf(res)) as never);
      expect(book.worksheets).toHaveLength(lists.length);
      expect(book.worksheets.map((w) => w.rowCount - 1)).toEqual(lists.map((l) => l.cases.length));
      // the run's workbook writer: the header in Dutch ("Casus" for case_id)
      expect(book.worksheets[0]?.getRow(1).getCell(1).value).toBe('Casus');
    }
  });

  it('audits every format as a read of the worklists; refuses a format it does not know', async () => {
    const before = await f.access.auditLog({ keyId: f.keys.officerA.info.id });
    await get('?format=csv');
    await get('?format=xlsx');
    const after = await f.access.auditLog({ keyId: f.keys.officerA.info.id });
    if (!before.ok || !after.ok) throw new Error('audit');
    expect(after.value.slice(0, 2).map((e) => e.action)).toEqual(['read-worklists', 'read-worklists']);
    expect(after.value.length).toBe(before.value.length + 2);
    const bad = await get('?format=pdf');
    expect(bad.status).toBe(422);
    expect((await json(bad)).issues[0].path).toEqual(['query', 'format']);
    // JSON stays the default, also for a browser's Accept
    expect((await get('', { accept: 'text/html,*/*' })).headers.get('content-type')).toContain(
      'application/json',
    );
  });

  it('neutralises names, phones and addresses that would be formulas, in CSV and in the workbook', async () => {
    const evil: WorklistCase = {
      caseId: '2026-10-0001',
      priority: 1,
      rank: 1,
      bucket: 'crisis',
      deadline: '2026-10-30',
      deadlinePassed: false,
      steps: [{ channel: 'home-visit', team: 'neighbourhood-team', attempts: 2 }],
      names: ['=HYPERLINK("http://x","klik")'],
      address: '@SUM(1)',
      city: '-2+3',
      phone: ['+31 6 12345678'],
      email: [],
      signals: [{ partnerId: 'EN-WKR', kind: 'early', amountCents: 12_500 }],
      totalAmountCents: 12_500,
    };
    const { table, sheets } = worklistTables({ cases: [evil], teams: [] }, 'en');
    const [row] = parse(csvTable(table.rows, table), { columns: true }) as Record<string, string>[];
    expect(row?.names).toBe('\'=HYPERLINK("http://x","klik")');
    expect(row?.address).toBe("'@SUM(1)");
    expect(row?.city).toBe("'-2+3");
    expect(row?.phone).toBe("'+31 6 12345678");
    expect(row?.total_amount).toBe('125.00');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsxWorkbook(sheets)) as never);
    const sheet = book.worksheets[0];
    const columns = sheets[0]?.columns ?? [];
    const cell = (name: string) => sheet?.getRow(2).getCell(columns.indexOf(name) + 1);
    expect(cell('names')?.value).toBe('\'=HYPERLINK("http://x","klik")');
    expect(cell('names')?.formula).toBeUndefined();
    expect(cell('phone')?.value).toBe("'+31 6 12345678");
  });
});
