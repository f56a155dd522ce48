import type { SignalKind } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import type { RuleTable } from '../rules/table-types';
import { type CriteriaEvaluation, compileCriteria, evaluateCompiledCriteria } from './evaluate';
import type { CriteriaOutcome } from './facts';
import { validateLedgerRow } from './ledger-row';
import { CRITERIA_MESSAGES as M } from './messages';

/**
 * A ledger row that could not be evaluated: its position in the input, its ids when readable,
 * and the issues (paths start at the row, e.g. `['newestDueDate']`).
 *
 * @example
 * ```ts
 * import type { InvalidLedgerRow } from '@signaalreis/core';
 * const bad: InvalidLedgerRow = {
 *   index: 3, customerId: 'K-9',
 *   issues: [{ code: 'newest_before_oldest', path: ['newestDueDate'], message: { nl: 'De nieuwste vervaldatum …', en: 'The newest due date …' } }],
 * };
 * ```
 */
export interface InvalidLedgerRow {
  /** Position of the row in the input (0-based). */
  index: number;
  /** The row's customer id, when it is a non-empty string. */
  customerId?: string;
  /** Why the row was rejected. */
  issues: Issue[];
}

/**
 * Counts of a {@link LedgerEvaluation}: `rows = delivered + notDelivered + invalid`, and the
 * delivered rows per kind add up to `delivered`.
 *
 * @example
 * ```ts
 * import type { LedgerCounts } from '@signaalreis/core';
 * const c: LedgerCounts = { rows: 3, delivered: 1, notDelivered: 1, invalid: 1, byKind: { early: 1 } };
 * ```
 */
export interface LedgerCounts {
  /** Rows in the input. */
  rows: number;
  /** Rows that become a signal. */
  delivered: number;
  /** Valid rows that do not. */
  notDelivered: number;
  /** Rows rejected with issues. */
  invalid: number;
  /** Delivered rows per signal kind. */
  byKind: Partial<Record<SignalKind, number>>;
}

/**
 * Every row of a ledger accounted for: delivered, not delivered (with the reason), or invalid
 * (with issues), each list in input order.
 */
export interface LedgerEvaluation {
  /** The criteria table's id. */
  table: string;
  /** The evaluation date. */
  onDate: IsoDate;
  /** Rows that become a signal. */
  delivered: CriteriaEvaluation[];
  /** Valid rows that do not become a signal. */
  notDelivered: CriteriaEvaluation[];
  /** Rows that could not be evaluated. */
  invalid: InvalidLedgerRow[];
  /** The counts, which add up. */
  counts: LedgerCounts;
}

const customerIdOf = (row: unknown): string | undefined => {
  if (row === null || typeof row !== 'object') return undefined;
  const id = (row as { customerId?: unknown }).customerId;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
};

/**
 * One row's outcome in a ledger's evaluation ({@link visitLedger}): its evaluation (`deliver` says
 * whether it becomes a signal), or why it could not be evaluated.
 */
export type LedgerRowOutcome =
  | { index: number; evaluation: CriteriaEvaluation }
  | { index: number; invalid: InvalidLedgerRow };

/** What {@link visitLedger} gives back: the table, the date and the counts, which add up. */
export interface LedgerVisit {
  /** The criteria table's id. */
  table: string;
  /** The evaluation date. */
  onDate: IsoDate;
  /** The counts of the rows visited. */
  counts: LedgerCounts;
}

/**
 * A ledger evaluated a row at a time, for rows that arrive over time (a ledger file read a chunk at
 * a time): {@link LedgerEvaluator.next} decides each row as {@link visitLedger} does — the row's
 * index is its position among the rows given so far, a repeated partner and customer is
 * `duplicate_customer` of the first — and keeps only what the duplicate check needs.
 *
 * @example
 * ```ts
 * import type { LedgerEvaluator } from '@signaalreis/core';
 * declare const evaluator: LedgerEvaluator; // from ledgerEvaluator(table, on)
 * const first = evaluator.next({ customerId: 'K-1' }); // a row without its other fields
 * 'invalid' in first && first.index; // 0: the first row given
 * evaluator.counts(); // { rows: 1, delivered: 0, notDelivered: 0, invalid: 1, byKind: {} }
 * ```
 */
export interface LedgerEvaluator {
  /** The outcome of the next row (index: the rows given before it). */
  next(row: unknown): LedgerRowOutcome;
  /** The counts of the rows given so far (a copy). */
  counts(): LedgerCounts;
}

/**
 * A {@link LedgerEvaluator} for `table` on `on` (resolved and compiled once): the table's failures
 * at `on` (`parameter_not_in_effect`, `invalid_date`) before any row. {@link visitLedger} and
 * {@link evaluateLedger} are built on it.
 *
 * @example
 * ```ts
 * import { asIsoDate, type CriteriaOutcome, ledgerEvaluator, type RuleTable } from '@signaalreis/core';
 * declare const energyA: RuleTable<CriteriaOutcome>; // criteria-energy-a of @signaalreis/rules-presets
 * declare const chunks: AsyncIterable<unknown[]>; // ledger rows as a file gives them
 * const evaluator = ledgerEvaluator(energyA, asIsoDate('2026-10-20'));
 * if (evaluator.ok) {
 *   for await (const rows of chunks)
 *     for (const row of rows) {
 *       const o = evaluator.value.next(row);
 *       if ('invalid' in o) console.log(o.index, o.invalid.issues[0]?.code); // e.g. 'duplicate_customer'
 *     }
 *   evaluator.value.counts(); // { rows, delivered, notDelivered, invalid, byKind }: they add up
 * }
 * ```
 */
