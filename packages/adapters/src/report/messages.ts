// Every text of the monthly report (report.html, report.xlsx) in one place, Dutch (B1, for the
// officers and the council) and English. DDAS values (statuses, results, contact kinds) are the
// national vocabulary and shown as DDAS writes them, in both languages.
import {
  type Bilingual,
  citeSource,
  type IntakeOutcome,
  type NeighbourhoodMeasure,
  type Sector,
  type SignalKind,
} from '@signaalreis/core';

type B = Bilingual;

/**
 * The label of `id` in a table of labels, in `lang`; an id the table does not hold — a newer
 * version's, or an object key such as `__proto__` — as it came. How officers' output names sectors,
 * kinds, outcomes, channels and timers.
 *
 * @example
 * ```ts
 * import { SECTOR_TEXTS, labelOrId } from './messages';
 * labelOrId(SECTOR_TEXTS, 'rent', 'nl'); // 'huur'
 * labelOrId(SECTOR_TEXTS, 'toString', 'nl'); // 'toString'
 * ```
 */
export function labelOrId(
  table: Readonly<Partial<Record<string, B>>>,
  id: string,
  lang: 'nl' | 'en',
): string {
  return Object.hasOwn(table, id) ? (table[id]?.[lang] ?? id) : id;
}

/**
 * The label of `id` in a list of labelled entries (a lifecycle table's statuses or events), in
 * `lang`; an id the list does not hold as it came.
 *
 * @example
 * ```ts
 * import { listedLabel } from './messages';
 * const events = [{ id: 'pick-up', label: { nl: 'Oppakken', en: 'Pick up' } }];
 * listedLabel(events, 'pick-up', 'nl'); // 'Oppakken'
 * listedLabel(events, 'close', 'nl'); // 'close'
 * ```
 */
export function listedLabel(
  list: readonly { id: string; label: B }[],
  id: string,
  lang: 'nl' | 'en',
): string {
  return list.find((e) => e.id === id)?.label[lang] ?? id;
}

/** Labels of the sectors. */
export const SECTOR_TEXTS: Readonly<Record<Sector, B>> = {
  rent: { nl: 'huur', en: 'rent' },
  energy: { nl: 'energie', en: 'energy' },
  water: { nl: 'drinkwater', en: 'water' },
  health: { nl: 'zorgverzekering', en: 'health insurance' },
  'municipal-tax': { nl: 'gemeentelijke belastingen', en: 'municipal taxes' },
  other: { nl: 'overig', en: 'other' },
};

/** Labels of the kinds of signal. */
export const KIND_TEXTS: Readonly<Record<SignalKind, B>> = {
  early: { nl: 'vroegsignaal', en: 'early signal' },
  'end-of-supply': { nl: 'eindelevering', en: 'end of supply' },
  eviction: { nl: 'dreigende ontruiming', en: 'threatened eviction' },
  'warm-referral': { nl: 'warme overdracht', en: 'warm referral' },
  cak: { nl: 'CAK-melding', en: 'CAK registration' },
};

/** Labels of intake's outcomes. */
export const OUTCOME_TEXTS: Readonly<Record<IntakeOutcome, B>> = {
  'picked-up': { nl: 'opgepakt', en: 'picked up' },
  crisis: { nl: 'crisisbakje', en: 'crisis bucket' },
  'manual-review': { nl: 'handmatig beoordelen', en: 'manual review' },
  'not-picked-up': { nl: 'niet opgepakt', en: 'not picked up' },
};

/** Labels of the measures per neighbourhood (also the key figures). */
export const MEASURE_TEXTS: Readonly<Record<NeighbourhoodMeasure, B>> = {
  signals: { nl: 'Signalen', en: 'Signals' },
  households: { nl: 'Huishoudens', en: 'Households' },
  matches: { nl: 'Samenloop', en: 'Matches' },
  consecutiveCreditors: { nl: 'Opeenvolgend, andere schuldeisers', en: 'Consecutive, other creditors' },
  recidive: { nl: 'Recidive', en: 'Repeat households' },
  pickedUp: { nl: 'Opgepakt', en: 'Picked up' },
};

