// The partner ledger CSV: one row per customer account (docs/criteria.md, "Ledger CSV"), read into
// core's ledger rows. Values are checked here; contradictions between fields are core's job.
import { excerpt, type Issue } from '@signaalreis/core';
import type { RowProblem } from '../csv/problem';
import { type Parsed, parseAmount, parseCount, parseDate, parseLegalForm, parseSector } from '../csv/values';
import { readLookupCsv } from '../lookups/csv-table';

/**
 * The columns of a ledger CSV, in the order of `LedgerRowSchema` (snake_case). Required:
 * `customer_id`, `partner_id`, `sector`, `amount_open`, `unpaid_terms`, `oldest_due_date`,
 * `newest_due_date`, `reminders_sent`. Yes/no columns take `ja`/`nee`, `yes`/`no`,
 * `true`/`false`, `1`/`0`; empty means no, except `current_customer` (empty: yes).
 *
 * @example
 * ```ts
 * import { LEDGER_CSV_COLUMNS } from '@signaalreis/adapters';
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

function parseYesNo(text: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return { ok: false, code: 'invalid_boolean', message: `"${excerpt(text)}" is not yes or no (ja/nee)` };
}

function parseArrangement(text: string): Parsed<string> {
  const t = text.trim().toLowerCase() || 'none';
  const map: Record<string, string> = {
    none: 'none',
    geen: 'none',
    'running-kept': 'running-kept',
    'loopt-nagekomen': 'running-kept',
    'running-broken': 'running-broken',
    'loopt-niet-nagekomen': 'running-broken',
  };
  const value = map[t];
  return value
    ? { ok: true, value }
    : {
        ok: false,
        code: 'invalid_payment_arrangement',
        message: `"${excerpt(text)}" is not none, running-kept or running-broken`,
      };
}

/**
 * A ledger read from CSV: one entry per data row, each either an object for `evaluateLedger` or
 * the value problems that kept it out; plus file-level problems (missing or unknown columns).
 *
 * @example
 * ```ts
 * import type { LedgerCsv } from '@signaalreis/adapters';
 * const usable = (l: LedgerCsv) => l.rows.filter((r) => r.issues.length === 0).length;
 * ```
 */
export interface LedgerCsv {
  rows: { row: number; line: number; customerId: string; value?: Record<string, unknown>; issues: Issue[] }[];
  problems: RowProblem[];
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
const PARSER: Record<Column, (t: string) => Parsed<unknown>> = {
  customer_id: (t) =>
    t ? { ok: true, value: t } : { ok: false, code: 'missing_value', message: 'customer_id is empty' },
  partner_id: (t) =>
    t ? { ok: true, value: t } : { ok: false, code: 'missing_value', message: 'partner_id is empty' },
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

/**
 * Reads a partner ledger CSV (`,` or `;`, Dutch yes/no, amounts like `1.527,96`, dates
 * `YYYY-MM-DD` or `DD-MM-YYYY`) into ledger rows for `evaluateLedger`. Every data row is returned,
 * with its value problems as issues (path = the field); nothing is dropped. A line whose quote is
 * not closed on it, a line or cell that is too long, or a cell with a control character is a row
 * with that issue (`unbalanced_quote`, `record_too_long`, `too_long`, `control_character`) and no
 * value; the lines after it are read normally.
 *
 * @example
 * ```ts
 * import { readLedgerCsv } from '@signaalreis/adapters';
 * const ledger = readLedgerCsv('customer_id,partner_id,sector,amount_open,unpaid_terms,oldest_due_date,newest_due_date,reminders_sent\nK1,EN-A,energie,"120,50",2,2026-08-01,2026-09-01,2\n');
 * ledger.rows[0]?.value?.amountOpenCents; // 12050
 * ```
 */
export function readLedgerCsv(text: string): LedgerCsv {
  const { rows, problems } = readLookupCsv(text, REQUIRED, LEDGER_CSV_COLUMNS, ID_MAX_CHARS);
  return {
    problems,
    rows: rows.map((r) => {
      const value: Record<string, unknown> = {};
      const issues: Issue[] = r.problems.map((p) => ({
        code: p.code,
        path: p.column !== null && p.column in FIELD ? [FIELD[p.column as Column]] : [],
        message: p.message,
      }));
      if (issues.length > 0) return { row: r.row, line: r.line, customerId: r.get('customer_id'), issues };
      for (const column of LEDGER_CSV_COLUMNS) {
        const raw = r.get(column);
        if (raw === '' && OPTIONAL_EMPTY.has(column)) continue;
        const parsed = PARSER[column](raw);
        if (parsed.ok) value[FIELD[column]] = parsed.value;
        else issues.push({ code: parsed.code, path: [FIELD[column]], message: parsed.message });
      }
      return {
        row: r.row,
        line: r.line,
        customerId: r.get('customer_id'),
        ...(issues.length ? {} : { value }),
        issues,
      };
    }),
  };
}
