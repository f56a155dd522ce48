// The CBS municipality code (gemeentecode): four digits, as DDAS v1.2 `gemeentecode` and the CBS
// list of municipalities use it ("0363" Amsterdam). Source: ddas-v1.2 (gemeentecode); the "GM"
// prefix of CBS's regional tables is accepted and dropped (project default).
import * as z from 'zod';
import { brandFunctions } from './brand';
import type { Result } from './issue';
import { zodMessage } from './zod-message';

const CODE = /^(?:GM)?(\d{4})$/i;
const isCode = (value: unknown): boolean => typeof value === 'string' && /^\d{4}$/.test(value);

/**
 * zod schema of a {@link MunicipalityCode}: exactly four digits (normalise `GM0363` with
 * {@link parseMunicipalityCode} first).
 *
 * @example
 * ```ts
 * import { MunicipalityCodeSchema } from '@signaalreis/core';
 * MunicipalityCodeSchema.safeParse('0363').success; // true
 * MunicipalityCodeSchema.safeParse('363').success; // false
 * ```
 */
export const MunicipalityCodeSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}$/, {
    message: /* @__PURE__ */ zodMessage({
      nl: 'Verwacht een CBS-gemeentecode van vier cijfers, bijv. 0363',
      en: 'Expected a CBS municipality code of four digits, e.g. 0363',
    }),
  })
  .brand<'MunicipalityCode'>();

/**
 * A CBS municipality code (gemeentecode), four digits: the key every delivery, case and store row
 * belongs to, and the `gemeentecode` of a DDAS v1.2 delivery.
 *
 * @example
 * ```ts
 * import { asMunicipalityCode, type MunicipalityCode } from '@signaalreis/core';
 * const amsterdam: MunicipalityCode = asMunicipalityCode('0363');
 * ```
 */
export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>;

const fns = /* @__PURE__ */ brandFunctions<MunicipalityCode>(isCode, 'invalid_municipality_code', (v) => ({
  nl: `${v} is geen CBS-gemeentecode (vier cijfers, bijv. 0363 of GM0363)`,
  en: `${v} is not a CBS municipality code (four digits, e.g. 0363 or GM0363)`,
}));

/**
 * Reads a municipality code as people write it: `0363`, `GM0363` or `gm0363` all give `0363`.
 *
 * @example
 * ```ts
 * import { parseMunicipalityCode } from '@signaalreis/core';
 * parseMunicipalityCode('GM0363'); // { ok: true, value: '0363' }
 * parseMunicipalityCode('Amsterdam').ok; // false
 * ```
 */
export function parseMunicipalityCode(value: unknown): Result<MunicipalityCode> {
  const m = typeof value === 'string' ? CODE.exec(value.trim()) : null;
  return fns.parse(m?.[1] ?? value);
}

/**
 * Whether a value is a municipality code of four digits; a type guard.
 *
 * @example
 * ```ts
 * import { isMunicipalityCode } from '@signaalreis/core';
 * isMunicipalityCode('0363'); // true
 * isMunicipalityCode('GM0363'); // false: parse it first
 * ```
 */
export function isMunicipalityCode(value: unknown): value is MunicipalityCode {
  return isCode(value);
}

/**
 * A {@link MunicipalityCode} from a literal; throws a TypeError when it is not four digits.
 *
 * @example
 * ```ts
 * import { asMunicipalityCode } from '@signaalreis/core';
 * asMunicipalityCode('0363'); // '0363'
 * ```
 */
export function asMunicipalityCode(value: string): MunicipalityCode {
  return fns.as(value);
}
