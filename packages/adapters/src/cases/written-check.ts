// A case file checked as it will be read back, by a program that made it (`signaalreis import
// ddas`): the issues `readCaseFile` gives for the file's written form, found without zod's copy of
// every case where the quick check vouches for that form (docs/performance.md "Thirty-ninth round").
import { checkJsonValue, type Issue } from '@signaalreis/core';
import { CASE_FILE_FORMAT, type CaseFile, casesIssues, readCaseFile, totalIssues } from './case-file';
import { compactCase } from './case-file-compact';
import { quickCompactFile } from './compact-check';

/** `file` in the form `caseFileText` writes it (format 3, each case compact), as a value. */
export function writtenCaseFile(file: CaseFile): { format: string; cases: unknown[] } {
  const { cases, format: _format, ...head } = file;
  return { format: CASE_FILE_FORMAT, ...head, cases: cases.map(compactCase) };
}

/**
 * The issues `readCaseFile` gives for `file` as it is written (`writtenCaseFile`: what `run
 * --history`, `feedback` and `report` will read) — `[]` when it reads back. Where the quick check of
 * a compact file vouches for every case, the cases' ids, totals and records are checked on `file`'s
 * own full cases (a compact case read back is expanded into them again) instead of on a copy made
 * by zod and expanded; otherwise `readCaseFile` reads the written form and says what is wrong. The
 * property test (written-check.property.test.ts) holds the two to the same issues. `written`: the
 * written form when the caller made it already (to write it).
 */
export function writtenCaseFileIssues(file: CaseFile, written = writtenCaseFile(file)): Issue[] {
  const limits = checkJsonValue(written);
  if (limits.length > 0) return limits;
  if (quickCompactFile(written) === undefined) {
    const read = readCaseFile(written);
    return read.ok ? [] : read.issues;
  }
  const totals = totalIssues(file.cases);
  return totals.length > 0 ? totals : casesIssues(file);
}
