// One field of a CSV record as csvPieces writes it — the same bytes as csv-stringify with the cast
// of csvTable (csv-writer.ts): text neutralised (csv-cell.ts), a plain decimal number in a numeric
// column kept (with a decimal comma in `excel-nl`), a field with the delimiter, a quote, CR or LF
// quoted with its quotes doubled. Shared by csvPieces and the worklist lines of `signaalreis run`,
// which make a national month's hundred thousand records without a row object (issue 14).
import { neutraliseCell } from './csv-cell';
import type { CsvDialect } from './csv-writer';

/** A plain decimal number: what a `numeric` column may hold without neutralising. */
export const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The writers of one CSV field in a dialect (see `CsvDialect`): what csvPieces writes per cell.
 *
 * @example
 * ```ts
 * import { csvFields } from './csv-field';
 * const f = csvFields('excel-nl');
 * f.text('=1+1'); // "'=1+1"
 * f.numericText('-3.50'); // '-3,50'
 * f.number(2.5); // '2,5'
 * ```
 */
export interface CsvFields {
  /** Between fields: `,` or `;`. */
  delimiter: string;
  /** After a record: LF or CRLF. */
  end: string;
  /** A text cell: neutralised and quoted when it has to be; `''` stays empty. */
  text(value: string): string;
  /** A text cell of a numeric column: a plain decimal number kept (decimal comma in `excel-nl`), anything else as {@link CsvFields.text}. */
  numericText(value: string): string;
  /** A number cell: as it is (decimal comma in `excel-nl`), a non-finite one as neutralised text. */
  number(value: number): string;
}

/**
 * The field writers of `dialect` (default `rfc4180`): the cast and quoting of csvTable, one field at
 * a time. The property tests of csvPieces hold them to csv-stringify's bytes.
 *
 * @example
 * ```ts
 * import { csvFields } from './csv-field';
 * const f = csvFields('rfc4180');
 * f.text('a "b", c'); // '"a ""b"", c"'
 * ```
 */
export function csvFields(dialect: CsvDialect | undefined): CsvFields {
  const excel = dialect === 'excel-nl';
  const delimiter = excel ? ';' : ',';
  // a field with the delimiter, a quote, LF or CR is quoted (RFC 4180); four `includes` measured
  // faster than one character-class regex on these cells (docs/performance.md, fourth round)
  const quoted = (text: string) =>
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
      ? `"${text.replaceAll('"', '""')}"`
      : text;
  const decimal = (n: string) => (excel ? n.replace('.', ',') : n);
  const text = (value: string) => (value === '' ? '' : quoted(neutraliseCell(value)));
  return {
    delimiter,
    end: excel ? '\r\n' : '\n',
    text,
    numericText: (value) => (DECIMAL.test(value) ? decimal(value) : text(value)),
    number: (value) =>
      quoted(Number.isFinite(value) ? decimal(String(value)) : neutraliseCell(String(value))),
  };
}
