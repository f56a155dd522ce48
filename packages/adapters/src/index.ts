/**
 * @packageDocumentation
 * `@signaalreis/adapters`: the edges of signaalreis — reading signal CSV files (UTF-8 or Windows-1252,
 * `,` or `;`, Dutch or English headers), writing spreadsheet-safe CSV and output folders as one set,
 * and the `signaalreis` command line.
 */
export * from './cases/index';
export * from './cli/index';
export * from './csv/index';
export * from './json/index';
export * from './ledger/index';
export * from './lookups/index';
export * from './output/index';
