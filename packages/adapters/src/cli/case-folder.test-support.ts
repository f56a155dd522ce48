// Output folders as `run` writes them, changed for a test: the manifest brought up to date for a
// file changed on purpose (history-index-file.test.ts, history-kept.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './output-digest.test-support';

/** The manifest of `dir` with the entry of `file` made to match its bytes now. */
export function vouchFor(dir: string, file: string): void {
  const path = join(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(path, 'utf8')) as {
    files: { name: string; bytes: number; sha256: string }[];
  };
  const bytes = readFileSync(join(dir, file));
  for (const f of m.files)
    if (f.name === file) Object.assign(f, { bytes: bytes.length, sha256: sha256(bytes) });
  writeFileSync(path, JSON.stringify(m, null, 2));
}
