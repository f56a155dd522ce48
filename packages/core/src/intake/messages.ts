// Every text intake shows to people, in one place: Dutch (B1, for municipal officers) and English.
// No personal data: signal ids, partner sectors, amounts, dates and rule sources only.
import type { Issue } from '../model/issue';
import { formatEuro } from '../model/money';
import type { Bilingual } from '../model/text';

const windowNl = { 'too-old': 'te oud', 'too-young': 'te jong' } as const;
const windowEn = { 'too-old': 'too old', 'too-young': 'too young' } as const;
/** A window in days: `30–100`, or `30 … of meer` when it has no upper bound (maxAgeDays Infinity). */
const windowDays = (min: number, max: number): Bilingual =>
  Number.isFinite(max)
    ? { nl: `${min}–${max} dagen`, en: `${min}–${max} days` }
    : { nl: `${min} dagen of meer`, en: `${min} days or more` };

/** The texts of the intake reasons and issues. */
export const INTAKE_MESSAGES = {
  notForwarded: (why: Bilingual | undefined): Bilingual => ({
    nl: `Niet doorgestuurd: ${why?.nl ?? 'niet doorgestuurd door matching'}`,
    en: `Not forwarded: ${why?.en ?? 'not forwarded by matching'}`,
  }),
  crisisExempt: (kind: string, what: Bilingual): Bilingual => ({
    nl: `Crisissignaal (${kind}) wordt ondanks ${what.nl} opgepakt`,
    en: `Crisis signal (${kind}) is picked up despite ${what.en}`,
  }),
  exemptForward: (why: Bilingual | undefined): Bilingual => ({
    nl: `niet doorsturen (${why?.nl ?? 'niet doorgestuurd door matching'})`,
    en: `not being forwarded (${why?.en ?? 'not forwarded by matching'})`,
  }),
  exemptWindow: { nl: 'het venster', en: 'its window' },
  exemptRepeat: { nl: 'herhaalde melding', en: 'being a repeat' },
  exemptFloor: { nl: 'de ondergrens', en: 'the floor' },
  outOfWindow: (window: 'too-old' | 'too-young', min: number, max: number): Bilingual => ({
    nl: `De achterstand is ${windowNl[window]} voor het venster van ${windowDays(min, max).nl}`,
    en: `The arrear is ${windowEn[window]} for its window of ${windowDays(min, max).en}`,
  }),
  presetPicksUp: (m: Bilingual): Bilingual => ({
    nl: `${m.nl}; het preset pakt het op`,
    en: `${m.en}; the preset picks it up`,
  }),
  repeatIncreased: (month: string): Bilingual => ({
    nl: `Herhaalde melding (${month}) met een hoger bedrag: moet worden opgepakt`,
    en: `Repeated signal (${month}) with a higher amount: must be picked up`,
  }),
  repeatPickedUp: (month: string): Bilingual => ({
    nl: `Herhaalde melding (${month}); het preset pakt het op`,
    en: `Repeated signal (${month}); the preset picks it up`,
  }),
  repeatSameAmount: (id: string, month: string): Bilingual => ({
    nl: `Zelfde achterstand als melding ${id} (${month}) en het bedrag is niet gestegen`,
    en: `Same arrear as signal ${id} (${month}) and the amount did not increase`,
  }),
  belowFloor: (amount: number, floor: number, sector: string): Bilingual => ({
    nl: `Bedrag ${formatEuro(amount)} ligt onder de ondergrens van ${formatEuro(floor)} (${sector})`,
    en: `Amount ${formatEuro(amount)} is below the floor of ${formatEuro(floor)} (${sector})`,
  }),
  notAboveFloor: (amount: number, floor: number, sector: string): Bilingual => ({
    nl: `Bedrag ${formatEuro(amount)} ligt niet boven de ondergrens van ${formatEuro(floor)} (${sector})`,
    en: `Amount ${formatEuro(amount)} is not above the floor of ${formatEuro(floor)} (${sector})`,
  }),
  legalPerson: (form: string): Bilingual => ({
    nl: `Rechtspersoon (${form}) zonder persoonlijke aansprakelijkheid`,
    en: `Legal person (${form}) without personal liability`,
  }),
  registerUnavailable: {
    nl: 'BRP-controle staat aan maar er is geen BRP-koppeling',
    en: 'Register check is on but no register was given',
  },
  registerError: { nl: 'De BRP-bevraging is mislukt', en: 'The register lookup failed' },
  /** A register outcome: the Dutch summary says what happens, the matcher's reason says why. */
  register: (summaryNl: string, reason: Bilingual): Bilingual => ({
    nl: `${summaryNl} (${reason.nl})`,
    en: reason.en,
  }),
  debtAssistanceUnavailable: {
    nl: 'SHV-check kon niet worden gedaan; het signaal wordt opgepakt',
    en: 'Debt-assistance check could not be done; the signal is picked up',
  },
  debtAssistanceKnown: {
    nl: 'Inwoner al bekend bij schuldhulpverlening',
    en: 'Resident is already in an active debt-assistance trajectory',
  },
  crisis: (kinds: string, deadline: string): Bilingual => ({
    nl: `Bedreigende situatie (${kinds}): actie uiterlijk ${deadline}`,
    en: `Threatening situation (${kinds}): act by ${deadline}`,
  }),
  matchingReview: (issues: readonly Issue[]): Bilingual =>
    issues.length === 0
      ? {
          nl: 'Matching vraagt om handmatige controle voordat er contact is',
          en: 'Matching asks for a review by hand before any contact',
        }
      : {
          nl: `Eerst handmatig controleren: ${issues.map((i) => i.message.nl).join('; ')}`,
          en: `Review by hand first: ${issues.map((i) => i.message.en).join('; ')}`,
        },
  noSignals: { nl: 'De zaak heeft geen signalen', en: 'The case has no signals' },
  outsideCalendar: (date: string, from: number, to: number): Bilingual => ({
    nl: `De crisistermijn kan niet worden berekend: ${date} ligt buiten de kalender (${from}–${to})`,
    en: `The crisis deadline cannot be computed: ${date} is outside the calendar (${from}–${to})`,
  }),
} as const;

