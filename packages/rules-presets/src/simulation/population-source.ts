// The synthetic population as the runner's signal source (issue 16): the population of core with the
// criteria presets it is calibrated with for every sector a scenario leaves open, warmed up before
// the first simulated month so that the horizon starts with the open arrears of a running year.
import {
  addMonths,
  createPopulation,
  type IsoMonth,
  POPULATION_CRITERIA_PRESETS,
  POPULATION_SECTORS,
  type SignalSourceFactory,
  type SimulationUnit,
  type SourceCriteria,
  type SourceMonth,
} from '@signaalreis/core';
import { CRITERIA_PRESETS, isCriteriaPresetId } from '../criteria/index';

/**
 * Months the population runs before the first simulated month (arrears only, no signals). From an
 * empty start the open arrears need about a year to reach their level (docs/simulation.md,
 * "Synthetic population and signals"): project default.
 *
 * @example
 * ```ts
 * import { POPULATION_WARM_UP_MONTHS } from '@signaalreis/rules-presets';
 * POPULATION_WARM_UP_MONTHS; // 12
 * ```
 */
export const POPULATION_WARM_UP_MONTHS = 12;

/** The criteria tables the population's defaults are calibrated with, per sector. */
const defaultCriteria = (): SourceCriteria => {
  const out: SourceCriteria = {};
  for (const sector of POPULATION_SECTORS) {
    const id = POPULATION_CRITERIA_PRESETS[sector];
    if (isCriteriaPresetId(id)) out[sector] = CRITERIA_PRESETS[id];
  }
  return out;
};

/**
 * A four-digit code for a municipality the simulation names otherwise (`medium`, `medium-2`,
 * `inhabitants-50000`): the population keys its random streams and signal ids by a CBS-like code.
 * The same name always gives the same code (9000–9999, outside the CBS codes in use).
 */
function populationCode(code: string): string {
  if (/^\d{4}$/.test(code)) return code;
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return String(9000 + (h % 1000));
}

/**
 * The synthetic population as a signal source factory (`SignalSourceFactory` of core): `createPopulation` of core, warmed up
 * for {@link POPULATION_WARM_UP_MONTHS} months before the unit's first month, and asked each month
 * with the scenario's criteria over the calibrated defaults (`POPULATION_CRITERIA_PRESETS`), so a
 * reform names only the sectors it changes. Base and reform units of one replication see the same
 * arrears (common random numbers); only which become signals differs.
 *
 * @example
 * ```ts
 * import { asIsoMonth } from '@signaalreis/core';
 * import { populationSignalSource } from '@signaalreis/rules-presets';
 * const source = populationSignalSource({ seed: 'q1', replication: 0, start: asIsoMonth('2027-01'),
 *   municipality: { code: 'small', type: 'small' } });
 * source.ok && source.value.next({}).signals.length; // a small municipality's January: a few dozen signals
 * ```
 */
export const populationSignalSource: SignalSourceFactory = (unit: SimulationUnit) => {
  const warmStart: IsoMonth = addMonths(unit.start, -POPULATION_WARM_UP_MONTHS);
  const made = createPopulation({
    seed: unit.seed,
    replication: unit.replication,
    municipality: { ...unit.municipality, code: populationCode(unit.municipality.code) },
    start: warmStart,
  });
  if (!made.ok) return made;
  const population = made.value;
  for (let i = 0; i < POPULATION_WARM_UP_MONTHS; i++) population.advance();
  const defaults = defaultCriteria();
  // one month of arrears for every scenario, the signals per criteria (common random numbers)
  const nextMany = (criteria: readonly SourceCriteria[]): SourceMonth[] => {
    const ledgers = population.advance();
    return criteria.map((c) => {
      const m = population.signals(ledgers, { ...defaults, ...c });
      return { month: m.month, signals: m.signals };
    });
  };
  return { ok: true, value: { next: (criteria) => nextMany([criteria])[0] as SourceMonth, nextMany } };
};
