// Issue 11: the command line speaks Excel — .xlsx signal files for validate/match/run/compare
// (with --sheet), worklists and feedback as .xlsx (--xlsx), and CSV for Dutch Excel (--csv-dialect).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixtureDir, REPO_ROOT, runCliEn } from './cli-test-kit';

const XLSX = join(REPO_ROOT, 'examples/data/signals-2026-10.xlsx');
const CSV = join(REPO_ROOT, 'examples/data/signals-2026-10.csv');
const load = async (path: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
};

describe('signal files as .xlsx on the command line', () => {
  it('validate reads the example workbook as it reads the example CSV, and names the sheet', async () => {
    const x = await runCliEn(['validate', XLSX, '--format', 'json']);
    const c = await runCliEn(['validate', CSV, '--format', 'json']);
    expect(x.code, x.stderr).toBe(0);
    const xr = JSON.parse(x.stdout);
    const cr = JSON.parse(c.stdout);
    expect(xr).toMatchObject({
      sheet: 'Signalen',
      encoding: null,
      delimiter: null,
      rows: 250,
      accepted: 242,
    });
    for (const key of [
      'rejectedByCode',
      'flagsByCode',
      'households',
      'bySector',
      'byKind',
      'totalAmountCents',
    ])
      expect(xr[key], key).toEqual(cr[key]);
    expect(xr.rejected.map((r: { row: number; line: number }) => [r.row, r.line])).toContainEqual([216, 217]);
    const text = await runCliEn(['validate', XLSX]);
    expect(text.stdout).toContain("Excel workbook, sheet 'Signalen'");
  });

  it('refuses a missing --sheet with the sheets listed, --sheet for a CSV file, and a workbook with a password', async () => {
    const missing = await runCliEn(['validate', XLSX, '--sheet', 'Oktober']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"Oktober"');
    expect(missing.stderr).toContain('"Signalen"');
    const csv = await runCliEn(['validate', CSV, '--sheet', 'Signalen']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--sheet is for Excel workbooks');
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1024);
    const dir = fixtureDir({ 'locked.xlsx': cfb, 'renamed.xlsx': 'signal_id\n1\n' });
    const locked = await runCliEn(['validate', 'locked.xlsx'], { cwd: dir });
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain('password');
    const renamed = await runCliEn(['validate', 'renamed.xlsx'], { cwd: dir });
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toContain('not an Excel workbook');
  });

  it('run reads the workbook (--sheet) and plans the same month as from the CSV', async () => {
    const args = ['--month', '2026-10', '--preset', 'type-medium', '--format', 'json'];
    const dir = fixtureDir({});
    const x = await runCliEn(['run', XLSX, '--sheet', 'signalen', ...args, '--out', join(dir, 'x')]);
    const c = await runCliEn(['run', CSV, ...args, '--out', join(dir, 'c')]);
    expect(x.code, x.stderr).toBe(0);
    expect(JSON.parse(x.stdout).cases).toEqual(JSON.parse(c.stdout).cases);
  });
});

describe('run --xlsx and --csv-dialect excel-nl', () => {
  it('writes worklists.xlsx — one sheet per worklist and Capacity (--lang en) — with the rows of the CSV worklists', async () => {
    const dir = fixtureDir({});
    const out = join(dir, 'out');
    const r = await runCliEn([
      'run',
      CSV,
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--out',
      out,
      '--xlsx',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('worklists.xlsx');
    const files = readdirSync(out);
    const lists = files.filter((f) => f.startsWith('worklist-')).sort();
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { name: string }) => f.name)).toContain('worklists.xlsx');
    const book = await load(join(out, 'worklists.xlsx'));
    expect(book.worksheets.length).toBe(lists.length + 1);
    expect(book.worksheets.at(-1)?.name).toBe('Capacity');
    // each sheet named by the labels of its team and channel (`municipality letter`,
    // `neighbourhood team home visit`): found by its cases among the CSV files
    const csvOf = new Map(
      lists.map((name) => {
        const rows = parse(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<
          string,
          string
        >[];
        return [rows.map((r) => r.case_id).join(' '), rows] as const;
      }),
    );
    const names = book.worksheets.slice(0, -1).map((ws) => ws.name);
    expect(names).toContain('municipality letter');
    expect(names).toContain('neighbourhood team home visit');
    // no id of a team or channel
    expect(
      names.filter((n) => /home-visit|neighbourhood-team|youth-worker|call-centre|\bemail\b/.test(n)),
    ).toEqual([]);
    for (const ws of book.worksheets.slice(0, -1)) {
      const ids = Array.from({ length: ws.rowCount - 1 }, (_, i) => String(ws.getCell(`A${i + 2}`).value));
      const rows = csvOf.get(ids.join(' ')) as Record<string, string>[];
      expect(rows, ws.name).toBeDefined();
      expect(ws.rowCount, ws.name).toBe(rows.length + 1);
      expect(ws.getCell('A1').value).toBe('Case');
      expect(ws.autoFilter).toBeTruthy();
      rows.forEach((row, i) => {
        expect(ws.getCell(`A${i + 2}`).value).toBe(row.case_id);
        expect(ws.getCell(`R${i + 2}`).value).toBe(Number(row.total_amount)); // after deadline_note, team and channel (issue 13)
        expect(ws.getCell(`D${i + 2}`).value).toEqual(new Date(`${row.deadline}T00:00:00Z`));
      });
    }
  });

  it('writes every CSV of the run in the excel-nl dialect: BOM, ;, decimal comma, CRLF', async () => {
    const dir = fixtureDir({});
    const out = join(dir, 'out');
    const r = await runCliEn([
      'run',
      XLSX,
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--out',
      out,
      '--csv-dialect',
      'excel-nl',
    ]);
    expect(r.code, r.stderr).toBe(0);
    for (const f of readdirSync(out).filter((n) => n.endsWith('.csv'))) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text.startsWith('\uFEFF'), f).toBe(true);
      expect(text.split('\r\n')[0]?.includes(';'), f).toBe(true);
      const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
      for (const row of rows) if ('total_amount' in row) expect(row.total_amount).toMatch(/^\d+,\d{2}$/);
    }
  });
});

