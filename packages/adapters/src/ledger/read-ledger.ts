// The partner ledger CSV: one row per customer account (docs/criteria.md, "Ledger CSV"), read into
// core's ledger rows. Values are checked here; contradictions between fields are core's job.
import {
  type Bilingual,
  excerpt,
  fail,
  type Issue,
  issue,
  issuesFromZod,
  type LedgerRow,
  LedgerRowSchema,
  ok,
  type Result,
} from '@signaalreis/core';
import { parseAmount, parseCount, parseDate, parseLegalForm, parseSector } from '../csv/values';
import { LookupCsvReader } from '../lookups/csv-stream';
import type { LookupRow } from '../lookups/csv-table';

/**
 * The columns of a ledger CSV, in the order of `LedgerRowSchema` (snake_case). Required:
 * `customer_id`, `partner_id`, `sector`, `amount_open`, `unpaid_terms`, `oldest_due_date`,
 * `newest_due_date`, `reminders_sent`. Yes/no columns take `ja`/`nee`, `yes`/`no`,
 * `true`/`false`, `1`/`0`; empty means no, except `current_customer` (empty: yes).
 *
 * @example
 * ```ts
 * import { LEDGER_CSV_COLUMNS } from '@signaalreis/adapters/ledger';
 * LEDGER_CSV_COLUMNS[0]; // 'customer_id'
 * ```
 */
export const LEDGER_CSV_COLUMNS = [
  'customer_id',
  'partner_id',
  'sector',
  'amount_open',
  'premium',
  'own_risk',
  'unpaid_terms',
  'oldest_due_date',
  'newest_due_date',
  'reminders_sent',
  'personal_contact_tried',
  'pointed_to_debt_help',
  'objects_to_sharing',
  'payment_arrangement',
  'in_debt_arrangement',
  'at_bailiff',
  'contract_end_date',
  'current_customer',
  'legal_form',
] as const;

const REQUIRED = [
  'customer_id',
  'partner_id',
  'sector',
  'amount_open',
  'unpaid_terms',
  'oldest_due_date',
  'newest_due_date',
  'reminders_sent',
] as const;

const YES = new Set(['ja', 'yes', 'true', '1', 'j', 'y']);
const NO = new Set(['nee', 'no', 'false', '0', 'n', '']);

/** Every text of the ledger reader, in one place (Dutch B1 for officers, and English). */
export const LEDGER_MESSAGES = {
  notYesNo: (text: string): Bilingual => ({
    nl: `"${excerpt(text)}" is geen ja of nee`,
    en: `"${excerpt(text)}" is not yes or no (ja/nee)`,
  }),
  arrangement: (text: string): Bilingual => ({
    nl: `"${excerpt(text)}" is geen none, running-kept of running-broken (geen, loopt-nagekomen, loopt-niet-nagekomen)`,
    en: `"${excerpt(text)}" is not none, running-kept or running-broken`,
  }),
  empty: (column: string): Bilingual => ({ nl: `${column} is leeg`, en: `${column} is empty` }),
} as const;

const invalid = <T>(code: string, message: Bilingual): Result<T> => ({
  ok: false,
  issues: [issue(code, [], message)],
});

function parseYesNo(text: string): Result<boolean> {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return invalid('invalid_boolean', LEDGER_MESSAGES.notYesNo(text));
}

const ARRANGEMENT: Readonly<Record<string, string>> = {
  none: 'none',
  geen: 'none',
  'running-kept': 'running-kept',
  'loopt-nagekomen': 'running-kept',
  'running-broken': 'running-broken',
  'loopt-niet-nagekomen': 'running-broken',
};

function parseArrangement(text: string): Result<string> {
  const value = ARRANGEMENT[text.trim().toLowerCase() || 'none'];
  return value
    ? { ok: true, value }
    : invalid('invalid_payment_arrangement', LEDGER_MESSAGES.arrangement(text));
}

const filled =
  (column: string) =>
  (t: string): Result<string> =>
    t ? { ok: true, value: t } : invalid('missing_value', LEDGER_MESSAGES.empty(column));

/**
 * A ledger read from CSV: one entry per data row, each either a `LedgerRow` of core for
 * `evaluateLedger` (checked by core's `LedgerRowSchema`: branded partner id, dates and cents) or the
 * issues that kept it out (paths start at the row: `['amountOpenCents']`, as core's
 * `InvalidLedgerRow`; `line` is the row's line in the file); plus remarks about the file that did
 * not stop reading (`unknown_column`, path `['header', column]`).
 *
 * @example
 * ```ts
 * import type { LedgerCsv } from '@signaalreis/adapters/ledger';
 * const usable = (l: LedgerCsv) => l.rows.filter((r) => r.issues.length === 0).length;
 * ```
 */
