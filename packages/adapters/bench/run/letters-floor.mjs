// The floor of `pnpm bench:run --letters`: writes as many files of the same sizes as a letters
// folder holds (its manifest.json lists them) into a fresh folder, each created, written, flushed
// to disk and closed as signaalreis writes every output file (src/output/atomic-file.ts) — what any
// letters run must do, without reading, deciding, rendering or encoding anything. Prints the number
// of files written. Run: node letters-floor.mjs <letters-folder> <empty-folder>
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [from, to] = process.argv.slice(2);
if (!from || !to) throw new Error('usage: node letters-floor.mjs <letters-folder> <empty-folder>');
const { files } = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
mkdirSync(to, { recursive: true, mode: 0o700 });
let written = 0;
for (const f of files) {
  const bytes = Buffer.alloc(f.bytes, 0x41);
  const fd = openSync(join(to, f.name), 'wx', 0o600);
  try {
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  written++;
}
process.stdout.write(`${written}\n`);
