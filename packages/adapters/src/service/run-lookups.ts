// The lookups of a run over HTTP (issue 12): the population register (BRP) and debt-assistance (SHV)
// extracts that `signaalreis run --register/--debt-assistance` reads from CSV files, here JSON rows in
// the request, written as CSV text and read by the SAME readers (InMemoryPopulationRegister.fromCsv,
// InMemoryDebtAssistanceRegister.fromCsv) with the same row-level issues. As on the command line, any
// issue refuses the run. Personal data: never logged; the run audits how many rows were used.
import { z } from '@hono/zod-openapi';
import type { IntakeLookups, Issue } from '@signaalreis/core';
import { InMemoryDebtAssistanceRegister } from '../lookups/debt-assistance';
import { InMemoryPopulationRegister } from '../lookups/population-register';
import { type RowCell, rowsAsCsvText } from '../output/reader-input';

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Rows = (what: string) =>
  z
    .array(z.record(z.string().max(200), Cell))
    .openapi({ description: `${what}: one object per row, keyed by the column names of its CSV file` });

/** `lookups` of a run's body. */
export const LookupsBody = z
  .object({
    register: Rows(
      'the population register extract (BRP; columns of docs/formats: bsn, surname, prefix, initials, birth_date, postcode, house_number, house_number_suffix, in_municipality, deceased)',
    ).optional(),
    debtAssistance: Rows(
      'the debt-assistance administration (SHV; bsn, postcode, house_number, house_number_suffix, surname)',
    ).optional(),
  })
  .strict()
  .openapi('RunLookups', {
    description:
      'what `signaalreis run --register/--debt-assistance` reads from files (personal data: never logged)',
  });

/** Issues shown at most (the rest are counted in the detail). */
const MAX_ISSUES = 100;

/** What reading the lookups gave: the lookups and their row count, too many rows, or the issues. */
export type ReadLookups =
  | { outcome: 'ok'; lookups: IntakeLookups; rows: number }
  | { outcome: 'too-many-rows'; which: 'register' | 'debtAssistance' }
  | { outcome: 'issues'; issues: Issue[]; total: number };

type Body = z.infer<typeof LookupsBody>;

/** Reads `body.lookups` (at most `maxRows` rows each) with the command line's readers. */
export function readLookups(body: Body | undefined, maxRows: number): ReadLookups {
  const lookups: IntakeLookups = {};
  const issues: Issue[] = [];
  let rows = 0;
  const at = (which: string, i: Issue): Issue => ({
    ...i,
    path: ['body', 'lookups', which, ...i.path.filter((p) => p !== 'rows')],
  });
  for (const which of ['register', 'debtAssistance'] as const) {
    const given = body?.[which] as readonly Record<string, RowCell>[] | undefined;
    if (!given) continue;
    if (given.length > maxRows) return { outcome: 'too-many-rows', which };
    rows += given.length;
    const text = rowsAsCsvText(given);
    const read =
      which === 'register'
        ? InMemoryPopulationRegister.fromCsv(text)
        : InMemoryDebtAssistanceRegister.fromCsv(text);
    if (!read.ok) {
      issues.push(...read.issues.map((i) => at(which, i)));
      continue;
    }
    issues.push(...read.value.issues.map((i) => at(which, i)));
    if (which === 'register') lookups.register = read.value.register as InMemoryPopulationRegister;
    else lookups.debtAssistance = read.value.register as InMemoryDebtAssistanceRegister;
  }
  if (issues.length > 0)
    return { outcome: 'issues', issues: issues.slice(0, MAX_ISSUES), total: issues.length };
  return { outcome: 'ok', lookups, rows };
}