export interface LedgerCsv {
  rows: LedgerCsvRow[];
  issues: Issue[];
}

/**
 * One data row of a ledger CSV (see {@link LedgerCsv}): its number among the data rows (from 1), its
 * line in the file, its customer id as written, and its `LedgerRow` — or the issues that kept it out.
 *
 * @example
 * ```ts
 * import type { LedgerCsvRow } from '@signaalreis/adapters/ledger';
 * const usable = (r: LedgerCsvRow) => r.value !== undefined; // then r.issues is empty
 * ```
 */
export interface LedgerCsvRow {
  row: number;
  line: number;
  customerId: string;
  value?: LedgerRow;
  issues: Issue[];
}

type Column = (typeof LEDGER_CSV_COLUMNS)[number];
const FIELD: Record<Column, string> = {
  customer_id: 'customerId',
  partner_id: 'partnerId',
  sector: 'sector',
  amount_open: 'amountOpenCents',
  premium: 'premiumCents',
  own_risk: 'ownRiskCents',
  unpaid_terms: 'unpaidTerms',
  oldest_due_date: 'oldestDueDate',
  newest_due_date: 'newestDueDate',
  reminders_sent: 'remindersSent',
  personal_contact_tried: 'personalContactTried',
  pointed_to_debt_help: 'pointedToDebtHelp',
  objects_to_sharing: 'objectsToSharing',
  payment_arrangement: 'paymentArrangement',
  in_debt_arrangement: 'inDebtArrangement',
  at_bailiff: 'atBailiff',
  contract_end_date: 'contractEndDate',
  current_customer: 'currentCustomer',
  legal_form: 'legalForm',
};
const PARSER: Record<Column, (t: string) => Result<unknown>> = {
  customer_id: filled('customer_id'),
  partner_id: filled('partner_id'),
  sector: parseSector,
  amount_open: parseAmount,
  premium: parseAmount,
  own_risk: parseAmount,
  unpaid_terms: parseCount,
  oldest_due_date: parseDate,
  newest_due_date: parseDate,
  reminders_sent: parseCount,
  personal_contact_tried: parseYesNo,
  pointed_to_debt_help: parseYesNo,
  objects_to_sharing: parseYesNo,
  payment_arrangement: parseArrangement,
  in_debt_arrangement: parseYesNo,
  at_bailiff: parseYesNo,
  contract_end_date: parseDate,
  current_customer: (t) => (t.trim() === '' ? { ok: true, value: true } : parseYesNo(t)),
  legal_form: (t) => (t.trim() === '' ? { ok: true, value: 'individual' } : parseLegalForm(t)),
};
const OPTIONAL_EMPTY = new Set<Column>(['premium', 'own_risk', 'contract_end_date']);
/** Ids are at most 100 characters (project default, as in the signal CSV); other cells 200. */
const ID_MAX_CHARS = { customer_id: 100, partner_id: 100 };

/** The field of a column as written in the file's header, when it is one of ours. */
const FIELD_OF = new Map<string, string>(Object.entries(FIELD));

/** The column of a ledger row's field, as the file's header names it. */
const COLUMN_OF = new Map<string, string>(Object.entries(FIELD).map(([column, field]) => [field, column]));

/**
 * The CSV column a ledger row's field is read from (`amountOpenCents` → `amount_open`), for messages
 * that point into the file; `undefined` for a name that is not a ledger field.
 *
 * @example
 * ```ts
 * import { ledgerColumnOf } from '@signaalreis/adapters/ledger';
 * ledgerColumnOf('oldestDueDate'); // 'oldest_due_date'
 * ```
 */
export const ledgerColumnOf = (field: string): string | undefined => COLUMN_OF.get(field);

