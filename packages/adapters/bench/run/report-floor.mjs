// The floor of `pnpm bench:run --report`: reads the case files the measured `signaalreis report`
// reads — each file's bytes decoded as UTF-8 and given to the native JSON.parse — and looks at
// every case once. No checks (limits, duplicate keys, the case file's schema), no expansion of the
// compact form, no counting: what any report must do with the files. Prints the number of cases.
// Run: node report-floor.mjs <cases.json> …
import { readFileSync } from 'node:fs';

let cases = 0;
for (const file of process.argv.slice(2)) {
  const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)));
  for (const c of value.cases) if (c !== null) cases++;
}
process.stdout.write(`${cases}\n`);
