// A history file of the month itself or later (issue found by trying `run` as an officer would: a
// month's own case file given as its history was set aside without a word). `run` reads history
// through a sieve that keeps only what matching reads — entries not before the month are dropped
// there, per signal and without issues — so the file is named here, from the month its case file
// (or history index) declares in its first lines. A signal file declares no month: its rows of the
// month or later are set aside by matching as before.
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { type IsoMonth, type Issue, isIsoMonth, issue } from '@signaalreis/core';
import type { CliIo } from './io';
import { MONTH_MESSAGES as M } from './messages/month';

/** How much of a file's beginning is read for its declared month (project default: the head of a case file is a few lines). */
const HEAD_BYTES = 4096;

/** The month a case file or history index declares (`"month": "2026-10"` among its first lines), if it declares one. */
export function declaredMonthOf(path: string): IsoMonth | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const text = head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0)).toString('utf8');
    if (!/^\s*\{/.test(text)) return undefined; // a signal file (CSV or Excel)
    const before = text.split(/"(?:cases|entries)"\s*:/)[0] ?? '';
    const month = /"month"\s*:\s*"([^"]*)"/.exec(before)?.[1];
    return month !== undefined && isIsoMonth(month) ? (month as IsoMonth) : undefined;
  } catch {
    return undefined; // unreadable: reading the history says why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * One warning per history file (as given, `files`) whose declared month is not before `month`:
 * `history_file_not_before_month`, path `['history', index]`.
 *
 * @example
 * ```ts
 * import { asIsoMonth } from '@signaalreis/core';
 * import { laterHistoryFiles } from './history-month';
 * declare const io: import('./io').CliIo;
 * laterHistoryFiles(io, ['out/2026-10/cases.json'], asIsoMonth('2026-09')); // one issue: the file is of 2026-10
 * ```
 */
export function laterHistoryFiles(
  io: Pick<CliIo, 'cwd'>,
  files: readonly string[],
  month: IsoMonth,
): Issue[] {
  const out: Issue[] = [];
  for (const [i, file] of files.entries()) {
    const of = declaredMonthOf(resolve(io.cwd, file));
    if (of !== undefined && of >= month)
      out.push(issue('history_file_not_before_month', ['history', i], M.historyNotBefore(file, of, month)));
  }
  return out;
}
