// E-mails as .eml files (RFC 5322, MIME multipart/alternative with a plain-text and an HTML part),
// composed by nodemailer's MailComposer (quoted-printable UTF-8 bodies, RFC 2047 encoded subject),
// so that a municipality's mail system or an officer's mail program sends them as they are.
// Deterministic: the date, Message-ID and MIME boundary follow from the case and the day.
// nodemailer is loaded on first use.
import { createHash } from 'node:crypto';

/** HTML-escapes a text. */
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** An escaped line with its https:// addresses as links. */
const linked = (line: string) =>
  escapeHtml(line).replace(/https:\/\/[^\s<]+[^\s<.,;:!?)]/g, (url) => `<a href="${url}">${url}</a>`);

/**
 * The HTML part of an e-mail from the template's text: a `# ` line is a heading, a blank line
 * starts a paragraph, https:// addresses become links; every text is escaped.
 *
 * @example
 * ```ts
 * import { emailHtml } from '@signaalreis/adapters/letters';
 * emailHtml('# Hulp\n\nZie https://example.nl <nu>', 'nl');
 * // '<!DOCTYPE html>…<h1>Hulp</h1><p>Zie <a href="https://example.nl">https://example.nl</a> &lt;nu&gt;</p>…'
 * ```
 */
export function emailHtml(text: string, lang: string): string {
  const body = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines) =>
      lines[0]?.startsWith('# ') && lines.length === 1
        ? `<h1 style="font-size:1.3em">${escapeHtml(lines[0].slice(2))}</h1>`
        : `<p>${lines.map(linked).join('<br>\n')}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head><meta charset="utf-8"></head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;max-width:40em">\n${body}\n</body>\n</html>\n`;
}

/** The plain-text part: the text with a heading's `# ` dropped. */
const plain = (text: string) =>
  `${text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => (l.startsWith('# ') ? l.slice(2) : l))
    .join('\n')
    .trim()}\n`;

/**
 * What an e-mail is made of: sender (name and address), recipient address, subject, the
 * template's text, the case's reference (for the Message-ID, never shown) and when it is sent.
 *
 * @example
 * ```ts
 * import type { EmailInput } from '@signaalreis/adapters/letters';
 * const input: EmailInput = {
 *   from: { name: 'Gemeente Voorbeeldstad', address: 'geldzorgen@voorbeeldstad.example' },
 *   to: 'bewoner@example.net', subject: 'Een bericht van Gemeente Voorbeeldstad',
 *   text: 'Beste bewoner, …', reference: '2026-10-0001', date: new Date('2026-11-02T08:00:00Z'), lang: 'nl',
 * };
 * ```
 */
export interface EmailInput {
  from: { name: string; address: string };
  to: string;
  subject: string;
  text: string;
  reference: string;
  date: Date;
  lang: string;
}

/**
 * An e-mail as the bytes of an .eml file: RFC 5322 headers (From, To, Subject, Date, Message-ID),
 * MIME multipart/alternative with text/plain and text/html parts in UTF-8 (quoted-printable). The
 * Message-ID and boundary are made from the reference, date and recipient, so the same input gives
 * the same file.
 *
 * @example
 * ```ts
 * import { emailMessage, type EmailInput } from '@signaalreis/adapters/letters';
 * declare const input: EmailInput;
 * const eml = await emailMessage(input); // write to email-2026-10-0001.eml
 * ```
 */
export async function emailMessage(e: EmailInput): Promise<Uint8Array> {
  const seed = createHash('sha256')
    .update(`${e.reference}\u0000${e.to}\u0000${e.date.toISOString()}`)
    .digest('hex');
  const domain = e.from.address.split('@')[1] ?? 'localhost';
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  const composer = new MailComposer({
    from: { name: e.from.name, address: e.from.address },
    to: e.to,
    subject: e.subject,
    text: plain(e.text),
    html: emailHtml(e.text, e.lang),
    date: e.date,
    messageId: `<${seed.slice(0, 32)}@${domain}>`,
    baseBoundary: seed.slice(32, 56),
    textEncoding: 'quoted-printable',
  });
  return new Uint8Array(await composer.compile().build());
}
