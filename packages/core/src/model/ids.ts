// Identifiers as branded strings: a signal id, a partner id, a case id and a household key are
// different things, and the compiler keeps them apart. Lengths: project default (docs/security.md).
// A case id also has a form (./case-id.ts): the month and a number, never the household key.
import * as z from 'zod';
import { brandFunctions } from './brand';
import { hasCaseIdForm } from './case-id';
import type { Result } from './issue';
import { zodMessage } from './zod-message';

/** Longest id accepted (characters). Project default. */
const ID_MAX = 100;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ids may not hold control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const goodId = (value: unknown): boolean =>
  typeof value === 'string' && value.length > 0 && value.length <= ID_MAX && !CONTROL.test(value);

const idSchema = () =>
  z
    .string()
    .min(1)
    .max(ID_MAX)
    .refine((v) => !CONTROL.test(v), {
      message: zodMessage({
        nl: 'Stuurtekens zijn niet toegestaan',
        en: 'Control characters are not allowed',
      }),
    });

/**
 * zod schema of a {@link SignalId} (1–100 characters, no control characters).
 *
 * @example
 * ```ts
 * import { SignalIdSchema } from '@signaalreis/core';
 * SignalIdSchema.safeParse('').success; // false
 * ```
 */
export const SignalIdSchema = /* @__PURE__ */ idSchema().brand<'SignalId'>();
/**
 * The id a partner gave a signal (unique per delivery).
 *
 * @example
 * ```ts
 * import { asSignalId, type SignalId } from '@signaalreis/core';
 * const id: SignalId = asSignalId('ZV-2026-10-000123');
 * ```
 */
export type SignalId = z.infer<typeof SignalIdSchema>;

/**
 * zod schema of a {@link PartnerId}.
 *
 * @example
 * ```ts
 * import { PartnerIdSchema } from '@signaalreis/core';
 * PartnerIdSchema.parse('zv-a'); // 'zv-a'
 * ```
 */
export const PartnerIdSchema = /* @__PURE__ */ idSchema().brand<'PartnerId'>();
/**
 * The id of a signal partner (creditor).
 *
 * @example
 * ```ts
 * import { asPartnerId, type PartnerId } from '@signaalreis/core';
 * const id: PartnerId = asPartnerId('zv-a');
 * ```
 */
export type PartnerId = z.infer<typeof PartnerIdSchema>;

const goodCaseId = (value: unknown): boolean => goodId(value) && hasCaseIdForm(value as string);
const CASE_ID_FORM = {
  nl: 'JJJJ-MM-NNNN, zoals 2026-10-0001',
  en: 'YYYY-MM-NNNN, such as 2026-10-0001',
};

/**
 * zod schema of a {@link CaseId}: `YYYY-MM-NNNN` (`CASE_ID_PATTERN`), or the older
 * `YYYY-MM/<household key>` of case files written before (read, never made: see
 * `isLegacyCaseId`); at most 100 characters, no control characters.
 *
 * @example
 * ```ts
 * import { CaseIdSchema } from '@signaalreis/core';
 * CaseIdSchema.safeParse('2026-10-0001').success; // true
 * CaseIdSchema.safeParse('2026-10/7411AB 12').success; // true: an older case file's id
 * CaseIdSchema.safeParse('Jansen').success; // false: not a case id
 * ```
 */
export const CaseIdSchema = /* @__PURE__ */ idSchema()
  // one issue per bad id: the form is checked once length and characters are right
  .refine((v) => !goodId(v) || hasCaseIdForm(v), {
    message: zodMessage({
      nl: `Verwacht een zaak-id ${CASE_ID_FORM.nl}`,
      en: `Expected a case id ${CASE_ID_FORM.en}`,
    }),
  })
  .brand<'CaseId'>();
/**
 * The id of a case: one household in one matching month, numbered in that month —
 * `2026-10-0001` (see `numberedCaseId` and docs/matching.md#case-ids). It holds no personal data,
 * so it may be shown in messages and URLs and read out on the phone; the household key stays in the
 * case. Case files written before hold ids of the older form `2026-10/7411AB 12`, which are still
 * read (`isLegacyCaseId`).
 *
 * @example
 * ```ts
 * import { asCaseId, type CaseId } from '@signaalreis/core';
 * const id: CaseId = asCaseId('2026-10-0001');
 * ```
 */
export type CaseId = z.infer<typeof CaseIdSchema>;

/**
 * zod schema of a {@link HouseholdKey}.
 *
 * @example
 * ```ts
 * import { HouseholdKeySchema } from '@signaalreis/core';
 * HouseholdKeySchema.safeParse('7411AB 12').success; // true
 * ```
 */
export const HouseholdKeySchema = /* @__PURE__ */ idSchema().brand<'HouseholdKey'>();
/**
 * The key that groups signals into one household: normalised postcode and house number
 * (`7411AB 12A-1`), made by `householdKey(address)`.
 *
 * @example
 * ```ts
 * import { householdKey, type HouseholdKey } from '@signaalreis/core';
 * const key: HouseholdKey = householdKey({ postcode: '7411AB', houseNumber: 12 });
 * ```
 */
export type HouseholdKey = z.infer<typeof HouseholdKeySchema>;

const fns = <B>(what: { nl: string; en: string }, code: string) =>
  brandFunctions<B>(goodId, code, (v) => ({
    nl: `${v} is geen geldige ${what.nl} (1–${ID_MAX} tekens, geen stuurtekens)`,
    en: `${v} is not a valid ${what.en} (1–${ID_MAX} characters, no control characters)`,
  }));
