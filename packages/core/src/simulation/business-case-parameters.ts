// The business-case prices the repository ships (issue 16): the Schuldenlab Almelo case exactly
// as its slide states it, and default prices for simulations — benefits from that case, costs of
// contact attempts, FTE and aftercare derived from it. Every price names its source and its date.
import { asIsoDate } from '../model/iso-date';
import type { BusinessCaseCounts } from './business-case';
import type { BusinessCaseParameters, BusinessCasePrice } from './business-case-schema';

const LAB = 'schuldenlab-almelo-2020';
const PILOT_END = asIsoDate('2020-07-31'); // "Periode 1 maart 2020 t/m 31 juli 2020"

const evictionDirect: BusinessCasePrice = {
  id: 'eviction-prevented',
  kind: 'benefit',
  label: { nl: 'Huisuitzetting voorkomen, directe besparing', en: 'Eviction prevented, direct saving' },
  unit: { nl: 'huisuitzetting', en: 'eviction' },
  priceCents: 600_000,
  derivation: { nl: '€ 78.000 voor 13 voorkomen huisuitzettingen', en: '€78,000 for 13 prevented evictions' },
  source: `${LAB} ("Huisuitzetting* 13 € 78.000")`,
  asOf: PILOT_END,
};

const evictionShelter: BusinessCasePrice = {
  id: 'eviction-prevented-shelter',
  kind: 'benefit',
  label: {
    nl: 'Huisuitzetting voorkomen, indirecte besparing (crisisopvang)',
    en: 'Eviction prevented, indirect saving (crisis shelter)',
  },
  unit: { nl: 'huisuitzetting', en: 'eviction' },
  priceCents: 108_000,
  derivation: {
    nl: '18 % van wie het huis uit moet meldt zich bij de crisisopvang × gemiddeld 6 maanden × € 1.000 per maand = € 1.080. De bron noemt 18 % en 6 maanden; € 1.000 per maand volgt uit € 14.040 voor 13 huisuitzettingen.',
    en: '18 % of those evicted go to a crisis shelter × 6 months on average × €1,000 a month = €1,080. The source gives 18 % and 6 months; €1,000 a month follows from €14,040 for 13 evictions.',
  },
  source: `${LAB} ("18% van de mensen die hun huis uit moet, meldt zich bij de crisisopvang; gemiddelde duur: 6 maanden", citing Regioplan, Schuldhulpverlening loont, 2011; "Besparing indirect € 14.040")`,
  asOf: PILOT_END,
};

const cutOff: BusinessCasePrice = {
  id: 'cutoff-prevented',
  kind: 'benefit',
  label: { nl: 'Afsluiting gas, water en licht voorkomen', en: 'Cut-off of gas, water and power prevented' },
  unit: { nl: 'afsluiting', en: 'cut-off' },
  priceCents: 79_000,
  derivation: { nl: '€ 3.160 voor 4 voorkomen afsluitingen', en: '€3,160 for 4 prevented cut-offs' },
  source: `${LAB} ("Afsluiting gas, water en licht 4 € 3.160")`,
  asOf: PILOT_END,
};

const debtGrowth: BusinessCasePrice = {
  id: 'debt-growth-prevented',
  kind: 'benefit',
  label: { nl: 'Toename schuldenlast voorkomen', en: 'Growth of debts prevented' },
  unit: { nl: 'zaken', en: 'cases' },
  priceCents: null,
  source: `${LAB} ("Toename schuldenlast** 71 niet kwantificeerbaar")`,
  asOf: PILOT_END,
};

/**
 * The Schuldenlab Almelo business case (deployment of debt specialists in the neighbourhood teams,
 * 1 March – 31 July 2020) exactly as its slide states it. Benefits per unit follow from the
 * slide's totals (€ 78.000 / 13, € 3.160 / 4; the crisis shelter as 18 % × 6 months × € 1.000).
 * The costs, € 79.115 for 2.6 FTE during 5 months, are one stated total: the slide does not break
 * them down (€ 79.115 / 13 FTE-months is no whole number of cents), so they are one line of 1 pilot.
 *
 * @example
 * ```ts
 * import { SCHULDENLAB_ALMELO_2020 } from '@signaalreis/core';
 * SCHULDENLAB_ALMELO_2020.prices.find((p) => p.id === 'cutoff-prevented')?.priceCents; // 79_000: € 790 a cut-off
 * ```
 */
export const SCHULDENLAB_ALMELO_2020: BusinessCaseParameters = {
  id: 'schuldenlab-almelo-2020',
  label: {
    nl: 'Schuldenlab Almelo: inzet schuldenspecialisten, 1 maart t/m 31 juli 2020',
    en: 'Schuldenlab Almelo: debt specialists, 1 March – 31 July 2020',
  },
  prices: [
    evictionDirect,
    evictionShelter,
    cutOff,
    debtGrowth,
    {
      id: 'specialists-pilot',
      kind: 'cost',
      label: {
        nl: 'Inzet 2,6 fte schuldenspecialisten gedurende 5 maanden',
        en: '2.6 FTE debt specialists during 5 months',
      },
      unit: { nl: 'pilot', en: 'pilot' },
      priceCents: 7_911_500,
      derivation: {
        nl: 'Het totaal zoals de bron het noemt; de bron splitst het niet uit.',
        en: 'The total as the source states it; the source does not break it down.',
      },
      source: `${LAB} ("KOSTEN € 79.115 • Inzet van 2,6 fte schuldenspecialisten • Gedurende 5 maanden")`,
      asOf: PILOT_END,
    },
  ],
};

