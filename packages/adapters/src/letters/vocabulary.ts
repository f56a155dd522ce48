// The words of `signaalreis letters` (issue 15): the written channels it makes output for, the
// situations a template is written for, and the template files of a set.
import { type Channel, DDAS_CONTACT_KIND_BY_CHANNEL } from '@signaalreis/core';

/**
 * The written channels, in the order of the summary: a letter (A4 PDF), a card (A6 PDF), an e-mail
 * (.eml) and an SMS (a line of sms.csv). Phone calls and home visits are not written.
 *
 * @example
 * ```ts
 * import { WRITTEN_CHANNELS } from '@signaalreis/adapters/letters';
 * WRITTEN_CHANNELS.includes('sms'); // true
 * ```
 */
export const WRITTEN_CHANNELS = ['letter', 'card', 'email', 'sms'] as const satisfies readonly Channel[];

/** A written channel. */
export type WrittenChannel = (typeof WRITTEN_CHANNELS)[number];

/** Whether a plan's channel is a written one. */
export const isWritten = (c: string): c is WrittenChannel =>
  (WRITTEN_CHANNELS as readonly string[]).includes(c);

/** The DDAS contact kind a written channel is recorded as: Brief, Kaartje, Mail, SMS/Whatsapp. */
export const kindOf = (c: WrittenChannel) => DDAS_CONTACT_KIND_BY_CHANNEL[c];

/**
 * The situations a template is written for, most pressing first: `crisis` (intake sent the case to
 * crisis: eviction, a cut-off), `reminder` (an earlier attempt did not reach the resident), `match`
 * (arrears at two or more creditors) and `single` (one signal).
 *
 * @example
 * ```ts
 * import { SITUATIONS } from '@signaalreis/adapters/letters';
 * SITUATIONS[0]; // 'crisis'
 * ```
 */
export const SITUATIONS = ['crisis', 'reminder', 'match', 'single'] as const;

/** A situation of a case. */
export type Situation = (typeof SITUATIONS)[number];

/** What a template file makes: a letter, card, e-mail or SMS body, or an e-mail's subject. */
export type TemplatePart = WrittenChannel | 'email-subject';

/** The parts that others may read (a card, an SMS, an e-mail's subject): no creditor, no amount. */
export const OPEN_PARTS: readonly TemplatePart[] = ['card', 'sms', 'email-subject'];

/**
 * The file of a template in a set: `<channel>-<situation>.hbs`, and `email-<situation>-subject.hbs`
 * for an e-mail's subject.
 *
 * @example
 * ```ts
 * import { templateFileName } from '@signaalreis/adapters/letters';
 * templateFileName('letter', 'match'); // 'letter-match.hbs'
 * templateFileName('email-subject', 'crisis'); // 'email-crisis-subject.hbs'
 * ```
 */
export function templateFileName(part: TemplatePart, situation: Situation): string {
  return part === 'email-subject' ? `email-${situation}-subject.hbs` : `${part}-${situation}.hbs`;
}

/** Every template file of a set, in a fixed order. */
export const TEMPLATE_FILES: readonly { part: TemplatePart; situation: Situation; file: string }[] = (
  ['letter', 'card', 'email', 'email-subject', 'sms'] as const
).flatMap((part) =>
  SITUATIONS.map((situation) => ({ part, situation, file: templateFileName(part, situation) })),
);
