import * as z from 'zod';
import { parseHouseNumber } from './house-number';
import type { HouseholdKey } from './ids';
import { isPostcodeKey, normalisePostcode } from './postcode';
import { zodMessage } from './zod-message';

/**
 * Whether `p` is a postcode as {@link AddressSchema} accepts it: canonical (`1234AB`) and valid.
 * The schema's own check, named so that `isParsedSignal` runs the very same test.
 */
export const isCanonicalPostcode: (p: string) => boolean = isPostcodeKey;

/**
 * zod schema of an {@link Address}: a canonical postcode (`1234AB`) and BAG house-number parts.
 * Use {@link normalisePostcode} and {@link parseHouseNumber} to get there from written forms.
 *
 * @example
 * ```ts
 * import { AddressSchema } from '@signaalreis/core';
 * AddressSchema.parse({ postcode: '1234AB', houseNumber: 12, houseLetter: 'A' });
 * ```
 */
export const AddressSchema = z
  .object({
    postcode: z.string().refine(isCanonicalPostcode, {
      message: /* @__PURE__ */ zodMessage({
        nl: 'Verwacht een Nederlandse postcode zoals 1234AB, zonder spatie',
        en: 'Expected a canonical Dutch postcode such as 1234AB',
      }),
    }),
    houseNumber: z.number().int().min(1).max(99999),
    houseLetter: z
      .string()
      .regex(/^[A-Z]$/)
      .optional(),
    houseNumberAddition: z
      .string()
      .regex(/^[A-Z0-9]{1,4}$/)
      .optional(),
    city: z.string().min(1).optional(),
  })
  .strict();

/**
 * A Dutch address in canonical parts (BAG): the unit signals are grouped by into households.
 *
 * @example
 * ```ts
 * import type { Address } from '@signaalreis/core';
 * const a: Address = { postcode: '7411AB', houseNumber: 3, houseNumberAddition: 'BIS', city: 'Voorbeeldstad' };
 * ```
 */
export type Address = z.infer<typeof AddressSchema>;

/**
 * The canonical household key of an address: `"<postcode> <number><letter>"` plus
 * `"-<addition>"` when there is a toevoeging — e.g. `1234AB 12`, `1234AB 12A`, `1234AB 12-BIS`,
 * `1234AB 12A-1`. Two spellings of one address always give one key; the city is not part of it
 * (a postcode + house number identifies an address in the BAG). See docs/household-key.md.
 *
 * @example
 * ```ts
 * import { householdKey } from '@signaalreis/core';
 * householdKey({ postcode: '1234AB', houseNumber: 12, houseLetter: 'A', houseNumberAddition: '1' }); // '1234AB 12A-1'
 * ```
 */
export function householdKey(
  address: Pick<Address, 'postcode' | 'houseNumber' | 'houseLetter' | 'houseNumberAddition'>,
): HouseholdKey {
  const addition = address.houseNumberAddition ? `-${address.houseNumberAddition}` : '';
  return `${address.postcode} ${address.houseNumber}${address.houseLetter ?? ''}${addition}` as HouseholdKey;
}

const KEY = /^(\d{4}[A-Z]{2}) (\d{1,5})([A-Z])?(?:-([A-Z0-9]{1,4}))?$/;

/**
 * Reads a household key back into address parts; `undefined` when the string is not a key made by
 * {@link householdKey}.
 *
 * @example
 * ```ts
 * import { addressFromHouseholdKey } from '@signaalreis/core';
 * addressFromHouseholdKey('1234AB 12-BIS'); // { postcode: '1234AB', houseNumber: 12, houseNumberAddition: 'BIS' }
 * addressFromHouseholdKey('12 main street'); // undefined
 * ```
 */
export function addressFromHouseholdKey(key: string): Address | undefined {
  const m = KEY.exec(key);
  if (!m?.[1] || !m[2]) return undefined;
  const address: Address = { postcode: m[1], houseNumber: Number(m[2]) };
  if (m[3]) address.houseLetter = m[3];
  if (m[4]) address.houseNumberAddition = m[4];
  return AddressSchema.safeParse(address).success ? address : undefined;
}

/**
 * Builds an {@link Address} from written parts (any postcode spelling, a written house number and an
 * optional separate addition), or the issues that prevent it. Issue paths: `postcode`,
 * `houseNumber`.
 *
 * @example
 * ```ts
 * import { parseAddress } from '@signaalreis/core';
 * parseAddress({ postcode: '1234 ab', houseNumber: '12-a' }); // { ok: true, value: { postcode: '1234AB', houseNumber: 12, houseLetter: 'A' } }
 * ```
 */
export function parseAddress(input: {
  postcode: string;
  houseNumber: string;
  addition?: string;
  city?: string;
}): import('./issue').Result<Address> {
  const pc = normalisePostcode(input.postcode);
  const hn = parseHouseNumber(input.houseNumber, input.addition);
  const issues = [
    ...(pc.ok ? [] : pc.issues.map((i) => ({ ...i, path: ['postcode'] }))),
    ...(hn.ok ? [] : hn.issues.map((i) => ({ ...i, path: ['houseNumber'] }))),
  ];
  if (!pc.ok || !hn.ok) return { ok: false, issues };
  const city = input.city?.trim();
  return { ok: true, value: { postcode: pc.value, ...hn.value, ...(city ? { city } : {}) } };
}
