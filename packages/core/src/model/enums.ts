import * as z from 'zod';
import { TEXT_LIMITS } from './json-limits';
import { zodMessage } from './zod-message';

// The project's vocabulary, mapped one to one onto the DDAS v1.2 exchange model (`ddas-v1.2`,
// copy in standards/ddas-v1.2/json_schema_Uitwisselmodel.json) where DDAS has the same concept.

/**
 * Sectors a signal partner can belong to. `municipal-tax` has had no legal ground to send
 * signals since 2021 (`wgs`) but may appear in experiments under Wgs art. 10.
 *
 * @example
 * ```ts
 * import { SECTORS } from '@signaalreis/core';
 * SECTORS.includes('rent'); // true
 * ```
 */
export const SECTORS = ['rent', 'energy', 'water', 'health', 'municipal-tax', 'other'] as const;
/**
 * zod schema of a {@link Sector}.
 *
 * @example
 * ```ts
 * import { SectorSchema } from '@signaalreis/core';
 * SectorSchema.parse('energy'); // 'energy'
 * ```
 */
export const SectorSchema = z.enum(SECTORS);
/**
 * A partner's sector: `rent`, `energy`, `water`, `health`, `municipal-tax` or `other`.
 */
export type Sector = z.infer<typeof SectorSchema>;

/**
 * Kinds of signal: vroegsignaal, eindelevering, dreigende ontruiming, warme overdracht,
 * CAK registration.
 *
 * @example
 * ```ts
 * import { SIGNAL_KINDS } from '@signaalreis/core';
 * SIGNAL_KINDS[0]; // 'early'
 * ```
 */
export const SIGNAL_KINDS = ['early', 'end-of-supply', 'eviction', 'warm-referral', 'cak'] as const;
/**
 * zod schema of a {@link SignalKind}.
 *
 * @example
 * ```ts
 * import { SignalKindSchema } from '@signaalreis/core';
 * SignalKindSchema.safeParse('eviction').success; // true
 * ```
 */
export const SignalKindSchema = z.enum(SIGNAL_KINDS);
/**
 * The kind of a signal. All kinds but `early` are urgent and arrive any day (`signaalreis-2023`, phases 1–2).
 */
export type SignalKind = z.infer<typeof SignalKindSchema>;

/**
 * Contact channels, least intensive first (the order `mostIntensiveChannel` ranks by): those of the
 * recorded practices (`signaalreis-2023`) and `appointment`, the DDAS v1.2 contact kind
 * `Afspraak op locatie` (`ddas-v1.2`): a meeting at the municipality's or team's location, ranked
 * between a phone call and a home visit (project default: face to face, but the resident comes).
 *
 * @example
 * ```ts
 * import { CHANNELS } from '@signaalreis/core';
 * CHANNELS.length; // 7
 * CHANNELS.indexOf('appointment') < CHANNELS.indexOf('home-visit'); // true
 * ```
 */
export const CHANNELS = ['letter', 'card', 'email', 'sms', 'phone', 'appointment', 'home-visit'] as const;
/**
 * zod schema of a {@link Channel}.
 *
 * @example
 * ```ts
 * import { ChannelSchema } from '@signaalreis/core';
 * ChannelSchema.parse('home-visit');
 * ```
 */
export const ChannelSchema = z.enum(CHANNELS);
/**
 * A way of contacting a resident.
 */
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * The built-in teams that can own a contact step (phase 4 of `signaalreis-2023`). A municipality
 * preset may declare teams of its own besides these (`teams`, see `TeamDeclarationSchema`).
 *
 * @example
 * ```ts
 * import { TEAMS } from '@signaalreis/core';
 * TEAMS.includes('youth-worker'); // true
 * ```
 */
export const TEAMS = [
  'municipality',
  'neighbourhood-team',
  'youth-worker',
  'crisis',
  'call-centre',
  'debt-assistance',
] as const;

/**
 * One of the built-in {@link TEAMS}.
 */
export type BuiltInTeam = (typeof TEAMS)[number];

/**
 * zod schema of a {@link Team} id: a built-in team or one a preset declares, a slug of lower-case
 * letters, digits and `-` of at most 64 characters (`TEXT_LIMITS.id`). Which ids exist is checked
 * where the declarations are known (`loadRoutingConfig` with its `teams` option); editors get the
 * built-in ids as examples.
 *
 * @example
 * ```ts
 * import { TeamSchema } from '@signaalreis/core';
 * TeamSchema.parse('call-centre');
 * TeamSchema.safeParse('schuldhulp-noord').success; // true: the shape of a declared team
 * TeamSchema.safeParse('Schuldhulp Noord').success; // false: not a slug
 * ```
 */
