import * as z from 'zod';
import { SectorSchema } from './enums';
import { PartnerIdSchema } from './ids';

/**
 * zod schema of a {@link Partner}.
 *
 * @example
 * ```ts
 * import { PartnerSchema } from '@signaalreis/core';
 * PartnerSchema.parse({ id: 'wbv-1', name: 'Woonstichting Voorbeeld', sector: 'rent' });
 * ```
 */
export const PartnerSchema = z
  .object({
    id: PartnerIdSchema,
    name: z.string().min(1),
    sector: SectorSchema,
  })
  .strict();

/**
 * A signal partner (vaste lasten partner): a creditor that reports arrears.
 *
 * @example
 * ```ts
 * import { asPartnerId, type Partner } from '@signaalreis/core';
 * const p: Partner = { id: asPartnerId('zv-a'), name: 'Zorgverzekeraar A', sector: 'health' };
 * ```
 */
export type Partner = z.infer<typeof PartnerSchema>;
