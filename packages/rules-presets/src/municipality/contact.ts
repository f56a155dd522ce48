// The municipality's own contact details, for what it sends to residents (letters, cards, e-mails,
// SMS; `signaalreis letters`, issue 15): its name, phone, e-mail, website, postal address, opening
// hours and privacy statement. Preset data, so that a municipality changes them in one place.
import { normaliseEmail, TEXT_LIMITS, zodMessage } from '@signaalreis/core';
import * as z from 'zod';
import { PRESET_MESSAGES as M } from '../messages';

const Label = z.string().min(1).max(TEXT_LIMITS.label);
const Text = z.string().min(1).max(TEXT_LIMITS.text);
const BilingualText = z.strictObject({ nl: Text, en: Text });
const BilingualLabel = z.strictObject({ nl: Label, en: Label });

/** A phone number as a letter prints it: digits, spaces, `+`, `-`, brackets; 3–20 characters (project default). */
const PHONE = /^\+?[0-9][0-9 ()-]{2,19}$/;
/**
 * An SMS sender (originator): 1–11 letters or digits, the longest alphanumeric sender GSM allows
 * (3GPP TS 23.040, TP-Originating-Address), or a number in E.164 form.
 */
const SMS_SENDER = /^(?:[A-Za-z0-9]{1,11}|\+[1-9][0-9]{7,14})$/;

const Email = z
  .string()
  .max(TEXT_LIMITS.label)
  .refine((e) => normaliseEmail(e).ok, { message: zodMessage(M.contact_email) });
const Https = z
  .string()
  .max(TEXT_LIMITS.label)
  .refine((u) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(u), { message: zodMessage(M.contact_url) });

/**
 * zod schema of a {@link MunicipalityContact}: the `contact` block of a municipality preset.
 * Every text a resident reads is given in Dutch and English; `source` says where the details come
 * from (the municipality's own website, a council decision, or "project default" for the examples).
 *
 * @example
 * ```ts
 * import { MunicipalityContactSchema } from '@signaalreis/rules-presets';
 * MunicipalityContactSchema.safeParse({ name: 'Gemeente Voorbeeldstad', phone: '14 0363' }).success;
 * // false: e-mail, website, postal address, opening hours, privacy statement and source are missing
 * ```
 */
export const MunicipalityContactSchema = z
  .object({
    /** The municipality's name as a letter's sender shows it, e.g. "Gemeente Voorbeeldstad". */
    name: Label,
    /** The team that signs the letters, e.g. { nl: "Team Geldzorgen", en: "Money worries team" }. */
    team: BilingualLabel,
    /** The phone number residents call, as printed (e.g. "14 0363"). */
    phone: z.string().regex(PHONE, { message: zodMessage(M.contact_phone) }),
    /** The e-mail address residents write to; also the sender of the e-mails. */
    email: Email,
    /** The web page about help with money worries (https). */
    website: Https,
    /** The postal address as lines (e.g. ["Postbus 10", "7400 AA Voorbeeldstad"]): 1–4 lines. */
    postalAddress: z.array(Label).min(1).max(4),
    /** When residents can call or walk in, e.g. "maandag tot en met vrijdag van 9.00 tot 17.00 uur". */
    openingHours: BilingualText,
    /** A short privacy statement: why the municipality has the resident's data, and where to read more. */
    privacy: BilingualText,
    /** The page with the full privacy statement (https). */
    privacyUrl: Https.optional(),
    /** The sender an SMS shows: 1–11 letters or digits, or a number (+31…). */
    smsSender: z
      .string()
      .regex(SMS_SENDER, { message: zodMessage(M.contact_sms_sender) })
      .optional(),
    /** Where the details come from: the municipality's website, a council decision, or "project default". */
    source: Text,
  })
  .strict();

/**
 * The contact details a municipality puts on what it sends to residents (preset `contact`).
 *
 * @example
 * ```ts
 * import type { MunicipalityContact } from '@signaalreis/rules-presets';
 * const footer = (c: MunicipalityContact) => `${c.name} · ${c.phone} · ${c.website}`;
 * ```
 */
export type MunicipalityContact = z.infer<typeof MunicipalityContactSchema>;
