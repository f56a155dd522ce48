// The messages of the CSV readers about the file itself (quotes, lengths, control characters), in
// one place for translation. None of them repeats a cell's value.
import { excerpt } from '@signaalreis/core';

/** Messages shared by the signal, ledger and lookup CSV readers. */
export const CSV_MESSAGES = {
  unbalancedQuote: (line: number, column: string | null) =>
    `A quote opens${column ? ` in column ${excerpt(column)}` : ''} and is not closed on line ${line}; the line is read on its own and rejected, the lines after it are read normally`,
  recordTooLong: (length: number | undefined, max: number) =>
    `The line is ${length === undefined ? 'too' : `${length} characters`} long; a row may be at most ${max} characters (project default)`,
  csvSyntax: (line: number) => `Line ${line} is not valid CSV; the line is read on its own and rejected`,
  headerBroken: (line: number, why: string) =>
    `The header (line ${line}) cannot be read: ${why}; fix it and read the file again`,
  controlCharacter: (column: string, position: number, name: string) =>
    `${excerpt(column)} contains the control character ${name} at position ${position}; control characters are not allowed in a cell`,
  fieldTooLong: (column: string, length: number, max: number) =>
    `${excerpt(column)} is ${length} characters long; at most ${max} are allowed (project default)`,
  encoding: () => "The cell contains bytes that are not valid text in the file's encoding",
} as const;
