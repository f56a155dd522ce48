// The floor of `pnpm bench:run --letters`: writes as many files of the same sizes as a letters
// folder holds (its manifest.json lists them) into a fresh folder, each created and written, then
// all flushed to disk eight at a time, as signaalreis writes an output folder of many files
// (src/output/output-folder.ts, flush-files.ts) — what any letters run must do, without reading,
// deciding, rendering or encoding anything. Prints the number of files written.
// Run: node letters-floor.mjs <letters-folder> <empty-folder>
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

process.env.UV_THREADPOOL_SIZE = '8'; // eight flushes at once (libuv reads it when its pool first starts)
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
  } finally {
    closeSync(fd);
  }
  written++;
}
let next = 0;
const flusher = async () => {
  while (next < files.length) {
    const handle = await open(join(to, files[next++].name), 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
};
await Promise.all(Array.from({ length: 8 }, flusher));
process.stdout.write(`${written}\n`);
