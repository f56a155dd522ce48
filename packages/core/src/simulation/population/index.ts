// Public API of the synthetic population (issue 16), re-exported from core/simulation.
export {
  DEFAULT_POPULATION_PARAMETERS,
  POPULATION_CRITERIA_PRESETS,
  POPULATION_PARAMETERS_2024H1,
} from './defaults';
export type { CriteriaSelection, PartnerLedger, PopulationMonth } from './evaluate';
export { POPULATION_MESSAGES } from './messages';
export {
  POPULATION_SECTORS,
  type PopulationParameters,
  PopulationParametersSchema,
  type PopulationSector,
  type PopulationSectorParameters,
  PopulationSectorParametersSchema,
} from './parameters';
export { applyPopulationPatch } from './patch';
export {
  type ArrearCounts,
  createPopulation,
  type PopulationInfo,
  type PopulationLedgers,
  type PopulationOptions,
  type SimulatedMunicipality,
  type SimulatedPopulation,
} from './population';
