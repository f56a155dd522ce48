// Public API of rules-presets/simulation (issue 16): scenarios (a base preset and reforms) and one
// unit of work of a simulation, month by month through the engine.

export { REFORM_MESSAGES } from './messages';
export { POPULATION_WARM_UP_MONTHS, populationSignalSource } from './population-source';
export { loadReform, loadReformText, type Reform, ReformSchema } from './reform';
export { AFTERCARE_MONTHS, runSimulationUnit, runSimulationUnits, type UnitOptions } from './run-unit';
export { baseScenario, type Scenario } from './scenario';
