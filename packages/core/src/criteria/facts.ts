// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)

import * as z from 'zod';
import { arrearAgeDays } from '../calendar/arrear-age';
import { HOLIDAY_YEARS } from '../calendar/holidays';
import { workingDaysBetween } from '../calendar/working-days';
import { SECTORS, SignalKindSchema } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { isNaturalPerson, LEGAL_FORMS } from '../model/person';
import { zodMessage } from '../model/zod-message';
import { declareFact } from '../rules/declare-fact';
import { loadRuleTable } from '../rules/load';
import type { FactDeclaration, RuleTable } from '../rules/table-types';
import { type LedgerRow, PAYMENT_ARRANGEMENT_STATES } from './ledger-row';
import { CRITERIA_MESSAGES as M } from './messages';

/**
 * zod schema of a {@link CriteriaOutcome}: `deliver` decides, `kind` (only when delivering,
 * default `early`) names the kind of signal, `reason` is a short stable English phrase.
 *
 * @example
 * ```ts
 * import { CriteriaOutcomeSchema } from '@signaalreis/core';
 * CriteriaOutcomeSchema.parse({ deliver: true, kind: 'early', reason: 'two invoices, floor, 15 days' });
 * CriteriaOutcomeSchema.safeParse({ deliver: false, kind: 'early', reason: 'x' }).success; // false
 * ```
 */
export const CriteriaOutcomeSchema = z
  .object({ deliver: z.boolean(), kind: SignalKindSchema.optional(), reason: z.string().min(1) })
  .strict()
  .refine((o) => o.deliver || o.kind === undefined, {
    message: zodMessage(M.kindOnlyWhenDelivering),
    path: ['kind'],
  });

/**
 * The outcome of a partner-criteria rule: deliver a signal (of a kind) or not, and why.
 *
 * @example
 * ```ts
 * import type { CriteriaOutcome } from '@signaalreis/core';
 * const o: CriteriaOutcome = { deliver: false, reason: 'known debt arrangement' };
 * ```
 */
export type CriteriaOutcome = z.infer<typeof CriteriaOutcomeSchema>;

const fact = declareFact;

/**
 * The facts a criteria table may declare, derived from a {@link LedgerRow} and the evaluation date
 * by {@link criteriaFacts}. A table declares the ones it reads (copy the declarations); a fact
 * that does not apply to a row (the premium of an energy customer, the days to a contract end
 * that is not known) is missing.
 *
 * @example
 * ```ts
 * import { CRITERIA_FACTS } from '@signaalreis/core';
 * CRITERIA_FACTS.find((f) => f.name === 'arrearAgeDays')?.type; // 'number'
 * ```
 */
