// Every text of the partner criteria, in one place: plain Dutch for the municipal officer or the
// partner's employee who reads a rejected ledger row, and English. Customer ids are the partner's
// own account numbers (no BSN, name or address); values from outside are shown as an excerpt.
import { formatEuro } from '../model/money';
import { excerpt } from '../model/redact';
import type { Bilingual } from '../model/text';

const q = (text: string) => `"${excerpt(text)}"`;

/** Dutch names of the ledger fields that messages name. */
const FIELD_NL: Readonly<Record<string, string>> = {
  premiumCents: 'premiumCents (openstaande premie)',
  ownRiskCents: 'ownRiskCents (openstaand eigen risico)',
  oldestDueDate: 'oldestDueDate (oudste vervaldatum)',
  newestDueDate: 'newestDueDate (nieuwste vervaldatum)',
  contractEndDate: 'contractEndDate (einddatum contract)',
};
const fieldNl = (key: string) => FIELD_NL[key] ?? key;

/** The texts of the partner criteria (codes in comments). */
export const CRITERIA_MESSAGES = {
  // facts.ts (zod message of CriteriaOutcomeSchema)
  kindOnlyWhenDelivering: {
    nl: 'Alleen een uitkomst die een signaal oplevert (deliver: true) heeft een soort signaal (kind)',
    en: 'Only a delivering outcome has a kind',
  },
  // unknown_criteria_fact
  unknownCriteriaFact: (name: string): Bilingual => ({
    nl: `${q(name)} is geen gegeven dat de criteria kennen (zie CRITERIA_FACTS)`,
    en: `${q(name)} is not a criteria fact (see CRITERIA_FACTS)`,
  }),
  // criteria_fact_type
  criteriaFactType: (name: string, known: string, declared: string): Bilingual => ({
    nl: `${q(name)} is van het type ${known}, niet ${declared}`,
    en: `${q(name)} is a ${known}, not a ${declared}`,
  }),
  // criteria_fact_values
  criteriaFactValues: (name: string, extra: readonly string[]): Bilingual => {
    const list = extra.map((v) => excerpt(v)).join(', ');
    return {
      nl: `Onbekende waarden voor ${q(name)}: ${list}`,
      en: `Unknown values for ${q(name)}: ${list}`,
    };
  },

  // ledger-row.ts
  newestBeforeOldest: (newest: string, oldest: string): Bilingual => ({
    nl: `De nieuwste vervaldatum (${newest}) ligt vóór de oudste vervaldatum (${oldest})`,
    en: `The newest due date (${newest}) is before the oldest due date (${oldest})`,
  }),
  amountWithoutTerms: {
    nl: 'Er staat een bedrag open, maar er is geen onbetaalde termijn of factuur',
    en: 'An amount is open but no term or invoice is unpaid',
  },
  termsWithoutAmount: {
    nl: 'Er zijn onbetaalde termijnen, maar er staat geen bedrag open',
    en: 'Terms are unpaid but no amount is open',
  },
  oneTermTwoDates: {
    nl: 'Eén onbetaalde termijn heeft één vervaldatum, maar de oudste en nieuwste vervaldatum verschillen',
    en: 'One unpaid term has one due date, but oldest and newest differ',
  },
  partsExceedAmount: (parts: number, amount: number): Bilingual => ({
    nl: `Premie en eigen risico samen (${formatEuro(parts)}) zijn meer dan het openstaande bedrag (${formatEuro(amount)})`,
    en: `Premium plus own risk (${parts} cents) exceed the open amount (${amount} cents)`,
  }),
  healthFieldOutsideHealth: (key: string): Bilingual => ({
    nl: `${fieldNl(key)} hoort alleen bij zorgverzekeraars`,
    en: `${key} applies to health insurers only`,
  }),
  premiumRequired: {
    nl: 'Bij een zorgverzekeraar moet het deel premie (premiumCents) ingevuld zijn',
    en: 'A health insurer row needs the premium part',
  },
  arrangementKeptAtBailiff: {
    nl: 'Een betalingsregeling die wordt nagekomen past niet bij een vordering die bij de deurwaarder ligt',
    en: 'A kept payment arrangement with the partner contradicts a claim handed to a bailiff',
  },
  dueDateInFuture: (due: string, on: string): Bilingual => ({
    nl: `Een onbetaalde vordering vervalt pas op ${due}, na de peildatum ${on}`,
    en: `An unpaid claim falls due (${due}) after the evaluation date ${on}`,
  }),
  contractEndedCurrentCustomer: (end: string, on: string): Bilingual => ({
    nl: `Het contract is op ${end} geëindigd, vóór ${on}, maar de regel zegt dat het een huidige klant is`,
    en: `The contract ended on ${end}, before ${on}, yet the row says current customer`,
  }),
  formerCustomerFutureEnd: (end: string): Bilingual => ({
    nl: `Een oud-klant van wie het contract pas op ${end} eindigt`,
    en: `A former customer whose contract only ends on ${end}`,
  }),
  dateOutOfRange: (key: string, value: string, from: number, to: number): Bilingual => ({
    nl: `${fieldNl(key)} ${value} valt buiten de jaren die de kalender kent (${from}–${to})`,
    en: `${key} ${value} is outside the supported years ${from}–${to}`,
  }),
  // date_out_of_range (a fact or the delivery day cannot be computed)
  outsideCalendar: (on: string, from: number, to: number): Bilingual => ({
    nl: `Met peildatum ${on} valt een datum buiten de jaren die de kalender kent (${from}–${to})`,
    en: `With evaluation date ${on}, a date is outside the supported years ${from}–${to}`,
  }),

  // evaluate.ts
  invalidDate: (on: string): Bilingual => ({
    nl: `Geen datum JJJJ-MM-DD: ${q(on)}`,
    en: `Not a date: ${excerpt(on)}`,
  }),
  // ledger.ts
  duplicateCustomer: (customerId: string, row: number): Bilingual => ({
    nl: `Klant ${excerpt(customerId)} staat al in regel ${row}`,
    en: `Customer ${excerpt(customerId)} already occurs in row ${row}`,
  }),

  // not_a_list (evaluateLedger's rows, findChronicLatePayers' history)
  notAList: (what: 'rows' | 'history'): Bilingual =>
    what === 'rows'
      ? { nl: 'De regels van het grootboek moeten een lijst zijn', en: 'The ledger rows must be a list' }
      : { nl: 'De geschiedenis moet een lijst zijn', en: 'The history must be a list' },

  // chronic.ts
  invalidOption: {
    nl: 'Ongeldige instelling: minMonths moet minstens 1 zijn, minAgeDays mag niet groter zijn dan maxAgeDays en termTolerance mag niet negatief zijn',
    en: 'minMonths ≥ 1, minAgeDays ≤ maxAgeDays, termTolerance ≥ 0',
  },
  duplicateMonth: (customerId: string, month: string, entry: number): Bilingual => ({
    nl: `Klant ${excerpt(customerId)} heeft ${month} al (regel ${entry})`,
    en: `Customer ${excerpt(customerId)} already has ${month} (entry ${entry})`,
  }),
} as const;
