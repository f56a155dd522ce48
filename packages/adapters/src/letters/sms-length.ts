// How many SMS parts a text takes: GSM 03.38 7-bit (160 characters in one part, 153 per part of a
// longer message; the extension characters ^ { } \ [ ~ ] | € and form feed take two) or, as soon as
// one character is outside it, UCS-2 (70 in one part, 67 per part). Source: 3GPP TS 23.038 (the GSM
// alphabet and its extension table) and TS 23.040 (a concatenated message's header takes 6 of the
// 140 octets). An escape pair and a surrogate pair are never split over two parts.

/** The GSM 03.38 basic character set (without the escape to the extension table). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** The GSM 03.38 extension table: each character takes two septets (escape + code). */
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

/** Units in one part and per part of a longer message, per encoding (3GPP TS 23.040). */
const LIMITS = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const;

/**
 * What an SMS text takes: its encoding, its length in units of that encoding (septets for GSM-7,
 * UTF-16 code units for UCS-2), the number of parts and the units a part holds.
 *
 * @example
 * ```ts
 * import type { SmsLength } from '@signaalreis/adapters/letters';
 * const costs = (l: SmsLength) => `${l.parts} × ${l.encoding}`;
 * ```
 */
export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  parts: number;
  /** Units one part holds: 160/70 for a single part, else 153/67. */
  perPart: number;
}

/** Whether every character of `text` is in the GSM 03.38 alphabet (basic or extension). */
export const isGsm7 = (text: string): boolean =>
  [...text].every((c) => GSM_BASIC.has(c) || GSM_EXTENSION.has(c));

/** The widths of the text's characters in units of the encoding: an unsplittable pair counts as one atom. */
function atoms(text: string, gsm: boolean): number[] {
  return [...text].map((c) => (gsm ? (GSM_EXTENSION.has(c) ? 2 : 1) : c.length));
}

/**
 * The length of an SMS text and the parts it is sent in (see the file's head for the rules): a
 * text of GSM characters only is sent as GSM-7, any other character makes the whole text UCS-2.
 * Parts are filled in order, never splitting an escape pair or a surrogate pair. An empty text
 * is one part.
 *
 * @example
 * ```ts
 * import { smsLength } from '@signaalreis/adapters/letters';
 * smsLength('a'.repeat(160)); // { encoding: 'GSM-7', units: 160, parts: 1, perPart: 160 }
 * smsLength('a'.repeat(161)).parts; // 2 (153 + 8)
 * smsLength('Bel ons: € 5').units; // 13 — the euro sign takes two septets
 * smsLength('Beste Zoë').encoding; // 'UCS-2' — ë is not in the GSM alphabet: 70 characters a part
 * ```
 */
export function smsLength(text: string): SmsLength {
  const gsm = isGsm7(text);
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  const widths = atoms(text, gsm);
  const units = widths.reduce((n, w) => n + w, 0);
  const limit = LIMITS[encoding];
  if (units <= limit.single) return { encoding, units, parts: 1, perPart: limit.single };
  let parts = 1;
  let used = 0;
  for (const w of widths) {
    if (used + w > limit.multi) {
      parts += 1;
      used = 0;
    }
    used += w;
  }
  return { encoding, units, parts, perPart: limit.multi };
}
