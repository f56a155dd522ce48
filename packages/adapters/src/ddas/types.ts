// The DDAS v1.2 exchange model (`Uitwisselmodel`) as TypeScript types: field for field the JSON
// Schema in standards/ddas-v1.2/json_schema_Uitwisselmodel.json (ddas-v1.2). Dutch field names, as
// the schema has them; every field the schema leaves optional is optional here.
import type {
  DdasCaseResult,
  DdasContactKind,
  DdasPartOfDay,
  DdasSignalPartner,
  DdasSignalStatus,
} from '@signaalreis/core';

/**
 * The client of a DDAS signal: by BSN (exactly 9 characters, nothing else) or by postcode and
 * house number (optionally with addition, gender and birth date) — the schema's `oneOf`.
 * signaalreis writes and reads only the second form, without gender or birth date.
 *
 * @example
 * ```ts
 * import type { DdasClient } from '@signaalreis/adapters/ddas';
 * const client: DdasClient = { postcode: '7411AB', huisnummer: '12', huisnummertoevoeging: 'A-1' };
 * ```
 */
export interface DdasClient {
  burgerservicenummer?: string;
  geslachtsaanduiding?: 'Man' | 'Vrouw' | 'Onbekend' | 'Leeg';
  geboortedatum?: string;
  postcode?: string;
  huisnummer?: string;
  huisnummertoevoeging?: string;
}

/**
 * One DDAS signal (`vroegsignaal`): `ID`, `client` and `signaalpartner` are required.
 *
 * @example
 * ```ts
 * import type { DdasVroegsignaal } from '@signaalreis/adapters/ddas';
 * const s: DdasVroegsignaal = {
 *   ID: 'WO-LND-202610-0002',
 *   crisissignaal: true, // an eviction
 *   warmeOverdracht: false,
 *   bedrag: 2253, // whole euros
 *   ontstaansdatum: '2026-05-17',
 *   signaaldatum: '2026-10-19',
 *   status: 'Opgepakt',
 *   signaalpartner: { type: 'Huur' },
 *   client: { postcode: '7418PM', huisnummer: '165' },
 * };
 * ```
 */
export interface DdasVroegsignaal {
  ID: string;
  crisissignaal?: boolean;
  warmeOverdracht?: boolean;
  bedrag?: number;
  ontstaansdatum?: string;
  signaaldatum?: string;
  status?: DdasSignalStatus;
  signaalpartner: { type?: DdasSignalPartner };
  client: DdasClient;
}

/**
 * One contact attempt of a DDAS case (`contactpoging`).
 *
 * @example
 * ```ts
 * import type { DdasContactpoging } from '@signaalreis/adapters/ddas';
 * const p: DdasContactpoging = { soort: 'Huisbezoek', bereikt: false, datum: '2026-10-27', dagdeel: 'Avond' };
 * ```
 */
export interface DdasContactpoging {
  soort?: DdasContactKind;
  bereikt?: boolean;
  datum?: string;
  dagdeel?: DdasPartOfDay;
}

/**
 * One DDAS case (`vroegsignaalzaak`): its signals by `ID`, the matching date and period, the date
 * it was picked up, the contact attempts and the end result. DDAS gives a case no id of its own.
 *
 * @example
 * ```ts
 * import type { DdasVroegsignaalzaak } from '@signaalreis/adapters/ddas';
 * const z: DdasVroegsignaalzaak = {
 *   matchingsdatum: '2026-10-26',
 *   startdatumMatchingperiode: '2026-10-01',
 *   einddatumMatchingperiode: '2026-10-31',
 *   datumOpgepakt: '2026-10-26',
 *   vroegsignalen: [{ ID: 'WO-LND-202610-0002' }],
 *   contactpogingen: [],
 *   resultaat: 'Definitief geen contact kunnen krijgen',
 * };
 * ```
 */
export interface DdasVroegsignaalzaak {
  resultaat?: DdasCaseResult;
  matchingsdatum?: string;
  startdatumMatchingperiode?: string;
  datumOpgepakt?: string;
  einddatumMatchingperiode?: string;
  vroegsignalen?: { ID: string }[];
  contactpogingen?: DdasContactpoging[];
}

/**
 * The organisation that delivers for a municipality. signaalreis writes only `naam`: contact
 * persons are names, which a delivery does not need (data minimisation).
 *
 * @example
 * ```ts
 * import type { DdasOrganisatie } from '@signaalreis/adapters/ddas';
 * const o: DdasOrganisatie = { naam: 'Gemeente Voorbeeldstad' };
 * ```
 */
export interface DdasOrganisatie {
  naam?: string;
  'kvk-nummer'?: string;
  contactpersonen?: { naam?: string; telefoonnummer?: string; email?: string; functietitel?: string }[];
}

/**
 * The delivery of one municipality (`levering`): its CBS code, a counter, the delivering
 * organisation, its signals and its cases.
 *
 * @example
 * ```ts
 * import type { DdasLevering } from '@signaalreis/adapters/ddas';
 * const empty: DdasLevering = {
 *   teller: 1,
 *   gemeentecode: '0363',
 *   aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' },
 *   vroegsignalen: [],
 *   vroegsignaalzaken: [],
 * }; // a month without signals is still delivered
 * ```
 */
export interface DdasLevering {
  teller: number;
  gemeentecode: string;
  aanleverendeOrganisatie: DdasOrganisatie;
  vroegsignalen?: DdasVroegsignaal[];
  vroegsignaalzaken?: DdasVroegsignaalzaak[];
}

/**
 * A DDAS v1.2 delivery file (`Uitwisselmodel`): the period, when it was delivered, by which data
 * supplier, and one `levering` per municipality.
 *
 * @example
 * ```ts
 * import type { Uitwisselmodel } from '@signaalreis/adapters/ddas';
 * const d: Uitwisselmodel = {
 *   startdatumLevering: '2026-10-01',
 *   einddatumLevering: '2026-10-31',
 *   aanleverdatumEnTijd: '2026-11-02T09:00:00Z', // UTC
 *   codeGegevensleverancier: 'SIGNAALREIS',
 *   leveringen: [{ teller: 1, gemeentecode: '0363', aanleverendeOrganisatie: { naam: 'Gemeente Voorbeeldstad' } }],
 * };
 * ```
 */
export interface Uitwisselmodel {
  startdatumLevering: string;
  einddatumLevering: string;
  aanleverdatumEnTijd: string;
  codeGegevensleverancier: string;
  leveringen?: DdasLevering[];
}
