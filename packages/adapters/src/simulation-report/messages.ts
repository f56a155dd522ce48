// Every text of the simulation report (simulation.html, issue 16) in one place: Dutch (B1, for
// researchers, policy officers and the council) and English.
import { type Bilingual, CHANNEL_LABELS, CHANNELS, type FollowUp } from '@signaalreis/core';

type B = Bilingual;

/** `<prefix><channel>` → "<what>: <channel's label>" for every channel. */
const perChannel = (prefix: string, what: B): Record<string, B> =>
  Object.fromEntries(
    CHANNELS.map((c) => [
      `${prefix}${c}`,
      { nl: `${what.nl}: ${CHANNEL_LABELS[c].nl}`, en: `${what.en}: ${CHANNEL_LABELS[c].en}` },
    ]),
  );

/**
 * Labels of the simulation's measures (SIMULATION_MEASURES of core), as the report names them.
 *
 * @example
 * ```ts
 * import { SIMULATION_MEASURE_TEXTS } from './messages';
 * SIMULATION_MEASURE_TEXTS['attempts_home-visit']?.nl; // 'Pogingen: huisbezoek'
 * ```
 */
export const SIMULATION_MEASURE_TEXTS: Readonly<Record<string, B>> = {
  signals: { nl: 'Signalen', en: 'Signals' },
  cases: { nl: 'Zaken (huishoudens met signalen)', en: 'Cases (households with signals)' },
  picked_up: { nl: 'Opgepakt', en: 'Picked up' },
  not_picked_up: { nl: 'Niet opgepakt', en: 'Not picked up' },
  contacted: { nl: 'Benaderd', en: 'Contacted' },
  reached: { nl: 'Bereikt', en: 'Reached' },
  help_accepted: { nl: 'Hulp aanvaard', en: 'Help accepted' },
  open_cases: { nl: 'Open zaken aan het eind van de maand', en: 'Open cases at the end of the month' },
  unplaced: { nl: 'Niet ingepland (geen capaciteit)', en: 'Not placed (no capacity)' },
  ...perChannel('attempts_', { nl: 'Pogingen', en: 'Attempts' }),
  ...perChannel('capacity_used_', { nl: 'Capaciteit gebruikt', en: 'Capacity used' }),
  evictions: { nl: 'Huisuitzettingen', en: 'Evictions' },
  cut_offs: { nl: 'Afsluitingen (energie, water)', en: 'Cut-offs (energy, water)' },
  evictions_prevented: { nl: 'Huisuitzettingen voorkomen', en: 'Evictions prevented' },
  cut_offs_prevented: { nl: 'Afsluitingen voorkomen', en: 'Cut-offs prevented' },
  costs_cents: { nl: 'Kosten', en: 'Costs' },
  benefits_cents: { nl: 'Baten', en: 'Benefits' },
  net_cents: { nl: 'Netto (baten min kosten)', en: 'Net (benefits minus costs)' },
};

/** Labels of the follow-ups of arrears in the outcome model's parameters. */
export const FOLLOW_UP_TEXTS: Readonly<Record<FollowUp, B>> = {
  grew: { nl: 'gegroeid', en: 'grew' },
  bailiff: { nl: 'deurwaarder', en: 'bailiff' },
  'paid-new-arrears': { nl: 'betaald, nieuwe achterstand', en: 'paid, new arrears' },
  settled: { nl: 'opgelost', en: 'settled' },
  unknown: { nl: 'onbekend', en: 'unknown' },
};

