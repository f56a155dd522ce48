// Every text the service answers with, in one place: the titles of its problems (Dutch by default,
// English with Accept-Language: en) and the sentences of its own issues.
import type { Bilingual } from '@signaalreis/core';

/**
 * The problems the service answers with: HTTP status and title in Dutch and English. The `type`
 * of a problem is `urn:signaalreis:problem:<code>`.
 *
 * @example
 * ```ts
 * import { PROBLEMS } from '@signaalreis/adapters/service';
 * PROBLEMS.not_found.status; // 404: also for a municipality outside the key's scope
 * ```
 */
export const PROBLEMS = {
  unauthorized: { status: 401, title: { nl: 'Niet aangemeld', en: 'Not authenticated' } },
  forbidden: { status: 403, title: { nl: 'Geen toegang', en: 'Forbidden' } },
  not_found: { status: 404, title: { nl: 'Niet gevonden', en: 'Not found' } },
  method_not_allowed: { status: 405, title: { nl: 'Methode niet toegestaan', en: 'Method not allowed' } },
  body_too_large: { status: 413, title: { nl: 'Verzoek te groot', en: 'Request body too large' } },
  unsupported_media_type: {
    status: 415,
    title: { nl: 'Verkeerd type inhoud', en: 'Unsupported media type' },
  },
  malformed_json: { status: 400, title: { nl: 'Geen geldige JSON', en: 'Malformed JSON' } },
  conflict: {
    status: 409,
    title: { nl: 'Conflict met de stand van de zaak', en: 'Conflict with the state of the case' },
  },
  invalid_request: { status: 422, title: { nl: 'Ongeldig verzoek', en: 'Invalid request' } },
  rate_limited: { status: 429, title: { nl: 'Te veel verzoeken', en: 'Too many requests' } },
  store_unavailable: {
    status: 503,
    title: { nl: 'Opslag niet beschikbaar', en: 'Store unavailable' },
  },
  internal: { status: 500, title: { nl: 'Interne fout', en: 'Internal error' } },
  // deliveries and the monthly run (issue 12, the write side)
  too_many_rows: { status: 413, title: { nl: 'Te veel rijen', en: 'Too many rows' } },
  unreadable_delivery: {
    status: 422,
    title: { nl: 'Levering niet leesbaar', en: 'Delivery cannot be read' },
  },
  no_signals_accepted: {
    status: 422,
    title: { nl: 'Geen enkel signaal goedgekeurd', en: 'No signal accepted' },
  },
  signal_already_delivered: {
    status: 409,
    title: { nl: 'Signaal al geleverd', en: 'Signal already delivered' },
  },
  no_deliveries: { status: 422, title: { nl: 'Geen leveringen', en: 'No deliveries' } },
  month_in_future: {
    status: 422,
    title: { nl: 'Maand ligt in de toekomst', en: 'Month lies in the future' },
  },
  invalid_preset: { status: 422, title: { nl: 'Preset niet bruikbaar', en: 'Preset not usable' } },
  month_exists: { status: 409, title: { nl: 'Maand al opgeslagen', en: 'Month already stored' } },
  month_has_records: {
    status: 409,
    title: { nl: 'Maand heeft dossiers', en: 'Month has lifecycle records' },
  },
  // a DDAS v1.2 delivery as input (issue 12)
  invalid_ddas_delivery: {
    status: 422,
    title: { nl: 'DDAS-levering niet bruikbaar', en: 'DDAS delivery not usable' },
  },
  other_municipality: {
    status: 422,
    title: { nl: 'Levering van een andere gemeente', en: 'Delivery of another municipality' },
  },
  // lookups of the run (issue 12)
  invalid_lookup: {
    status: 422,
    title: { nl: 'Opzoekbestand niet bruikbaar', en: 'Lookup not usable' },
  },
  // a municipality's active preset (issue 12)
  no_active_preset: {
    status: 409,
    title: { nl: 'Geen actieve preset', en: 'No active preset' },
  },
  // a month's case list a page at a time (issue 14)
  month_changed: {
    status: 409,
    title: { nl: 'Maand opnieuw opgeslagen', en: 'Month stored again' },
  },
} as const satisfies Record<string, { status: number; title: Bilingual }>;

/** The code of a problem the service answers with. */
export type ProblemCode = keyof typeof PROBLEMS;

