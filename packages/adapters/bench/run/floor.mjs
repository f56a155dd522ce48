// The floor of `pnpm bench:run`: reads the same CSV files as the measured `signaalreis run` (the
// month and its history) with the parser the CLI uses — csv-parse with the options of
// src/csv/records.ts, fed by a 64 KiB read stream as src/files/read-signals-file.ts does — and turns
// each row into an object keyed by the header. The objects are not kept: what any run must do is
// read, parse and look at every row once; how much it keeps is the run's choice (and its memory).
// No decoding checks, no validation, no matching. Prints the number of rows read.
// Run: node floor.mjs <file.csv> …
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const OPTIONS = {
  delimiter: ',',
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_quotes: true,
  relax_column_count: true,
  trim: false,
  max_record_size: 3 * 10_000 + 3,
};

let rows = 0;
let chars = 0;
for (const file of process.argv.slice(2)) {
  const parser = createReadStream(file, { highWaterMark: 64 * 1024 }).pipe(parse(OPTIONS));
  let header;
  for await (const fields of parser) {
    if (!header) {
      header = fields;
      continue;
    }
    const row = {};
    for (let i = 0; i < header.length; i++) row[header[i]] = fields[i] ?? '';
    rows++;
    chars += row.signal_id.length; // uses the object, so that it is really made
  }
}
process.stdout.write(`${rows}\n`);
if (chars === 0 && rows > 0) process.exitCode = 1;
