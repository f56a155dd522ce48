import * as z from 'zod';
import { HOLIDAY_YEARS } from '../calendar/holidays';
import { SectorSchema } from '../model/enums';
import { PartnerIdSchema } from '../model/ids';
import { type IsoDate, IsoDateSchema } from '../model/iso-date';
import { fail, type Issue, issue, ok, type Result } from '../model/issue';
import { LegalFormSchema } from '../model/person';
import { issuesFromZod } from '../model/zod-issues';
import { CRITERIA_MESSAGES as M } from './messages';

/**
 * The states of a payment arrangement on a ledger row: none, running and kept, or running and
 * broken (the customer no longer pays the agreed terms).
 *
 * @example
 * ```ts
 * import { PAYMENT_ARRANGEMENT_STATES } from '@signaalreis/core';
 * PAYMENT_ARRANGEMENT_STATES; // ['none', 'running-kept', 'running-broken']
 * ```
 */
export const PAYMENT_ARRANGEMENT_STATES = ['none', 'running-kept', 'running-broken'] as const;

const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).brand<'Cents'>();
const count = z.number().int().min(0).max(10_000);

/**
 * zod schema of a {@link LedgerRow}: shapes only (strict: unknown keys are rejected). The
 * cross-field checks are in {@link validateLedgerRow}.
 *
 * @example
 * ```ts
 * import { LedgerRowSchema } from '@signaalreis/core';
 * LedgerRowSchema.safeParse({ customerId: 'C1' }).success; // false
 * ```
 */
export const LedgerRowSchema = z
  .object({
    customerId: z.string().min(1),
    partnerId: PartnerIdSchema,
    sector: SectorSchema,
    amountOpenCents: cents,
    premiumCents: cents.optional(),
    ownRiskCents: cents.optional(),
    unpaidTerms: count,
    oldestDueDate: IsoDateSchema,
    newestDueDate: IsoDateSchema,
    remindersSent: count,
    personalContactTried: z.boolean(),
    pointedToDebtHelp: z.boolean(),
    objectsToSharing: z.boolean(),
    paymentArrangement: z.enum(PAYMENT_ARRANGEMENT_STATES),
    inDebtArrangement: z.boolean(),
    atBailiff: z.boolean(),
    contractEndDate: IsoDateSchema.optional(),
    currentCustomer: z.boolean(),
    legalForm: LegalFormSchema,
  })
  .strict();

/**
 * The state of one customer's account on a partner's ledger at an evaluation date: what is open
 * (in cents; for health insurers split into premium and own risk / own contribution), how many
 * terms or invoices, the due dates of the oldest and newest unpaid claim, what the partner's
 * (social) collection process has done, and what excludes a signal. The partner id, the amounts
 * and the dates are branded: a row is made by {@link validateLedgerRow} (or `as…` for literals).
 *
 * @example
 * ```ts
 * import { asCents, asIsoDate, asPartnerId, type LedgerRow } from '@signaalreis/core';
 * const row: LedgerRow = {
 *   customerId: 'K-1001', partnerId: asPartnerId('energie-a'), sector: 'energy', amountOpenCents: asCents(12350),
 *   unpaidTerms: 2, oldestDueDate: asIsoDate('2026-08-28'), newestDueDate: asIsoDate('2026-09-28'), remindersSent: 2,
 *   personalContactTried: true, pointedToDebtHelp: true, objectsToSharing: false, paymentArrangement: 'none',
 *   inDebtArrangement: false, atBailiff: false, currentCustomer: true, legalForm: 'individual',
 * };
 * ```
 */
export type LedgerRow = z.infer<typeof LedgerRowSchema>;