/** The texts of the report's page. */
export const SIMULATION_REPORT_TEXTS = {
  title: { nl: 'Beleidssimulatie vroegsignalering', en: 'Policy simulation of early detection of arrears' },
  facts: (seed: string, replications: number, from: string, to: string, months: number): B => ({
    nl: `Seed ${seed} · ${replications} herhalingen · ${months} maanden (${from} tot en met ${to})`,
    en: `Seed ${seed} · ${replications} replications · ${months} months (${from} to ${to})`,
  }),
  municipalities: (list: string): B => ({ nl: `Gemeenten: ${list}`, en: `Municipalities: ${list}` }),
  inhabitants: (n: string): B => ({ nl: `${n} inwoners`, en: `${n} inhabitants` }),
  synthetic: {
    nl: 'Gesimuleerde, verzonnen huishoudens: geen persoonsgegevens. De cijfers laten zien wat het model verwacht met zijn parameters, niet wat er zal gebeuren.',
    en: 'Simulated, made-up households: no personal data. The figures show what the model expects with its parameters, not what will happen.',
  },
  scenarios: { nl: 'Scenario’s', en: 'Scenarios' },
  scenariosCaption: {
    nl: 'Het basisbeleid en de hervormingen, elk met waar het vandaan komt',
    en: 'The base policy and the reforms, each with where it comes from',
  },
  scenario: { nl: 'Scenario', en: 'Scenario' },
  source: { nl: 'Bron', en: 'Source' },
  base: { nl: 'basis', en: 'base' },
  reform: { nl: 'hervorming', en: 'reform' },
  role: { nl: 'Rol', en: 'Role' },
  summary: {
    nl: 'Samenvatting: verschil met de basis over de hele periode',
    en: 'Summary: difference to the base over the whole period',
  },
  summaryNote: {
    nl: 'Het totaal van alle maanden, per hervorming min de basis: gemiddelde en 90 %-interval over de herhalingen.',
    en: 'The total of all months, each reform minus the base: mean and 90 % interval over the replications.',
  },
  measure: { nl: 'Maat', en: 'Measure' },
  mean: { nl: 'Gemiddelde', en: 'Mean' },
  interval: { nl: '90 %-interval', en: '90 % interval' },
  difference: { nl: 'Verschil met basis', en: 'Difference to base' },
  differenceInterval: { nl: '90 %-interval verschil', en: '90 % interval of difference' },
  verdict: { nl: 'Oordeel', en: 'Verdict' },
  range: (low: string, high: string): B => ({ nl: `${low} tot ${high}`, en: `${low} to ${high}` }),
  clearlyMore: { nl: 'duidelijk meer', en: 'clearly more' },
  clearlyLess: { nl: 'duidelijk minder', en: 'clearly less' },
  noClearDifference: { nl: 'geen duidelijk verschil', en: 'no clear difference' },
  month: { nl: 'Maand', en: 'Month' },
  differenceAxis: { nl: 'verschil met basis', en: 'difference to base' },
  levelCaption: (measure: string, replications: number): B => ({
    nl: `${measure} per maand en per scenario: de lijn is het gemiddelde, de band het 90 %-interval over ${replications} herhalingen.`,
    en: `${measure} per month and scenario: the line is the mean, the band the 90 % interval over ${replications} replications.`,
  }),
  deltaCaption: (measure: string): B => ({
    nl: `${measure}: verschil met de basis per maand (hervorming min basis, op dezelfde toevalsgetallen), met het 90 %-interval. Ligt de band om de nullijn, dan is er geen duidelijk verschil.`,
    en: `${measure}: difference to the base per month (reform minus base, on the same random numbers), with the 90 % interval. A band around the zero line means no clear difference.`,
  }),
  totalsCaption: (measure: string): B => ({
    nl: `${measure}: totaal over de hele periode per scenario`,
    en: `${measure}: total over the whole period per scenario`,
  }),
  allZero: {
    nl: 'Nul in elk scenario en elke maand; daarom geen grafiek.',
    en: 'Zero in every scenario and month; so no chart.',
  },
  noMonths: {
    nl: 'De uitkomst heeft voor deze maat geen cijfers per maand; alleen het totaal.',
    en: 'The result has no figures per month for this measure; only the total.',
  },
  otherMeasure: (id: string): B => ({ nl: `Maat ${id}`, en: `Measure ${id}` }),
  moneyNote: {
    nl: 'Bedragen in euro’s; baten zijn alleen de posten met een prijs (zie de parameters).',
    en: 'Amounts in euros; benefits are only the lines with a price (see the parameters).',
  },
  howToRead: { nl: 'Zo leest u de intervallen', en: 'How to read the intervals' },
  readBand: (replications: number): B => ({
    nl: `De simulatie is ${replications} keer herhaald met andere toevalsgetallen. De lijn is het gemiddelde van die herhalingen. De band is het 90 %-interval: in 90 % van de herhalingen lag het cijfer in de band (van het 5e tot het 95e percentiel). Zo ver kan het toeval één jaar uitpakken.`,
    en: `The simulation was repeated ${replications} times with other random numbers. The line is the mean of those replications. The band is the 90 % interval: in 90 % of the replications the figure lay in the band (from the 5th to the 95th percentile). That is how far chance can take one year.`,
  }),
  readPaired: {
    nl: 'Het verschil met de basis is per herhaling berekend, op dezelfde toevalsgetallen (common random numbers): basis en hervorming zien dezelfde huishoudens, dezelfde achterstanden en dezelfde loting. Het toeval valt dus grotendeels weg, en het interval van het verschil is smaller dan de twee banden doen vermoeden. Lees een verschil daarom af uit de verschilgrafiek en de kolom verschil, niet uit het overlappen van de banden.',
    en: 'The difference to the base is computed per replication, on the same random numbers (common random numbers): base and reform see the same households, the same arrears and the same draws. Chance largely cancels out, so the interval of the difference is narrower than the two bands suggest. Read a difference from the difference chart and the difference column, not from whether the bands overlap.',
  },
  readZero: {
    nl: 'Ligt 0 in het interval van het verschil, dan is er geen duidelijk verschil: de hervorming kan net zo goed iets meer als iets minder opleveren. Ligt het hele interval boven 0, dan is het "duidelijk meer"; ligt het onder 0, "duidelijk minder".',
    en: 'When the interval of the difference holds 0, there is no clear difference: the reform may as well give a little more as a little less. When the whole interval lies above 0 it is "clearly more"; below 0, "clearly less".',
  },
  readModel: {
    nl: 'De intervallen gaan over het toeval in het model, niet over de onzekerheid in de parameters zelf. Is een parameter anders dan aangenomen, dan verschuiven alle scenario’s; draai dan de simulatie opnieuw met die parameter.',
    en: 'The intervals are about chance within the model, not about the uncertainty of the parameters themselves. If a parameter differs from what was assumed, every scenario shifts; run the simulation again with that parameter.',
  },
  parameters: { nl: 'Parameters en hun bronnen', en: 'Parameters and their sources' },
  parameter: { nl: 'Parameter', en: 'Parameter' },
  value: { nl: 'Waarde', en: 'Value' },
  outcomeParameters: { nl: 'Uitkomstmodel', en: 'Outcome model' },
  reachBy: (channel: string): B => ({
    nl: `Bereik per poging: ${channel}`,
    en: `Reach per attempt: ${channel}`,
  }),
  teamFactor: (team: string): B => ({ nl: `Factor bereik team ${team}`, en: `Reach factor of team ${team}` }),
  acceptance: { nl: 'Hulp aanvaard, van wie bereikt is', en: 'Help accepted, of those reached' },
  followUp: (help: boolean): B =>
    help
      ? {
          nl: 'Vervolg van de achterstand, met hulp (gewichten)',
          en: 'Follow-up of the arrears, with help (weights)',
        }
      : {
          nl: 'Vervolg van de achterstand, zonder hulp (gewichten)',
          en: 'Follow-up of the arrears, without help (weights)',
        },
  eviction: { nl: 'Kans op huisuitzetting', en: 'Chance of eviction' },
  cutOff: { nl: 'Kans op afsluiting', en: 'Chance of cut-off' },
  risk: (without: string, withHelp: string, sectors: string): B => ({
    nl: `zonder hulp ${without}, met hulp ${withHelp}${sectors ? `; sectoren: ${sectors}` : ''}`,
    en: `without help ${without}, with help ${withHelp}${sectors ? `; sectors: ${sectors}` : ''}`,
  }),
  businessCase: (label: string): B => ({
    nl: `Kosten en baten (business case): ${label}`,
    en: `Business case: ${label}`,
  }),
  price: { nl: 'Prijs', en: 'Price' },
  unit: { nl: 'Eenheid', en: 'Unit' },
  asOf: { nl: 'Peildatum', en: 'As of' },
  notPriced: { nl: 'niet in geld uit te drukken', en: 'not quantifiable in money' },
  population: { nl: 'Populatie en signalen', en: 'Population and signals' },
  noParameters: {
    nl: 'De uitkomst noemt voor dit deel geen parameters.',
    en: 'The result names no parameters for this part.',
  },
  limits: { nl: 'Grenzen van het model', en: 'Limits of the model' },
  footer: {
    nl: 'Gemaakt met signaalreis simulate. Het bestand laadt niets van buiten en kan worden afgedrukt op A4.',
    en: 'Made with signaalreis simulate. The file loads nothing from elsewhere and prints on A4.',
  },
} as const;

