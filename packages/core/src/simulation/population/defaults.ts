// The synthetic population's default parameters (issue 16), each with its source. The arising
// rates are calibrated (docs/simulation.md, "Synthetic population and signals") so that with the
// default criteria (POPULATION_CRITERIA_PRESETS) the signals land on the national monitor's
// volume (about 4 a month per 1,000 inhabitants, 2023), its March peak and the sector mix of 2023.
import type { PopulationParameters, PopulationSector } from './parameters';

const MONITOR = 'divosa-monitor';
const CAL = `project default: calibrated so that with the default criteria the signals match ${MONITOR} (about 4 signals a month per 1,000 inhabitants in 2023; sector mix 2023: health 45 %, energy 25 %, rent 19 %, water 11 %)`;

/**
 * The criteria preset per sector (ids of `@signaalreis/rules-presets`) that the default
 * population parameters are calibrated with. Core cannot load presets; the runner maps these ids
 * to tables (`CRITERIA_PRESETS[id]`) for a base scenario that names no criteria.
 *
 * @example
 * ```ts
 * import { POPULATION_CRITERIA_PRESETS } from '@signaalreis/core/simulation';
 * POPULATION_CRITERIA_PRESETS.energy; // 'criteria-energy-regulation-2023': the legal minimum, with end-of-supply signals
 * ```
 */
export const POPULATION_CRITERIA_PRESETS: Readonly<Record<PopulationSector, string>> = {
  health: 'criteria-health-b',
  energy: 'criteria-energy-regulation-2023',
  rent: 'criteria-rent',
  water: 'criteria-water',
};

const collection = (contact: number, pointed: number, source: string) => ({
  personalContact: contact,
  pointedToDebtHelp: pointed,
  arrangementStart: 0.1,
  arrangementBreak: 0.3,
  bailiffAfterMonths: 4,
  bailiffPerMonth: 0.15,
  source: `${source}; project default: the chances of an arrangement (10 % a month, 30 % of kept ones break) and of a bailiff (15 % a month from the fourth month); nvvk-2022 (social collection first)`,
});

const exclusions = {
  objects: 0.02,
  debtArrangement: 0.03,
  source:
    'project default: 2 % object to passing data on and 3 % are known to be in a debt arrangement (no source counts them; nvvk-2022 names both as reasons for no signal)',
};

/**
 * The default parameters of the synthetic population, calibrated to the 2023 figures of the
 * national monitor with the criteria of {@link POPULATION_CRITERIA_PRESETS}. Amounts, course and
 * collection steps are project defaults shaped by the partners' practices of `signaalreis-2023`
 * and the legal frame (Zvw: the CAK takes over at six monthly premiums; afsluitregeling-2023:
 * an end-of-supply signal after three reminders).
 *
 * @example
 * ```ts
 * import { DEFAULT_POPULATION_PARAMETERS } from '@signaalreis/core/simulation';
 * DEFAULT_POPULATION_PARAMETERS.householdSize.value; // 2.1 inhabitants per household
 * DEFAULT_POPULATION_PARAMETERS.seasonality.factors[0]; // January: more arrears arise, so March peaks
 * ```
 */
