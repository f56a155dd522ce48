import * as z from 'zod';
import { normaliseEmail } from './email';
import { normaliseDutchPhone } from './phone';

/**
 * Whether `p` is a phone number as {@link ContactSchema} accepts it (E.164, starting with `+`); the
 * schema's own check, named so that `isParsedSignal` runs the very same test.
 */
export const isE164Phone = (p: string): boolean => normaliseDutchPhone(p).ok && p.startsWith('+');

/**
 * Whether `e` is an e-mail address as {@link ContactSchema} accepts it; the schema's own check.
 */
export const isEmailAddress = (e: string): boolean => normaliseEmail(e).ok;

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
        message: 'Expected a phone number in E.164 form, e.g. +31612345678',
      })
      .optional(),
    email: z.string().refine(isEmailAddress, { message: 'Expected an e-mail address' }).optional(),
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