/**
 * The counts of the Schuldenlab Almelo case: 105 cases started; prevented 13 evictions, 4 cut-offs
 * and 71 times a growth of debts; one pilot's costs.
 *
 * @example
 * ```ts
 * import { SCHULDENLAB_ALMELO_2020_COUNTS } from '@signaalreis/core';
 * SCHULDENLAB_ALMELO_2020_COUNTS.quantities['eviction-prevented']; // 13
 * ```
 */
export const SCHULDENLAB_ALMELO_2020_COUNTS: BusinessCaseCounts = {
  cases: 105, // "105 zaken gestart"
  quantities: {
    'eviction-prevented': 13,
    'eviction-prevented-shelter': 13,
    'cutoff-prevented': 4,
    'debt-growth-prevented': 71,
    'specialists-pilot': 1,
  },
};

/** € 79.115 for 2.6 FTE × 5 months × 156 hours (a 36-hour week): € 39,01 an hour. */
const HOURLY_CENTS = Math.round(7_911_500 / (13 * 156));
const HOURLY_SOURCE = `${LAB} (€ 79.115 for 2.6 FTE during 5 months); project default: a 36-hour week, 156 hours a month`;
const TODAY = asIsoDate('2020-07-31');

/** Minutes of work per contact attempt, by channel (project default: no source times attempts). */
const MINUTES: Readonly<Record<string, { nl: string; en: string; minutes: number }>> = {
  letter: { nl: 'Brief', en: 'Letter', minutes: 10 },
  email: { nl: 'E-mail', en: 'E-mail', minutes: 10 },
  sms: { nl: 'Sms', en: 'Text message', minutes: 5 },
  card: { nl: 'Kaart', en: 'Card', minutes: 15 },
  phone: { nl: 'Telefoon', en: 'Phone', minutes: 20 },
  'home-visit': { nl: 'Huisbezoek', en: 'Home visit', minutes: 90 },
};

const attempt = (channel: string, m: { nl: string; en: string; minutes: number }): BusinessCasePrice => ({
  id: `attempt:${channel}`,
  kind: 'cost',
  label: { nl: `Contactpoging: ${m.nl.toLowerCase()}`, en: `Contact attempt: ${m.en.toLowerCase()}` },
  unit: { nl: 'poging', en: 'attempt' },
  priceCents: Math.round((m.minutes * HOURLY_CENTS) / 60),
  derivation: {
    nl: `${m.minutes} minuten werk (voorbereiden, contact, vastleggen) × het uurtarief`,
    en: `${m.minutes} minutes of work (preparing, contact, recording) × the hourly rate`,
  },
  source: `project default (${m.minutes} minutes an attempt); hourly rate: ${HOURLY_SOURCE}`,
  asOf: TODAY,
});

/**
 * Default prices for simulations: the benefits of {@link SCHULDENLAB_ALMELO_2020} per unit, a
 * debt-assistance case avoided (not priced: no source in this repository gives a price — a
 * researcher adds one), and costs derived from the same case's hourly rate (€ 79.115 / (13
 * FTE-months × 156 hours)): a contact attempt per channel (minutes: project default; a team's own
 * price may be added as `attempt:<channel>/<team>`), an FTE-month, and an hour of aftercare (1 hour
 * per signal in the Ouder-Amstel/Uithoorn pilot). Count either FTE-months (a fixed team) or
 * attempts and aftercare hours (the work done), not both.
 *
 * @example
 * ```ts
 * import { businessCase, DEFAULT_BUSINESS_CASE_PARAMETERS } from '@signaalreis/core';
 * const r = businessCase(
 *   { quantities: { 'attempt:phone': 300, 'attempt:home-visit/neighbourhood-team': 40, 'eviction-prevented': 2 } },
 *   DEFAULT_BUSINESS_CASE_PARAMETERS,
 * );
 * r.ok && r.value.lines.map((l) => l.priceId); // ['eviction-prevented', 'attempt:phone', 'attempt:home-visit']
 * ```
 */
export const DEFAULT_BUSINESS_CASE_PARAMETERS: BusinessCaseParameters = {
  id: 'signaalreis-default-2020',
  label: { nl: 'Standaardprijzen voor simulaties', en: 'Default prices for simulations' },
  prices: [
    evictionDirect,
    evictionShelter,
    cutOff,
    debtGrowth,
    {
      id: 'debt-assistance-case-avoided',
      kind: 'benefit',
      label: { nl: 'Traject schuldhulpverlening voorkomen', en: 'Debt-assistance case avoided' },
      unit: { nl: 'traject', en: 'case' },
      priceCents: null,
      source: 'project default (no source in docs/sources.md prices a debt-assistance case; add your own)',
      asOf: TODAY,
    },
    ...Object.entries(MINUTES).map(([channel, m]) => attempt(channel, m)),
    {
      id: 'fte-month',
      kind: 'cost',
      label: { nl: 'Fte-maand vroegsignalering', en: 'FTE-month of early detection' },
      unit: { nl: 'fte-maand', en: 'FTE-month' },
      priceCents: Math.round(7_911_500 / 13),
      derivation: { nl: '€ 79.115 / (2,6 fte × 5 maanden)', en: '€79,115 / (2.6 FTE × 5 months)' },
      source: `${LAB} (€ 79.115 for 2.6 FTE during 5 months)`,
      asOf: TODAY,
    },
    {
      id: 'aftercare-hour',
      kind: 'cost',
      label: { nl: 'Nazorg', en: 'Aftercare' },
      unit: { nl: 'uur', en: 'hour' },
      priceCents: HOURLY_CENTS,
      derivation: {
        nl: 'het uurtarief; 1 uur nazorg per signaal',
        en: 'the hourly rate; 1 hour of aftercare per signal',
      },
      source: `${HOURLY_SOURCE}; pilot-ouder-amstel-uithoorn-2019, section 1.5 ("1 uur nazorg voor alle meldingen")`,
      asOf: TODAY,
    },
  ],
};
