// Read benchmark: rows per second and peak memory of the signal readers on a seeded synthetic month
// (examples/generate/big-month.ts), written once to temp files — as CSV (readSignalsFile: decode,
// parse, check every row) and as an Excel workbook of the same rows (readSignalsXlsxFile: amounts as
// euro numbers, dates as date cells, text as shared strings, as Excel writes them) — and the floor:
// the reader's own record parser alone (CsvRecordReader) reading the same CSV files into arrays.
// `--history=2` adds two more months of the same size (other seeds), read after the month as
// `signaalreis run --history` reads them: the 300,000 rows of issue 14.
// Run: pnpm bench:read [--rows=100000] [--history=0] [--rounds=3] [--formats=csv,floor,xlsx]
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asIsoDate } from '@signaalreis/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { bigMonthCsv } from '../../../examples/generate/big-month';
import { SEED } from '../../../examples/generate/rng';
import { type CsvRecordEvent, CsvRecordReader } from '../src/csv/records';
import { readSignalsFile } from '../src/files/index';
import { readSignalsXlsxFile } from '../src/xlsx/index';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS = Number(arg('rows', '100000'));
const HISTORY = Number(arg('history', '0'));
const ROUNDS = Number(arg('rounds', '3'));
const FORMATS = arg('formats', 'csv,floor,xlsx').split(',');
const today = asIsoDate('2026-11-01');

// The month (seed of the example data) and its history months (seeds 1, 2, … after it).
const csvFiles = Array.from({ length: 1 + HISTORY }, (_, k) =>
  join(tmpdir(), `signaalreis-bench-${ROWS}${k === 0 ? '' : `-h${k}`}.csv`),
);
const xlsxFile = join(tmpdir(), `signaalreis-bench-${ROWS}.xlsx`);
for (const [k, file] of csvFiles.entries()) {
  if (existsSync(file)) continue;
  const t = performance.now();
  writeFileSync(file, bigMonthCsv(ROWS, SEED + k));
  console.log(`generated ${file} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
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

type Row = { type: string; issues?: unknown };
/**
 * The reader's own parser alone (`CsvRecordReader`, as `streamSignalsCsv` feeds it: UTF-8 text of
 * 64 KiB chunks): the files' records as arrays of strings, nothing checked. Until issue 14's ninth
 * round this was csv-parse alone, ~3.5× slower than the reader's own parsing of lines without quotes.
 */
async function* floor(): AsyncGenerator<Row> {
  for (const file of csvFiles) {
    let header = true;
    const reader = new CsvRecordReader({ delimiter: ',' });
    const decoder = new TextDecoder('utf-8');
    const rows = function* (events: CsvRecordEvent[]): Generator<Row> {
      for (const e of events) {
        if (e.type !== 'record') continue;
        if (header) header = false;
        else yield { type: 'accepted' };
      }
    };
    for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }))
      yield* rows(reader.push(decoder.decode(chunk as Buffer, { stream: true })));
    yield* rows(reader.push(decoder.decode()));
    yield* rows(reader.end());
  }
}
async function* allCsv(): AsyncGenerator<Row> {
  for (const file of csvFiles) yield* readSignalsFile(file, { today });
}
const readers: Record<string, () => AsyncGenerator<Row>> = {
  csv: allCsv,
  floor,
  xlsx: () => readSignalsXlsxFile(xlsxFile, { today }),
};
const rowsOf = (format: string) => (format === 'xlsx' ? ROWS : ROWS * csvFiles.length);
const medians: Record<string, number> = {};

// Wall time, CPU time (user + system; on a shared machine the steadier) and the peak resident set
// and heap above where the round started, sampled every 20 ms.
for (const format of FORMATS) {
  const read = readers[format];
  if (!read) throw new Error(`unknown format ${format} (csv, floor, xlsx)`);
  const rows = rowsOf(format);
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
    for await (const e of read()) {
      if (e.type === 'accepted') accepted++;
      else if (e.type === 'rejected') rejected++;
      else if (e.type === 'fatal') throw new Error(JSON.stringify(e.issues));
    }
    const used = process.cpuUsage(c);
    const wall = performance.now() - t;
    clearInterval(sampler);
    walls.push(wall);
    if (accepted + rejected !== rows)
      throw new Error(`${format}: read ${accepted + rejected} rows, expected ${rows}`);
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    const cpu = (used.user + used.system) / 1000;
    console.log(
      `${format} round ${round + 1}: ${rows} rows (${rejected} rejected) in ${wall.toFixed(0)} ms wall (${Math.round((rows / wall) * 1000)} rows/s), ${cpu.toFixed(0)} ms CPU; peak RSS +${mb(peakRss - base.rss)}, peak heap +${mb(peakHeap - base.heapUsed)}`,
    );
  }
  const median = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)] ?? 0;
  medians[format] = median;
  console.log(`${format} median: ${median.toFixed(0)} ms = ${Math.round((rows / median) * 1000)} rows/s`);
}
if (medians.csv !== undefined && medians.floor !== undefined)
  console.log(`csv / floor (the record reader alone): ${(medians.csv / medians.floor).toFixed(2)}`);