export const TeamSchema = z
  .string()
  .max(TEXT_LIMITS.id)
  .regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: zodMessage({
      nl: 'Verwacht een team-id van kleine letters, cijfers en - (zoals "schuldhulp-noord")',
      en: 'Expected a team id of lower-case letters, digits and - (such as "debt-help-north")',
    }),
  })
  .meta({
    description: 'A built-in team (the examples) or a team the preset declares in "teams".',
    examples: [...TEAMS],
  });
/**
 * The id of a team that carries out contact steps: one of the built-in {@link TEAMS} or a team its
 * preset declares.
 */
export type Team = z.infer<typeof TeamSchema>;

/**
 * Municipality types by monthly signal volume (project default): `small` < 150, `medium` 150–1,000,
 * `large` > 1,000, `regional` = one team serving several municipalities.
 *
 * @example
 * ```ts
 * import { MUNICIPALITY_TYPES } from '@signaalreis/core';
 * MUNICIPALITY_TYPES; // ['small', 'medium', 'large', 'regional']
 * ```
 */
export const MUNICIPALITY_TYPES = ['small', 'medium', 'large', 'regional'] as const;
/**
 * zod schema of a {@link MunicipalityType}.
 *
 * @example
 * ```ts
 * import { MunicipalityTypeSchema } from '@signaalreis/core';
 * MunicipalityTypeSchema.parse('medium');
 * ```
 */
export const MunicipalityTypeSchema = z.enum(MUNICIPALITY_TYPES);
/**
 * A municipality type.
 */
export type MunicipalityType = z.infer<typeof MunicipalityTypeSchema>;

/**
 * The municipality type for a monthly signal volume (the project-default thresholds; `regional` is a choice,
 * not a volume, so it is never returned).
 *
 * @example
 * ```ts
 * import { municipalityTypeForVolume } from '@signaalreis/core';
 * municipalityTypeForVolume(250); // 'medium'
 * ```
 */
export function municipalityTypeForVolume(signalsPerMonth: number): Exclude<MunicipalityType, 'regional'> {
  if (signalsPerMonth < 150) return 'small';
  if (signalsPerMonth <= 1000) return 'medium';
  return 'large';
}

/**
 * The eleven DDAS v1.2 signal partner types (`EnumSignaalpartner`). Five of them are sectors of the
 * project (`DDAS_SIGNAL_PARTNER_BY_SECTOR`), one is a kind of signal (`CAK Zorgverzekeringen`: the
 * `cak` kind); `Belastingdienst`, `CAK Eigen bijdrage`, `Dienst Toeslagen`, `DUO` and `Hypotheek`
 * have no sector of their own (they are `other` in the project, see docs/exchange.md).
 *
 * @example
 * ```ts
 * import { DDAS_SIGNAL_PARTNERS } from '@signaalreis/core';
 * DDAS_SIGNAL_PARTNERS.includes('Hypotheek'); // true
 * ```
 */
export const DDAS_SIGNAL_PARTNERS = [
  'Belastingdienst',
  'CAK Eigen bijdrage',
  'CAK Zorgverzekeringen',
  'Dienst Toeslagen',
  'DUO',
  'Energie',
  'Huur',
  'Hypotheek',
  'Overige',
  'Water',
  'Zorg',
] as const;
/**
 * zod schema of a {@link DdasSignalPartner}.
 *
 * @example
 * ```ts
 * import { DdasSignalPartnerSchema } from '@signaalreis/core';
 * DdasSignalPartnerSchema.safeParse('Huur').success; // true
 * DdasSignalPartnerSchema.safeParse('rent').success; // false: the DDAS value, not the sector id
 * ```
 */
export const DdasSignalPartnerSchema = z.enum(DDAS_SIGNAL_PARTNERS);
/**
 * A DDAS v1.2 signal partner type.
 */
export type DdasSignalPartner = z.infer<typeof DdasSignalPartnerSchema>;

/**
 * DDAS v1.2 `EnumSignaalpartner` value for each sector. DDAS has no municipal-tax partner type,
 * so `municipal-tax` and `other` map to `Overige`.
 *
 * @example
 * ```ts
 * import { DDAS_SIGNAL_PARTNER_BY_SECTOR } from '@signaalreis/core';
 * DDAS_SIGNAL_PARTNER_BY_SECTOR.rent; // 'Huur'
 * ```
 */
export const DDAS_SIGNAL_PARTNER_BY_SECTOR = {
  rent: 'Huur',
  energy: 'Energie',
  water: 'Water',
  health: 'Zorg',
  'municipal-tax': 'Overige',
  other: 'Overige',
} as const satisfies Record<Sector, DdasSignalPartner>;

