// Writes the synthetic example data to examples/data/:  pnpm tsx examples/generate/signals.ts
// Seeded (see rng.ts), so running it again gives byte-identical files.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDataset } from './dataset';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const { files, october, deliberate } = generateDataset();
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(`${dataDir}${name}`, bytes);
  console.log(`wrote examples/data/${name} (${bytes.length} bytes)`);
}
console.log(`October: ${october.length} rows; deliberate rows:`);
for (const d of deliberate) console.log(`  row ${d.row}  ${d.signalId}  ${d.what}`);