/** The sentences of the service's own issues and details. */
export const SERVICE_MESSAGES = {
  noKey: {
    nl: 'Geef een sleutel mee: Authorization: Bearer sr_…',
    en: 'Send a key: Authorization: Bearer sr_…',
  },
  badKey: { nl: 'Onbekende, ingetrokken of onjuiste sleutel', en: 'Unknown, revoked or wrong key' },
  role: (roles: readonly string[]): Bilingual => ({
    nl: `Deze route is alleen voor de rol(len) ${roles.join(', ')}`,
    en: `This route is only for the role(s) ${roles.join(', ')}`,
  }),
  otherPartner: {
    nl: 'Een partner-sleutel leest alleen de terugkoppeling aan de eigen partner',
    en: 'A partner key reads only the feedback to its own partner',
  },
  notFound: {
    nl: 'Niet gevonden, of niet van een gemeente van deze sleutel',
    en: 'Not found, or not of a municipality of this key',
  },
  noRoute: { nl: 'Deze route bestaat niet', en: 'There is no such route' },
  tooLarge: (max: number): Bilingual => ({
    nl: `Het verzoek is groter dan ${max} bytes`,
    en: `The request body is larger than ${max} bytes`,
  }),
  notJson: {
    nl: 'Stuur de inhoud als application/json',
    en: 'Send the body as application/json',
  },
  rate: (perMinute: number): Bilingual => ({
    nl: `Meer dan ${perMinute} verzoeken per minuut met deze sleutel`,
    en: `More than ${perMinute} requests a minute with this key`,
  }),
  store: { nl: 'De opslag gaf een fout; probeer het later opnieuw', en: 'The store failed; try again later' },
  internal: {
    nl: 'Er ging iets mis in de dienst; meld het met het tijdstip',
    en: 'Something went wrong in the service; report it with the time',
  },
  periodOrder: { nl: 'from ligt na to', en: 'from is after to' },
  noOrganisation: {
    nl: 'Geef organisation mee (de naam van de aanleverende organisatie) of stel hem in bij de dienst',
    en: 'Give organisation (the name of the delivering organisation) or configure it in the service',
  },
  lifecycleRefused: {
    nl: 'De levensloop staat dit nu niet toe; de issues zeggen waarom',
    en: 'The lifecycle does not allow this now; the issues say why',
  },
  recordChanged: {
    nl: 'De zaak is intussen gewijzigd; lees haar opnieuw en probeer het nog eens',
    en: 'The case was changed in the meantime; read it again and retry',
  },
  atBeforeDelivery: (day: string): Bilingual => ({
    nl: `at ligt vóór de leverdag ${day} van de maand`,
    en: `at is before the delivery day ${day} of the month`,
  }),
  atInFuture: (today: string): Bilingual => ({
    nl: `at ligt na vandaag (${today}): terugkoppeling wordt niet vooruit verstuurd`,
    en: `at is after today (${today}): feedback is never sent ahead`,
  }),
  keyNotFound: { nl: 'Er is geen sleutel met dit id', en: 'There is no key with this id' },
  // deliveries and the monthly run (issue 12, the write side)
  deliveryType: {
    nl: 'Stuur de levering als text/csv, als Excel-werkmap (.xlsx) of als application/json { rows }',
    en: 'Send the delivery as text/csv, as an Excel workbook (.xlsx) or as application/json { rows }',
  },
  emptyDelivery: { nl: 'De levering is leeg', en: 'The delivery is empty' },
  tooManyRows: (max: number): Bilingual => ({
    nl: `De levering heeft meer dan ${max} rijen (maxRowsPerDelivery); splits haar op`,
    en: `The delivery has more than ${max} rows (maxRowsPerDelivery); split it`,
  }),
  noneAccepted: (rows: number): Bilingual => ({
    nl: `Geen van de ${rows} rijen is goedgekeurd; er is niets opgeslagen (de issues noemen de rijen)`,
    en: `None of the ${rows} rows was accepted; nothing was stored (the issues name the rows)`,
  }),
  otherPartnerRows: {
    nl: 'Een partner-sleutel levert alleen signalen van de eigen partner (partner_id); er is niets opgeslagen',
    en: 'A partner key delivers only signals of its own partner (partner_id); nothing was stored',
  },
  alreadyDelivered: {
    nl: 'Een eerdere levering van deze maand bevat deze signalen al; er is niets opgeslagen',
    en: 'An earlier delivery of this month holds these signals already; nothing was stored',
  },
  noWorklist: (team: string, channel: string, month: string): Bilingual => ({
    nl: `Maand ${month} heeft geen werklijst voor team ${team} en kanaal ${channel}`,
    en: `Month ${month} has no worklist for team ${team} and channel ${channel}`,
  }),
  noDeliveries: (month: string): Bilingual => ({
    nl: `Er is geen levering met goedgekeurde signalen voor ${month}`,
    en: `There is no delivery with accepted signals for ${month}`,
  }),
  monthInFuture: (month: string, now: string): Bilingual => ({
    nl: `Maand ${month} ligt na deze maand (${now}): signalen worden geleverd voor de maand waarin ze vallen, en die maand wordt aan het eind ervan gedraaid`,
    en: `Month ${month} lies after this month (${now}): signals are delivered for the month they fall in, which is run at its end`,
  }),
  outsideMonth: (outside: number, accepted: number, month: string): Bilingual => ({
    nl: `${outside} van de ${accepted} signalen hebben een datum buiten ${month}: de run van ${month} zet ze apart`,
    en: `${outside} of the ${accepted} signals are dated outside ${month}: the run of ${month} sets them aside`,
  }),
  monthAlreadyRun: (month: string, decidedOn: string): Bilingual => ({
    nl: `Maand ${month} is al gedraaid (besloten op ${decidedOn}): deze signalen tellen alleen mee als de maand opnieuw wordt gedraaid (POST …/run met "replace": true), en dat kan niet meer zodra er contactpogingen of terugmeldingen zijn vastgelegd`,
    en: `Month ${month} has been run already (decided on ${decidedOn}): these signals count only if the month is run again (POST …/run with "replace": true), which can no longer be done once attempts or feedback are recorded`,
  }),
  monthExists: (month: string): Bilingual => ({
    nl: `Maand ${month} is al opgeslagen; geef replace: true om haar te vervangen`,
    en: `Month ${month} is stored already; give replace: true to replace it`,
  }),
  monthHasRecords: (month: string): Bilingual => ({
    nl: `Maand ${month} heeft al dossiers (terugkoppeling liep); zij kan niet meer vervangen worden`,
    en: `Month ${month} has lifecycle records (feedback ran); it can no longer be replaced`,
  }),
  // a DDAS v1.2 delivery as input (issue 12)
  otherMunicipality: (code: string): Bilingual => ({
    nl: `Deze levering is niet van gemeente ${code} (het pad); er is niets opgeslagen. Lever haar bij de eigen gemeente aan`,
    en: `This levering is not of municipality ${code} (the path); nothing was stored. Deliver it to its own municipality`,
  }),
  nothingToImport: {
    nl: 'De levering bevat geen signalen en geen zaken: er is niets opgeslagen',
    en: 'The delivery holds no signals and no cases: nothing was stored',
  },
  importMonthExists: (months: readonly string[]): Bilingual =>
    months.length === 1
      ? {
          nl: `Maand ${months[0]} is al opgeslagen; een import vervangt geen maand. Er is niets opgeslagen`,
          en: `Month ${months[0]} is stored already; an import replaces no month. Nothing was stored`,
        }
      : {
          nl: `Maanden ${months.join(', ')} zijn al opgeslagen; een import vervangt geen maand. Er is niets opgeslagen`,
          en: `Months ${months.join(', ')} are stored already; an import replaces no month. Nothing was stored`,
        },
  monthsStored: (months: readonly string[]): Bilingual => ({
    nl: `Wel opgeslagen door dit verzoek: ${months.join(', ')}`,
    en: `Stored by this request nevertheless: ${months.join(', ')}`,
  }),
  // a municipality's active preset (issue 12)
  noActivePreset: (code: string): Bilingual => ({
    nl: `Gemeente ${code} heeft geen actieve preset. Noem een preset in het verzoek ({ "preset": "type-medium" }) of stel er een in met PUT /municipalities/${code}/preset`,
    en: `Municipality ${code} has no active preset. Name a preset in the request ({ "preset": "type-medium" }) or set one with PUT /municipalities/${code}/preset`,
  }),
  noActivePresetYet: (code: string): Bilingual => ({
    nl: `Gemeente ${code} heeft nog geen actieve preset; stel er een in met PUT`,
    en: `Municipality ${code} has no active preset yet; set one with PUT`,
  }),
  activePresetInvalid: {
    nl: 'De actieve preset laadt niet meer (is een gebundelde preset gewijzigd?); stel een nieuwe versie in',
    en: 'The active preset no longer loads (did a bundled preset change?); set a new version',
  },
  // lookups of the run (issue 12)
  lookupIssues: (total: number, shown: number): Bilingual => ({
    nl: `De opzoekgegevens hebben ${total} probleem/problemen${total > shown ? ` (de eerste ${shown} staan hier)` : ''}; er is niets gedraaid. Net als signaalreis run --register/--debt-assistance draait de dienst alleen met foutloze opzoekgegevens`,
    en: `The lookups have ${total} problem(s)${total > shown ? ` (the first ${shown} are here)` : ''}; nothing was run. As signaalreis run --register/--debt-assistance, the service runs only with lookups without problems`,
  }),
  tooManyLookupRows: (which: string, max: number): Bilingual => ({
    nl: `lookups.${which} heeft meer dan ${max} rijen (maxRowsPerDelivery); stuur alleen het uittreksel voor de maand`,
    en: `lookups.${which} has more than ${max} rows (maxRowsPerDelivery); send only the month's extract`,
  }),
  // the researcher's export (issue 12)
  researchPeriod: (max: number): Bilingual => ({
    nl: `from moet vóór of gelijk aan to liggen, en de periode mag hoogstens ${max} maanden beslaan`,
    en: `from must be before or equal to to, and the period may span at most ${max} months`,
  }),
  badCursor: {
    nl: 'Deze cursor is niet van deze lijst: geef de next van de vorige pagina mee, of geen cursor voor de eerste',
    en: 'This cursor is not of this list: send the next of the page before, or no cursor for the first',
  },
  monthChanged: (month: string): Bilingual => ({
    nl: `Maand ${month} is opnieuw opgeslagen sinds de eerste pagina: vraag de lijst opnieuw op, zonder cursor`,
    en: `Month ${month} was stored again since the first page: ask for the list again, without a cursor`,
  }),
  unknownPreset: (id: string): Bilingual => ({
    nl: `Er is geen preset ${id}`,
    en: `There is no preset ${id}`,
  }),
} as const;
