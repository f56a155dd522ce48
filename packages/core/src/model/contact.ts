import * as z from 'zod';
import { isNormalEmail, normaliseEmail } from './email';
import { normaliseDutchPhone } from './phone';
import { zodMessage } from './zod-message';

// The forms normaliseDutchPhone gives back (+31 and nine digits; + and 8–15 digits abroad): these
// pass its check, so they are accepted without normalising them again.
const DUTCH_E164 = /^\+31[1-9]\d{8}$/;
const FOREIGN_E164 = /^\+(?!31)[1-9]\d{7,14}$/;

/**
 * Whether `p` is a phone number as {@link ContactSchema} accepts it: `normaliseDutchPhone(p).ok`
 * and starting with `+` — the schema's check, named so that `isParsedSignal` runs the very same
 * test; a number already in E.164 form passes without being normalised again
 * (contact-checks.property.test.ts holds the two equal).
 */
export const isE164Phone = (p: string): boolean =>
  DUTCH_E164.test(p) || FOREIGN_E164.test(p) || (normaliseDutchPhone(p).ok && p.startsWith('+'));

/**
 * Whether `e` is an e-mail address as {@link ContactSchema} accepts it: `normaliseEmail(e).ok`, the
 * schema's check; an address in normal form passes without being normalised again.
 */
export const isEmailAddress = (e: string): boolean => isNormalEmail(e) || normaliseEmail(e).ok;

/**
 * zod schema of {@link Contact}: optional phone (E.164, see {@link normaliseDutchPhone}) and e-mail
 * (see {@link normaliseEmail}), both already normalised.
 *
 * @example
 * ```ts
 * import { ContactSchema } from '@signaalreis/core';
 * ContactSchema.parse({ phone: '+31612345678' });
 * ```
 */
export const ContactSchema = z
  .object({
    phone: z
      .string()
      .refine(isE164Phone, {
        message: /* @__PURE__ */ zodMessage({
          nl: 'Verwacht een telefoonnummer in de vorm +31612345678',
          en: 'Expected a phone number in E.164 form, e.g. +31612345678',
        }),
      })
      .optional(),
    email: z
      .string()
      .refine(isEmailAddress, {
        message: /* @__PURE__ */ zodMessage({
          nl: 'Verwacht een e-mailadres',
          en: 'Expected an e-mail address',
        }),
      })
      .optional(),
  })
  .strict();

/**
 * How a resident can be reached besides the address. Missing data matters for routing (no phone →
 * e-mail; neither → card, `signaalreis-2023`).
 *
 * @example
 * ```ts
 * import type { Contact } from '@signaalreis/core';
 * const c: Contact = { email: 'bewoner@example.nl' };
 * ```
 */
export type Contact = z.infer<typeof ContactSchema>;
