// The files of `signaalreis letters` (issue 15) from what makeLetters made: one PDF per letter and
// card, the print room's combined PDFs in postcode order, one .eml per e-mail, sms.csv for an SMS
// gateway, skipped.csv (every case or channel without output, with its reason) and the manifest
// letters.json. File names hold the case id (or a sequence number), never a name or an address.
import { addressFromHouseholdKey, CHANNEL_LABELS, type Lang } from '@signaalreis/core';
import type { MunicipalityContact } from '@signaalreis/rules-presets';
import { csvHeaders } from '../cli/messages/columns';
import { csvTable } from '../output/csv-writer';
import type { EmailInput } from './email';
import { composeEmails, type EmailComposer } from './email-batch';
import type { LetterItem, LettersResult } from './make-letters';
import { SKIP_MESSAGES } from './messages';
import { type PrintItem, printPdfs } from './pdf';
import { SITUATIONS, WRITTEN_CHANNELS } from './vocabulary';
import { LETTER_WORDS as L } from './words';

/**
 * The `format` of letters.json written by this version.
 *
 * @example
 * ```ts
 * import { LETTERS_MANIFEST_FORMAT } from '@signaalreis/adapters/letters';
 * LETTERS_MANIFEST_FORMAT; // 'signaalreis-letters/1'
 * ```
 */
export const LETTERS_MANIFEST_FORMAT = 'signaalreis-letters/1';

/**
 * A case id as a file-name part: as it is when it has the form run gives (2026-10-0001), else
 * `case-<n>` — an id of the older form `2026-10/7411AB 12` holds an address, which no file name may.
 */
const stemOf = (caseId: string, n: number) =>
  /^\d{4}-(?:0[1-9]|1[0-2])-\d{4,8}$/.test(caseId) ? caseId : `case-${String(n).padStart(4, '0')}`;

/** The print room's key of an item: postcode, house number (five digits), letter, addition; '' without an address. */
function postcodeKey(x: LetterItem): string {
  const v = addressFromHouseholdKey(x.recipient.householdKey);
  return v
    ? [
        v.postcode,
        String(v.houseNumber).padStart(5, '0'),
        v.houseLetter ?? '',
        v.houseNumberAddition ?? '',
      ].join(' ')
    : '';
}

/** The channels printed, in the order of their print PDFs. */
const PRINTED = ['letter', 'card'] as const;

// `localeCompare` without locales or options is this collator's `compare` (ECMA-402), made once
const collator = new Intl.Collator();

/**
 * The items in postcode order for the print room: postcode, house number, letter, addition, then
 * case id. Each item's key is made once, not at every comparison (a national month's 12,700 cards
 * and letters were compared ~170,000 times, each time reading both household keys again: ~0.4 s;
 * issue 14). The order is the same: the same comparison, and the sort is stable.
 */
export function inPostcodeOrder(items: readonly LetterItem[]): LetterItem[] {
  const keyed = items.map((x) => ({ x, key: postcodeKey(x) }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.x.caseId, b.x.caseId));
  return keyed.map((k) => k.x);
}

/** What the files are about: the month, day, language and the municipality's details. */
export interface LettersContext {
  month: string;
  at: string;
  lang: Lang;
  contact: MunicipalityContact;
  municipality?: string;
}

