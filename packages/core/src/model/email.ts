import * as z from 'zod';
import { issue, type Result } from './issue';
import { maskEmail } from './redact';

// zod's e-mail check is this pattern (z.email() tests its string against z.regexes.email and
// nothing else); testing it directly skips a zod parse per address. email.property.test.ts holds
// the two equal.
const EMAIL = z.regexes.email;

/**
 * Whether `e` matches zod's e-mail pattern as it is. Such an address has no blanks and one `@`, and
 * the pattern allows either case in the domain, so {@link normaliseEmail} accepts it (as itself, or
 * with its domain in lower case): a quick yes for the schema's check.
 */
export const isNormalEmail = (e: string): boolean => EMAIL.test(e);

/**
 * Normalises an e-mail address: trims it, lowercases the domain (the local part is kept as written,
 * RFC 5321) and checks its form with zod's e-mail check. Issue code: `invalid_email`; the message shows the address masked (`j***@***.nl`).
 *
 * @example
 * ```ts
 * import { normaliseEmail } from '@signaalreis/core';
 * normaliseEmail(' J.Jansen@Example.NL '); // { ok: true, value: 'J.Jansen@example.nl' }
 * normaliseEmail('jansen@').ok; // false
 * ```
 */
export function normaliseEmail(input: string): Result<string> {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  const value = at > 0 ? `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}` : trimmed;
  if (!EMAIL.test(value)) {
    return {
      ok: false,
      issues: [
        issue('invalid_email', [], {
          nl: `${maskEmail(input)} is geen e-mailadres`,
          en: `${maskEmail(input)} is not an e-mail address`,
        }),
      ],
    };
  }
  return { ok: true, value };
}
