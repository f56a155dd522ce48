// The text of a case file as `match`, `run` and `feedback` write it: the month's fields one a line,
// then one case a line — made a case at a time, so a month of a hundred thousand cases is never one
// string, and a reader (or `grep`, or a person) can take one case at a time (docs/formats/case-file.md).
import { compactCase, type FullCase } from './case-file-compact';
import { CASE_FILE_FORMAT, type CaseFile } from './case-file-schema';

/** The fields of a case file besides its cases (`format` is set by the writer). */
export type CaseFileHead = Omit<CaseFile, 'cases' | 'format'>;

/**
 * The case file text, a piece at a time: `{`, the month's fields (`format`, `month`, `preset`,
 * `decidedOn`, `municipality` …) one a line, then `"cases": [` and one case a line, each made by
 * `entry` when its piece is (default: the compact form, {@link compactCase}), then `]}`. Valid
 * JSON; `format` is `signaalreis-cases/3` unless `head` names another (a file written back as it
 * was read).
 *
 * @example
 * ```ts
 * import { caseFilePieces, plannedCase } from '@signaalreis/adapters/cases';
 * import { writeOutputFolder } from '@signaalreis/adapters/output';
 * import type { PlannedMonth } from '@signaalreis/core';
 * declare const m: PlannedMonth;
 * const head = { month: m.month, preset: 'type-medium', decidedOn: m.decidedOn };
 * const cases = function* () {
 *   for (const j of m.journeys) yield plannedCase(j); // made one at a time, while writing
 * };
 * writeOutputFolder('out/2026-10', [{ name: 'cases.json', data: () => caseFilePieces(head, cases()) }]);
 * ```
 */
export function caseFilePieces(
  head: CaseFileHead & { format?: string },
  cases: Iterable<FullCase>,
): Generator<string>;
export function caseFilePieces<C>(
  head: CaseFileHead & { format?: string },
  cases: Iterable<C>,
  entry: (c: C) => unknown,
): Generator<string>;
export function* caseFilePieces(
  head: CaseFileHead & { format?: string },
  cases: Iterable<unknown>,
  entry: (c: never) => unknown = compactCase,
): Generator<string> {
  const fields = { format: CASE_FILE_FORMAT, ...head };
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  yield `{\n${lines.join('\n')}\n  "cases": [`;
  let first = true;
  for (const c of cases) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(entry(c as never))}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

/**
 * A whole case file as text (see {@link caseFilePieces}): for small files and tests.
 *
 * @example
 * ```ts
 * import { type CaseFile, caseFileText } from '@signaalreis/adapters/cases';
 * declare const file: CaseFile;
 * const text = caseFileText(file); // '{\n  "format": "signaalreis-cases/3",\n  "month": …'
 * ```
 */
export function caseFileText(file: CaseFile): string {
  const { cases, format: _format, ...head } = file;
  return [...caseFilePieces(head, cases)].join('');
}
