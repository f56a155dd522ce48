// Every message of the case store, in one place (Dutch B1 for officers, and English). Locations are
// shown as given, a URL always with its password masked (target.ts); values from the database are
// shown as short excerpts.
import type { Bilingual } from '@signaalreis/core';

/**
 * What the store was doing when the database failed, as the English phrase the code names it by and
 * its Dutch words (with `niet` in its place) for the message an officer reads (`STORE_MESSAGES.failed`).
 */
export const STORE_ACTIONS = {
  'check the key': 'de sleutel niet controleren',
  'count the request': 'het verzoek niet tellen',
  'create the key': 'de sleutel niet aanmaken',
  'list the deliveries': 'de leveringen niet opsommen',
  'list the keys': 'de sleutels niet opsommen',
  'list the months': 'de maanden niet opsommen',
  'list what to purge': 'niet bepalen wat er verwijderd wordt',
  purge: 'de oude gegevens niet verwijderen',
  'read the access audit': 'het toegangslogboek niet lezen',
  'read the active preset': 'de actieve preset niet lezen',
  'read the audit trail': 'het logboek niet lezen',
  'read the case': 'de zaak niet lezen',
  'read the cases': 'de zaken niet lezen',
  'read the delivered signals': 'de geleverde signalen niet lezen',
  'read the feedback sent': 'de verstuurde terugmeldingen niet lezen',
  'read the history': 'de geschiedenis niet lezen',
  'read the preset history': 'de geschiedenis van de preset niet lezen',
  'read the store secret': 'het geheim van de opslag niet lezen',
  'revoke the key': 'de sleutel niet intrekken',
  'store the active preset': 'de actieve preset niet opslaan',
  'store the case record': 'het zaakdossier niet opslaan',
  'store the delivery': 'de levering niet opslaan',
  'store the lifecycle records': 'de zaakdossiers niet opslaan',
  'store the month': 'de maand niet opslaan',
  'write the access audit': 'het toegangslogboek niet schrijven',
  'update its schema': 'haar schema niet bijwerken',
} as const;

/** One of {@link STORE_ACTIONS}. */
export type StoreAction = keyof typeof STORE_ACTIONS;