/** The texts of the report's pages and sheets. */
export const REPORT_TEXTS = {
  title: { nl: 'Maandrapport vroegsignalering', en: 'Monthly report on early detection of arrears' },
  subtitle: (month: string, municipality: string, preset: string): B => ({
    nl: `${month}${municipality ? ` · gemeente ${municipality}` : ''} · preset ${preset}`,
    en: `${month}${municipality ? ` · municipality ${municipality}` : ''} · preset ${preset}`,
  }),
  dates: (decidedOn: string, on: string): B => ({
    nl: `Intake van de maand op ${decidedOn}; stand van de dossiers op ${on}.`,
    en: `The month's intake on ${decidedOn}; case records as of ${on}.`,
  }),
  privacy: {
    nl: 'Alleen aantallen: geen namen, adressen, postcodes met huisnummer of BSN. Per wijk zijn kleine aantallen niet getoond.',
    en: 'Counts only: no names, addresses, postcodes with house numbers or BSN. Small counts per neighbourhood are not shown.',
  },
  legend: (min: number, source: string): B => ({
    nl: `< ${min}: een aantal van 1 tot en met ${min - 1}, niet getoond zodat geen huishouden herkenbaar is. ×: niet getoond zodat een klein aantal niet uit het totaal volgt. Bron: ${citeSource(source, 'nl')}.`,
    en: `< ${min}: a count from 1 to ${min - 1}, not shown so that no household can be recognised. ×: not shown so that a small count cannot be worked out from the total. Source: ${citeSource(source, 'en')}.`,
  }),
  suppressed: (primary: number, secondary: number): B => ({
    nl: `Niet getoond: ${primary} klein(e) aantal(len) en ${secondary} aantal(len) ter bescherming daarvan.`,
    en: `Not shown: ${primary} small count(s) and ${secondary} count(s) that protect them.`,
  }),
  postcodeNote: {
    nl: 'Geeft een partner geen wijk mee, dan staat de wijk hier als de vier cijfers van de postcode (PC4).',
    en: 'Where no partner gave a neighbourhood, it is shown as the four digits of the postcode (PC4).',
  },
  postcode: (pc4: string): B => ({ nl: `postcode ${pc4}`, en: `postal code ${pc4}` }),
  unknownArea: { nl: 'onbekend', en: 'unknown' },
  // sections
  keyFigures: { nl: 'Kerncijfers', en: 'Key figures' },
  bySector: { nl: 'Signalen per sector en soort', en: 'Signals per sector and kind' },
  perSector: { nl: 'Per sector', en: 'By sector' },
  perKind: { nl: 'Per soort signaal', en: 'By kind of signal' },
  byPartner: { nl: 'Signalen per partner', en: 'Signals per partner' },
  byNeighbourhood: { nl: 'Per wijk', en: 'Per neighbourhood' },
  intakeStatus: { nl: 'Intake en status (DDAS)', en: 'Intake and status (DDAS)' },
  results: { nl: 'Resultaat (DDAS)', en: 'Result (DDAS)' },
  contact: { nl: 'Contact: pogingen en bereik', en: 'Contact: attempts and reach' },
  capacity: { nl: 'Capaciteit en overloop', en: 'Capacity and overflow' },
  crisis: { nl: 'Crisis en termijnen', en: 'Crisis and deadlines' },
  trend: (n: number): B => ({ nl: `Trend over ${n} maand(en)`, en: `Trend over ${n} month(s)` }),
  notes: { nl: 'Meldingen', en: 'Notes' },
  // key figures
  amount: { nl: 'Totaalbedrag achterstanden', en: 'Total amount in arrears' },
  cases: { nl: 'Zaken', en: 'Cases' },
  repeatSignals: { nl: 'Herhaalde meldingen (zelfde partner)', en: 'Repeated signals (same partner)' },
  crisisCases: { nl: 'Crisiszaken', en: 'Crisis cases' },
  // columns
  measure: { nl: 'Onderwerp', en: 'Measure' },
  count: { nl: 'Aantal', en: 'Count' },
  sector: { nl: 'Sector', en: 'Sector' },
  kind: { nl: 'Soort signaal', en: 'Kind of signal' },
  partner: { nl: 'Partner', en: 'Partner' },
  partnerName: { nl: 'Naam', en: 'Name' },
  neighbourhood: { nl: 'Wijk', en: 'Neighbourhood' },
  outcome: { nl: 'Uitkomst intake', en: 'Intake outcome' },
  status: { nl: 'Status (DDAS)', en: 'Status (DDAS)' },
  result: { nl: 'Resultaat (DDAS)', en: 'Result (DDAS)' },
  noResult: { nl: 'nog geen resultaat', en: 'no result yet' },
  contactKind: { nl: 'Contactsoort (DDAS)', en: 'Contact kind (DDAS)' },
  attempts: { nl: 'Pogingen', en: 'Attempts' },
  attemptsReached: { nl: 'Pogingen bereikt', en: 'Attempts reached' },
  casesAttempted: { nl: 'Zaken met poging', en: 'Cases attempted' },
  casesReached: { nl: 'Zaken bereikt', en: 'Cases reached' },
  reach: { nl: 'Bereik', en: 'Reach' },
  channel: { nl: 'Kanaal', en: 'Channel' },
  team: { nl: 'Team', en: 'Team' },
  allTeams: { nl: 'alle teams', en: 'all teams' },
  primaryChannel: { nl: 'Zwaarste kanaal in het plan', en: 'Most intensive channel planned' },
  noPlan: { nl: 'geen contactplan', en: 'no contact plan' },
  perMonth: { nl: 'Capaciteit per maand', en: 'Capacity per month' },
  used: { nl: 'Gebruikt', en: 'Used' },
  available: { nl: 'Over', en: 'Left' },
  overflowedIn: { nl: 'Overloop in', en: 'Overflow in' },
  overflowedOut: { nl: 'Overloop uit', en: 'Overflow out' },
  unplaced: { nl: 'Niet geplaatst', en: 'Not placed' },
  noLimit: { nl: 'geen grens', en: 'no limit' },
  month: { nl: 'Maand', en: 'Month' },
  noData: { nl: 'geen gegevens', en: 'no data' },
  // crisis
  deadlineMet: {
    nl: 'Poging binnen de termijn (3 werkdagen, Wgs)',
    en: 'Attempt within the deadline (3 working days, Wgs)',
  },
  reachedByDeadline: {
    nl: '…waarvan bereikt binnen de termijn',
    en: '…of which reached within the deadline',
  },
  deadlineMissed: { nl: 'Termijn verstreken zonder poging', en: 'Deadline passed without an attempt' },
  deadlineOpen: { nl: 'Termijn loopt nog', en: 'Deadline still open' },
  deadlineUnknown: { nl: 'Onbekend (geen dossier)', en: 'Unknown (no case record)' },
  // notes and empty states
  noAttempts: (records: number): B => ({
    nl: `Geen contactpogingen vastgelegd (${records} zaak/zaken met een dossier).`,
    en: `No contact attempts recorded (${records} case(s) with a record).`,
  }),
  capacityUnknown: {
    nl: 'De capaciteit per maand is niet bekend (de preset van de maand is niet gevonden); alleen het gebruik staat hier.',
    en: 'The capacity per month is not known (the month’s preset was not found); only the use is shown.',
  },
  overflowUnknown: {
    nl: 'De zaken van deze maand zeggen niet wat de capaciteitsverdeling deed (een run van vóór het rapport): overloop en niet geplaatst zijn onbekend.',
    en: 'The cases of this month do not say what capacity allocation did (a run from before the report): overflow and not placed are unknown.',
  },
  capacityChanged: (overflowed: number, unplaced: number): B => ({
    nl: `${overflowed} zaak/zaken gingen door volle capaciteit naar een ander kanaal of team; bij ${unplaced} zaak/zaken paste een stap nergens.`,
    en: `${overflowed} case(s) moved to another channel or team because a capacity was full; for ${unplaced} case(s) a step fit nowhere.`,
  }),
  noCrisis: { nl: 'Geen crisiszaken deze maand.', en: 'No crisis cases this month.' },
  noResults: { nl: 'Nog geen zaak met een resultaat.', en: 'No case with a result yet.' },
  footer: {
    nl: 'Gemaakt met signaalreis (open source, EUPL-1.2). DDAS: het landelijke uitwisselmodel vroegsignalering (VNG Realisatie, v1.2).',
    en: 'Made with signaalreis (open source, EUPL-1.2). DDAS: the national exchange model for early detection (VNG Realisatie, v1.2).',
  },
} as const;
