// biome-ignore-all lint/suspicious/noThenProperty: rule tables name their outcome `then` (json-rules-engine style)

import * as z from 'zod';
import { arrearAgeDays } from '../calendar/arrear-age';
import { workingDaysBetween } from '../calendar/working-days';
import { SECTORS, SignalKindSchema } from '../model/enums';
import type { IsoDate } from '../model/iso-date';
import { type Issue, issue, type Result } from '../model/issue';
import { isNaturalPerson, LEGAL_FORMS } from '../model/person';
import { declareFact } from '../rules/declare-fact';
import { loadRuleTable } from '../rules/load';
import type { FactDeclaration, RuleTable } from '../rules/table-types';
import { type LedgerRow, PAYMENT_ARRANGEMENT_STATES } from './ledger-row';

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
    message: 'Only a delivering outcome has a kind',
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
  fact('sector', 'enum', 'sector', 'sector', "The partner's sector", SECTORS),
  fact('amountOpen', 'money', 'amount open', 'openstaand bedrag', 'Total open amount in cents'),
  fact('premiumOpen', 'money', 'premium open', 'openstaande premie', 'Health: open premium in cents'),
  fact(
    'ownRiskOpen',
    'money',
    'own risk open',
    'openstaand eigen risico',
    'Health: open own risk/contribution',
  ),
  fact('unpaidTerms', 'number', 'unpaid terms', 'onbetaalde termijnen', 'Unpaid terms or invoices'),
  fact('arrearAgeDays', 'number', 'arrear age', 'ouderdom achterstand', 'Days since the oldest due date'),
  fact(
    'newestArrearAgeDays',
    'number',
    'age of newest claim',
    'ouderdom nieuwste vordering',
    'Days since the newest due date',
  ),
  fact(
    'oldestDueDate',
    'date',
    'oldest due date',
    'oudste vervaldatum',
    'Due date of the oldest unpaid claim',
  ),
  fact(
    'newestDueDate',
    'date',
    'newest due date',
    'nieuwste vervaldatum',
    'Due date of the newest unpaid claim',
  ),
  fact('remindersSent', 'number', 'reminders sent', 'verstuurde herinneringen', 'Written reminders sent'),
  fact(
    'personalContactTried',
    'boolean',
    'personal contact tried',
    'persoonlijk contact geprobeerd',
    'Personal contact was tried',
  ),
  fact(
    'pointedToDebtHelp',
    'boolean',
    'pointed to debt help',
    'gewezen op schuldhulp',
    'Pointed to debt assistance',
  ),
  fact(
    'objectsToSharing',
    'boolean',
    'objects to sharing',
    'maakt bezwaar tegen doorgeven',
    'Objected to passing data on',
  ),
  fact(
    'paymentArrangement',
    'enum',
    'payment arrangement',
    'betalingsregeling',
    'State of a payment arrangement',
    PAYMENT_ARRANGEMENT_STATES,
  ),
  fact(
    'inDebtArrangement',
    'boolean',
    'in a debt arrangement',
    'in schuldregeling',
    'Known to be in a debt arrangement',
  ),
  fact(
    'atBailiff',
    'boolean',
    'handed to a bailiff',
    'overgedragen aan deurwaarder',
    'Claim handed to a bailiff or agency',
  ),
  fact('currentCustomer', 'boolean', 'current customer', 'huidige klant', 'Still a customer'),
  fact(
    'daysToContractEnd',
    'number',
    'working days to contract end',
    'werkdagen tot einde contract',
    'Working days (Algemene termijnenwet) from the evaluation date to the contract end',
  ),
  fact('legalForm', 'enum', 'legal form', 'rechtsvorm', 'Legal form of the customer', LEGAL_FORMS),
  fact(
    'naturalPerson',
    'boolean',
    'natural person',
    'natuurlijk persoon',
    'The customer is a natural person',
  ),
];

const BY_NAME = new Map(CRITERIA_FACTS.map((f) => [f.name, f]));

/**
 * The fact set of a ledger row at an evaluation date: the row's fields under the names of
 * {@link CRITERIA_FACTS}, plus `arrearAgeDays` and `newestArrearAgeDays` (calendar days, see
 * `arrearAgeDays`), `daysToContractEnd` (working days, see `workingDaysBetween`; missing without a
 * contract end date) and `naturalPerson`. Throws a `RangeError` for dates outside the calendar's
 * years (rows that passed `validateLedgerRow` are inside).
 *
 * @example
 * ```ts
 * import { criteriaFacts } from '@signaalreis/core';
 * import { row } from './my-ledger';
 * criteriaFacts({ ...row, oldestDueDate: '2026-09-25' }, '2026-10-26').arrearAgeDays; // 31
 * ```
 */
export function criteriaFacts(row: LedgerRow, onDate: IsoDate): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    sector: row.sector,
    amountOpen: row.amountOpenCents,
    unpaidTerms: row.unpaidTerms,
    arrearAgeDays: arrearAgeDays(row.oldestDueDate, onDate),
    newestArrearAgeDays: arrearAgeDays(row.newestDueDate, onDate),
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
  if (row.contractEndDate !== undefined)
    facts.daysToContractEnd = workingDaysBetween(onDate, row.contractEndDate);
  return facts;
}

function factIssues(table: RuleTable<CriteriaOutcome>): Issue[] {
  const out: Issue[] = [];
  table.facts.forEach((declared, i) => {
    const known = BY_NAME.get(declared.name);
    if (!known) {
      out.push(
        issue(
          'unknown_criteria_fact',
          ['facts', i, 'name'],
          `"${declared.name}" is not a criteria fact (see CRITERIA_FACTS)`,
        ),
      );
    } else if (known.type !== declared.type) {
      out.push(
        issue(
          'criteria_fact_type',
          ['facts', i, 'type'],
          `"${declared.name}" is a ${known.type}, not a ${declared.type}`,
        ),
      );
    } else if (declared.values && known.values) {
      const extra = declared.values.filter((v) => !known.values?.includes(v));
      if (extra.length > 0) {
        out.push(
          issue(
            'criteria_fact_values',
            ['facts', i, 'values'],
            `Unknown values for "${declared.name}": ${extra.join(', ')}`,
          ),
        );
      }
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
 *   id: 'floor', label: 'Floor', hitPolicy: 'first', parameters: {},
 *   facts: [{ name: 'amountOpen', type: 'money', description: 'Open amount' }],
 *   rules: [{ id: 'r', label: 'At least €50', source: 'project default',
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
  return issues.length > 0 ? { ok: false, issues } : loaded;
}