const signalIds = /* @__PURE__ */ fns<SignalId>({ nl: 'signaal-id', en: 'signal id' }, 'invalid_signal_id');
const partnerIds = /* @__PURE__ */ fns<PartnerId>(
  { nl: 'partner-id', en: 'partner id' },
  'invalid_partner_id',
);
const caseIds = /* @__PURE__ */ brandFunctions<CaseId>(goodCaseId, 'invalid_case_id', (v) => ({
  nl: `${v} is geen geldig zaak-id (${CASE_ID_FORM.nl})`,
  en: `${v} is not a valid case id (${CASE_ID_FORM.en})`,
}));
const householdKeys = /* @__PURE__ */ fns<HouseholdKey>(
  { nl: 'huishoudsleutel', en: 'household key' },
  'invalid_household_key',
);

/**
 * Checks outside input as a {@link SignalId}.
 *
 * @example
 * ```ts
 * import { parseSignalId } from '@signaalreis/core';
 * parseSignalId('').ok; // false
 * ```
 */
export function parseSignalId(value: unknown): Result<SignalId> {
  return signalIds.parse(value);
}
/**
 * A {@link SignalId} from a literal; throws a TypeError when it is not valid (a programming error).
 *
 * @example
 * ```ts
 * import { asSignalId } from '@signaalreis/core';
 * asSignalId('S1'); // 'S1'
 * ```
 */
export function asSignalId(value: string): SignalId {
  return signalIds.as(value);
}
/**
 * Checks outside input as a {@link PartnerId}.
 *
 * @example
 * ```ts
 * import { parsePartnerId } from '@signaalreis/core';
 * parsePartnerId('zv-a').ok; // true
 * ```
 */
export function parsePartnerId(value: unknown): Result<PartnerId> {
  return partnerIds.parse(value);
}
/**
 * A {@link PartnerId} from a literal; throws a TypeError when it is not valid.
 *
 * @example
 * ```ts
 * import { asPartnerId } from '@signaalreis/core';
 * asPartnerId('zv-a'); // 'zv-a'
 * ```
 */
export function asPartnerId(value: string): PartnerId {
  return partnerIds.as(value);
}
/**
 * Checks outside input as a {@link CaseId}: the form `YYYY-MM-NNNN`, or the older
 * `YYYY-MM/<household key>` that case files written before hold (see `isLegacyCaseId`).
 *
 * @example
 * ```ts
 * import { parseCaseId } from '@signaalreis/core';
 * parseCaseId('2026-10-0042').ok; // true
 * parseCaseId('2026-10/7411AB 12').ok; // true: read from an older case file
 * parseCaseId('C1').ok; // false: issue invalid_case_id
 * ```
 */
export function parseCaseId(value: unknown): Result<CaseId> {
  return caseIds.parse(value);
}
/**
 * A {@link CaseId} from a literal; throws a TypeError when it is not valid.
 *
 * @example
 * ```ts
 * import { asCaseId } from '@signaalreis/core';
 * asCaseId('2026-10-0001'); // '2026-10-0001'
 * asCaseId('case 1'); // throws a TypeError: not of the form YYYY-MM-NNNN
 * ```
 */
export function asCaseId(value: string): CaseId {
  return caseIds.as(value);
}
/**
 * Checks outside input as a {@link HouseholdKey} (any valid id string; `householdKey(address)`
 * makes the canonical form).
 *
 * @example
 * ```ts
 * import { parseHouseholdKey } from '@signaalreis/core';
 * parseHouseholdKey('7411AB 12').ok; // true
 * ```
 */
export function parseHouseholdKey(value: unknown): Result<HouseholdKey> {
  return householdKeys.parse(value);
}
/**
 * A {@link HouseholdKey} from a literal; throws a TypeError when it is not valid.
 *
 * @example
 * ```ts
 * import { asHouseholdKey } from '@signaalreis/core';
 * asHouseholdKey('7411AB 12'); // '7411AB 12'
 * ```
 */
export function asHouseholdKey(value: string): HouseholdKey {
  return householdKeys.as(value);
}

/**
 * Whether a value is a valid {@link SignalId}; a type guard.
 *
 * @example
 * ```ts
 * import { isSignalId } from '@signaalreis/core';
 * isSignalId('S1'); // true
 * isSignalId(''); // false
 * ```
 */
export function isSignalId(value: unknown): value is SignalId {
  return goodId(value);
}
/**
 * Whether a value is a valid {@link PartnerId}; a type guard.
 *
 * @example
 * ```ts
 * import { isPartnerId } from '@signaalreis/core';
 * isPartnerId('zv-a'); // true
 * ```
 */
export function isPartnerId(value: unknown): value is PartnerId {
  return goodId(value);
}
/**
 * Whether a value is a valid {@link CaseId} (either form, see {@link parseCaseId}); a type guard.
 *
 * @example
 * ```ts
 * import { isCaseId } from '@signaalreis/core';
 * isCaseId('2026-10-0001'); // true
 * isCaseId(`2026-10-${'1'.repeat(100)}`); // false: too long
 * ```
 */
export function isCaseId(value: unknown): value is CaseId {
  return goodCaseId(value);
}
/**
 * Whether a value is a valid {@link HouseholdKey} (any valid id string); a type guard.
 *
 * @example
 * ```ts
 * import { isHouseholdKey } from '@signaalreis/core';
 * isHouseholdKey('7411AB 12'); // true
 * ```
 */
export function isHouseholdKey(value: unknown): value is HouseholdKey {
  return goodId(value);
}
