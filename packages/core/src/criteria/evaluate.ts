import { deliveryDay } from '../calendar/delivery';
import { HOLIDAY_YEARS } from '../calendar/holidays';
import { addMonths, monthOf } from '../calendar/months';
import type { SignalKind } from '../model/enums';
import type { PartnerId } from '../model/ids';
import { type IsoDate, isIsoDate } from '../model/iso-date';
import { fail, issue, ok, type Result } from '../model/issue';
import type { Bilingual, Lang } from '../model/text';
import { type CompiledTable, compileTable } from '../rules/compile';
import { validateFacts } from '../rules/facts';
import { renderDecision } from '../rules/render';
import { resolveTable } from '../rules/resolve';
import type { RuleTable } from '../rules/table-types';
import type { Decision } from '../rules/trace-types';
import { type CriteriaOutcome, criteriaFacts, inCalendarYears } from './facts';
import { type LedgerRow, validateLedgerRow } from './ledger-row';
import { CRITERIA_MESSAGES as M } from './messages';

/**
 * What the criteria decided for one ledger row on one date.
 */
export interface CriteriaEvaluation {
  /** The customer. */
  customerId: string;
  /** The partner. */
  partnerId: PartnerId;
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
  explanation: Bilingual;
  /** The facts the table saw (only those it declares). */
  facts: Record<string, unknown>;
  /** The full trace of the rule table. */
  decision: Decision<CriteriaOutcome>;
}

const NO_RULE = 'no rule applies';

/**
 * The monthly delivery day on or after `on`: this month's, or next month's when it has passed;
 * undefined when that month lies outside the working-day calendar (`HOLIDAY_YEARS`).
 */
function monthlyDeliveryOnOrAfter(on: IsoDate): IsoDate | undefined {
  if (!inCalendarYears(on)) return undefined;
  const month = monthOf(on);
  const day = deliveryDay(month);
  if (day >= on) return day;
  const next = addMonths(month, 1);
  return Number(next.slice(0, 4)) > HOLIDAY_YEARS.to ? undefined : deliveryDay(next);
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
 * Resolves a criteria table at `on` (its parameters in effect that day) and compiles it.
 * Issues: `invalid_date` for a date that is not real (cast into an `IsoDate`),
 * `parameter_not_in_effect` when the table has no value for a parameter yet (e.g. a regulation
 * that had not started).
 *
 * @example
 * ```ts
 * import { asIsoDate, compileCriteria, type CriteriaOutcome, type RuleTable } from '@signaalreis/core';
 * declare const energyA: RuleTable<CriteriaOutcome>; // criteria-energy-a of @signaalreis/rules-presets
 * compileCriteria(energyA, asIsoDate('2026-10-20')).ok; // true
 * const before = compileCriteria(energyA, asIsoDate('2019-01-01'));
 * before.ok || before.issues[0]?.code; // 'parameter_not_in_effect' (its parameters start on 2021-01-01)
 * ```
 */
export function compileCriteria(table: RuleTable<CriteriaOutcome>, on: IsoDate): Result<CompiledCriteria> {
  if (!isIsoDate(on)) return fail(issue('invalid_date', ['onDate'], M.invalidDate(String(on))));
  const resolved = resolveTable(table, on);
  if (!resolved.ok) return resolved;
  return ok({ table, onDate: on, compiled: compileTable(resolved.value) });
}

/**
 * Evaluates one already validated {@link LedgerRow} with a compiled criteria table. Issues come
 * from the facts (a table fact of the wrong type), the hit policy (`unique_violation`), or the
 * calendar (`date_out_of_range`).
 *
 * @example
 * ```ts
 * import { asIsoDate, compileCriteria, type CriteriaOutcome, evaluateCompiledCriteria, type LedgerRow, type RuleTable } from '@signaalreis/core';
 * declare const table: RuleTable<CriteriaOutcome>;
 * declare const rows: LedgerRow[]; // already validated with validateLedgerRow
 * // resolve and compile once, then evaluate each row
 * const c = compileCriteria(table, asIsoDate('2026-10-20'));
 * if (c.ok) for (const row of rows) console.log(evaluateCompiledCriteria(c.value, row));
 * ```
 */
export function evaluateCompiledCriteria(
  criteria: CompiledCriteria,
  row: LedgerRow,
): Result<CriteriaEvaluation> {
  const on = criteria.onDate;
  const allFacts = criteriaFacts(row, on);
  if (!allFacts.ok) return allFacts;
  const delivery = monthlyDeliveryOnOrAfter(on);
  if (delivery === undefined)
    return fail(issue('date_out_of_range', [], M.outsideCalendar(on, HOLIDAY_YEARS.from, HOLIDAY_YEARS.to)));
  const facts = validateFacts(criteria.table, allFacts.value);
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
  if (!outcome?.deliver)
    return ok({ ...base, deliver: false, reason: outcome?.reason ?? NO_RULE, ...(ruleId ? { ruleId } : {}) });
  const kind = outcome.kind ?? 'early';
  const urgent = kind !== 'early';
  return ok({
    ...base,
    deliver: true,
    kind,
    urgent,
    deliveryDate: urgent ? on : delivery,
    reason: outcome.reason,
    ...(ruleId ? { ruleId } : {}),
  });
}

/**
 * Decides whether one customer's arrear on a partner's ledger becomes a signal on `on`
 * (phases 1–2 of the journey). The row is validated with `validateLedgerRow` (at `on`), the
 * table is resolved at `on` and evaluated on the facts of {@link criteriaFacts}; the first
 * outcome decides (criteria tables use hit policy `first`, exclusions with a higher priority).
 * Without a matching rule the row is not delivered (`reason: 'no rule applies'`). An `early`
 * signal is delivered on the monthly delivery day on or after `on` (`deliveryDay`: the 25th or
 * the next working day, `pilot-ouder-amstel-uithoorn-2019`); urgent kinds on `on`. For many rows use {@link evaluateLedger}.
 *
 * @example
 * ```ts
 * import { asIsoDate, evaluateCriteria, loadCriteriaTable } from '@signaalreis/core';
 * declare const json: unknown; // criteria-energy-a.json of @signaalreis/rules-presets, read and parsed
 * const table = loadCriteriaTable(json);
 * if (table.ok) {
 *   // the row is outside input (plain JSON): evaluateCriteria validates it
 *   const r = evaluateCriteria(table.value, {
 *     customerId: 'K-1', partnerId: 'energie-a', sector: 'energy', amountOpenCents: 12350, unpaidTerms: 2,
 *     oldestDueDate: '2026-08-28', newestDueDate: '2026-09-28', remindersSent: 2, personalContactTried: true,
 *     pointedToDebtHelp: true, objectsToSharing: false, paymentArrangement: 'none', inDebtArrangement: false,
 *     atBailiff: false, currentCustomer: true, legalForm: 'individual',
 *   }, asIsoDate('2026-10-20'));
 *   // r.value: { deliver: true, kind: 'early', deliveryDate: '2026-10-26', explanation: { nl: 'Vroegsignaal, omdat …', en: … }, … }
 * }
 * ```
 */
export function evaluateCriteria(
  table: RuleTable<CriteriaOutcome>,
  row: unknown,
  on: IsoDate,
): Result<CriteriaEvaluation> {
  const criteria = compileCriteria(table, on);
  if (!criteria.ok) return criteria;
  const valid = validateLedgerRow(row, on);
  if (!valid.ok) return valid;
  return evaluateCompiledCriteria(criteria.value, valid.value);
}
