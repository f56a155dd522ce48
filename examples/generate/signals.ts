// Writes the synthetic example data to examples/data/:  pnpm tsx examples/generate/signals.ts
// Seeded (see rng.ts), so running it again gives byte-identical CSV files (and a workbook with the
// same cells: a zip records when it was written).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDataset } from './dataset';
import { signalsWorkbook } from './xlsx';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const { files, october, deliberate } = generateDataset();
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(`${dataDir}${name}`, bytes);
  console.log(`wrote examples/data/${name} (${bytes.length} bytes)`);
}
const workbook = await signalsWorkbook(october);
writeFileSync(`${dataDir}signals-2026-10.xlsx`, workbook);
console.log(`wrote examples/data/signals-2026-10.xlsx (${workbook.length} bytes)`);
console.log(`October: ${october.length} rows; deliberate rows:`);
for (const d of deliberate) console.log(`  row ${d.row}  ${d.signalId}  ${d.what}`);
