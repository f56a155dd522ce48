import { deliveryDay } from '../calendar/delivery';
import { addMonths, monthOf } from '../calendar/months';
import type { SignalKind } from '../model/enums';
import { type IsoDate, isIsoDate } from '../model/iso-date';
import { issue, type Result } from '../model/issue';
import { type CompiledTable, compileTable } from '../rules/compile';
import { validateFacts } from '../rules/facts';
import { renderDecision } from '../rules/render';
import type { Lang } from '../rules/render-leaf';
import { resolveTable } from '../rules/resolve';
import type { RuleTable } from '../rules/table-types';
import type { Decision } from '../rules/trace-types';
import { type CriteriaOutcome, criteriaFacts } from './facts';
import { type LedgerRow, validateLedgerRow } from './ledger-row';

/**
 * What the criteria decided for one ledger row on one date.
 *
 * @example
 * ```ts
 * import { evaluateCriteria, type CriteriaEvaluation } from '@signaalreis/core';
 * import { table, row } from './my-criteria';
 * const r = evaluateCriteria(table, row, '2026-10-20');
 * if (r.ok) { const e: CriteriaEvaluation = r.value; console.log(e.deliver, e.deliveryDate, e.explanation.nl); }
 * ```
 */
export interface CriteriaEvaluation {
  /** The customer. */
  customerId: string;
  /** The partner. */
  partnerId: string;
  /** The evaluation date (peildatum). */
  onDate: IsoDate;
  /** Whether the row becomes a signal. */
  deliver: boolean;
  /** The kind of signal (when delivering; `early` unless the rule says otherwise). */
  kind?: SignalKind;
  /** Urgent kinds (all but `early`) arrive any day; `early` signals on the monthly delivery day. */
  urgent?: boolean;
  /** When delivering: the monthly delivery day on or after `onDate`, or `onDate` itself when urgent. */
  deliveryDate?: IsoDate;
  /** The selected rule's `reason`, or `no rule applies`. */
  reason: string;
  /** The id of the rule that decided, if any. */
  ruleId?: string;
  /** The decision explained in Dutch and English: the deciding rule, or (without one) why no rule applied. */
  explanation: Record<Lang, string>;
  /** The facts the table saw (only those it declares). */
  facts: Record<string, unknown>;
  /** The full trace of the rule table. */
  decision: Decision<CriteriaOutcome>;
}

const NO_RULE = 'no rule applies';

/** The monthly delivery day on or after `onDate`: this month's, or next month's when it has passed. */
function monthlyDeliveryOnOrAfter(onDate: IsoDate): IsoDate {
  const month = monthOf(onDate);
  const day = deliveryDay(month);
  return day >= onDate ? day : deliveryDay(addMonths(month, 1));
}

const LABELS: Record<Lang, { no: string; kinds: Record<SignalKind, string> }> = {
  nl: {
    no: 'Geen signaal',
    kinds: {
      early: 'Vroegsignaal',
      'end-of-supply': 'Eindeleveringssignaal',
      eviction: 'Signaal dreigende ontruiming',
      'warm-referral': 'Warme overdracht',
      cak: 'CAK-signaal',
    },
  },
  en: {
    no: 'No signal',
    kinds: {
      early: 'Early signal',
      'end-of-supply': 'End-of-supply signal',
      eviction: 'Eviction-threat signal',
      'warm-referral': 'Warm referral',
      cak: 'CAK signal',
    },
  },
};

const outcomeLabel = (o: CriteriaOutcome, lang: Lang): string =>
  o.deliver ? LABELS[lang].kinds[o.kind ?? 'early'] : `${LABELS[lang].no} (${o.reason})`;

/**
 * A criteria table resolved and compiled at one date, to evaluate many rows with
 * {@link evaluateCompiledCriteria}. Made by {@link compileCriteria}.
 *
 * @example
 * ```ts
 * import { compileCriteria, type CompiledCriteria } from '@signaalreis/core';
 * import { table } from './my-criteria';
 * const r = compileCriteria(table, '2026-10-20');
 * if (r.ok) { const c: CompiledCriteria = r.value; console.log(c.onDate); }
 * ```
 */
export interface CompiledCriteria {
  /** The table (as loaded). */
  table: RuleTable<CriteriaOutcome>;
  /** The evaluation date it is resolved at. */
  onDate: IsoDate;
  /** The compiled evaluator. */
  compiled: CompiledTable<CriteriaOutcome>;
}

/**
 * Resolves a criteria table at `onDate` (its parameters in effect that day) and compiles it.
 * Issues: `invalid_date` for a malformed date, `parameter_not_in_effect` when the table has no
 * value for a parameter yet (e.g. a regulation that had not started).
 *
 * @example
 * ```ts
 * import { compileCriteria } from '@signaalreis/core';
 * import { table } from './my-criteria';
 * compileCriteria(table, '2026-10-20').ok; // true
 * ```
 */