export function ledgerEvaluator(table: RuleTable<CriteriaOutcome>, on: IsoDate): Result<LedgerEvaluator> {
  const criteria = compileCriteria(table, on);
  if (!criteria.ok) return criteria;
  const compiled = criteria.value;
  const counts: LedgerCounts = { rows: 0, delivered: 0, notDelivered: 0, invalid: 0, byKind: {} };
  const seen = new Map<string, number>();
  const next = (input: unknown): LedgerRowOutcome => {
    const index = counts.rows++;
    const customerId = customerIdOf(input);
    const reject = (issues: Issue[]): LedgerRowOutcome => {
      counts.invalid++;
      return { index, invalid: { index, ...(customerId ? { customerId } : {}), issues } };
    };
    const valid = validateLedgerRow(input, on);
    if (!valid.ok) return reject(valid.issues);
    const key = JSON.stringify([valid.value.partnerId, valid.value.customerId]);
    const first = seen.get(key);
    if (first !== undefined)
      return reject([
        issue('duplicate_customer', ['customerId'], M.duplicateCustomer(valid.value.customerId, first)),
      ]);
    seen.set(key, index);
    const evaluated = evaluateCompiledCriteria(compiled, valid.value);
    if (!evaluated.ok) return reject(evaluated.issues);
    const e = evaluated.value;
    if (e.deliver) {
      counts.delivered++;
      const kind = e.kind ?? 'early';
      counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
    } else counts.notDelivered++;
    return { index, evaluation: e };
  };
  return ok({ next, counts: () => ({ ...counts, byKind: { ...counts.byKind } }) });
}

/**
 * {@link evaluateLedger} a row at a time: each row's outcome is handed to `visit` in input order as
 * soon as it is decided, and none is kept — for a ledger too large to hold every row's decision
 * trace (~11 KB a row: a partner's 100,000 customers in arrears took 1.2 GB that way). The same rules
 * (a repeated partner and customer is `duplicate_customer`), the same failures of the whole call,
 * before any row is visited. For rows that arrive over time: {@link ledgerEvaluator}.
 *
 * @example
 * ```ts
 * import { asIsoDate, type CriteriaOutcome, type RuleTable, visitLedger } from '@signaalreis/core';
 * declare const energyA: RuleTable<CriteriaOutcome>; // criteria-energy-a of @signaalreis/rules-presets
 * declare const rows: unknown[]; // a partner's ledger, one row per customer
 * const lines: string[] = [];
 * const r = visitLedger(energyA, rows, asIsoDate('2026-10-20'), (o) => {
 *   // keep what you write, not the whole trace
 *   lines.push('evaluation' in o ? `${o.evaluation.customerId} ${o.evaluation.deliver}` : `row ${o.index} invalid`);
 * });
 * r.ok && r.value.counts.rows === lines.length; // true
 * ```
 */
export function visitLedger(
  table: RuleTable<CriteriaOutcome>,
  rows: readonly unknown[],
  on: IsoDate,
  visit: (outcome: LedgerRowOutcome) => void,
): Result<LedgerVisit> {
  if (!Array.isArray(rows)) return fail(issue('not_a_list', [], M.notAList('rows')));
  const evaluator = ledgerEvaluator(table, on);
  if (!evaluator.ok) return evaluator;
  for (const row of rows) visit(evaluator.value.next(row));
  return ok({ table: table.id, onDate: on, counts: evaluator.value.counts() });
}

/**
 * Evaluates a partner's whole ledger with one criteria table on `on` (resolved and compiled
 * once). Nothing is dropped: each row is delivered, not delivered, or invalid. A row whose
 * partner and customer already occurred earlier in the input is invalid (`duplicate_customer`),
 * so a customer yields at most one signal per table and date. The whole call fails only when the
 * table cannot be resolved at `on` (`parameter_not_in_effect`, `invalid_date`) or `rows` is not a
 * list (`not_a_list`).
 *
 * @example
 * ```ts
 * import { asIsoDate, type CriteriaOutcome, evaluateLedger, type RuleTable } from '@signaalreis/core';
 * declare const energyA: RuleTable<CriteriaOutcome>; // criteria-energy-a of @signaalreis/rules-presets
 * declare const row: unknown; // one customer's arrear that the table delivers (see evaluateCriteria)
 * const r = evaluateLedger(energyA, [row, row, { customerId: 'K-2' }], asIsoDate('2026-10-20'));
 * r.ok && r.value.counts; // { rows: 3, delivered: 1, notDelivered: 0, invalid: 2, byKind: { early: 1 } }
 * r.ok && r.value.invalid[0]?.issues[0]?.code; // 'duplicate_customer' (the second row repeats the first)
 * ```
 */
export function evaluateLedger(
  table: RuleTable<CriteriaOutcome>,
  rows: readonly unknown[],
  on: IsoDate,
): Result<LedgerEvaluation> {
  const delivered: CriteriaEvaluation[] = [];
  const notDelivered: CriteriaEvaluation[] = [];
  const invalid: InvalidLedgerRow[] = [];
  const visited = visitLedger(table, rows, on, (o) => {
    if ('invalid' in o) invalid.push(o.invalid);
    else (o.evaluation.deliver ? delivered : notDelivered).push(o.evaluation);
  });
  if (!visited.ok) return visited;
  const { table: id, onDate, counts } = visited.value;
  return ok({ table: id, onDate, delivered, notDelivered, invalid, counts });
}
