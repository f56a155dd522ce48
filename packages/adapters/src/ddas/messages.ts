// Every text of the DDAS export and import, in one place: plain Dutch (B1) for municipal officers,
// and English. Messages name fields, ids and counts, never a client's address or BSN; values from
// a file are shown as short excerpts only.
import { type Bilingual, excerpt } from '@signaalreis/core';

type B = Bilingual;
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  integer: 'een geheel getal',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
};
const FORMAT_NL: Record<string, string> = {
  date: 'datum (JJJJ-MM-DD)',
  'date-time': 'datum met tijd (JJJJ-MM-DDTuu:mm:ssZ)',
  email: 'e-mailadres',
  time: 'tijd (uu:mm:ss)',
};
const FORMAT_EN: Record<string, string> = {
  date: 'date (YYYY-MM-DD)',
  'date-time': 'date and time (YYYY-MM-DDThh:mm:ssZ)',
  email: 'e-mail address',
  time: 'time (hh:mm:ss)',
};
const LIMIT: Record<string, B> = {
  minLength: { nl: 'moet minstens {n} tekens hebben', en: 'must have at least {n} characters' },
  maxLength: { nl: 'mag hoogstens {n} tekens hebben', en: 'must have at most {n} characters' },
  minItems: { nl: 'moet minstens {n} onderdeel hebben', en: 'must have at least {n} item(s)' },
};

