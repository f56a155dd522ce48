/**
 * @packageDocumentation
 * `@signaalreis/adapters`: the edges of signaalreis — reading signal CSV (UTF-8 or Windows-1252,
 * `,` or `;`, Dutch or English headers), lookup and ledger CSV, case files, and writing
 * spreadsheet-safe CSV and output folders as one set. The root exports all of it; each concept also
 * has its own subpath (`@signaalreis/adapters/csv`, `/cases`, `/ledger`, `/lookups` run in a
 * browser too; `/files` and `/output` use the file system). The case store (`/store`: PostgreSQL,
 * embedded PGlite or a server) is only on its subpath, so that the root does not load a database.
 * The `signaalreis` command line is the package's `bin`, not part of this API.
 */
export * from './cases/index';
export * from './csv/index';
export * from './files/index';
export * from './ledger/index';
export * from './lookups/index';
export * from './output/index';
