// Checks every CSV reader makes before reading values: the cells' bytes, control characters and
// lengths, and the issue for a line that could not be read as a record at all.
import type { Issue } from '@signaalreis/core';
import { rowIssue } from './issues';
import { controlIn } from './limits';
import { CSV_MESSAGES } from './messages';
import type { CsvRecordEvent } from './records';

/** Where a record is: data row and physical line. */
export interface CellPosition {
  row: number;
  line: number;
}

/**
 * Issues of the cells themselves, one per bad cell, in column order: bytes that were not valid
 * text (`encoding`), a control character (`control_character`, naming its position, never the
 * value), more characters than the column allows (`too_long`). `checkControl: false` skips the
 * control-character scan when the caller knows the text holds none.
 */
export function cellIssues(
  fields: readonly string[],
  at: CellPosition,
  columnName: (index: number) => string,
  maxChars: (index: number) => number | undefined,
  checkControl = true,
): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < fields.length; i++) {
    const value = fields[i] ?? '';
    if (value.includes('\uFFFD')) {
      issues.push(rowIssue(at.row, at.line, columnName(i), 'encoding', CSV_MESSAGES.encoding()));
      continue;
    }
    const control = checkControl ? controlIn(value) : null;
    if (control) {
      const column = columnName(i);
      const message = CSV_MESSAGES.controlCharacter(column, control.position, control.name);
      issues.push(rowIssue(at.row, at.line, column, 'control_character', message));
      continue;
    }
    const max = maxChars(i);
    if (max !== undefined && value.length > max) {
      const column = columnName(i);
      const message = CSV_MESSAGES.fieldTooLong(column, value.length, max);
      issues.push(rowIssue(at.row, at.line, column, 'too_long', message));
    }
  }
  return issues;
}

/** The issue for a line that is not a record: a quote left open, too long, or not CSV. */
export function badLineIssue(
  bad: Extract<CsvRecordEvent, { type: 'bad' }>,
  row: number,
  columnName: (index: number) => string | undefined,
  maxRecordChars: number,
): Issue {
  const column = bad.field === null ? null : (columnName(bad.field) ?? null);
  const message =
    bad.code === 'unbalanced_quote'
      ? CSV_MESSAGES.unbalancedQuote(bad.line, column)
      : bad.code === 'record_too_long'
        ? CSV_MESSAGES.recordTooLong(bad.length, maxRecordChars)
        : CSV_MESSAGES.csvSyntax(bad.line);
  return rowIssue(row, bad.line, column, bad.code, message);
}