/** Messages of the DDAS export and import. */
export const DDAS_MESSAGES = {
  // Validation against the JSON Schema: `schema(text, schemaPath)` wraps one of the texts below.
  schema: (text: B, schemaPath: string): B => ({
    nl: `DDAS-schema: ${text.nl} (schemapad ${excerpt(schemaPath, 160)})`,
    en: `DDAS schema: ${text.en} (schema path ${excerpt(schemaPath, 160)})`,
  }),
  schemaRequired: (field: string): B => ({ nl: `"${field}" ontbreekt`, en: `"${field}" is missing` }),
  schemaAdditional: (field: string): B => ({
    nl: `"${field}" hoort hier niet: het schema staat hier geen andere velden toe`,
    en: `"${field}" is not allowed here: the schema allows no other fields here`,
  }),
  schemaType: (type: string): B => ({
    nl: `moet ${TYPE_NL[type] ?? type} zijn`,
    en: `must be ${type === 'integer' ? 'an integer' : `of type ${type}`}`,
  }),
  schemaEnum: (allowed: string[]): B => ({
    nl: `moet een van deze waarden zijn: ${allowed.join(', ')}`,
    en: `must be one of: ${allowed.join(', ')}`,
  }),
  schemaFormat: (format: string): B => ({
    nl: `is geen geldige ${FORMAT_NL[format] ?? format}`,
    en: `is not a valid ${FORMAT_EN[format] ?? format}`,
  }),
  schemaLimit: (keyword: string, limit: number): B => {
    const t = LIMIT[keyword] ?? { nl: `${keyword} {n}`, en: `${keyword} {n}` };
    return { nl: t.nl.replace('{n}', String(limit)), en: t.en.replace('{n}', String(limit)) };
  },
  schemaUnique: (i: number, j: number): B => ({
    nl: `onderdeel ${j} en ${i} zijn precies gelijk; dat mag niet`,
    en: `items ${j} and ${i} are identical, which is not allowed`,
  }),
  schemaOneOf: {
    nl: 'past niet op precies één van de toegestane vormen (bij een cliënt: alleen een BSN van 9 tekens, óf postcode en huisnummer zonder BSN)',
    en: 'does not match exactly one of the allowed forms (for a client: a 9-character BSN alone, or postcode and house number without a BSN)',
  } satisfies B,
  schemaNot: {
    nl: 'heeft een vorm die hier niet mag',
    en: 'has a form that is not allowed here',
  } satisfies B,
  schemaOther: (keyword: string, message: string): B => ({
    nl: `voldoet niet aan de regel "${keyword}"`,
    en: `${excerpt(message, 120)} (${keyword})`,
  }),
  schemaMore: (count: number): B => ({
    nl: `en nog ${count} andere fouten tegen het schema`,
    en: `and ${count} more schema problems`,
  }),

  // Export: the input.
  badDate: (what: string): B => ({
    nl: `${what} moet een echte datum zijn, geschreven als JJJJ-MM-DD`,
    en: `${what} must be a real date written YYYY-MM-DD`,
  }),
  periodOrder: (from: string, to: string): B => ({
    nl: `De periode begint op ${from}, na het einde ${to}`,
    en: `The period starts on ${from}, after its end ${to}`,
  }),
  badText: (what: string, max: number): B => ({
    nl: `${what} moet tekst zijn van 1 tot ${max} tekens, zonder stuurtekens`,
    en: `${what} must be text of 1 to ${max} characters, without control characters`,
  }),
  badNow: {
    nl: 'Het moment van aanleveren is geen geldige datum en tijd',
    en: 'The moment of delivery is not a valid date and time',
  } satisfies B,
  badMunicipality: (value: string): B => ({
    nl: `"${excerpt(value)}" is geen CBS-gemeentecode van vier cijfers (bijv. 0363)`,
    en: `"${excerpt(value)}" is not a CBS municipality code of four digits (e.g. 0363)`,
  }),
  monthTwice: (municipality: string, month: string): B => ({
    nl: `Gemeente ${municipality} heeft twee zaakbestanden voor ${month}; geef er één (de signalen zouden dubbel worden geleverd)`,
    en: `Municipality ${municipality} has two case files for ${month}; give one (its signals would be delivered twice)`,
  }),
  monthOutsidePeriod: (month: string, from: string, to: string): B => ({
    nl: `De maand ${month} valt buiten de periode ${from} – ${to}; die zaken zijn niet geleverd`,
    en: `The month ${month} lies outside the period ${from} – ${to}; its cases are not delivered`,
  }),
  clientAddress: {
    nl: 'De huishoudsleutel van deze zaak is geen postcode met huisnummer die DDAS kan bevatten; de zaak kan niet worden geleverd',
    en: 'The household key of this case is not a postcode and house number that DDAS can hold; the case cannot be delivered',
  } satisfies B,
  caseWithoutSignals: {
    nl: 'Deze zaak heeft geen signalen; DDAS vraagt minstens één signaal per zaak',
    en: 'This case has no signals; DDAS needs at least one signal per case',
  } satisfies B,
  signalTwice: (id: string, municipality: string): B => ({
    nl: `Signaal ${excerpt(id)} komt twee keer voor in de levering van gemeente ${municipality}; een zaak verwijst naar signalen met hun ID`,
    en: `Signal ${excerpt(id)} appears twice in the delivery of municipality ${municipality}; a case refers to its signals by ID`,
  }),
  recordInvalid: (text: B): B => ({
    nl: `Het dossier van deze zaak klopt niet met de levensloop: ${text.nl}`,
    en: `The record of this case does not fit the lifecycle: ${text.en}`,
  }),

  // Import.
  municipalityTwice: (code: string, first: number): B => ({
    nl: `Gemeente ${code} heeft al een levering (leveringen.${first}); één levering per gemeente`,
    en: `Municipality ${code} already has a delivery (leveringen.${first}); one delivery per municipality`,
  }),
  idTwice: (id: string, first: number): B => ({
    nl: `Signaal-ID ${excerpt(id)} komt nog een keer voor (eerst bij vroegsignalen.${first})`,
    en: `Signal ID ${excerpt(id)} appears again (first at vroegsignalen.${first})`,
  }),
  bsnOnly: {
    nl: 'Deze cliënt heeft alleen een BSN. signaalreis bewaart geen BSN en herkent een huishouden aan postcode en huisnummer: lever deze cliënt met postcode en huisnummer',
    en: 'This client has a BSN only. signaalreis keeps no BSN and knows a household by postcode and house number: deliver this client with postcode and house number',
  } satisfies B,
  badAddress: {
    nl: 'Postcode of huisnummer van deze cliënt kan niet worden gelezen (verwacht bijv. 7411AB en 12, toevoeging A-1)',
    en: 'The postcode or house number of this client cannot be read (expected e.g. 7411AB and 12, addition A-1)',
  } satisfies B,
  missing: (field: string, why: B): B => ({
    nl: `"${field}" ontbreekt; signaalreis heeft het nodig ${why.nl}`,
    en: `"${field}" is missing; signaalreis needs it ${why.en}`,
  }),
  needAmount: { nl: 'voor het bedrag van het signaal', en: 'for the amount of the signal' } satisfies B,
  needDate: { nl: 'voor de leeftijd van de achterstand', en: 'for the age of the arrear' } satisfies B,
  needSignalDate: {
    nl: 'om het signaal in een maand te plaatsen',
    en: 'to place the signal in a month',
  } satisfies B,
  needType: {
    nl: 'voor de sector van de signaalpartner',
    en: 'for the sector of the signal partner',
  } satisfies B,
  badAmount: {
    nl: 'Het bedrag moet minstens 1 euro zijn (hele euro’s)',
    en: 'The amount must be at least 1 euro (whole euros)',
  } satisfies B,
  dateOutside: (field: string): B => ({
    nl: `"${field}" ligt buiten de jaren die signaalreis kent`,
    en: `"${field}" lies outside the years signaalreis knows`,
  }),
  unknownRef: (id: string): B => ({
    nl: `Deze zaak verwijst naar signaal ${excerpt(id)}, maar dat staat niet bij de vroegsignalen van deze levering`,
    en: `This case refers to signal ${excerpt(id)}, which is not among the signals of this delivery`,
  }),
  refTwice: (id: string, first: number): B => ({
    nl: `Signaal ${excerpt(id)} hoort al bij zaak vroegsignaalzaken.${first}; een signaal hoort bij één zaak`,
    en: `Signal ${excerpt(id)} already belongs to case vroegsignaalzaken.${first}; a signal belongs to one case`,
  }),
  noSignals: {
    nl: 'Deze zaak heeft geen vroegsignalen; signaalreis kan een zaak zonder signalen niet bewaren',
    en: 'This case has no signals; signaalreis cannot keep a case without signals',
  } satisfies B,
  twoHouseholds: {
    nl: 'De signalen van deze zaak horen bij verschillende adressen; in signaalreis is een zaak één huishouden in één maand',
    en: 'The signals of this case belong to different addresses; in signaalreis a case is one household in one month',
  } satisfies B,
  caseTwice: (month: string, first: string): B => ({
    nl: `Dit huishouden heeft in ${month} al een zaak (${first}); in signaalreis is een zaak één huishouden in één maand`,
    en: `This household already has a case in ${month} (${first}); in signaalreis a case is one household in one month`,
  }),
  recordFailed: (text: B): B => ({
    nl: `Het dossier van deze zaak kan niet worden opgebouwd: ${text.nl}`,
    en: `The record of this case cannot be built: ${text.en}`,
  }),

  // Import: warnings (what signaalreis cannot keep).
  partnerTypes: (types: string[], count: number): B => ({
    nl: `${n(count, 'signaal heeft', 'signalen hebben')} een signaalpartner zonder eigen sector in signaalreis (${types.join(', ')}): bewaard als sector "other", een nieuwe levering zegt "Overige"`,
    en: `${n(count, 'signal has', 'signals have')} a signal partner without a sector of its own in signaalreis (${types.join(', ')}): kept as sector "other", a new delivery says "Overige"`,
  }),
  flagsLost: (count: number): B => ({
    nl: `${n(count, 'signaal heeft', 'signalen hebben')} meer dan één van crisissignaal, warme overdracht en CAK; signaalreis bewaart één soort signaal (crisis gaat voor, dan warme overdracht)`,
    en: `${n(count, 'signal has', 'signals have')} more than one of crisis, warm referral and CAK; signaalreis keeps one kind of signal (crisis first, then warm referral)`,
  }),
  personDataDropped: (count: number): B => ({
    nl: `Bij ${n(count, 'cliënt', 'cliënten')} zijn geslacht of geboortedatum niet bewaard: signaalreis bewaart die niet (dataminimalisatie)`,
    en: `The gender or birth date of ${n(count, 'client was', 'clients were')} not kept: signaalreis does not keep them (data minimisation)`,
  }),
  contactPersonsDropped: {
    nl: 'De contactpersonen van de aanleverende organisatie zijn niet bewaard (dataminimalisatie)',
    en: 'The contact persons of the delivering organisation were not kept (data minimisation)',
  } satisfies B,
  kvkNumberDropped: {
    nl: 'Het KvK-nummer van de aanleverende organisatie is niet bewaard: een zaakbestand heeft er geen plaats voor',
    en: 'The KvK number of the delivering organisation was not kept: a case file has no place for it',
  } satisfies B,
  signalsWithoutCase: (count: number): B => ({
    nl: `${n(count, 'signaal hoort', 'signalen horen')} bij geen enkele zaak: ingelezen als zaak van hun huishouden in de maand van de signaaldatum`,
    en: `${n(count, 'signal belongs', 'signals belong')} to no case: read as the case of their household in the month of their signal date`,
  }),
  matchingDates: (count: number, month: string, kept: string): B => ({
    nl: `${n(count, 'zaak', 'zaken')} in ${month} ${count === 1 ? 'heeft' : 'hebben'} een andere matchingsdatum; het zaakbestand van die maand houdt ${kept}`,
    en: `${n(count, 'case', 'cases')} in ${month} ${count === 1 ? 'has' : 'have'} another matching date; the case file of that month keeps ${kept}`,
  }),
  periodNotMonth: (count: number): B => ({
    nl: `${n(count, 'zaak heeft', 'zaken hebben')} een matchingperiode die geen kalendermaand is; signaalreis bewaart zaken per maand (de maand van het begin)`,
    en: `${n(count, 'case has', 'cases have')} a matching period that is not a calendar month; signaalreis keeps cases per month (the month of its start)`,
  }),
  attemptsDropped: (count: number): B => ({
    nl: `${n(count, 'contactpoging', 'contactpogingen')} zonder datum, "bereikt" of dagdeel niet ingelezen`,
    en: `${n(count, 'contact attempt', 'contact attempts')} without date, "bereikt" or part of day not read`,
  }),
  attemptsUnknownKind: (count: number): B => ({
    nl: `${n(count, 'contactpoging', 'contactpogingen')} zonder soort ingelezen als "Onbekend"`,
    en: `${n(count, 'contact attempt', 'contact attempts')} without a kind read as "Onbekend"`,
  }),
  attemptRefused: (text: B): B => ({
    nl: `Contactpoging niet bewaard: ${text.nl}`,
    en: `Contact attempt not kept: ${text.en}`,
  }),
  resultNotReachable: (result: string, status: string): B => ({
    nl: `Het resultaat "${result}" kan in de levensloop niet volgen op de status "${status}"; het dossier houdt die status zonder dit resultaat`,
    en: `The result "${result}" cannot follow the status "${status}" in the lifecycle; the record keeps that status without this result`,
  }),
  pickUpNotReachable: (status: string): B => ({
    nl: `De zaak is opgepakt volgens "datumOpgepakt", maar in de levensloop kan "${status}" niet worden opgepakt`,
    en: `The case was picked up by "datumOpgepakt", but the status "${status}" cannot be picked up in the lifecycle`,
  }),
  imported: (supplier: string, deliveredAt: string): B => ({
    nl: `Ingelezen uit een DDAS-levering van ${excerpt(supplier)}, aangeleverd ${deliveredAt}.`,
    en: `Read from a DDAS delivery by ${excerpt(supplier)}, delivered ${deliveredAt}.`,
  }),
} as const;