export const STORE_MESSAGES = {
  urlUnsupported: (shown: string): Bilingual => ({
    nl: `${shown} is geen PostgreSQL-adres: gebruik postgres://… of een map`,
    en: `${shown} is not a PostgreSQL URL: give postgres://… or a folder`,
  }),
  unreachable: (shown: string, why: string): Bilingual => ({
    nl: `De opslag ${shown} is niet bereikbaar: ${why}`,
    en: `Cannot connect to the store ${shown}: ${why}`,
  }),
  notAStore: (shown: string, why: Bilingual): Bilingual => ({
    nl: `${shown} is geen opslag van signaalreis: ${why.nl}`,
    en: `${shown} is not a signaalreis store: ${why.en}`,
  }),
  notAFolder: { nl: 'het is geen map', en: 'it is not a folder' },
  notFound: (shown: string): Bilingual => ({
    nl: `Er is geen opslag in ${shown}: de map bestaat niet (een opslag ontstaat bij de eerste run --store)`,
    en: `There is no store at ${shown}: the folder does not exist (a store is created by the first run --store)`,
  }),
  emptyFolder: (shown: string): Bilingual => ({
    nl: `Er is geen opslag in ${shown}: de map is leeg (een opslag ontstaat bij de eerste run --store)`,
    en: `There is no store at ${shown}: the folder is empty (a store is created by the first run --store)`,
  }),
  foreignFiles: {
    nl: 'de map bevat andere bestanden; geef een lege of nieuwe map',
    en: 'the folder holds other files; give an empty or a new folder',
  },
  badMarker: {
    nl: 'het bestand signaalreis-store.json is beschadigd of onbekend',
    en: 'its signaalreis-store.json is damaged or unknown',
  },
  corrupt: (shown: string, why: string): Bilingual => ({
    nl: `De opslag ${shown} is beschadigd en kan niet worden geopend (${why}); zet een back-up terug`,
    en: `The store ${shown} is damaged and cannot be opened (${why}); restore a backup`,
  }),
  locked: (shown: string, pid: string): Bilingual => ({
    nl: `De opslag ${shown} is in gebruik door een ander signaalreis-proces (${pid}); probeer het straks opnieuw. Draait daar \`signaalreis serve\`? Beheer sleutels dan via de beheer-routes van de service (POST /keys), of gebruik een PostgreSQL-server als opslag: die kan door meer processen tegelijk worden gebruikt`,
    en: `The store ${shown} is in use by another signaalreis process (${pid}); try again when it is done. Is \`signaalreis serve\` running on it? Then manage keys through the service's admin routes (POST /keys), or use a PostgreSQL server as the store: several processes can use it at once`,
  }),
  tooNew: (shown: string, found: string, known: string): Bilingual => ({
    nl: `De opslag ${shown} is gemaakt door een nieuwere versie van signaalreis (schemaversie ${found}; deze versie kent tot ${known}); werk signaalreis bij`,
    en: `The store ${shown} was written by a newer signaalreis (schema version ${found}; this version knows up to ${known}); update signaalreis`,
  }),
  failed: (what: StoreAction, why: string): Bilingual => ({
    nl: `De opslag kon ${STORE_ACTIONS[what]}: ${why}; er is niets veranderd`,
    en: `The store could not ${what}: ${why}; nothing was changed`,
  }),
  monthExists: (municipality: string, month: string): Bilingual => ({
    nl: `Maand ${month} van gemeente ${municipality} staat al in de opslag; geef --replace om hem te vervangen`,
    en: `Month ${month} of municipality ${municipality} is already stored; give --replace to replace it`,
  }),
  monthHasRecords: (municipality: string, month: string, n: number): Bilingual => ({
    nl: `Maand ${month} van gemeente ${municipality} kan niet meer worden vervangen: ${n} zaak/zaken hebben al een dossier (terugkoppeling kan al verstuurd zijn)`,
    en: `Month ${month} of municipality ${municipality} can no longer be replaced: ${n} case(s) have a lifecycle record (feedback may have been sent)`,
  }),
  monthNotFound: (municipality: string, month: string): Bilingual => ({
    nl: `Maand ${month} van gemeente ${municipality} staat niet in de opslag`,
    en: `Month ${month} of municipality ${municipality} is not in the store`,
  }),
  // messages show no case id: an older store's ids hold a household key (postcode and house number)
  caseNotFound: (municipality: string): Bilingual => ({
    nl: `Deze zaak van gemeente ${municipality} staat niet in de opslag`,
    en: `This case of municipality ${municipality} is not in the store`,
  }),
  caseNotInMonth: (month: string): Bilingual => ({
    nl: `De zaak hoort niet bij maand ${month} van deze gemeente`,
    en: `The case does not belong to month ${month} of this municipality`,
  }),
  recordOfOtherCase: {
    nl: 'Het dossier hoort bij een andere zaak (een ander caseId)',
    en: 'The record belongs to another case (another caseId)',
  },
  recordChanged: {
    nl: 'Het dossier van deze zaak is intussen gewijzigd; lees de zaak opnieuw en probeer het nog eens',
    en: 'The record of this case was changed in the meantime; read the case again and retry',
  },
  recordRewritten: {
    nl: 'Het nieuwe dossier zet het opgeslagen dossier niet voort (ander begin, of pogingen of audit-regels weg of gewijzigd)',
    en: 'The new record does not continue the stored one (another start, or attempts or audit entries removed or changed)',
  },
  // a signal id is the partner's own reference: shown by its place in the delivery, not its value
  signalAlreadyDelivered: (month: string): Bilingual => ({
    nl: `Een eerdere levering van ${month} bevat dit signaal (zelfde partner en signaal-id) al`,
    en: `An earlier delivery of ${month} already holds this signal (same partner and signal id)`,
  }),
  rowInvalid: (table: string, key: string, why: Bilingual): Bilingual => ({
    nl: `Een rij in ${table} (${key}) is niet wat signaalreis schreef: ${why.nl}`,
    en: `A row of ${table} (${key}) is not what signaalreis wrote: ${why.en}`,
  }),
} as const;

/** The messages of the service's keys (access-store.ts, sql-access.ts). */
export const ACCESS_MESSAGES = {
  invalid: {
    nl: 'Onbekende, ingetrokken of onjuiste sleutel',
    en: 'Unknown, revoked or wrong key',
  },
  notFound: { nl: 'Er is geen sleutel met dit id', en: 'There is no key with this id' },
  badRole: {
    nl: 'Onbekende rol: kies officer, partner, researcher of admin',
    en: 'Unknown role: choose officer, partner, researcher or admin',
  },
  adminScope: {
    nl: 'Een admin-sleutel hoort bij geen gemeente en geen partner',
    en: 'An admin key belongs to no municipality and no partner',
  },
  needsMunicipality: (role: string): Bilingual => ({
    nl: `Een sleutel met de rol ${role} heeft minstens één gemeentecode nodig`,
    en: `A key with the role ${role} needs at least one municipality code`,
  }),
  badMunicipality: {
    nl: 'Een gemeentecode is geen CBS-code van vier cijfers',
    en: 'A municipality code is not a CBS code of four digits',
  },
  needsPartner: {
    nl: 'Een partner-sleutel heeft een partner-id nodig',
    en: 'A partner key needs a partner id',
  },
  partnerOnly: {
    nl: 'Alleen een partner-sleutel hoort bij een partner',
    en: 'Only a partner key belongs to a partner',
  },
  unsupported: {
    nl: 'Sleutels worden alleen bewaard in een opslag die openCaseStore opende',
    en: 'Keys are kept only in a store opened by openCaseStore',
  },
} as const;
