// DDAS v1.2 vocabulary of contact attempts: the kind (EnumContactsoort) and the part of day
// (EnumDagdeel), and how a time of day maps onto a part of day.
import * as z from 'zod';
import { type Channel, DDAS_CONTACT_KIND_BY_CHANNEL } from '../model/enums';

/**
 * The ten DDAS v1.2 contact kinds (`EnumContactsoort`). Seven of them are the project's channels
 * (`DDAS_CONTACT_KIND_BY_CHANNEL`); `Administratief`, `Onbekend` and `Overige` are not ways of
 * contacting a resident and have no channel.
 *
 * @example
 * ```ts
 * import { DDAS_CONTACT_KINDS } from '@signaalreis/core';
 * DDAS_CONTACT_KINDS.length; // 10
 * ```
 */
export const DDAS_CONTACT_KINDS = [
  'Administratief',
  'Afspraak op locatie',
  'Brief',
  'Huisbezoek',
  'Kaartje',
  'Mail',
  'Onbekend',
  'Overige',
  'SMS/Whatsapp',
  'Telefoon',
] as const;
/**
 * zod schema of a {@link DdasContactKind}.
 *
 * @example
 * ```ts
 * import { DdasContactKindSchema } from '@signaalreis/core';
 * DdasContactKindSchema.parse('Huisbezoek');
 * ```
 */
export const DdasContactKindSchema = z.enum(DDAS_CONTACT_KINDS);
/**
 * A DDAS v1.2 contact kind.
 */
export type DdasContactKind = z.infer<typeof DdasContactKindSchema>;

/**
 * The DDAS v1.2 parts of day (`EnumDagdeel`).
 *
 * @example
 * ```ts
 * import { DDAS_PARTS_OF_DAY } from '@signaalreis/core';
 * DDAS_PARTS_OF_DAY; // ['Ochtend', 'Middag', 'Avond']
 * ```
 */
export const DDAS_PARTS_OF_DAY = ['Ochtend', 'Middag', 'Avond'] as const;
/**
 * zod schema of a {@link DdasPartOfDay}.
 *
 * @example
 * ```ts
 * import { DdasPartOfDaySchema } from '@signaalreis/core';
 * DdasPartOfDaySchema.parse('Avond');
 * ```
 */
export const DdasPartOfDaySchema = z.enum(DDAS_PARTS_OF_DAY);
/**
 * A DDAS v1.2 part of day: `Ochtend` (before 12:00), `Middag` (12:00–18:00), `Avond` (from 18:00).
 */
export type DdasPartOfDay = z.infer<typeof DdasPartOfDaySchema>;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/**
 * The DDAS part of day of a local time `HH:mm[:ss]`: morning before 12:00, afternoon from 12:00
 * to before 18:00, evening from 18:00 (DDAS v1.2 business rules). `undefined` for a malformed time.
 *
 * @example
 * ```ts
 * import { partOfDay } from '@signaalreis/core';
 * partOfDay('11:59'); // 'Ochtend'
 * partOfDay('12:00'); // 'Middag'
 * partOfDay('18:00'); // 'Avond'
 * partOfDay('25:00'); // undefined
 * ```
 */
export function partOfDay(time: string): DdasPartOfDay | undefined {
  const m = HH_MM.exec(time);
  if (!m) return undefined;
  const hour = Number(m[1]);
  if (hour < 12) return 'Ochtend';
  return hour < 18 ? 'Middag' : 'Avond';
}

/**
 * The project channel of a DDAS contact kind, or `undefined` for kinds without one
 * (`Administratief`, `Onbekend`, `Overige`).
 *
 * @example
 * ```ts
 * import { channelOfContactKind } from '@signaalreis/core';
 * channelOfContactKind('Huisbezoek'); // 'home-visit'
 * channelOfContactKind('Afspraak op locatie'); // 'appointment'
 * channelOfContactKind('Overige'); // undefined
 * ```
 */
export function channelOfContactKind(kind: DdasContactKind): Channel | undefined {
  for (const [channel, ddas] of Object.entries(DDAS_CONTACT_KIND_BY_CHANNEL)) {
    if (ddas === kind) return channel as Channel;
  }
  return undefined;
}