/** Checks of fields against each other (and against `on` when given). */
function contradictions(row: LedgerRow, on: IsoDate | undefined): Issue[] {
  const out: Issue[] = [];
  if (row.newestDueDate < row.oldestDueDate) {
    out.push(
      issue(
        'newest_before_oldest',
        ['newestDueDate'],
        M.newestBeforeOldest(row.newestDueDate, row.oldestDueDate),
      ),
    );
  }
  if (row.unpaidTerms === 0 && row.amountOpenCents > 0)
    out.push(issue('amount_without_terms', ['unpaidTerms'], M.amountWithoutTerms));
  if (row.unpaidTerms > 0 && row.amountOpenCents === 0)
    out.push(issue('terms_without_amount', ['amountOpenCents'], M.termsWithoutAmount));
  if (row.unpaidTerms === 1 && row.newestDueDate !== row.oldestDueDate)
    out.push(issue('one_term_two_dates', ['newestDueDate'], M.oneTermTwoDates));
  const parts = (row.premiumCents ?? 0) + (row.ownRiskCents ?? 0);
  if (parts > row.amountOpenCents) {
    out.push(
      issue(
        'parts_exceed_amount',
        [row.premiumCents !== undefined ? 'premiumCents' : 'ownRiskCents'],
        M.partsExceedAmount(parts, row.amountOpenCents),
      ),
    );
  }
  if (row.sector !== 'health') {
    for (const key of ['premiumCents', 'ownRiskCents'] as const) {
      if (row[key] !== undefined)
        out.push(issue('health_field_outside_health', [key], M.healthFieldOutsideHealth(key)));
    }
  } else if (row.premiumCents === undefined) {
    // signaalreis-2023: health insurers decide on premium arrears; without the split the decision is impossible.
    out.push(issue('premium_required', ['premiumCents'], M.premiumRequired));
  }
  if (row.paymentArrangement === 'running-kept' && row.atBailiff)
    out.push(issue('arrangement_kept_at_bailiff', ['paymentArrangement'], M.arrangementKeptAtBailiff));
  if (on !== undefined) {
    for (const key of ['oldestDueDate', 'newestDueDate'] as const) {
      if (row[key] > on && row.amountOpenCents > 0)
        out.push(issue('due_date_in_future', [key], M.dueDateInFuture(row[key], on)));
    }
    if (row.contractEndDate !== undefined && row.contractEndDate < on && row.currentCustomer) {
      out.push(
        issue(
          'contract_ended_current_customer',
          ['contractEndDate'],
          M.contractEndedCurrentCustomer(row.contractEndDate, on),
        ),
      );
    }
    if (row.contractEndDate !== undefined && row.contractEndDate > on && !row.currentCustomer) {
      out.push(
        issue(
          'former_customer_future_end',
          ['currentCustomer'],
          M.formerCustomerFutureEnd(row.contractEndDate),
        ),
      );
    }
  }
  for (const key of ['oldestDueDate', 'newestDueDate', 'contractEndDate'] as const) {
    const value = row[key];
    const year = value === undefined ? undefined : Number(value.slice(0, 4));
    if (year !== undefined && (year < HOLIDAY_YEARS.from || year > HOLIDAY_YEARS.to)) {
      out.push(
        issue(
          'date_out_of_range',
          [key],
          M.dateOutOfRange(key, value ?? '', HOLIDAY_YEARS.from, HOLIDAY_YEARS.to),
        ),
      );
    }
  }
  return out;
}

/**
 * Validates unknown input as a {@link LedgerRow}. Besides the shape (unknown keys, wrong types,
 * negative or fractional cents) it reports contradictions between fields, each as an issue with a
 * code and the path of the field that is most likely wrong:
 *
 * | code | when |
 * | --- | --- |
 * | `newest_before_oldest` | `newestDueDate` before `oldestDueDate` |
 * | `amount_without_terms` / `terms_without_amount` | an open amount with 0 unpaid terms, or the reverse |
 * | `one_term_two_dates` | 1 unpaid term, but the oldest and newest due dates differ |
 * | `parts_exceed_amount` | premium + own risk exceed the open amount |
 * | `health_field_outside_health` | premium or own risk on a row that is not a health insurer's |
 * | `premium_required` | a health insurer's row without the premium part (`signaalreis-2023`: the signal is decided on premium) |
 * | `arrangement_kept_at_bailiff` | a kept payment arrangement while the claim is at a bailiff |
 * | `due_date_in_future` | (with `on`) an unpaid claim (oldest or newest) falls due after `on` |
 * | `contract_ended_current_customer` | (with `on`) the contract ended before `on`, yet current customer |
 * | `former_customer_future_end` | (with `on`) not a current customer, yet the contract ends after `on` |
 * | `date_out_of_range` | a date outside the calendar's supported years |
 *
 * @example
 * ```ts
 * import { validateLedgerRow } from '@signaalreis/core';
 * // outside input (e.g. a parsed CSV row): plain strings and numbers, checked here
 * const r = validateLedgerRow({
 *   customerId: 'K-1', partnerId: 'energie-a', sector: 'energy', amountOpenCents: 5000, unpaidTerms: 0,
 *   oldestDueDate: '2026-09-01', newestDueDate: '2026-08-01', remindersSent: 1, personalContactTried: false,
 *   pointedToDebtHelp: false, objectsToSharing: false, paymentArrangement: 'none', inDebtArrangement: false,
 *   atBailiff: false, currentCustomer: true, legalForm: 'individual',
 * });
 * // { ok: false, issues: [{ code: 'newest_before_oldest', path: ['newestDueDate'],
 * //   message: { nl: 'De nieuwste vervaldatum (2026-08-01) ligt vóór de oudste vervaldatum (2026-09-01)', en: … } },
 * //   { code: 'amount_without_terms', path: ['unpaidTerms'], … }] }
 * ```
 */
export function validateLedgerRow(input: unknown, on?: IsoDate): Result<LedgerRow> {
  const parsed = LedgerRowSchema.safeParse(input);
  if (!parsed.success) return fail(issuesFromZod(parsed.error));
  const issues = contradictions(parsed.data, on);
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}
