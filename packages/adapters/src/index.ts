/**
 * @packageDocumentation
 * `@signaalreis/adapters`: the edges of signaalreis — reading signal CSV (UTF-8 or Windows-1252,
 * `,` or `;`, Dutch or English headers) and signal Excel workbooks, lookup and ledger CSV, case
 * files, the national DDAS v1.2 exchange, and writing spreadsheet-safe CSV, Excel workbooks and
 * output folders as one set. The root exports all of it; each concept also has its own subpath
 * (`@signaalreis/adapters/csv`, `/cases`, `/ddas`, `/ledger`, `/lookups` run in a browser too;
 * `/files`, `/xlsx` and `/output` use the file system; `/report` writes the monthly report and loads
 * vega, vega-lite and Handlebars on first use; `/simulation-report` reads a simulation's result and
 * draws its HTML report (the same libraries, on first use); `/letters` makes letters, cards, e-mails and SMS and
 * loads pdf-lib, nodemailer and Handlebars on first use). The case store (`/store`: PostgreSQL,
 * embedded PGlite or a server) is only on its subpath, so that the root does not load a database.
 * The `signaalreis` command line is the package's `bin`, not part of this API.
 */
export * from './cases/index';
export * from './csv/index';
export * from './ddas/index';
export * from './files/index';
export * from './ledger/index';
export * from './letters/index';
export * from './lookups/index';
export * from './output/index';
export * from './report/index';
export * from './simulation-report/index';
export * from './xlsx/index';
