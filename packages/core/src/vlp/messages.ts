// Every text of the VLP plan, its eligibility and its arrears model, in one place: Dutch (B1, for
// municipal officers and consultants) and English. No personal data: ids, categories, supplier
// organisations, amounts (already formatted) and dates only.
import { excerpt } from '../model/redact';
import type { Bilingual } from '../model/text';

/** A date `2026-10-01` as officers write it: `01-10-2026`. */
const dmy = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

type B = Bilingual;

const LEAVING: Readonly<Record<string, B>> = {
  'debt-assistance': { nl: 'schuldhulpverlening', en: 'debt assistance' },
  'budget-management': { nl: 'budgetbeheer', en: 'budget management' },
};
const OUTCOME: Readonly<Record<string, B>> = {
  'picked-up': { nl: 'opgepakt', en: 'picked up' },
  crisis: { nl: 'crisis', en: 'crisis' },
  'manual-review': { nl: 'handmatige beoordeling', en: 'manual review' },
  'not-picked-up': { nl: 'niet opgepakt', en: 'not picked up' },
};
const FOLLOW_UP: Readonly<Record<string, B>> = {
  'payment-arrangement': { nl: 'betalingsregeling', en: 'payment arrangement' },
  'quick-fix': { nl: 'snelle oplossing', en: 'quick fix' },
  referral: { nl: 'verwijzing', en: 'referral' },
  'debt-assistance-registration': {
    nl: 'aanmelding schuldhulpverlening',
    en: 'registration for debt assistance',
  },
  'budget-plan': { nl: 'budgetplan', en: 'budget plan' },
  'advice-only': { nl: 'alleen advies', en: 'advice only' },
};
const word = (table: Readonly<Record<string, B>>, key: string): B =>
  table[String(key)] ?? { nl: String(key), en: String(key) };

const CATEGORY: Readonly<Record<string, B>> = {
  rent: { nl: 'huur', en: 'rent' },
  mortgage: { nl: 'hypotheek', en: 'mortgage' },
  energy: { nl: 'gas en stroom', en: 'gas and electricity' },
  water: { nl: 'water', en: 'water' },
  'health-insurance': { nl: 'zorgverzekering', en: 'health insurance' },
  insurance: { nl: 'verzekeringen', en: 'insurances' },
  phone: { nl: 'mobiele telefoon', en: 'mobile phone' },
  'tv-internet': { nl: 'tv en internet', en: 'TV and internet' },
  other: { nl: 'overige vaste lasten', en: 'other fixed costs' },
};

