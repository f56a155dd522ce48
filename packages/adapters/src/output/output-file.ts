// One output file (match --out, compare --out, criteria --out): written atomically beside its
// target, never through a link and never over one of the command's inputs.
// Why: docs/security.md, "Output folders and atomic writes".
import { lstatSync, mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Result } from '@signaalreis/core';
import { FOLDER_MODE, type OutputData, replaceFile, type WrittenFile } from './atomic-file';
import { inputIds } from './folder-state';
import { failed, ioFailure, OUTPUT_MESSAGES as M } from './messages';
import type { OutputOptions } from './output-folder';

/**
 * Writes one output file atomically (a temporary file beside it, renamed over it), mode 0600,
 * creating missing folders (0700). Whatever is at `path` is replaced — a symbolic link is replaced,
 * never followed — except a folder (`not_a_file`) or one of the command's inputs
 * (`would_replace_input`). File-system errors come back as `write_failed`.
 *
 * @example
 * ```ts
 * import { writeOutputFile } from '@signaalreis/adapters/output';
 * const w = writeOutputFile('changed.csv', 'case_id\n', { inputs: ['signals.csv'] });
 * if (w.ok) console.log(w.value.sha256);
 * ```
 */
export function writeOutputFile(
  path: string,
  data: OutputData,
  options: OutputOptions = {},
): Result<WrittenFile> {
  const abs = resolve(path);
  const shown = options.shown ?? path;
  try {
    mkdirSync(dirname(abs), { recursive: true, mode: FOLDER_MODE });
    const stat = lstatSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return failed('not_a_file', M.notAFile(shown));
    if (stat && inputIds(options.inputs ?? []).has(`${stat.dev}:${stat.ino}`))
      return failed('would_replace_input', M.wouldReplaceInput(shown));
    return { ok: true, value: replaceFile(dirname(abs), basename(abs), data) };
  } catch (error) {
    return ioFailure(error, shown);
  }
}
