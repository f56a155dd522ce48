// Read benchmark: rows per second and peak memory of the signal readers on a seeded synthetic month
// (examples/generate/big-month.ts), written once to temp files — as CSV (readSignalsFile: decode,
// parse, check every row) and as an Excel workbook of the same rows (readSignalsXlsxFile: amounts as
// euro numbers, dates as date cells, text as shared strings, as Excel writes them).
// Run: pnpm bench:read [--rows=100000] [--rounds=3] [--formats=csv,xlsx]
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoDate } from '@signaalreis/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { bigMonthCsv } from '../../../examples/generate/big-month';
import { readSignalsFile } from '../src/files/index';
import { readSignalsXlsxFile } from '../src/xlsx/index';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS = Number(arg('rows', '100000'));
const ROUNDS = Number(arg('rounds', '3'));
const FORMATS = arg('formats', 'csv,xlsx').split(',');
const today = asIsoDate('2026-11-01');

const csvFile = join(tmpdir(), `signaalreis-bench-${ROWS}.csv`);
const xlsxFile = join(tmpdir(), `signaalreis-bench-${ROWS}.xlsx`);
if (!existsSync(csvFile)) {
  const t = performance.now();
  writeFileSync(csvFile, bigMonthCsv(ROWS));
  console.log(`generated ${csvFile} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
if (FORMATS.includes('xlsx') && !existsSync(xlsxFile)) {
  const t = performance.now();
  const [header = [], ...rows] = parse(bigMonthCsv(ROWS)) as string[][];
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: xlsxFile,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = book.addWorksheet('Signalen');
  sheet.addRow(header).commit();
  const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
  for (const row of rows) {
    const added = sheet.addRow(
      row.map((v, i) => {
        const column = header[i];
        if (v === '') return null;
        if (column === 'amount') return Number(v);
        if (column === 'signal_date' || column === 'arrear_since' || column === 'birth_date')
          return serial(v);
        if (column === 'terms_overdue' || column === 'reminders_sent') return Number(v);
        return v;
      }),
    );
    header.forEach((column, i) => {
      if (column === 'amount') added.getCell(i + 1).numFmt = '#,##0.00';
      if (column === 'signal_date' || column === 'arrear_since' || column === 'birth_date')
        added.getCell(i + 1).numFmt = 'dd-mm-yyyy';
    });
    added.commit();
  }
  await book.commit();
  console.log(`generated ${xlsxFile} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const readers = {
  csv: () => readSignalsFile(csvFile, { today }),
  xlsx: () => readSignalsXlsxFile(xlsxFile, { today }),
} as const;

// Wall time, CPU time (user + system; on a shared machine the steadier) and the peak resident set
// and heap above where the round started, sampled every 20 ms.
for (const format of FORMATS as (keyof typeof readers)[]) {
  const walls: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    (globalThis as { gc?: () => void }).gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);
    let accepted = 0;
    let rejected = 0;
    const t = performance.now();
    const c = process.cpuUsage();
    for await (const e of readers[format]()) {
      if (e.type === 'accepted') accepted++;
      else if (e.type === 'rejected') rejected++;
      else if (e.type === 'fatal') throw new Error(JSON.stringify(e.issues));
    }
    const used = process.cpuUsage(c);
    const wall = performance.now() - t;
    clearInterval(sampler);
    walls.push(wall);
    if (accepted + rejected !== ROWS)
      throw new Error(`${format}: read ${accepted + rejected} rows, expected ${ROWS}`);
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    const cpu = (used.user + used.system) / 1000;
    console.log(
      `${format} round ${round + 1}: ${ROWS} rows (${rejected} rejected) in ${wall.toFixed(0)} ms wall (${Math.round((ROWS / wall) * 1000)} rows/s), ${cpu.toFixed(0)} ms CPU; peak RSS +${mb(peakRss - base.rss)}, peak heap +${mb(peakHeap - base.heapUsed)}`,
    );
  }
  const median = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)] ?? 0;
  console.log(`${format} median: ${median.toFixed(0)} ms = ${Math.round((ROWS / median) * 1000)} rows/s`);
}
