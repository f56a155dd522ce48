import * as z from 'zod';
import { type Address, AddressSchema, householdKey } from './address';
import { ContactSchema } from './contact';
import { SignalKindSchema } from './enums';
import { type HouseholdKey, SignalIdSchema } from './ids';
import { IsoDateSchema } from './iso-date';
import type { Result } from './issue';
import { PartnerSchema } from './partner';
import { PersonSchema } from './person';
import { isParsedSignal } from './signal-fast';
import { issuesFromZod } from './zod-issues';
import { zodMessage } from './zod-message';

/**
 * zod schema of a {@link Signal} — the single source of its TypeScript type. It checks shapes and
 * canonical forms (postcode, BSN elfproef, E.164 phone, positive amount in cents) and that the arrear
 * started on or before the signal date (issue code `arrear_after_signal`). It does **not** judge the
 * arrear's age window, floors or legal form: those are decisions of matching and intake, which
 * explain them.
 *
 * @example
 * ```ts
 * import { SignalSchema } from '@signaalreis/core';
 * SignalSchema.safeParse({}).success; // false
 * ```
 */
export const SignalSchema = z
  .object({
    signalId: SignalIdSchema,
    partner: PartnerSchema,
    kind: SignalKindSchema,
    signalDate: IsoDateSchema,
    arrearSince: IsoDateSchema,
    amountCents: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).brand<'Cents'>(),
    termsOverdue: z.number().int().min(0).optional(),
    remindersSent: z.number().int().min(0).optional(),
    person: PersonSchema,
    address: AddressSchema,
    contact: ContactSchema,
    neighbourhood: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.arrearSince > s.signalDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['arrearSince'],
        message: zodMessage({
          nl: `De achterstand begint (${s.arrearSince}) na de signaaldatum (${s.signalDate})`,
          en: `The arrear starts (${s.arrearSince}) after the signal date (${s.signalDate})`,
        }),
        params: { code: 'arrear_after_signal' },
      });
    }
  });

/**
 * A signal: a partner's report of one customer's payment arrear (phases 1–2 of the signal journey, `signaalreis-2023`). Money is
 * in cents, dates are ISO strings, the address is canonical.
 *
 * @example
 * ```ts
 * import { type Signal, validateSignal } from '@signaalreis/core';
 * // A Signal holds checked (branded) ids, dates and cents, so it is made by validating input:
 * const r = validateSignal({
 *   signalId: 'S1', partner: { id: 'zv-a', name: 'Zorgverzekeraar A', sector: 'health' }, kind: 'early',
 *   signalDate: '2026-10-26', arrearSince: '2026-08-01', amountCents: 31250,
 *   person: { surname: 'Jansen', legalForm: 'individual' },
 *   address: { postcode: '7411AB', houseNumber: 12 }, contact: {},
 * });
 * const s: Signal | undefined = r.ok ? r.value : undefined;
 * ```
 */
export type Signal = z.infer<typeof SignalSchema>;

/**
 * Validates unknown input as a {@link Signal}; problems come back as issues with paths, never thrown.
 * The custom rule `arrear_after_signal` reports under that code.
 *
 * @example
 * ```ts
 * import { validateSignal } from '@signaalreis/core';
 * const r = validateSignal({ signalId: '' });
 * r.ok; // false
 * ```
 */
export function validateSignal(input: unknown): Result<Signal> {
  // The fast path: what the schema would give back unchanged, copied as z.object copies it.
  if (isParsedSignal(input)) return { ok: true, value: copySignal(input) };
  const parsed = SignalSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error) };
}

const copySignal = (s: Signal): Signal => ({
  ...s,
  partner: { ...s.partner },
  person: { ...s.person },
  address: { ...s.address },
  contact: { ...s.contact },
});

/**
 * The household key of a signal's address (see {@link householdKey}).
 *
 * @example
 * ```ts
 * import { signalHouseholdKey } from '@signaalreis/core';
 * signalHouseholdKey({ address: { postcode: '7411AB', houseNumber: 12, houseLetter: 'A' } }); // '7411AB 12A'
 * ```
 */
export function signalHouseholdKey(signal: { address: Address }): HouseholdKey {
  return householdKey(signal.address);
}