/** The limits of the model, as the report lists them. */
export const SIMULATION_LIMIT_TEXTS: Readonly<Record<string, B>> = {
  simulated: {
    nl: 'De huishoudens zijn gesimuleerd. Het model voorspelt geen afzonderlijke huishoudens; het vergelijkt beleid onder dezelfde aannames.',
    en: 'The households are simulated. The model predicts no single household; it compares policies under the same assumptions.',
  },
  reach: {
    nl: 'De kans dat een poging iemand bereikt hangt alleen af van kanaal, pogingnummer en team, niet van het bedrag, de sector of het huishouden; pogingen bij één huishouden zijn onafhankelijk.',
    en: 'The chance that an attempt reaches someone depends only on channel, attempt number and team, not on the amount, the sector or the household; the attempts at one household are independent.',
  },
  uncalibrated: {
    nl: 'Teamfactoren, het vervolg met en zonder hulp en de kansen op huisuitzetting en afsluiting zijn niet gekalibreerd op een tweede bron.',
    en: 'Team factors, the follow-up with and without help and the chances of eviction and cut-off are not calibrated against a second source.',
  },
  prices: {
    nl: 'Prijzen gelden voor hun peildatum (de standaardprijzen zijn van 2020): indexeer ze voor u jaren vergelijkt. Baten zonder prijs tellen niet mee in het netto bedrag.',
    en: 'Prices hold for their date (the default prices are from 2020): index them before comparing years. Benefits without a price are not in the net amount.',
  },
  chance: {
    nl: 'De intervallen tonen het toeval tussen herhalingen, niet de onzekerheid van de parameters.',
    en: 'The intervals show chance between replications, not the uncertainty of the parameters.',
  },
};

/** The groups of measures, each a section of the report. */
export const SIMULATION_GROUP_TEXTS = {
  volumes: { nl: 'Signalen, zaken en bereik', en: 'Signals, cases and reach' },
  attempts: { nl: 'Contactpogingen per kanaal', en: 'Contact attempts per channel' },
  capacity: { nl: 'Capaciteit gebruikt per kanaal', en: 'Capacity used per channel' },
  outcomes: { nl: 'Huisuitzettingen en afsluitingen', en: 'Evictions and cut-offs' },
  money: { nl: 'Kosten en baten', en: 'Costs and benefits' },
  other: { nl: 'Overige maten', en: 'Other measures' },
} as const;