describe('feedback --xlsx', () => {
  it('writes feedback-<partner>.xlsx beside each partner CSV, with the same rows and a real date', async () => {
    const dir = fixtureDir({});
    const run = await runCliEn([
      'run',
      CSV,
      '--month',
      '2026-10',
      '--preset',
      'type-medium',
      '--out',
      join(dir, 'm'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const r = await runCliEn([
      'feedback',
      join(dir, 'm', 'cases.json'),
      '--at',
      '2026-12-01',
      '--out',
      join(dir, 'fb'),
      '--xlsx',
      '--csv-dialect',
      'excel-nl',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'fb'));
    const csvs = files.filter((f) => /^feedback-.*\.csv$/.test(f));
    expect(csvs.length).toBeGreaterThan(0);
    expect(files).toContain('actions-due.xlsx');
    for (const f of csvs) {
      const xlsx = f.replace(/\.csv$/, '.xlsx');
      expect(files).toContain(xlsx);
      const rows = parse(readFileSync(join(dir, 'fb', f), 'utf8'), {
        bom: true,
        delimiter: ';',
        columns: true,
      }) as Record<string, string>[];
      const ws = (await load(join(dir, 'fb', xlsx))).worksheets[0] as ExcelJS.Worksheet;
      expect(ws.name).toBe('Feedback');
      expect((ws.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Partner', 'Signal id']);
      expect(ws.rowCount).toBe(rows.length + 1);
      expect(ws.getCell('B2').value).toBe(rows[0]?.signal_id);
      expect(ws.getCell('F2').value).toEqual(new Date('2026-12-01T00:00:00Z'));
    }
  });
});
