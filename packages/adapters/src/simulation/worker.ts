// The worker thread of a simulation's pool (issue 16): tinypool calls the default export with one
// unit of work. Built to dist/simulation/worker.js; worker threads run built JavaScript only.
import type { Result, SimulationUnitResult } from '@signaalreis/core';
import type { SimulationSpec } from './spec';
import { runUnitTask, type UnitTask } from './units';

/** Runs one unit of a spec in a worker thread. */
export default function run(input: {
  spec: SimulationSpec;
  task: UnitTask;
}): Promise<Result<SimulationUnitResult>> {
  return runUnitTask(input.spec, input.task);
}
