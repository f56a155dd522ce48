// E-mails composed in bulk: in this thread, a few at once (what `lettersFiles` does by default), or
// by worker threads (threads.ts, which run this very composer) — the same bytes, in the same order.
import { type EmailInput, emailMessage } from './email';
import { inOrder } from './in-order';

/**
 * E-mails composed at once in one thread (project default): composing one mostly waits for
 * nodemailer's streams, so one at a time left the process idle a third of the time (issue 14, a
 * national month's 41,000).
 */
export const EMAILS_AT_ONCE = 16;

/**
 * Composes e-mails, the bytes of each in the order of the inputs (see {@link emailMessage}). What
 * `lettersFiles` may be given to compose a month's e-mails elsewhere while it makes the PDFs:
 * `lettersThreads().composeEmails` (worker threads); {@link composeEmails} composes in this thread.
 * Both give the same bytes.
 *
 * @example
 * ```ts
 * import type { EmailComposer } from '@signaalreis/adapters/letters';
 * const counted = (compose: EmailComposer): EmailComposer => async (inputs) => {
 *   const bytes = await compose(inputs);
 *   console.log(`${bytes.length} e-mails`);
 *   return bytes;
 * };
 * ```
 */
export type EmailComposer = (inputs: readonly EmailInput[]) => Promise<Uint8Array[]>;

/**
 * E-mails composed in this thread, sixteen at a time (composing mostly waits for nodemailer's
 * streams), the bytes in the inputs' order.
 *
 * @example
 * ```ts
 * import { composeEmails, type EmailInput } from '@signaalreis/adapters/letters';
 * declare const inputs: EmailInput[];
 * const emls = await composeEmails(inputs); // emls[i] is the .eml of inputs[i]
 * ```
 */
export const composeEmails: EmailComposer = (inputs) => inOrder(inputs, EMAILS_AT_ONCE, emailMessage);