export function compileCriteria(
  table: RuleTable<CriteriaOutcome>,
  onDate: IsoDate,
): Result<CompiledCriteria> {
  if (!isIsoDate(onDate))
    return { ok: false, issues: [issue('invalid_date', ['onDate'], `Not a date: ${onDate}`)] };
  const resolved = resolveTable(table, onDate);
  if (!resolved.ok) return resolved;
  return { ok: true, value: { table, onDate, compiled: compileTable(resolved.value) } };
}

/**
 * Evaluates one already validated {@link LedgerRow} with a compiled criteria table. Issues come
 * from the facts (a table fact of the wrong type), the hit policy (`unique_violation`), or the
 * calendar (`date_out_of_range`).
 *
 * @example
 * ```ts
 * import { compileCriteria, evaluateCompiledCriteria } from '@signaalreis/core';
 * import { table, rows } from './my-criteria';
 * const c = compileCriteria(table, '2026-10-20');
 * if (c.ok) for (const row of rows) console.log(evaluateCompiledCriteria(c.value, row));
 * ```
 */
export function evaluateCompiledCriteria(
  criteria: CompiledCriteria,
  row: LedgerRow,
): Result<CriteriaEvaluation> {
  let allFacts: Record<string, unknown>;
  let delivery: IsoDate;
  try {
    allFacts = criteriaFacts(row, criteria.onDate);
    delivery = monthlyDeliveryOnOrAfter(criteria.onDate);
  } catch (error) {
    const message = error instanceof RangeError ? error.message : String(error);
    return { ok: false, issues: [issue('date_out_of_range', [], message)] };
  }
  const facts = validateFacts(criteria.table, allFacts);
  if (!facts.ok) return facts;
  const evaluated = criteria.compiled.evaluate(facts.value);
  if (!evaluated.ok) return evaluated;
  const decision = evaluated.value;
  const outcome = decision.outcomes[0];
  // The selected rule explains itself; without one, why each rule did not apply.
  const includeNotSelected = decision.selected.length === 0;
  const render = (lang: Lang) => renderDecision(decision, { lang, outcomeLabel, includeNotSelected });
  const base = {
    customerId: row.customerId,
    partnerId: row.partnerId,
    onDate: criteria.onDate,
    explanation: { nl: render('nl'), en: render('en') },
    facts: { ...facts.value },
    decision,
  };
  const ruleId = decision.selected[0];
  if (!outcome?.deliver) {
    return {
      ok: true,
      value: { ...base, deliver: false, reason: outcome?.reason ?? NO_RULE, ...(ruleId ? { ruleId } : {}) },
    };
  }
  const kind = outcome.kind ?? 'early';
  const urgent = kind !== 'early';
  return {
    ok: true,
    value: {
      ...base,
      deliver: true,
      kind,
      urgent,
      deliveryDate: urgent ? criteria.onDate : delivery,
      reason: outcome.reason,
      ...(ruleId ? { ruleId } : {}),
    },
  };
}

/**
 * Decides whether one customer's arrear on a partner's ledger becomes a signal on `onDate`
 * (phases 1–2 of the journey). The row is validated with `validateLedgerRow` (at `onDate`), the
 * table is resolved at `onDate` and evaluated on the facts of {@link criteriaFacts}; the first
 * outcome decides (criteria tables use hit policy `first`, exclusions with a higher priority).
 * Without a matching rule the row is not delivered (`reason: 'no rule applies'`). An `early`
 * signal is delivered on the monthly delivery day on or after `onDate` (`deliveryDay`: the 25th or
 * the next working day, `pilot-ouder-amstel-uithoorn-2019`); urgent kinds on `onDate`. For many rows use {@link evaluateLedger}.
 *
 * @example
 * ```ts
 * import { evaluateCriteria, loadCriteriaTable } from '@signaalreis/core';
 * import json from './criteria-energy-a.json';
 * const table = loadCriteriaTable(json);
 * if (table.ok) {
 *   const r = evaluateCriteria(table.value, {
 *     customerId: 'K-1', partnerId: 'energie-a', sector: 'energy', amountOpenCents: 12350, unpaidTerms: 2,
 *     oldestDueDate: '2026-08-28', newestDueDate: '2026-09-28', remindersSent: 2, personalContactTried: true,
 *     pointedToDebtHelp: true, objectsToSharing: false, paymentArrangement: 'none', inDebtArrangement: false,
 *     atBailiff: false, currentCustomer: true, legalForm: 'individual',
 *   }, '2026-10-20');
 *   // r.value: { deliver: true, kind: 'early', deliveryDate: '2026-10-26', explanation: { nl: 'Vroegsignaal, omdat …', en: … }, … }
 * }
 * ```
 */
export function evaluateCriteria(
  table: RuleTable<CriteriaOutcome>,
  row: unknown,
  onDate: IsoDate,
): Result<CriteriaEvaluation> {
  const criteria = compileCriteria(table, onDate);
  if (!criteria.ok) return criteria;
  const valid = validateLedgerRow(row, onDate);
  if (!valid.ok) return valid;
  return evaluateCompiledCriteria(criteria.value, valid.value);
}
