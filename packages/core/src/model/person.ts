import * as z from 'zod';
import { isValidBsn } from './bsn';
import { IsoDateSchema } from './iso-date';
import { zodMessage } from './zod-message';

/**
 * Legal forms a signal's debtor can have. Natural persons: `individual` (a private person),
 * `eenmanszaak`, `maatschap`, `vof`, `cv`; legal persons: `bv`, `nv`, `other` (stichting,
 * vereniging, …). Source: `signaalreis-2023` and the DDAS v1.2 business rules.
 *
 * @example
 * ```ts
 * import { LEGAL_FORMS } from '@signaalreis/core';
 * LEGAL_FORMS.includes('vof'); // true
 * ```
 */
export const LEGAL_FORMS = [
  'individual',
  'eenmanszaak',
  'maatschap',
  'vof',
  'cv',
  'bv',
  'nv',
  'other',
] as const;

/**
 * zod schema of a {@link LegalForm}.
 *
 * @example
 * ```ts
 * import { LegalFormSchema } from '@signaalreis/core';
 * LegalFormSchema.parse('eenmanszaak');
 * ```
 */
export const LegalFormSchema = z.enum(LEGAL_FORMS);

/**
 * The legal form of a debtor.
 */
export type LegalForm = z.infer<typeof LegalFormSchema>;

const NATURAL: ReadonlySet<LegalForm> = new Set(['individual', 'eenmanszaak', 'maatschap', 'vof', 'cv']);

/**
 * Whether a legal form is a natural person. The sole proprietorship, maatschap, vof and CV are
 * natural persons (their owners are personally liable); a BV or NV is a legal person
 * (`signaalreis-2023`; DDAS v1.2 "Niet opgepakt: andere reden").
 *
 * @example
 * ```ts
 * import { isNaturalPerson } from '@signaalreis/core';
 * isNaturalPerson('vof'); // true
 * isNaturalPerson('bv'); // false
 * ```
 */
export function isNaturalPerson(form: LegalForm): boolean {
  return NATURAL.has(form);
}

/**
 * `mayFollowUp(person).allowed` without its reason text: matching asks it for every signal and
 * history entry of a month, and the case file writer for every signal, and read only the answer.
 *
 * @example
 * ```ts
 * import { mayFollowUpAllowed } from '@signaalreis/core';
 * mayFollowUpAllowed({ legalForm: 'bv' }); // false
 * mayFollowUpAllowed({ legalForm: 'bv', personallyLiable: true }); // true
 * ```
 */
export function mayFollowUpAllowed(person: {
  legalForm: LegalForm;
  personallyLiable?: boolean | undefined;
}): boolean {
  return isNaturalPerson(person.legalForm) || person.personallyLiable === true;
}

/**
 * Whether a signal about this debtor may be followed up by the municipality. Debt assistance is for
 * natural persons (Wgs); a legal person (BV, NV, other) may not be followed up unless someone is
 * personally liable (`signaalreis-2023`). The partner is told only "not picked up", never
 * the reason (DDAS v1.2 "Niet opgepakt: andere reden").
 *
 * @example
 * ```ts
 * import { mayFollowUp } from '@signaalreis/core';
 * mayFollowUp({ legalForm: 'bv' }).allowed; // false
 * mayFollowUp({ legalForm: 'bv', personallyLiable: true }).allowed; // true
 * ```
 */
export function mayFollowUp(person: { legalForm: LegalForm; personallyLiable?: boolean | undefined }): {
  allowed: boolean;
  reason: string;
  source: string;
} {
  if (isNaturalPerson(person.legalForm)) {
    return {
      allowed: true,
      reason: `${person.legalForm} is a natural person`,
      source: 'wgs; signaalreis-2023',
    };
  }
  if (person.personallyLiable === true) {
    return {
      allowed: true,
      reason: `${person.legalForm} is a legal person, but someone is personally liable`,
      source: 'signaalreis-2023',
    };
  }
  return {
    allowed: false,
    reason: `${person.legalForm} is a legal person and nobody is known to be personally liable`,
    source: 'signaalreis-2023; ddas-v1.2: "Niet opgepakt: andere reden"',
  };
}

/**
 * zod schema of a {@link Person}: the debtor named in a signal.
 *
 * @example
 * ```ts
 * import { PersonSchema } from '@signaalreis/core';
 * PersonSchema.parse({ surname: 'Jansen', legalForm: 'individual' });
 * ```
 */
export const PersonSchema = z
  .object({
    initials: z.string().min(1).optional(),
    /** tussenvoegsel, e.g. "van der" */
    prefix: z.string().min(1).optional(),
    surname: z.string().min(1),
    birthDate: IsoDateSchema.optional(),
    legalForm: LegalFormSchema,
    bsn: z
      .string()
      .refine(isValidBsn, {
        message: /* @__PURE__ */ zodMessage({
          nl: 'Verwacht een BSN van 9 cijfers dat de elfproef doorstaat',
          en: 'Expected a 9-digit BSN that passes the elfproef',
        }),
      })
      .optional(),
    personallyLiable: z.boolean().optional(),
  })
  .strict();

/**
 * The debtor named in a signal.
 *
 * @example
 * ```ts
 * import type { Person } from '@signaalreis/core';
 * const p: Person = { initials: 'J.', prefix: 'van', surname: 'Dijk', legalForm: 'individual' };
 * ```
 */
export type Person = z.infer<typeof PersonSchema>;
