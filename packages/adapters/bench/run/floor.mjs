// The floor of `pnpm bench:run`: reads the same CSV files as the measured `signaalreis run` (the
// month and its history) with the parser the CLI uses — `CsvRecordReader` of src/csv/records.ts,
// the built `@signaalreis/adapters/csv`, fed the text of 64 KiB chunks decoded as UTF-8 as
// src/csv/decode.ts and src/files/read-signals-file.ts do — and turns each record into an object
// keyed by the header. The objects are not kept: what any run must do is read, parse and look at
// every row once; how much it keeps is the run's choice (and its memory). No field checks, no
// validation, no matching. Prints the number of rows read.
//
// Until the ninth round of issue 14 the floor parsed with csv-parse alone; the CLI has split lines
// without a quote itself since the third round (csv-parse only for lines with quotes), so that
// floor was ~4× the CLI's own parsing and flattered the ratio (docs/performance.md, "Ninth round").
// Run: node floor.mjs <file.csv> …
import { createReadStream } from 'node:fs';
import { CsvRecordReader } from '@signaalreis/adapters/csv';

let rows = 0;
let chars = 0;
for (const file of process.argv.slice(2)) {
  const reader = new CsvRecordReader({ delimiter: ',' });
  const decoder = new TextDecoder('utf-8');
  let header;
  const take = (events) => {
    for (const e of events) {
      if (e.type !== 'record') continue;
      if (!header) {
        header = e.fields;
        continue;
      }
      const row = {};
      for (let i = 0; i < header.length; i++) row[header[i]] = e.fields[i] ?? '';
      rows++;
      chars += row[header[0]].length; // uses the object (its first column), so that it is really made
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }))
    take(reader.push(decoder.decode(chunk, { stream: true })));
  take(reader.push(decoder.decode()));
  take(reader.end());
}
process.stdout.write(`${rows}\n`);
if (chars === 0 && rows > 0) process.exitCode = 1;