/** Texts of the tolerant register matcher (`matchPerson`). */
export const MATCH_PERSON_MESSAGES = {
  swappedBirthAgrees: {
    nl: 'voornaam en achternaam omgedraaid, geboortedatum klopt',
    en: 'first name and surname swapped, birth date agrees',
  },
  maybeSwapped: {
    nl: 'voornaam en achternaam zijn misschien omgedraaid',
    en: 'first name and surname may be swapped',
  },
  nameDiffers: { nl: 'naam klopt niet', en: 'name does not match' },
  nameSame: { nl: 'naam klopt', en: 'name matches' },
  nameTolerated: { nl: 'naam klopt bij benadering', en: 'name matches with tolerance' },
  butBsn: { nl: 'maar het BSN is anders', en: 'but the BSN differs' },
  butInitials: { nl: 'maar de voorletters zijn anders', en: 'but the initials differ' },
  butBirthDate: { nl: 'maar de geboortedatum is anders', en: 'but the birth date differs' },
  initialsAgree: { nl: 'voorletters kloppen', en: 'initials agree' },
  birthDateAgrees: { nl: 'geboortedatum klopt', en: 'birth date agrees' },
  died: { nl: 'de persoon is overleden', en: 'the person has died' },
  notInMunicipality: { nl: 'niet ingeschreven in de gemeente', en: 'not registered in the municipality' },
  otherAddress: {
    nl: 'ingeschreven op een ander adres in de gemeente',
    en: 'registered at another address in the municipality',
  },
  atAddress: { nl: 'ingeschreven op het adres', en: 'registered at the address' },
  bsnFound: { nl: 'BSN gevonden in de BRP', en: 'BSN found in the register' },
  elsewhereNoBirthDate: {
    nl: 'op een ander adres, zonder geboortedatum die klopt',
    en: 'at another address without an agreeing birth date',
  },
  elsewhere: { nl: 'op een ander adres', en: 'at another address' },
  partial: { nl: 'Gedeeltelijk gevonden', en: 'Partial match' },
  othersAtAddress: {
    nl: 'Op het adres staan andere mensen ingeschreven; niemand heeft deze naam',
    en: 'Other people are registered at the address; nobody matches the name',
  },
  unknownBsn: {
    nl: 'Op het adres staat niemand ingeschreven en het BSN staat niet in de BRP',
    en: 'Nobody is registered at the address and the BSN is not in the register',
  },
  nobodyAtAddress: {
    nl: 'Op het adres staat niemand ingeschreven (geen woonadres, of is de persoon verhuisd?)',
    en: 'Nobody is registered at the address (a non-residential address or a moved person?)',
  },
} as const;
