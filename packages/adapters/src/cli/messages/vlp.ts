// The sentences of `signaalreis vlp plan`: help, the payment plan as text, and its errors (Dutch B1
// first, then English). Amounts come formatted (€ 1.234,56); no personal data.
import type { Bilingual } from '@signaalreis/core';

type B = Bilingual;

/** `signaalreis vlp …`. */
export const VLP_CLI_MESSAGES = {
  description: {
    nl: 'Vaste Lasten Pakket: betaalplan voor vaste lasten, tekort en voordeel.',
    en: 'Vaste Lasten Pakket (fixed-costs package): payment plan, shortfall and advantage.',
  },
  planDescription: {
    nl: 'Maak het betaalplan van een huishouden: per dag wat binnenkomt, wat gereserveerd en betaald wordt, wat de deelnemer krijgt, en het tekort.',
    en: 'Make the payment plan of a household: per day what comes in, is reserved and paid, what the participant gets, and the shortfall.',
  },
  householdArg: { nl: 'huishouden (JSON, zie docs/vlp.md)', en: 'household (JSON, see docs/vlp.md)' },
  monthHelp: {
    nl: 'plan deze ene maand, JJJJ-MM (in plaats van de maand(en) in het bestand)',
    en: 'plan this one month, YYYY-MM (instead of the month(s) in the file)',
  },
  notHousehold: {
    nl: 'geen geldig huishouden voor het Vaste Lasten Pakket',
    en: 'not a valid household for the Vaste Lasten Pakket',
  },
  monthNames: {
    nl: 'januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december',
    en: 'January,February,March,April,May,June,July,August,September,October,November,December',
  },
  head: (month: string): B => ({
    nl: `Vaste Lasten Pakket — betaalplan ${month}`,
    en: `Vaste Lasten Pakket — payment plan ${month}`,
  }),
  parameters: (label: string, id: string): B => ({
    nl: `Parameterset: ${label} (${id})`,
    en: `Parameter set: ${label} (${id})`,
  }),
  period: (from: string, to: string): B => ({
    nl: `Periode: ${from} t/m ${to}`,
    en: `Period: ${from} to ${to}`,
  }),
  income: { nl: 'Inkomen', en: 'Income' },
  fixedCosts: { nl: 'Vaste lasten', en: 'Fixed costs' },
  budget: { nl: 'Minimaal huishoudbudget', en: 'Minimum household budget' },
  buffer: { nl: 'Spaarbuffer', en: 'Savings buffer' },
  rest: { nl: 'Restbedrag', en: 'Rest' },
  advantage: { nl: 'Pakketvoordeel', en: 'Package advantage' },
  toSuppliers: { nl: 'naar leveranciers (1e rekening)', en: 'to suppliers (1st account)' },
  toOwn: { nl: 'naar eigen rekening (2e rekening)', en: 'to own account (2nd account)' },
  toBuffer: { nl: 'naar bufferrekening', en: 'to buffer account' },
  receives: { nl: 'Wat de deelnemer ontvangt', en: 'What the participant receives' },
  ownAccount: { nl: 'eigen rekening (2e rekening)', en: 'own account (2nd account)' },
  bufferAccount: { nl: 'bufferrekening', en: 'buffer account' },
  receivesParts: (budget: string, rest: string, advantage: string): B => ({
    nl: `budget ${budget} + rest ${rest} + pakketvoordeel ${advantage}`,
    en: `budget ${budget} + rest ${rest} + package advantage ${advantage}`,
  }),
  schedule: { nl: 'Schema per dag', en: 'Schedule per day' },
  entryIncome: (name: string): B => ({ nl: `inkomen binnen: ${name}`, en: `income in: ${name}` }),
  entryReserve: (what: B): B => ({ nl: `gereserveerd voor ${what.nl}`, en: `reserved for ${what.en}` }),
  entryPaySupplier: (what: B): B => ({ nl: `betaald: ${what.nl}`, en: `paid: ${what.en}` }),
  entryPayBudget: { nl: 'huishoudbudget naar eigen rekening', en: 'household budget to own account' },
  entryToBuffer: { nl: 'naar bufferrekening', en: 'to buffer account' },
  entryToParticipant: { nl: 'rest naar eigen rekening', en: 'rest to own account' },
  entryAdvantage: (toBuffer: boolean): B =>
    toBuffer
      ? { nl: 'pakketvoordeel naar bufferrekening', en: 'package advantage to buffer account' }
      : { nl: 'pakketvoordeel naar eigen rekening', en: 'package advantage to own account' },
  daysLate: (days: number): B => ({ nl: `${days} dagen te laat`, en: `${days} days late` }),
  lateTitle: { nl: 'Te laat betaald', en: 'Paid late' },
  shortfallTitle: { nl: 'Tekort', en: 'Shortfall' },
  noShortfall: {
    nl: 'Geen tekort: het inkomen dekt het minimale huishoudbudget en alle vaste lasten.',
    en: 'No shortfall: the income covers the minimum household budget and all fixed costs.',
  },
  orderTitle: { nl: 'Volgorde', en: 'Order' },
  contributionsTitle: {
    nl: 'Bijdragen leveranciers en voordeel (per maand)',
    en: 'Supplier contributions and advantage (a month)',
  },
  contributionLine: (what: string, contribution: string, saving: string): B => ({
    nl: `${what}: bijdrage ${contribution}, besparing ${saving}`,
    en: `${what}: contribution ${contribution}, saving ${saving}`,
  }),
  rulesTitle: { nl: 'Regels', en: 'Rules' },
  source: (text: string): B => ({ nl: `bron: ${text}`, en: `source: ${text}` }),
  totalsTitle: (months: number): B => ({
    nl: `Totaal over ${months} maanden`,
    en: `Total over ${months} months`,
  }),
  shortfallTotal: (amount: string): B => ({ nl: `tekort ${amount}`, en: `shortfall ${amount}` }),
} as const;