/**
 * The DDAS v1.2 `EnumSignaalpartner` value of a signal: its sector's value, except that a `cak`
 * signal (registration in the health-insurance defaulters' scheme) is `CAK Zorgverzekeringen`.
 *
 * @example
 * ```ts
 * import { ddasSignalPartner } from '@signaalreis/core';
 * ddasSignalPartner('health', 'cak'); // 'CAK Zorgverzekeringen'
 * ddasSignalPartner('energy', 'early'); // 'Energie'
 * ```
 */
export function ddasSignalPartner(sector: Sector, kind: SignalKind): DdasSignalPartner {
  return kind === 'cak' ? 'CAK Zorgverzekeringen' : DDAS_SIGNAL_PARTNER_BY_SECTOR[sector];
}

/**
 * DDAS v1.2 `EnumContactsoort` value for each channel.
 *
 * @example
 * ```ts
 * import { DDAS_CONTACT_KIND_BY_CHANNEL } from '@signaalreis/core';
 * DDAS_CONTACT_KIND_BY_CHANNEL.sms; // 'SMS/Whatsapp'
 * DDAS_CONTACT_KIND_BY_CHANNEL.appointment; // 'Afspraak op locatie'
 * ```
 */
export const DDAS_CONTACT_KIND_BY_CHANNEL = {
  letter: 'Brief',
  card: 'Kaartje',
  email: 'Mail',
  sms: 'SMS/Whatsapp',
  phone: 'Telefoon',
  appointment: 'Afspraak op locatie',
  'home-visit': 'Huisbezoek',
} as const satisfies Record<Channel, string>;

/**
 * The eight DDAS v1.2 signal statuses (`EnumSignaalstatus`), used as the status of every case.
 * Every signal starts as `Nog niet opgepakt` (DDAS business rules).
 *
 * @example
 * ```ts
 * import { DDAS_SIGNAL_STATUSES } from '@signaalreis/core';
 * DDAS_SIGNAL_STATUSES.includes('Opgepakt'); // true
 * ```
 */
export const DDAS_SIGNAL_STATUSES = [
  'Nog niet opgepakt',
  'Opgepakt',
  'Niet opgepakt: onterecht signaal',
  'Niet opgepakt: herhaalde melding',
  'Niet opgepakt: andere reden',
  'Inwoner al bekend bij schuldhulpverlening',
  'Persoon is geen inwoner (meer) in de gemeente',
  'Inwoner is overleden',
] as const;
/**
 * zod schema of a {@link DdasSignalStatus}.
 *
 * @example
 * ```ts
 * import { DdasSignalStatusSchema } from '@signaalreis/core';
 * DdasSignalStatusSchema.parse('Opgepakt');
 * ```
 */
export const DdasSignalStatusSchema = z.enum(DDAS_SIGNAL_STATUSES);
/**
 * A DDAS v1.2 signal status.
 */
export type DdasSignalStatus = z.infer<typeof DdasSignalStatusSchema>;

/**
 * The sixteen DDAS v1.2 case end results (`EnumEindresultaat`).
 *
 * @example
 * ```ts
 * import { DDAS_CASE_RESULTS } from '@signaalreis/core';
 * DDAS_CASE_RESULTS.length; // 16
 * ```
 */
export const DDAS_CASE_RESULTS = [
  '(Budget)advies en/of quick fix',
  'Definitief geen contact kunnen krijgen',
  'Geen reactie na eerder contact',
  'Inwoner al bekend bij schuldhulpverlening',
  'Inwoner heeft al een ander lopend traject',
  'Inwoner heeft zelf al betaald/betalingsregeling getroffen',
  'Inwoner is overleden',
  'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering',
  'Niet opgepakt: andere reden',
  'Niet opgepakt: herhaalde melding',
  'Niet opgepakt: onterecht signaal',
  'Persoon is geen inwoner (meer) in de gemeente',
  'Vervolghulp en/of verwijzing',
  'Vervolghulp en/of verwijzing financieel',
  'Vervolghulp en/of verwijzing niet financieel',
  'Verwijzing zonder tussenkomst inwoner',
] as const;
/**
 * zod schema of a {@link DdasCaseResult}.
 *
 * @example
 * ```ts
 * import { DdasCaseResultSchema } from '@signaalreis/core';
 * DdasCaseResultSchema.safeParse('Inwoner is overleden').success; // true
 * ```
 */
export const DdasCaseResultSchema = z.enum(DDAS_CASE_RESULTS);
/**
 * A DDAS v1.2 case end result.
 */
export type DdasCaseResult = z.infer<typeof DdasCaseResultSchema>;