/** The texts of the VLP module. */
export const VLP_MESSAGES = {
  badId: {
    nl: 'Verwacht een id van letters, cijfers, _ . en - (begint met een letter of cijfer)',
    en: 'Expected an id of letters, digits, _ . and - (starting with a letter or digit)',
  },
  reservedId: {
    nl: 'Dit id is van het plan zelf (budget, budget-1 …, buffer); kies een ander id',
    en: 'This id belongs to the plan itself (budget, budget-1 …, buffer); choose another id',
  },
  repeatedDay: { nl: 'Een dag staat twee keer in de lijst', en: 'A day is listed twice' },
  monthRange: {
    nl: 'Verwacht een maand tussen 1900-01 en 2999-12',
    en: 'Expected a month from 1900-01 to 2999-12',
  },
  monthOrRange: {
    nl: 'Geef óf "month" (één maand), óf "startMonth" met "months"',
    en: 'Give either "month" (one month) or "startMonth" with "months"',
  },
  monthsWithoutStart: { nl: '"months" hoort bij "startMonth"', en: '"months" goes with "startMonth"' },
  duplicateId: (id: string): B => ({
    nl: `Het id "${excerpt(id)}" komt vaker voor; elk inkomen en elke vaste last heeft een eigen id`,
    en: `The id "${excerpt(id)}" is used more than once; every income and fixed cost needs its own id`,
  }),
  unknownParameters: (id: string, known: string): B => ({
    nl: `Onbekende parameterset "${excerpt(id)}"; kies uit ${known}`,
    en: `Unknown parameter set "${excerpt(id)}"; choose from ${known}`,
  }),
  parametersNotInEffect: (id: string, from: string, month: string): B => ({
    nl: `Parameterset ${excerpt(id)} geldt pas vanaf ${from}, niet in ${month}`,
    en: `Parameter set ${excerpt(id)} applies from ${from}, not in ${month}`,
  }),
  category: (category: string): B =>
    CATEGORY[String(category)] ?? { nl: String(category), en: String(category) },
  budget: { nl: 'minimaal huishoudbudget', en: 'minimum household budget' },
  buffer: { nl: 'spaarbuffer', en: 'savings buffer' },
  costLabel: (category: B, supplier: string): B => ({
    nl: `${category.nl} (${supplier})`,
    en: `${category.en} (${supplier})`,
  }),
  whyBudget: (first: boolean): B =>
    first
      ? {
          nl: 'het minimale huishoudbudget gaat voor (volgorde 1 van het betaalplan)',
          en: 'the minimum household budget comes first (order 1 of the payment plan)',
        }
      : {
          nl: 'het minimale huishoudbudget na de vaste lasten (gekozen volgorde)',
          en: 'the minimum household budget after the fixed costs (chosen order)',
        },
  whyCost: (why: B): B => ({
    nl: `vaste last; wie niet betaalt riskeert ${why.nl}`,
    en: `fixed cost; not paying risks ${why.en}`,
  }),
  whyBuffer: {
    nl: 'de buffer is optioneel en komt na budget en vaste lasten',
    en: 'the buffer is optional and comes after budget and fixed costs',
  },
  orderBudgetFirst: {
    nl: 'Eerst het minimale huishoudbudget, dan de vaste lasten (huur of hypotheek, gas en stroom, water, zorgverzekering, verzekeringen, telefoon, tv en internet, overige; bij gelijke soort de eerste vervaldag eerst), dan de buffer; de rest gaat naar de eigen rekening.',
    en: 'First the minimum household budget, then the fixed costs (rent or mortgage, gas and electricity, water, health insurance, insurances, phone, TV and internet, other; the same kind by the earliest due day), then the buffer; the rest goes to the own account.',
  },
  orderCostsFirst: {
    nl: 'Eerst de vaste lasten (huur of hypotheek, gas en stroom, water, zorgverzekering, verzekeringen, telefoon, tv en internet, overige; bij gelijke soort de eerste vervaldag eerst), dan het minimale huishoudbudget, dan de buffer; de rest gaat naar de eigen rekening.',
    en: 'First the fixed costs (rent or mortgage, gas and electricity, water, health insurance, insurances, phone, TV and internet, other; the same kind by the earliest due day), then the minimum household budget, then the buffer; the rest goes to the own account.',
  },
  monthEndRule: {
    nl: 'Een betaaldag of vervaldag na de laatste dag van de maand valt op de laatste dag (31 wordt 30 in een maand van 30 dagen; 29, 30 en 31 worden 28 of 29 in februari). Een dag schuift nooit naar de volgende maand.',
    en: 'A pay day or due day after the last day of the month falls on the last day (31 becomes 30 in a 30-day month; 29, 30 and 31 become 28 or 29 in February). A day never moves into the next month.',
  },
  timingRule: {
    nl: 'Inkomen wordt bij binnenkomst gereserveerd in de volgorde van het betaalplan; wat overblijft gaat dezelfde dag naar de eigen rekening. Een last wordt betaald op de vervaldag, of later als het geld ervoor pas later binnenkomt. Niets wordt betaald voordat het geld er is.',
    en: 'Income is reserved on arrival in the order of the payment plan; what is left goes to the own account the same day. A cost is paid on its due day, or later when its money arrives later. Nothing is paid before the money is there.',
  },
  shortfall: (income: string, needed: string, short: string, uncovered: B): B => ({
    nl: `Het inkomen van deze maand (${income}) is minder dan het minimale huishoudbudget en de vaste lasten samen (${needed}): ${short} tekort. Niet (helemaal) betaald: ${uncovered.nl}.`,
    en: `This month's income (${income}) is less than the minimum household budget and the fixed costs together (${needed}): ${short} short. Not (fully) paid: ${uncovered.en}.`,
  }),
  uncoveredItem: (label: B, short: string, amount: string): B => ({
    nl: `${label.nl} ${short} van ${amount}`,
    en: `${label.en} ${short} of ${amount}`,
  }),
  late: (label: B, due: string, paid: string, days: number): B => ({
    nl: `${label.nl}: vervalt op ${dmy(due)}, maar het geld komt pas op ${dmy(paid)} binnen (${days} dagen te laat); kies een vervaldag na de betaaldag of een inkomen dat de maand ervoor betaalt`,
    en: `${label.en}: due on ${dmy(due)}, but the money arrives on ${dmy(paid)} (${days} days late); choose a due day after the pay day or an income that pays the month before`,
  }),
  splitShare: (
    contributions: string,
    percent: string,
    unit: string,
    advantage: string,
    running: string,
    savings: string,
    total: string,
  ): B => ({
    nl: `Bijdragen leveranciers ${contributions}: ${percent} % is pakketvoordeel ${advantage} (afgerond op ${unit}), de rest ${running} is voor organisatie en uitvoering. Met ${savings} besparing door betere deals is het voordeel ${total} per maand.`,
    en: `Supplier contributions ${contributions}: ${percent} % is the package advantage ${advantage} (rounded to ${unit}), the rest ${running} pays for organisation and running. With ${savings} saved by better deals the advantage is ${total} a month.`,
  }),
  splitFixed: (
    contributions: string,
    advantage: string,
    running: string,
    elsewhere: string,
    savings: string,
    total: string,
  ): B => ({
    nl: `Vast pakketvoordeel ${advantage} per maand. Bijdragen leveranciers ${contributions}: ${running} is voor organisatie en uitvoering, ${elsewhere} van het voordeel komt uit subsidies en donaties. Met ${savings} besparing door betere deals is het voordeel ${total} per maand.`,
    en: `Fixed package advantage ${advantage} a month. Supplier contributions ${contributions}: ${running} pays for organisation and running, ${elsewhere} of the advantage comes from subsidies and donations. With ${savings} saved by better deals the advantage is ${total} a month.`,
  }),
  aftercare: (leaving: string): B => ({
    nl: `Doelgroep nazorg: stroomt uit ${word(LEAVING, leaving).nl}`,
    en: `Target group aftercare: leaving ${word(LEAVING, leaving).en}`,
  }),
  preventionBucket: (bucket: string): B => ({
    nl: `Doelgroep preventie: de zaak staat in bakje ${bucket}`,
    en: `Target group prevention: the case is in bucket ${bucket}`,
  }),
  preventionResult: (result: string): B => ({
    nl: `Doelgroep preventie: resultaat "${result}"`,
    en: `Target group prevention: result "${result}"`,
  }),
  preventionFollowUp: (kind: string): B => ({
    nl: `Doelgroep preventie: vervolg ${word(FOLLOW_UP, kind).nl}`,
    en: `Target group prevention: follow-up ${word(FOLLOW_UP, kind).en}`,
  }),
  noTargetGroup: {
    nl: 'Geen doelgroep: geen uitstroom uit schuldhulpverlening of budgetbeheer, en geen bakje, resultaat of vervolg dat het pakket aanbiedt',
    en: 'No target group: not leaving debt assistance or budget management, and no bucket, result or follow-up that offers the package',
  },
  excludedResult: (result: string): B => ({
    nl: `Niet aanbieden bij resultaat "${result}"`,
    en: `Not offered with result "${result}"`,
  }),
  excludedIntake: (outcome: string): B => ({
    nl: `Niet aanbieden: de intake besloot ${word(OUTCOME, outcome).nl}`,
    en: `Not offered: intake decided ${word(OUTCOME, outcome).en}`,
  }),
  checkNibud: (min: number): B => ({
    nl: `Nibud-checklist bij de intake: minstens ${min} keer "ja"`,
    en: `Nibud checklist at the intake: at least ${min} times "yes"`,
  }),
  nibudMet: (yes: number, min: number): B => ({
    nl: `Nibud-checklist ${yes} keer "ja" (minstens ${min})`,
    en: `Nibud checklist ${yes} times "yes" (at least ${min})`,
  }),
  nibudBelow: (yes: number, min: number): B => ({
    nl: `Nibud-checklist maar ${yes} keer "ja" (minstens ${min} nodig)`,
    en: `Nibud checklist only ${yes} times "yes" (${min} needed)`,
  }),
  checkIncome: {
    nl: 'Inkomsten en uitgaven bij de intake: het inkomen moet het minimale budget en de vaste lasten dekken (maak een betaalplan)',
    en: 'Income and expenses at the intake: the income must cover the minimum budget and the fixed costs (make a payment plan)',
  },
  incomeShort: (short: string): B => ({
    nl: `Inkomsten en uitgaven niet in balans: het betaalplan komt ${short} tekort; eerst hulp bij schulden of inkomen`,
    en: `Income and expenses not in balance: the payment plan is ${short} short; help with debts or income first`,
  }),
  incomeCovers: {
    nl: 'Het inkomen dekt het minimale budget en de vaste lasten',
    en: 'The income covers the minimum budget and the fixed costs',
  },
  checkConsultant: {
    nl: 'Het professionele oordeel van de consulent bij de intake',
    en: 'The professional judgement of the consultant at the intake',
  },
  offered: { nl: 'Vaste Lasten Pakket aanbieden.', en: 'Offer the Vaste Lasten Pakket.' },
  notOffered: { nl: 'Vaste Lasten Pakket niet aanbieden.', en: 'Do not offer the Vaste Lasten Pakket.' },
} as const;