export const CRITERIA_FACTS: readonly FactDeclaration[] = [
  fact('sector', 'enum', { nl: 'sector', en: 'sector' }, "The partner's sector", SECTORS),
  fact('amountOpen', 'money', { nl: 'openstaand bedrag', en: 'amount open' }, 'Total open amount in cents'),
  fact(
    'premiumOpen',
    'money',
    { nl: 'openstaande premie', en: 'premium open' },
    'Health: open premium in cents',
  ),
  fact(
    'ownRiskOpen',
    'money',
    { nl: 'openstaand eigen risico', en: 'own risk open' },
    'Health: open own risk/contribution',
  ),
  fact(
    'unpaidTerms',
    'number',
    { nl: 'onbetaalde termijnen', en: 'unpaid terms' },
    'Unpaid terms or invoices',
  ),
  fact(
    'arrearAgeDays',
    'number',
    { nl: 'ouderdom achterstand', en: 'arrear age' },
    'Days since the oldest due date',
  ),
  fact(
    'newestArrearAgeDays',
    'number',
    { nl: 'ouderdom nieuwste vordering', en: 'age of newest claim' },
    'Days since the newest due date',
  ),
  fact(
    'oldestDueDate',
    'date',
    { nl: 'oudste vervaldatum', en: 'oldest due date' },
    'Due date of the oldest unpaid claim',
  ),
  fact(
    'newestDueDate',
    'date',
    { nl: 'nieuwste vervaldatum', en: 'newest due date' },
    'Due date of the newest unpaid claim',
  ),
  fact(
    'remindersSent',
    'number',
    { nl: 'verstuurde herinneringen', en: 'reminders sent' },
    'Written reminders sent',
  ),
  fact(
    'personalContactTried',
    'boolean',
    { nl: 'persoonlijk contact geprobeerd', en: 'personal contact tried' },
    'Personal contact was tried',
  ),
  fact(
    'pointedToDebtHelp',
    'boolean',
    { nl: 'gewezen op schuldhulp', en: 'pointed to debt help' },
    'Pointed to debt assistance',
  ),
  fact(
    'objectsToSharing',
    'boolean',
    { nl: 'maakt bezwaar tegen doorgeven', en: 'objects to sharing' },
    'Objected to passing data on',
  ),
  fact(
    'paymentArrangement',
    'enum',
    { nl: 'betalingsregeling', en: 'payment arrangement' },
    'State of a payment arrangement',
    PAYMENT_ARRANGEMENT_STATES,
  ),
  fact(
    'inDebtArrangement',
    'boolean',
    { nl: 'in schuldregeling', en: 'in a debt arrangement' },
    'Known to be in a debt arrangement',
  ),
  fact(
    'atBailiff',
    'boolean',
    { nl: 'overgedragen aan deurwaarder', en: 'handed to a bailiff' },
    'Claim handed to a bailiff or agency',
  ),
  fact('currentCustomer', 'boolean', { nl: 'huidige klant', en: 'current customer' }, 'Still a customer'),
  fact(
    'daysToContractEnd',
    'number',
    { nl: 'werkdagen tot einde contract', en: 'working days to contract end' },
    'Working days (Algemene termijnenwet) from the evaluation date to the contract end',
  ),
  fact(
    'legalForm',
    'enum',
    { nl: 'rechtsvorm', en: 'legal form' },
    'Legal form of the customer',
    LEGAL_FORMS,
  ),
  fact(
    'naturalPerson',
    'boolean',
    { nl: 'natuurlijk persoon', en: 'natural person' },
    'The customer is a natural person',
  ),
];

const BY_NAME = new Map(CRITERIA_FACTS.map((f) => [f.name, f]));

/** Whether a date lies in the years the working-day calendar knows (`HOLIDAY_YEARS`). */
export function inCalendarYears(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= HOLIDAY_YEARS.from && year <= HOLIDAY_YEARS.to;
}

/**
 * The fact set of a ledger row at an evaluation date: the row's fields under the names of
 * {@link CRITERIA_FACTS}, plus `arrearAgeDays` and `newestArrearAgeDays` (calendar days, see
 * `arrearAgeDays`), `daysToContractEnd` (working days, see `workingDaysBetween`; missing without a
 * contract end date) and `naturalPerson`. With a contract end date, an evaluation date or contract
 * end outside the years of the working-day calendar (`HOLIDAY_YEARS`) is an issue
 * `date_out_of_range` (rows that passed `validateLedgerRow` have their dates inside).
 *
 * @example
 * ```ts
 * import { asIsoDate, criteriaFacts, type LedgerRow } from '@signaalreis/core';
 * declare const row: LedgerRow;
 * const r = criteriaFacts({ ...row, oldestDueDate: asIsoDate('2026-09-25') }, asIsoDate('2026-10-26'));
 * if (r.ok) r.value.arrearAgeDays; // 31
 * // a contract end beyond the working-day calendar (HOLIDAY_YEARS)
 * criteriaFacts({ ...row, contractEndDate: asIsoDate('2150-01-01') }, asIsoDate('2026-10-26')).ok; // false: 'date_out_of_range'
 * ```
 */