/** A letter's or card's print item. */
function printItem(x: LetterItem, c: LettersContext, dateText: string): PrintItem {
  const k = c.contact;
  return {
    address: x.address ?? [],
    sender: {
      name: k.name,
      returnLine: k.postalAddress.join(', '),
      details: [
        `${L.phone[c.lang]} ${k.phone}`,
        `${L.email[c.lang]} ${k.email}`,
        k.website.replace(/^https:\/\//, ''),
      ],
    },
    meta: [`${L.date[c.lang]}: ${dateText}`, `${L.reference[c.lang]}: ${x.caseId}`],
    text: x.text,
  };
}

/**
 * How {@link lettersFiles} works: what composes the e-mails elsewhere while this thread makes the
 * PDFs (`lettersThreads()`: worker threads); without it they are composed here, first. The files
 * are the same.
 */
export interface LettersFilesOptions {
  /** Composes the e-mails elsewhere: started before the PDFs are made, awaited after them. */
  composeEmails?: EmailComposer;
  /**
   * Told how far the PDFs are: the steps done and their number — each letter and card drawn into
   * its print PDF, then given its own PDF (a progress bar; the files are the same).
   */
  onProgress?: (done: number, total: number) => void;
}

/** Whether `name` is a case's own file in a letters folder (`letter-…pdf`, `card-…pdf`, `email-…eml`), as {@link lettersFiles} names them. */
export const isOwnLetterFile = (name: string): boolean =>
  /^(?:letter|card)-.+\.pdf$|^email-.+\.eml$/.test(name);

/**
 * Every file of the month's letters as name → bytes (flat names, for the output folder), and the
 * manifest's item list. Letters and cards get their own PDF and a combined one in postcode order
 * (`print-letters.pdf`, `print-cards.pdf`); e-mails an .eml each; SMS one `sms.csv` (`phone` in
 * international digits without +, `text`). The e-mails are composed here before the PDFs are made,
 * or by `options.composeEmails` while they are (with `lettersThreads()`, a thread); the files are
 * the same.
 *
 * @example
 * ```ts
 * import { lettersFiles, type LettersContext, type LettersResult } from '@signaalreis/adapters/letters';
 * declare const made: LettersResult;
 * declare const context: LettersContext;
 * const { files } = await lettersFiles(made, context);
 * [...files.keys()].filter((n) => n.startsWith('print-')); // ['print-letters.pdf', 'print-cards.pdf']
 * ```
 */
export async function lettersFiles(
  made: LettersResult,
  c: LettersContext,
  options: LettersFilesOptions = {},
): Promise<{ files: Map<string, string | Uint8Array>; manifest: Record<string, unknown> }> {
  const files = new Map<string, string | Uint8Array>();
  const dateText = new Intl.DateTimeFormat(c.lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${c.at}T00:00:00Z`));
  const on = new Date(`${c.at}T08:00:00Z`);
  const seq = new Map<string, number>();
  for (const x of made.items) if (!seq.has(x.caseId)) seq.set(x.caseId, seq.size + 1);
  const fileOf = new Map<LetterItem, string>();
  const emails: { name: string; input: EmailInput }[] = [];
  for (const x of made.items) {
    const stem = stemOf(x.caseId, seq.get(x.caseId) ?? 0);
    if (x.channel === 'letter' || x.channel === 'card') fileOf.set(x, `${x.channel}-${stem}.pdf`);
    else if (x.channel === 'email') {
      const name = `email-${stem}.eml`;
      const from = { name: c.contact.name, address: c.contact.email };
      const input = {
        from,
        to: x.to ?? '',
        subject: x.subject ?? '',
        text: x.text,
        reference: x.caseId,
        date: on,
        lang: c.lang,
      };
      emails.push({ name, input });
      fileOf.set(x, name);
    } else fileOf.set(x, 'sms.csv');
  }
  // composed here first (in this thread beside the PDFs they would hold more at once: the 10k
  // month 0.4 s slower, 120 MB more), or elsewhere while this thread makes the PDFs — a failure
  // there is seen (and rejects) once they are made
  const inputs = emails.map((e) => e.input);
  const composed = options.composeEmails ? undefined : await composeEmails(inputs);
  const pending = options.composeEmails?.(inputs);
  pending?.catch(() => {});
  const prints: [string, Uint8Array][] = [];
  // each kind's items in the print room's order, for its print PDF and the manifest's printOrder
  const ordered = Object.fromEntries(
    PRINTED.map((k) => [k, inPostcodeOrder(made.items.filter((x) => x.channel === k))]),
  ) as Record<(typeof PRINTED)[number], LetterItem[]>;
  const printed = ordered.letter.length + ordered.card.length;
  let steps = 0;
  const progress = options.onProgress;
  const onItem = progress && (() => progress(++steps, 2 * printed));
  for (const kind of PRINTED) {
    const items = ordered[kind];
    if (items.length === 0) continue;
    const { combined, each } = await printPdfs(
      kind,
      items.map((x) => printItem(x, c, dateText)),
      {
        title: `${kind}s ${c.month}`,
        titles: items.map((x) => `${kind} ${x.caseId}`),
        on,
        ...(onItem ? { onItem } : {}),
      },
    );
    prints.push([`print-${kind}s.pdf`, combined]);
    for (const [i, x] of items.entries()) prints.push([fileOf.get(x) ?? '', each[i] ?? new Uint8Array()]);
  }
  const messages = composed ?? (await pending) ?? [];
  if (messages.length !== emails.length)
    throw new Error('The e-mail composer gave another number of e-mails');
  for (const [i, e] of emails.entries()) files.set(e.name, messages[i] as Uint8Array);
  for (const [name, bytes] of prints) files.set(name, bytes);
  const sms = made.items.filter((x) => x.channel === 'sms');
  if (sms.length > 0)
    files.set(
      'sms.csv',
      csvTable(
        sms.map((x) => ({ phone: (x.to ?? '').replace(/^\+/, ''), text: x.text })),
        { columns: ['phone', 'text'] },
      ),
    );
  // what an officer reads, as the worklists: Dutch titles and the channel by its label; the reason's
  // code stays beside its words (letters.json keeps the ids)
  const skippedRows = made.skipped.map((s) => ({
    case_id: s.caseId,
    channel: s.channel ? CHANNEL_LABELS[s.channel][c.lang] : '',
    reason: s.reason,
    explanation: SKIP_MESSAGES[s.reason][c.lang],
  }));
  const headers = csvHeaders(c.lang);
  files.set(
    'skipped.csv',
    csvTable(skippedRows, {
      columns: ['case_id', 'channel', 'reason', 'explanation'],
      ...(headers ? { headers } : {}),
    }),
  );
  const counts = Object.fromEntries(
    WRITTEN_CHANNELS.map((ch) => [
      ch,
      Object.fromEntries(
        SITUATIONS.map((s) => [s, made.items.filter((x) => x.channel === ch && x.situation === s).length]),
      ),
    ]),
  );
  const skipped: Record<string, number> = {};
  for (const s of made.skipped) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
  const manifest = {
    format: LETTERS_MANIFEST_FORMAT,
    month: c.month,
    at: c.at,
    lang: c.lang,
    ...(c.municipality ? { municipality: c.municipality } : {}),
    counts,
    skipped,
    items: made.items.map((x) => ({
      caseId: x.caseId,
      channel: x.channel,
      situation: x.situation,
      file: fileOf.get(x),
      attempt: x.records ? 'new' : 'recorded-before',
      ...(x.sms ? { sms: x.sms } : {}),
    })),
    printOrder: Object.fromEntries(PRINTED.map((k) => [k, ordered[k].map((x) => x.caseId)])),
    skippedCases: made.skipped,
  };
  files.set('letters.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { files, manifest };
}
