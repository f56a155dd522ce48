// Public API of adapters/simulation (issue 16): running a simulation's units in this thread or over
// worker threads, and its CSV.
export { SIMULATION_RUN_MESSAGES } from './messages';
export { type RunOptions, runSimulation, workerFile } from './run-simulation';
export { SIMULATION_CSV_COLUMNS, simulationCsv } from './simulation-csv';
export { horizon, loadScenarios, SIGNAL_SOURCES, type SimulationSpec } from './spec';
export {
  runUnitTask,
  runUnitTasks,
  SCENARIOS_TOGETHER,
  type UnitTask,
  unitTasks,
  workPieces,
} from './units';
