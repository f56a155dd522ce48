// A custom zod message in two languages: zod carries one message string, so the Dutch and English
// sentences travel together, separated by U+001F (unit separator), and issuesFromZod splits them.
import type { Bilingual } from './text';

const SEPARATOR = '\u001f';

/**
 * Encodes a bilingual message for a zod schema (`{ message: zodMessage({ nl, en }) }`);
 * `issuesFromZod` turns it back into the issue's {@link Bilingual} message.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { issuesFromZod, zodMessage } from '@signaalreis/core';
 * const Id = z.string().regex(/^[a-z]+$/, { message: zodMessage({ nl: 'Alleen kleine letters', en: 'Lower-case letters only' }) });
 * const r = Id.safeParse('A1');
 * if (!r.success) issuesFromZod(r.error)[0]?.message.nl; // 'Alleen kleine letters'
 * ```
 */
export function zodMessage(message: Bilingual): string {
  return `${message.en}${SEPARATOR}${message.nl}`;
}

/** The bilingual message inside a zod message made by {@link zodMessage}, if it is one. */
export function splitZodMessage(message: string): Bilingual | undefined {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  return { en: message.slice(0, at), nl: message.slice(at + 1) };
}
