// Issue 9: every CSV and every file the package writes goes through src/output — one place that
// neutralises spreadsheet formulas and writes atomically, never following a planted symlink.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/(\.test(-support)?|-test-kit)\.ts$/.test(e.name) ? [path] : [];
  });
}

const offenders = (pattern: RegExp, allowed: (file: string) => boolean) =>
  sources(SRC)
    .filter((f) => !allowed(relative(SRC, f)) && pattern.test(readFileSync(f, 'utf8')))
    .map((f) => relative(SRC, f));

describe('one place for writing files', () => {
  it('only src/output imports csv-stringify', () => {
    expect(offenders(/from 'csv-stringify/, (f) => f.startsWith('output/'))).toEqual([]);
  });

  it('only src/output writes, renames or removes files', () => {
    const fsWrite =
      /\b(writeFileSync|writeFile|createWriteStream|appendFileSync|renameSync|rmSync|unlinkSync|mkdirSync|openSync\([^)]*['"]w)/;
    // test support (temporary store folders for the tests) is test code, not the package's writing
    const allowed = (f: string) => f.startsWith('output/') || f.includes('/test-support/');
    expect(offenders(fsWrite, allowed)).toEqual([]);
  });
});
