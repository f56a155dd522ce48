// The floor of `pnpm bench:run --ddas`: reads the DDAS delivery `signaalreis import ddas` reads —
// its bytes decoded as UTF-8 and given to the native JSON.parse as one text — and looks at every
// signal once. No checks (limits, duplicate keys, the schema), no case files: what any import must
// do with the file. Prints the number of signals. Run: node ddas-floor.mjs <delivery.json>
import { readFileSync } from 'node:fs';

const delivery = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(process.argv[2])));
let signals = 0;
for (const l of delivery.leveringen ?? []) for (const s of l.vroegsignalen ?? []) if (s !== null) signals++;
process.stdout.write(`${signals}\n`);
