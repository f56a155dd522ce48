// What the tests of `signaalreis batch` share: a folder laid out as examples/ with the example plan,
// and a run's folder in a form to compare (batch.test.ts, batch-store.test.ts). Not part of the
// public API.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from './cli-test-kit';
import { sha256 } from './output-digest.test-support';

/** The bundled example plan. */
export const EXAMPLE_PLAN = join(REPO_ROOT, 'examples', 'batch', 'platform-2026-10.json');

/** A folder laid out as examples/ (data and presets linked), with the example plan in `batch/`. */
export function exampleWorld(): { dir: string; plan: string } {
  const root = mkdtempSync(join(tmpdir(), 'signaalreis-batch-'));
  for (const d of ['data', 'presets']) symlinkSync(join(REPO_ROOT, 'examples', d), join(root, d));
  mkdirSync(join(root, 'batch'));
  const plan = join(root, 'batch', 'plan.json');
  writeFileSync(plan, readFileSync(EXAMPLE_PLAN));
  return { dir: join(root, 'batch'), plan };
}

/** A workbook as its sheets' names and values (its file also holds the time it was written). */
async function sheetsOf(path: string): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return book.worksheets.map((w) => [w.name, w.getSheetValues()]);
}

/**
 * A run's folder to compare: each file's SHA-256, but the manifest with its time, the folder's name
 * (and each `[from, to]` of `replace`) in its command and the workbook's entry normalised, and the
 * workbook as its sheets (the time it was written aside).
 */
export async function folderOf(
  dir: string,
  out: string,
  replace: readonly (readonly [string, string])[] = [],
): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(join(dir, out)).sort()) {
    const path = join(dir, out, name);
    if (name === 'worklists.xlsx') files[name] = await sheetsOf(path);
    else if (name !== 'manifest.json') files[name] = sha256(readFileSync(path));
    else {
      const m = JSON.parse(readFileSync(path, 'utf8')) as {
        writtenAt: string;
        command: string;
        files: { name: string }[];
      };
      m.writtenAt = '<writtenAt>';
      m.command = m.command.replaceAll(out, '<out>');
      for (const [from, to] of replace) m.command = m.command.replaceAll(from, to);
      for (const f of m.files)
        if (f.name === 'worklists.xlsx') Object.assign(f, { bytes: 0, sha256: '<workbook>' });
      files[name] = m;
    }
  }
  return files;
}
