// The whole-text lookup CSV reader as it was before it read chunks (csv-stream.ts): kept as the
// reference that csv-stream.property.test.ts holds the chunked reader to.
import { type Bilingual, fail, type Issue, ok, type Result } from '@signaalreis/core';
import { badLineIssue, cellIssues } from '../csv/cells';
import { fileIssue, headerIssue, rowIssue } from '../csv/issues';
import { DEFAULT_FIELD_MAX_CHARS, hasControl } from '../csv/limits';
import { CSV_MESSAGES } from '../csv/messages';
import { type CsvRecordEvent, CsvRecordReader, MAX_RECORD_CHARS } from '../csv/records';
import type { LookupRow, LookupTable } from './csv-table';
import { LOOKUP_MESSAGES as M } from './messages';

/** `readLookupCsv` before csv-stream.ts. */
export function wholeLookupCsv(
  text: string,
  required: readonly string[],
  optional: readonly string[],
  maxChars: Readonly<Record<string, number>> = {},
): Result<LookupTable> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, MAX_RECORD_CHARS).split(/\r\n|\r|\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const reader = new CsvRecordReader({ delimiter, trim: true });
  // (no line is skipped: the reader has no `skipLine`)
  const events = [...reader.push(body), ...reader.end()].filter(
    (e): e is Exclude<CsvRecordEvent, { type: 'skipped' }> =>
      e.type === 'bad' || (e.type === 'record' && (e.fields.length > 1 || (e.fields[0] ?? '').trim() !== '')),
  );
  const [header, ...data] = events;
  if (!header) return fail(fileIssue('empty_file', M.noHeader(), 1));
  if (header.type === 'bad') {
    const message = CSV_MESSAGES.headerBroken(header.line, header.code, MAX_RECORD_CHARS);
    return fail(headerIssue(header.line, null, header.code, message));
  }
  const written = header.fields.map((h) => h.trim());
  const names = written.map((h) => h.toLowerCase().replace(/[\s-]+/g, '_'));
  const missing = required.filter((c) => !names.includes(c));
  const issues: Issue[] = missing.map((c) =>
    headerIssue(header.line, c, 'missing_column', M.missingColumn(c)),
  );
  names.forEach((n, i) => {
    if (!required.includes(n) && !optional.includes(n)) {
      const column = written[i] ?? n;
      issues.push(headerIssue(header.line, column, 'unknown_column', M.unusedColumn(column)));
    }
  });
  if (missing.length > 0) return fail(issues);
  const checkControl = hasControl(body);
  const columnName = (i: number) => written[i] ?? String(i + 1);
  const limit = (i: number) => maxChars[names[i] ?? ''] ?? DEFAULT_FIELD_MAX_CHARS;
  const rows = data.map((e, i): LookupRow => {
    const row = i + 1;
    const issue = (column: string | null, code: string, message: Bilingual) =>
      rowIssue(row, e.line, column, code, message);
    if (e.type === 'bad')
      return {
        row,
        line: e.line,
        get: () => '',
        issues: [badLineIssue(e, row, columnName, MAX_RECORD_CHARS)],
        issue,
      };
    const cells = cellIssues(e.fields, { row, line: e.line }, columnName, limit, checkControl);
    const bad = new Set(cells.map((c) => c.path[2]));
    return {
      row,
      line: e.line,
      get: (column: string) => {
        const index = names.indexOf(column);
        return index < 0 || bad.has(columnName(index)) ? '' : (e.fields[index] ?? '');
      },
      issues: cells,
      issue,
    };
  });
  return ok({ rows, issues });
}
