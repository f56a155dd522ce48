// Every text matching shows to people, in one place (Dutch B1 for officers, and English), so that a
// translation touches one file. No personal data: signal ids, partner ids, dates and postcode
// areas only (docs/security.md).
import type { Bilingual } from '../model/text';

/** Dutch names of the signal fields matching checks, for messages about an invalid signal. */
const FIELD_NL: Readonly<Record<string, string>> = {
  signalId: 'signaal-id',
  partner: 'partner',
  'partner.id': 'partner-id',
  'partner.sector': 'sector van de partner',
  kind: 'soort signaal',
  signalDate: 'signaaldatum',
  arrearSince: 'begindatum van de achterstand',
  amountCents: 'bedrag',
  person: 'persoon',
  'person.surname': 'achternaam',
  'person.legalForm': 'rechtsvorm',
  address: 'adres',
  'address.postcode': 'postcode',
  'address.houseNumber': 'huisnummer',
  contact: 'contactgegevens',
};

/** The texts of matching. */
export const MATCHING_MESSAGES = {
  notForwarded: {
    nl: 'geen samenloop (alleen samenlopen worden doorgestuurd)',
    en: 'no match (only matches are forwarded)',
  },
  tooManySignals: (count: number, max: number): Bilingual => ({
    nl: `${count} signalen voor één huishouden (meer dan ${max}): misschien een instelling of een fout in de gegevens? Controleer dit met de hand`,
    en: `${count} signals for one household (more than ${max}): an institution or a data error? Review by hand`,
  }),
  signalNotInMonth: (id: string, date: string, month: string): Bilingual => ({
    nl: `Signaal ${id} heeft datum ${date}; die valt niet in ${month}`,
    en: `Signal ${id} is dated ${date}, not in ${month}`,
  }),
  outsideMunicipality: (id: string, area: string): Bilingual => ({
    nl: `Signaal ${id}: postcodegebied ${area} hoort niet bij de postcodes van de gemeente`,
    en: `Signal ${id}: postcode area ${area} is outside the municipality's postcode ranges`,
  }),
  duplicateSignal: (id: string, partnerId: string): Bilingual => ({
    nl: `Signaal ${id} van ${partnerId} komt meer dan één keer voor`,
    en: `Signal ${id} of ${partnerId} occurs more than once`,
  }),
  historyNotBeforeMonth: (id: string, month: string, matching: string): Bilingual => ({
    nl: `Eerder signaal ${id} is van ${month}, niet van vóór de maand ${matching}; het is apart gezet`,
    en: `History signal ${id} is of ${month}, not before the matching month ${matching}; set aside`,
  }),
  duplicateHistory: (id: string, partnerId: string): Bilingual => ({
    nl: `Eerder signaal ${id} van ${partnerId} komt meer dan één keer voor (overlappende bestanden?); het telt één keer`,
    en: `History signal ${id} of ${partnerId} occurs more than once (overlapping history files?); kept once`,
  }),
  invalidHistoryEntry: (field: string): Bilingual =>
    field === ''
      ? {
          nl: 'Eerder signaal is geen object met velden; het is apart gezet',
          en: 'History entry is not an object; set aside',
        }
      : {
          nl: `Eerder signaal: het veld "${field}" ontbreekt of is ongeldig; dit signaal is apart gezet`,
          en: `History entry: the field "${field}" is missing or not valid; set aside`,
        },
  invalidSignal: (field: string): Bilingual =>
    field === ''
      ? { nl: 'Het signaal is geen object met velden', en: 'The signal is not an object' }
      : {
          nl: `Het signaal is ongeldig: ${FIELD_NL[field] ?? `het veld "${field}"`} ontbreekt of klopt niet`,
          en: `The signal is not valid: "${field}" is missing or not valid`,
        },
  notAList: (what: 'signals' | 'history'): Bilingual =>
    what === 'signals'
      ? { nl: 'De signalen moeten een lijst zijn', en: 'The signals must be a list' }
      : { nl: 'De eerdere signalen moeten een lijst zijn', en: 'The history must be a list' },
  windowMaxBelowMin: {
    nl: 'maxAgeDays moet minstens even groot zijn als minAgeDays',
    en: 'maxAgeDays must be at least minAgeDays',
  },
  windowsOutOfOrder: {
    nl: 'De vensters moeten op volgorde van "from" staan, elke datum later dan de vorige',
    en: 'window entries must be in strictly increasing order of "from"',
  },
  postcodeNumber: (example: string): Bilingual => ({
    nl: `Vier cijfers van een postcode, bijvoorbeeld "${example}"`,
    en: `a four-digit postcode number, e.g. "${example}"`,
  }),
  rangeFromAfterTo: {
    nl: '"from" mag niet na "to" liggen',
    en: '"from" must not be after "to"',
  },
} as const;