export const DEFAULT_POPULATION_PARAMETERS: PopulationParameters = {
  householdSize: {
    value: 2.1,
    source: 'project default (the Dutch average of about 2.1 inhabitants per household, rounded)',
  },
  inhabitantsByType: {
    small: 25_000,
    medium: 125_000,
    large: 500_000,
    regional: 45_000,
    source:
      'project default: at about 4 signals a month per 1,000 inhabitants (divosa-monitor) the sizes give the volumes of the type presets: small about 100 (under 150), medium about 500, large about 2,000; regional: two small municipalities with one team (signaalreis-2023, annex, municipality 1)',
  },
  ledgerDay: {
    value: 20,
    source:
      'project default: partners take their ledger a few days before the delivery day (pilot-ouder-amstel-uithoorn-2019: the 25th or the next working day)',
  },
  seasonality: {
    factors: [1.45, 1.45, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
    source: `${MONITOR} (2022: 3.3 signals a month per 1,000 inhabitants, March 4.1); project default: more arrears arise in January and February (new premiums, annual bills), which signal one or two months later`,
  },
  coOccurrence: {
    probability: 0.3,
    source:
      'project default: a new arrear falls on a household that already has one with this chance, so matches arise (pilot-ouder-amstel-uithoorn-2019: arrears at several partners coincide)',
  },
  legalForms: {
    eenmanszaak: 0.02,
    bv: 0.005,
    source: 'project default (signaalreis-2023: "many business signals fall out"; no share is recorded)',
  },
  contact: {
    phone: 0.7,
    email: 0.5,
    source: `project default (signaalreis-2023, annex, municipality 2: a call centre found 47 of 80 missing phone numbers)`,
  },
  sectors: {
    health: {
      arising: { perThousandHouseholds: 4.2, source: CAL },
      amounts: {
        termCents: { min: 12_000, max: 16_000 },
        dueDay: { from: 1, to: 1 },
        ownRisk: { probability: 0.3, cents: 38_500 },
        source:
          'project default: a monthly premium of €120–€160 due on the 1st; own-risk arrears added for 30 % (zvw: the own risk of €385)',
      },
      course: {
        resolveByMonth: [0.45, 0.35, 0.3, 0.25],
        moreTerms: 0.7,
        source: 'project default',
      },
      collection: collection(
        0.3,
        0.3,
        'signaalreis-2023, annex, health insurers (a reminder and the 2-month letter)',
      ),
      exclusions,
      ending: {
        closeAfterTerms: 6,
        maxMonths: 12,
        source:
          'zvw (at six monthly premiums the CAK takes over the premium); project default: off the ledger after 12 months',
      },
      partners: {
        list: [
          { id: 'sim-zorg-a', name: 'Zorgverzekeraar A (gesimuleerd)', share: 30 },
          { id: 'sim-zorg-b', name: 'Zorgverzekeraar B (gesimuleerd)', share: 25 },
          { id: 'sim-zorg-c', name: 'Zorgverzekeraar C (gesimuleerd)', share: 25 },
          { id: 'sim-zorg-d', name: 'Zorgverzekeraar D (gesimuleerd)', share: 20 },
        ],
        source: 'project default (four health insurers, fictional)',
      },
    },
    energy: {
      arising: { perThousandHouseholds: 2.52, source: CAL },
      amounts: {
        termCents: { min: 10_000, max: 25_000 },
        dueDay: { from: 1, to: 15 },
        source: 'project default: a monthly advance of €100–€250 due between the 1st and the 15th',
      },
      course: { resolveByMonth: [0.4, 0.3, 0.25, 0.2], moreTerms: 0.6, source: 'project default' },
      collection: {
        ...collection(0.5, 0.5, 'afsluitregeling-2023 (utmost effort for personal contact)'),
        endOfSupplyPerMonth: 0.38,
      },
      exclusions,
      ending: {
        maxMonths: 12,
        source: 'project default: off the ledger after 12 months or one month after the supply ended',
      },
      partners: {
        list: [
          { id: 'sim-energie-a', name: 'Energieleverancier A (gesimuleerd)', share: 40 },
          { id: 'sim-energie-b', name: 'Energieleverancier B (gesimuleerd)', share: 35 },
          { id: 'sim-energie-c', name: 'Energieleverancier C (gesimuleerd)', share: 25 },
        ],
        source: 'project default (three energy suppliers, fictional)',
      },
    },
    rent: {
      arising: { perThousandHouseholds: 3.1, source: CAL },
      amounts: {
        termCents: { min: 45_000, max: 85_000 },
        dueDay: { from: 1, to: 1 },
        source:
          'project default: a monthly rent of €450–€850 due on the 1st (signaalreis-2023, annex, municipality 2 routes single rent arrears above €575)',
      },
      course: { resolveByMonth: [0.45, 0.35, 0.3, 0.25], moreTerms: 0.6, source: 'project default' },
      collection: collection(
        0.8,
        0.8,
        'bgs, art. 2 (personal contact and pointing to debt assistance before a signal)',
      ),
      exclusions,
      ending: { maxMonths: 12, source: 'project default: off the ledger after 12 months' },
      partners: {
        list: [
          { id: 'sim-woning-a', name: 'Woningcorporatie A (gesimuleerd)', share: 60 },
          { id: 'sim-woning-b', name: 'Woningcorporatie B (gesimuleerd)', share: 40 },
        ],
        source: 'project default (two housing corporations, fictional)',
      },
    },
    water: {
      arising: { perThousandHouseholds: 1.09, source: CAL },
      amounts: {
        termCents: { min: 2_000, max: 4_500 },
        dueDay: { from: 1, to: 15 },
        source: 'project default: a monthly advance of €20–€45 due between the 1st and the 15th',
      },
      course: { resolveByMonth: [0.4, 0.35, 0.3, 0.25], moreTerms: 0.6, source: 'project default' },
      collection: collection(0.3, 0.3, 'drinkwaterbesluit (data passed on unless the customer objected)'),
      exclusions,
      ending: { maxMonths: 12, source: 'project default: off the ledger after 12 months' },
      partners: {
        list: [{ id: 'sim-water', name: 'Drinkwaterbedrijf (gesimuleerd)', share: 1 }],
        source: 'project default (one drinking-water company per municipality, fictional)',
      },
    },
  },
};

const CAL_2024 = `project default: calibrated so that with the default criteria the signals match ${MONITOR} (H1 2024: 416,000 signals; health 41 %, rent 20 %, energy 20 %, water 18 %)`;
const rate = (perThousandHouseholds: number) => ({ perThousandHouseholds, source: CAL_2024 });

/**
 * The default parameters with the arising rates of the first half of 2024 (the monitor's mix moved
 * from health and energy to water and rent); everything else as {@link DEFAULT_POPULATION_PARAMETERS}.
 *
 * @example
 * ```ts
 * import { createPopulation, POPULATION_PARAMETERS_2024H1 } from '@signaalreis/core/simulation';
 * import { asIsoMonth } from '@signaalreis/core';
 * const p = createPopulation({ seed: 's', replication: 0, municipality: { code: '0363', type: 'large' },
 *   start: asIsoMonth('2027-01'), parameters: POPULATION_PARAMETERS_2024H1 });
 * POPULATION_PARAMETERS_2024H1.sectors.water.arising.perThousandHouseholds; // 1.74: water 18 % of signals instead of 11 %
 * ```
 */
export const POPULATION_PARAMETERS_2024H1: PopulationParameters = {
  ...DEFAULT_POPULATION_PARAMETERS,
  sectors: {
    health: { ...DEFAULT_POPULATION_PARAMETERS.sectors.health, arising: rate(3.81) },
    energy: { ...DEFAULT_POPULATION_PARAMETERS.sectors.energy, arising: rate(2.02) },
    rent: { ...DEFAULT_POPULATION_PARAMETERS.sectors.rent, arising: rate(3.26) },
    water: { ...DEFAULT_POPULATION_PARAMETERS.sectors.water, arising: rate(1.74) },
  },
};