export function criteriaFacts(row: LedgerRow, on: IsoDate): Result<Record<string, unknown>> {
  // Working days to the contract end need the working-day calendar for both dates.
  const end = row.contractEndDate;
  if (end !== undefined && !(inCalendarYears(on) && inCalendarYears(end)))
    return fail(issue('date_out_of_range', [], M.outsideCalendar(on, HOLIDAY_YEARS.from, HOLIDAY_YEARS.to)));
  const facts: Record<string, unknown> = {
    sector: row.sector,
    amountOpen: row.amountOpenCents,
    unpaidTerms: row.unpaidTerms,
    arrearAgeDays: arrearAgeDays(row.oldestDueDate, on),
    newestArrearAgeDays: arrearAgeDays(row.newestDueDate, on),
    oldestDueDate: row.oldestDueDate,
    newestDueDate: row.newestDueDate,
    remindersSent: row.remindersSent,
    personalContactTried: row.personalContactTried,
    pointedToDebtHelp: row.pointedToDebtHelp,
    objectsToSharing: row.objectsToSharing,
    paymentArrangement: row.paymentArrangement,
    inDebtArrangement: row.inDebtArrangement,
    atBailiff: row.atBailiff,
    currentCustomer: row.currentCustomer,
    legalForm: row.legalForm,
    naturalPerson: isNaturalPerson(row.legalForm),
  };
  if (row.premiumCents !== undefined) facts.premiumOpen = row.premiumCents;
  if (row.ownRiskCents !== undefined) facts.ownRiskOpen = row.ownRiskCents;
  if (end !== undefined) facts.daysToContractEnd = workingDaysBetween(on, end);
  return ok(facts);
}

function factIssues(table: RuleTable<CriteriaOutcome>): Issue[] {
  const out: Issue[] = [];
  table.facts.forEach((declared, i) => {
    const known = BY_NAME.get(declared.name);
    if (!known) {
      out.push(issue('unknown_criteria_fact', ['facts', i, 'name'], M.unknownCriteriaFact(declared.name)));
    } else if (known.type !== declared.type) {
      out.push(
        issue(
          'criteria_fact_type',
          ['facts', i, 'type'],
          M.criteriaFactType(declared.name, known.type, declared.type),
        ),
      );
    } else if (declared.values && known.values) {
      const extra = declared.values.filter((v) => !known.values?.includes(v));
      if (extra.length > 0)
        out.push(
          issue('criteria_fact_values', ['facts', i, 'values'], M.criteriaFactValues(declared.name, extra)),
        );
    }
  });
  return out;
}

/**
 * Loads a partner-criteria rule table from untrusted JSON: `loadRuleTable` with the outcome schema
 * {@link CriteriaOutcomeSchema}, and every declared fact must be one of {@link CRITERIA_FACTS} with
 * the same type (codes `unknown_criteria_fact`, `criteria_fact_type`, `criteria_fact_values`).
 *
 * @example
 * ```ts
 * import { loadCriteriaTable } from '@signaalreis/core';
 * const r = loadCriteriaTable({
 *   id: 'floor', label: { nl: 'Ondergrens', en: 'Floor' }, hitPolicy: 'first', parameters: {},
 *   facts: [{ name: 'amountOpen', type: 'money', description: 'Open amount' }],
 *   rules: [{ id: 'r', label: { nl: 'Minstens € 50', en: 'At least €50' }, source: 'project default',
 *     when: { all: [{ fact: 'amountOpen', operator: 'greaterThanInclusive', value: 5000 }] },
 *     then: { deliver: true, kind: 'early', reason: 'floor reached' } }],
 * });
 * r.ok; // true
 * ```
 */
export function loadCriteriaTable(input: unknown): Result<RuleTable<CriteriaOutcome>> {
  const loaded = loadRuleTable(input, { outcome: CriteriaOutcomeSchema });
  if (!loaded.ok) return loaded;
  const issues = factIssues(loaded.value);
  return issues.length > 0 ? fail(issues) : loaded;
}