/**
 * Reads a partner ledger CSV (`,` or `;`, Dutch yes/no, amounts like `1.527,96`, dates
 * `YYYY-MM-DD` or `DD-MM-YYYY`) into ledger rows for `evaluateLedger`. Every data row is returned,
 * with its value issues (path = the field, `line` = its line); nothing is dropped. A line whose
 * quote is not closed on it, a line or cell that is too long, or a cell with a control character is
 * a row with that issue (`unbalanced_quote`, `record_too_long`, `too_long`, `control_character`)
 * and no value; the lines after it are read normally. A usable row is checked against core's
 * `LedgerRowSchema` (shapes; contradictions between fields are checked by `evaluateLedger`). An
 * empty file, a header that cannot be read or a missing required column fails the result.
 *
 * @example
 * ```ts
 * import { readLedgerCsv } from '@signaalreis/adapters/ledger';
 * const ledger = readLedgerCsv('customer_id,partner_id,sector,amount_open,unpaid_terms,oldest_due_date,newest_due_date,reminders_sent\nK1,EN-A,energie,"120,50",2,2026-08-01,2026-09-01,2\n');
 * if (ledger.ok) ledger.value.rows[0]?.value?.amountOpenCents; // 12050
 * ```
 */
export function readLedgerCsv(text: string): Result<LedgerCsv> {
  const reader = new LedgerCsvReader();
  const rows = [...reader.push(text), ...reader.end()];
  return reader.failure ? fail(reader.failure) : ok({ rows, issues: reader.issues });
}

/**
 * {@link readLedgerCsv} a chunk of text at a time, for a ledger too large to hold as one text and
 * one list of rows (a partner's million customers): `push` returns the rows a chunk completes,
 * `end` the last ones — the same rows, issues and remarks as `readLedgerCsv` of the whole text,
 * however it is cut. `failure` is set when the file cannot be read as a ledger (an empty file at
 * `end`, a header that cannot be read, a missing required column); no rows come after it.
 *
 * @example
 * ```ts
 * import { LedgerCsvReader } from '@signaalreis/adapters/ledger';
 * const reader = new LedgerCsvReader();
 * const rows = reader.push('customer_id,partner_id,sector,amount_open,unpaid_terms,oldest_due_date,');
 * // []: the header is not complete yet
 * rows.push(...reader.push('newest_due_date,reminders_sent\nK1,EN-A,energie,"120,50",2,2026-08-01,2026-09-01,2\n'));
 * rows.push(...reader.end());
 * rows[0]?.value?.amountOpenCents; // 12050
 * reader.failure; // undefined: the file is a ledger
 * ```
 */
export class LedgerCsvReader {
  readonly #lookup = new LookupCsvReader(REQUIRED, LEDGER_CSV_COLUMNS, ID_MAX_CHARS);

  /** Why the file cannot be read as a ledger, once known (then no rows come). */
  get failure(): Issue[] | undefined {
    return this.#lookup.failure;
  }

  /** Remarks about the file that did not stop reading (`unknown_column`). */
  get issues(): Issue[] {
    return this.#lookup.issues;
  }

  /** Reads the next chunk of text; returns the rows it completes. */
  push(chunk: string): LedgerCsvRow[] {
    return this.#lookup.push(chunk).map(ledgerRowOf);
  }

  /** Ends the text; returns the rows of its last lines. */
  end(): LedgerCsvRow[] {
    return this.#lookup.end().map(ledgerRowOf);
  }
}

/** A lookup row of a ledger as a ledger row, or the issues that keep it out. */
function ledgerRowOf(r: LookupRow): LedgerCsvRow {
  const customerId = r.get('customer_id');
  const at = (code: string, path: (string | number)[], message: Bilingual): Issue => ({
    code,
    path,
    message,
    line: r.line,
  });
  const issues: Issue[] = r.issues.map((i) => {
    const column = i.path[2];
    const field = typeof column === 'string' ? FIELD_OF.get(column) : undefined;
    return at(i.code, field ? [field] : [], i.message);
  });
  if (issues.length > 0) return { row: r.row, line: r.line, customerId, issues };
  const candidate: Record<string, unknown> = {};
  for (const column of LEDGER_CSV_COLUMNS) {
    const raw = r.get(column);
    if (raw === '' && OPTIONAL_EMPTY.has(column)) continue;
    const parsed = PARSER[column](raw);
    if (parsed.ok) candidate[FIELD[column]] = parsed.value;
    else for (const i of parsed.issues) issues.push(at(i.code, [FIELD[column]], i.message));
  }
  if (issues.length > 0) return { row: r.row, line: r.line, customerId, issues };
  const row = LedgerRowSchema.safeParse(candidate);
  if (row.success) return { row: r.row, line: r.line, customerId, value: row.data, issues };
  const shape = issuesFromZod(row.error).map((i) => ({ ...i, line: r.line }));
  return { row: r.row, line: r.line, customerId, issues: shape };
}
